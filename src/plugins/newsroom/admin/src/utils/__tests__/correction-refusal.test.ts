import { en } from '../../translations/en';
import { correctionRefusal } from '../correction-refusal';

describe('why a correction was refused', () => {
  it.each([
    [403, 'corrections.refused.permission'],
    [409, 'corrections.refused.unpublished'],
    [400, 'corrections.refused.invalid'],
    [404, 'corrections.refused.missing'],
  ])('names the reason of a %i in words of ours', (status, key) => {
    expect(correctionRefusal(status)).toBe(key);
    expect(en.plugin[key as keyof typeof en.plugin]).toBeTruthy();
  });

  it('gives none for what says nothing about the correction', () => {
    expect(correctionRefusal(500)).toBeNull();
    expect(correctionRefusal(undefined)).toBeNull();
  });
});
