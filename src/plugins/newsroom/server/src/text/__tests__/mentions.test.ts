import { candidateNames, findMentions } from '../mentions';

describe('findMentions', () => {
  const text = 'هذا التحول جاء بعد تصريحات للرئيس فلاديمير بوتين وصف فيها طالبان بـ"الحليف"، ثم التقى وطالبان في موسكو.';

  it('finds a name as written, with its offsets', () => {
    const [span] = findMentions(text, 'فلاديمير بوتين');
    expect(span.text).toBe('فلاديمير بوتين');
    expect(text.slice(span.start, span.end)).toBe('فلاديمير بوتين');
  });

  it('finds a name behind a proclitic, every time it occurs', () => {
    expect(findMentions(text, 'طالبان').map((span) => span.text)).toEqual(['طالبان', 'وطالبان']);
  });

  it('ignores diacritics and alef forms, and Latin case', () => {
    expect(findMentions('قال أَحمد مسعود', 'احمد مسعود')).toHaveLength(1);
    expect(findMentions('the taliban said', 'Taliban')).toHaveLength(1);
  });

  it('needs every word of the name, in order', () => {
    expect(findMentions(text, 'فلاديمير لينين')).toEqual([]);
    expect(findMentions('بوتين فلاديمير', 'فلاديمير بوتين')).toEqual([]);
  });
});

describe('candidateNames', () => {
  it('finds capitalised runs in Latin text', () => {
    expect(candidateNames('The attack on Crocus City Hall shocked Moscow.').map((span) => span.text)).toEqual([
      'Crocus City Hall',
    ]);
  });

  it('finds a name after an office and its qualifiers in Arabic', () => {
    const text = 'وزار وزير الخارجية الروسي سيرغي لافروف كابول، والتقى الرئيس فلاديمير بوتين.';
    expect(candidateNames(text).map((span) => span.text)).toEqual(['سيرغي لافروف', 'فلاديمير بوتين']);
  });

  it('does not run a name across punctuation', () => {
    expect(candidateNames('قال الرئيس، بعد ذلك، إن').map((span) => span.text)).toEqual([]);
  });
});
