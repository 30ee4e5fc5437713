import type { TestApp } from './strapi';

/**
 * The second test article: written in English, translated into Arabic, both published. Its tags and
 * experts are the seeded ones, so outputs can be checked against known Wikidata ids.
 */
export const SECOND_ARTICLE = {
  en: {
    title: 'Moscow and Kabul: a wary partnership against ISIS-K',
    standfirst: 'Russia is betting that a recognised Taliban government can contain ISIS-K.',
    heading: 'Security first',
    paragraphs: [
      'Moscow sees ISIS-K as the most direct threat from Afghanistan since the Crocus City Hall attack.',
      'Diplomats in Kabul say trade and security talks will follow the lifting of the ban.',
    ],
    quote: 'Russia wants a partner in Kabul that can hold the line against ISIS.',
    slug: 'moscow-and-kabul-a-wary-partnership-against-isis-k',
  },
  ar: {
    title: 'موسكو وكابول: شراكة حذرة في مواجهة داعش خراسان',
    standfirst: 'تراهن روسيا على أن حكومة طالبان المعترف بها قادرة على احتواء داعش خراسان.',
    heading: 'الأمن أولاً',
    paragraphs: [
      'ترى موسكو في داعش خراسان التهديد الأكثر مباشرة من أفغانستان منذ هجوم كروكس سيتي هول.',
      'يقول دبلوماسيون في كابول إن محادثات التجارة والأمن ستلي رفع الحظر.',
    ],
    quote: 'تريد روسيا شريكاً في كابول قادراً على الصمود في وجه داعش.',
    slug: 'موسكو-وكابول-شراكة-حذرة-في-مواجهة-داعش-خراسان',
  },
} as const;

type Locale = keyof typeof SECOND_ARTICLE;

export interface SecondArticle {
  documentId: string;
  slugs: Record<Locale, string>;
}

const lookup = async (app: TestApp, path: 'tags' | 'experts', locale: Locale, name: string): Promise<string> => {
  const response = await app
    .http()
    .get(`/api/newsroom/${path}`)
    .query({ locale, filters: { name: { $eq: name } } });
  const documentId = response.body.data?.[0]?.documentId;
  if (!documentId) throw new Error(`seeded ${path} "${name}" (${locale}) not found`);
  return documentId;
};

const content = (locale: Locale, tags: string[], expert: string) => {
  const text = SECOND_ARTICLE[locale];
  return {
    title: text.title,
    standfirst: text.standfirst,
    byline: locale === 'en' ? 'Jane Doe' : 'جين دو',
    body: [
      { type: 'heading', level: 2, children: [{ type: 'text', text: text.heading }] },
      ...text.paragraphs.map((paragraph) => ({ type: 'paragraph', children: [{ type: 'text', text: paragraph }] })),
    ],
    quotes: [{ text: text.quote, kind: 'paraphrase', expert }],
    sources: [{ name: 'Reuters', url: 'https://www.reuters.com/world/asia-pacific/' }],
    tags,
    experts: [expert],
  };
};

/** Creates and publishes the second article in en, then its ar translation, through the REST API. */
export const createSecondArticle = async (app: TestApp, token: string): Promise<SecondArticle> => {
  const tags = await Promise.all(
    [
      'Russia',
      'Afghanistan',
      'Kabul',
      'Islamic State Khorasan Province (ISIS-K)',
      'Vladimir Putin',
      'Crocus City Hall attack',
      'Terrorism',
    ].map((name) => lookup(app, 'tags', 'en', name)),
  );
  const expert = await lookup(app, 'experts', 'en', 'John Herbst');
  const created = await app
    .http()
    .post('/api/newsroom/articles')
    .query({ locale: 'en', status: 'published' })
    .set('Authorization', `Bearer ${token}`)
    .send({ data: content('en', tags, expert) });
  if (created.status !== 201) throw new Error(`second article: ${created.status} ${JSON.stringify(created.body)}`);
  const { documentId } = created.body.data;

  const translated = await app
    .http()
    .put(`/api/newsroom/articles/${documentId}`)
    .query({ locale: 'ar', status: 'published' })
    .set('Authorization', `Bearer ${token}`)
    .send({ data: content('ar', tags, expert) });
  if (translated.status !== 200)
    throw new Error(`translation: ${translated.status} ${JSON.stringify(translated.body)}`);
  return { documentId, slugs: { en: created.body.data.slug, ar: translated.body.data.slug } };
};
