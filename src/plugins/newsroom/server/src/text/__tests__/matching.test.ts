import { foldForMatching, mentionsName } from '../matching';

describe('foldForMatching', () => {
  it.each([
    ['أحمد', 'احمد'],
    ['إيران', 'ايران'],
    ['مُوجَّهة', 'موجهه'],
    ['مصطفى', 'مصطفي'],
    ['کابل', 'كابل'],
    ['ایران', 'ايران'],
    ['٢٠٢٤', '2024'],
    ['ISIS', 'isis'],
  ])('folds %s to %s', (text, folded) => {
    expect(foldForMatching(text)).toBe(folded);
  });
});

describe('mentionsName', () => {
  const title = 'روسيا وطالبان.. تقاطع المصالح في وجه داعش وسط ملامح تقارب حذر';

  it.each(['روسيا', 'طالبان', 'داعش'])('finds %s in the reference title', (name) => {
    expect(mentionsName(title, name)).toBe(true);
  });

  it.each(['أفغانستان', 'الكرملين', 'إيران'])('does not find %s in the reference title', (name) => {
    expect(mentionsName(title, name)).toBe(false);
  });

  it('finds a name behind a preposition and the article, with or without its own article', () => {
    expect(mentionsName('اجتماع بالكرملين أمس', 'الكرملين')).toBe(true);
    expect(mentionsName('اجتماع بالكرملين أمس', 'كرملين')).toBe(true);
  });

  it('matches only at the start of a word', () => {
    expect(mentionsName('Russia and the Taliban', 'Russia')).toBe(true);
    expect(mentionsName('Belarussian', 'Russia')).toBe(false);
  });

  it('ignores diacritics and alef forms in either text', () => {
    expect(mentionsName('لقاء مع أحمد مسعود', 'احمد مسعود')).toBe(true);
    expect(mentionsName('لقاء مع احمد مسعود', 'أَحمد')).toBe(true);
  });

  it('never matches an empty name', () => {
    expect(mentionsName(title, '  ')).toBe(false);
  });
});
