import { candidateNames, findMentions, indexNames, matchNames, MAX_CANDIDATE_LENGTH, tokenizeYielding } from '../mentions';

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

describe('reading a long text once', () => {
  it('finds many names in one pass, each where it stands', async () => {
    const names = ['فلاديمير بوتين', 'بوتين', 'موسكو', 'Taliban'];
    const text = 'قال بوتين في موسكو إن فلاديمير بوتين يرى the Taliban';
    const index = indexNames(names);
    const found = [...matchNames(await tokenizeYielding(text), index)];
    expect(found.flatMap((match) => match.names.map((name) => [names[name], text.slice(match.start, match.end)]))).toEqual([
      ['بوتين', 'بوتين'],
      ['موسكو', 'موسكو'],
      ['فلاديمير بوتين', 'فلاديمير بوتين'],
      ['بوتين', 'بوتين'],
      ['Taliban', 'Taliban'],
    ]);
  });

  it('does not read a long run of spaces or of article words again for every word before it', () => {
    const spaces = `Aaa${' '.repeat(200_000)}Bbb`;
    const articles = `وزير ${'الوزير '.repeat(30_000)}سيرغي لافروف`;
    const started = Date.now();
    expect(candidateNames(spaces)).toEqual([]);
    // Only the office words close enough to the name (every الوزير is one) find it.
    expect(new Set(candidateNames(articles).map((span) => span.text))).toEqual(new Set(['سيرغي لافروف']));
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('leaves out a capitalised run longer than a name', () => {
    const title = Array.from({ length: 40 }, (_, n) => `Word${String.fromCharCode(97 + (n % 26))}`).join(' ');
    expect(candidateNames(title)).toEqual([]);
    expect(candidateNames(`x ${'A'.repeat(MAX_CANDIDATE_LENGTH)} Bb`)).toEqual([]);
  });
});
