import { highlight, indexTerms, queryTerms, searchWords, wordForms } from '../search-terms';

const found = (query: string, text: string): boolean => {
  const indexed = new Set(indexTerms(text).split(' '));
  return queryTerms(query).every((forms) => forms.some((form) => indexed.has(form)));
};

describe('search terms, on words of the reference article', () => {
  it.each([
    ['طالبان', 'روسيا وطالبان.. تقاطع المصالح'],
    ['موجهة', 'هذه الخطوة الروسية "مُوجهة ضد داعش تحديداً"'],
    ['الروسية', 'قالت مصادر روسية'],
    ['روسية', 'في السياسة الروسية تجاه أفغانستان'],
    ['احمد', 'قال أحمد'],
    ['الطرفين', 'العدو الأخطر للطرفين'],
    ['داعش', 'الفرع الأخطر لداعش في المنطقة'],
    ['2024', 'في مارس ٢٠٢٤'],
    ['کابل', 'حكومة كابل'],
    ['ISIS', 'the isis threat'],
    ['موسكو كابول', 'بين موسكو وكابول'],
  ])('%s finds "%s"', (query, text) => {
    expect(found(query, text)).toBe(true);
  });

  it.each([
    ['وزير', 'زير'],
    ['طالبان', 'روسيا وحدها'],
    ['موسكو كابول', 'موسكو وحدها'],
  ])('%s does not find "%s"', (query, text) => {
    expect(found(query, text)).toBe(false);
  });

  it('strips at most two proclitics and the article, never below three letters', () => {
    expect(wordForms('وبالروسيه')).toEqual(expect.arrayContaining(['بالروسيه', 'الروسيه', 'روسيه']));
    expect(wordForms('وزير')).toEqual(['وزير', 'زير']);
    expect(wordForms('ولد')).toEqual(['ولد']);
  });

  it('folds words before splitting them', () => {
    expect(searchWords('بـ"الحليف" مُوجَّهة')).toEqual(['ب', 'الحليف', 'موجهه']);
  });

  it('highlights the matching words as written, escaped', () => {
    const passage = highlight('اعتبر أن هذه الخطوة <b>مُوجهة</b> ضد داعش', queryTerms('موجهة داعش'));
    expect(passage).toBe('اعتبر أن هذه الخطوة <mark>&#60;b&#62;مُوجهة&#60;/b&#62;</mark> ضد <mark>داعش</mark>');
  });
});
