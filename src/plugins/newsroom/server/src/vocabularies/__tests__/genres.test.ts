import schema from '../../content-types/article/schema.json';
import { GENRES, iptcGenre, isGenre, SCHEMA_ORG_TYPE } from '../genres';

describe('genres', () => {
  it('are the article schema’s genre enum, in the same order', () => {
    expect(schema.attributes.genre.enum).toEqual([...GENRES]);
  });

  it('carry IPTC Genre NewsCodes URIs and QCodes', () => {
    expect(iptcGenre('analysis')).toEqual({
      qcode: 'genre:Analysis',
      uri: 'http://cv.iptc.org/newscodes/genre/Analysis',
      name: 'Analysis',
    });
    expect(iptcGenre('news').uri).toBe('http://cv.iptc.org/newscodes/genre/Current');
    expect(iptcGenre('factbox').uri).toBe('http://cv.iptc.org/newscodes/genre/ListingOfFacts');
    for (const genre of GENRES) expect(iptcGenre(genre).uri).toMatch(/^http:\/\/cv\.iptc\.org\/newscodes\/genre\/[A-Za-z_]+$/);
  });

  it('give the analysis its schema.org type', () => {
    expect(SCHEMA_ORG_TYPE.analysis).toBe('AnalysisNewsArticle');
    expect(isGenre('analysis')).toBe(true);
    expect(isGenre('Analysis')).toBe(false);
  });
});
