import type { FilterableModel, ModelLookup } from '../filters';

/** A small newsroom: articles with tags, tags with their (private) articles and a parent topic. */
export const ARTICLE: FilterableModel = {
  attributes: {
    title: { type: 'string' },
    wordCount: { type: 'integer' },
    score: { type: 'decimal' },
    featured: { type: 'boolean' },
    embargoUntil: { type: 'datetime' },
    day: { type: 'date' },
    body: { type: 'blocks' },
    leadImage: { type: 'media' },
    secret: { type: 'string', private: true },
    tags: { type: 'relation', relation: 'manyToMany', target: 'tag' },
    quotes: { type: 'component', component: 'quote', repeatable: true },
  },
};

export const TAG: FilterableModel = {
  attributes: {
    name: { type: 'string' },
    aliases: { type: 'json' },
    topic: { type: 'relation', relation: 'manyToOne', target: 'topic' },
    articles: { type: 'relation', relation: 'manyToMany', target: 'article' },
  },
};

export const TOPIC: FilterableModel = {
  attributes: { code: { type: 'string' }, tag: { type: 'relation', relation: 'manyToOne', target: 'tag' }, parent: { type: 'relation', relation: 'manyToOne', target: 'topic' } },
};

export const QUOTE: FilterableModel = { attributes: { text: { type: 'text' } } };

const MODELS: Record<string, FilterableModel> = { article: ARTICLE, tag: TAG, topic: TOPIC, quote: QUOTE };

export const lookup: ModelLookup = (uid) => MODELS[uid];
