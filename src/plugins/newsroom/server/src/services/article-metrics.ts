import type { Core } from '@strapi/strapi';
import { countWords, readingTimeMinutes, wordsPerMinuteFor } from '../text';
import { blocksToPlainText, type Block } from '../utils/blocks';
import { pluginConfig } from '../utils/plugin-config';

export interface ArticleMetrics {
  wordCount: number;
  readingTimeMinutes: number;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Word count of the body and its reading time at the locale's reading speed. */
  measure(body: readonly Block[], locale: string): ArticleMetrics {
    const wordCount = countWords(blocksToPlainText(body));
    const wordsPerMinute = wordsPerMinuteFor(locale, pluginConfig(strapi).readingSpeed);
    return { wordCount, readingTimeMinutes: readingTimeMinutes(wordCount, wordsPerMinute) };
  },
});
