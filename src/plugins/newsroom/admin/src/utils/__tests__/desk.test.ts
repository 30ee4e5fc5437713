import { actorName, changePlace } from '../desk';

describe('the desk’s labels', () => {
  it('names an administrator without their address, and keeps a token’s or the system’s name', () => {
    expect(actorName('ليلى حداد <layla@newsroom.example>')).toBe('ليلى حداد');
    expect(actorName('layla@newsroom.example')).toBe('layla@newsroom.example');
    expect(actorName('API token "wire"')).toBe('API token "wire"');
    expect(actorName(null)).toBe('');
  });

  it('places a change in the piece, counted from one', () => {
    expect(changePlace('title')).toEqual({ key: 'translate.group.title' });
    expect(changePlace('standfirst')).toEqual({ key: 'translate.group.standfirst' });
    expect(changePlace('body.0')).toEqual({ key: 'desk.changes.block', values: { n: 1 } });
    expect(changePlace('body.4.2')).toEqual({ key: 'desk.changes.block', values: { n: 5 } });
    expect(changePlace('quotes.1.text')).toEqual({ key: 'desk.changes.quote', values: { n: 2 } });
    expect(changePlace(null)).toBeNull();
  });
});
