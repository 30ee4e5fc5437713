import type { Core } from '@strapi/strapi';
import { ARTICLE_UID } from '../constants';
import { createDocumentRowsRepository } from '../repositories/document-rows';
import { newsroomService } from '../utils/services';

/**
 * The locales a publish touches, as the document service reads its `locale`: one, several (the admin's bulk
 * publish), every one ('*'), or the default one when absent.
 */
export const publishedLocales = async (strapi: Core.Strapi, documentId: string, locale: unknown): Promise<string[]> => {
  if (locale === '*') return createDocumentRowsRepository(strapi).documentLocales(ARTICLE_UID, documentId);
  if (Array.isArray(locale)) return locale.filter((entry): entry is string => typeof entry === 'string');
  if (typeof locale === 'string') return [locale];
  return [await newsroomService(strapi, 'locales').defaultLocale()];
};
