import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ARTICLE_UID } from '../constants';
import { readSourceVersion } from '../repositories/source-versions';
import { makeSlug } from '../text';
import type { Block } from '../utils/blocks';
import { pluginConfig } from '../utils/plugin-config';
import { newsroomService } from '../utils/services';
import { translationWarnings, type ArticleText } from '../utils/translation-warnings';
import type { EditorialCheckRequest } from '../validation/editorial';

export type EditorialWarningCode =
  | 'headline-too-long'
  | 'no-standfirst'
  | 'no-tags'
  | 'quote-without-expert'
  | 'quote-without-text'
  | 'slug-unavailable'
  | 'translation-empty-block'
  | 'translation-empty-quote'
  | 'translation-source-script'
  | 'translation-missing-script'
  | 'headline-untranslated'
  | 'entities-missing'
  | 'lead-image-text-without-image'
  | 'lead-image-without-alt';

/**
 * `blocking`: publishing would be refused anyway (Strapi's validation of a required field, a slug that cannot
 * be written), so the admin offers no "Publish anyway"; `warning`: the editor may publish past it.
 */
export type EditorialSeverity = 'blocking' | 'warning';

// What Strapi itself refuses on publish; every other code is the editor's call.
const BLOCKING: ReadonlySet<EditorialWarningCode> = new Set(['quote-without-text', 'slug-unavailable']);

export const severityOf = (code: EditorialWarningCode): EditorialSeverity => (BLOCKING.has(code) ? 'blocking' : 'warning');

export interface EditorialWarning {
  code: EditorialWarningCode;
  severity: EditorialSeverity;
  /** The form field it is about, as the content manager names it (`quotes.2.expert`). */
  field: string;
  message: string;
}

/** A warning as the checks find it, before its severity is given. */
export type EditorialFinding = Omit<EditorialWarning, 'severity'>;

export interface EditorialCheck {
  wordCount: number;
  readingTimeMinutes: number;
  slug: {
    /** What the article's slug will be once saved (null while there is no title to make one from). */
    willBe: string | null;
    /** The title in the site's own script, and transliterated: the two forms a journalist may pick. */
    native: string;
    latin: string;
  };
  warnings: EditorialWarning[];
  /** The embargo the form's `embargoUntil` sets, by the server's clock: null when unset or past. */
  embargo: { until: string } | null;
  /** The newsroom's time zone, shown beside the editor's own. */
  timeZone: string;
}

// The lead image's texts: said of a picture, they mean nothing without one.
const LEAD_IMAGE_TEXTS = ['leadImageCaption', 'leadImageAlt', 'leadImageCredit', 'leadImageCopyrightHolder'] as const;
type LeadImageText = (typeof LEAD_IMAGE_TEXTS)[number];
const LEAD_IMAGE_LABELS: Record<LeadImageText, string> = {
  leadImageCaption: 'The caption',
  leadImageAlt: 'The alternative text',
  leadImageCredit: 'The credit',
  leadImageCopyrightHolder: 'The copyright holder',
};

interface StoredDraft extends Partial<Record<LeadImageText, string | null>> {
  slug: string | null;
  leadImage?: { id: number } | null;
  tags?: { documentId: string }[];
  quotes?: { id: number; expert?: { documentId: string } | null }[];
}

/** The lead image's warnings: its texts without an image, an image without alternative text. */
const leadImageWarnings = (input: EditorialCheckRequest, stored: StoredDraft | null): EditorialFinding[] => {
  const hasImage = input.leadImage === undefined ? Boolean(stored?.leadImage) : input.leadImage !== null;
  const text = (field: LeadImageText) => (input[field] === undefined ? stored?.[field] : input[field])?.trim() ?? '';
  if (!hasImage) {
    return LEAD_IMAGE_TEXTS.filter((field) => text(field) !== '').map((field) => ({
      code: 'lead-image-text-without-image',
      field,
      message: `${LEAD_IMAGE_LABELS[field]} is filled in, but there is no lead image.`,
    }));
  }
  if (text('leadImageAlt') !== '') return [];
  return [
    {
      code: 'lead-image-without-alt',
      field: 'leadImageAlt',
      message: 'The lead image has no alternative text: readers who cannot see it, and search engines, get nothing.',
    },
  ];
};

/** The stored set of documentIds, with the form's unsaved changes applied. */
const applyChanges = (stored: string[], changes: { connect: string[]; disconnect: string[] }): Set<string> => {
  const result = new Set(stored);
  for (const id of changes.disconnect) result.delete(id);
  for (const id of changes.connect) result.add(id);
  return result;
};

interface SourceVersion extends ArticleText {
  tags?: { documentId: string; name: string }[];
  experts?: { documentId: string; name: string }[];
}

/**
 * The checks of a translation against its source, or null when `locale` is the article's source (or the
 * article is new). The source is read once: its published version, else its draft (what is translated).
 */
const translationChecks = async (
  strapi: Core.Strapi,
  input: EditorialCheckRequest,
  locale: string,
  mayRead: (locale: string) => boolean,
): Promise<EditorialFinding[] | null> => {
  if (!input.documentId) return null;
  const translations = newsroomService(strapi, 'translations');
  const sourceLocale = await translations.sourceLocaleOf(input.documentId);
  // Compared with a source the role may not read, the warnings would tell its headline and its tags.
  if (!sourceLocale || sourceLocale === locale || !mayRead(sourceLocale)) return null;
  const source = await readSourceVersion<SourceVersion>(strapi, input.documentId, sourceLocale, {
    select: ['title', 'standfirst', 'leadImageCaption', 'leadImageAlt', 'body'],
    populate: {
      quotes: { select: ['text'] },
      sources: { select: ['name'] },
      keyFigures: { select: ['label'] },
      tags: { select: ['documentId', 'name'] },
      experts: { select: ['documentId', 'name'] },
    },
  });
  if (!source) return null;
  const draft: ArticleText = { ...input, body: (input.body ?? []) as unknown as Block[] };
  const missingEntities = await translations.entitiesMissingIn({ tags: source.tags, experts: source.experts }, locale);
  return translationWarnings(draft, source, { locale, sourceLocale, missingEntities });
};

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * What an article will look like once saved, and what an editor would send back before publishing. Read
   * only: nothing is written, so the edit view can ask on every pause in typing.
   */
  async check(input: EditorialCheckRequest, locale: string, mayRead: (locale: string) => boolean): Promise<EditorialCheck> {
    const title = input.title ?? '';
    const stored: StoredDraft | null = input.documentId
      ? await strapi.db.query(ARTICLE_UID).findOne({
          select: ['slug', ...LEAD_IMAGE_TEXTS],
          where: { documentId: input.documentId, locale, publishedAt: null },
          populate: {
            tags: { select: ['documentId'] },
            quotes: { populate: { expert: { select: ['documentId'] } } },
            leadImage: { select: ['id'] },
          },
        })
      : null;

    const warnings: EditorialFinding[] = [];
    const ofTranslation = await translationChecks(strapi, input, locale, mayRead);
    const { headlineLength } = pluginConfig(strapi).editorial;
    if ([...title].length > headlineLength) {
      warnings.push({
        code: 'headline-too-long',
        field: 'title',
        message: `The headline has ${[...title].length} characters; search results and cards show about ${headlineLength}.`,
      });
    }
    if (!input.standfirst?.trim()) {
      warnings.push({ code: 'no-standfirst', field: 'standfirst', message: 'No standfirst: cards, feeds and search results show it.' });
    }
    const tags = applyChanges((stored?.tags ?? []).map((tag) => tag.documentId), input.tags);
    if (tags.size === 0) {
      warnings.push({ code: 'no-tags', field: 'tags', message: 'No tags: the piece will not appear on any tag page.' });
    }
    input.quotes.forEach((quote, index) => {
      const storedQuote = quote.id === undefined ? undefined : stored?.quotes?.find((entry) => entry.id === quote.id);
      const storedExpert = storedQuote?.expert?.documentId;
      const expert = applyChanges(storedExpert ? [storedExpert] : [], quote.expert);
      if (expert.size === 0) {
        warnings.push({
          code: 'quote-without-expert',
          field: `quotes.${index}.expert`,
          message: `Quote ${index + 1} is not attributed to an expert.`,
        });
      }
      // In a translation, an empty quote is told beside its source's text (translation-empty-quote).
      if (!quote.text?.trim() && !ofTranslation) {
        warnings.push({ code: 'quote-without-text', field: `quotes.${index}.text`, message: `Quote ${index + 1} has no text.` });
      }
    });

    warnings.push(...leadImageWarnings(input, stored));

    let willBe: string | null = stored?.slug ?? null;
    try {
      const data = input.slug === undefined ? { title } : { title, slug: input.slug };
      willBe =
        (await newsroomService(strapi, 'slugs').resolve({ uid: ARTICLE_UID, locale, documentId: input.documentId, data })) ??
        willBe;
    } catch (error) {
      if (!(error instanceof errors.ValidationError)) throw error;
      warnings.push({ code: 'slug-unavailable', field: 'slug', message: error.message });
    }
    warnings.push(...(ofTranslation ?? []));

    const body = (input.body ?? []) as unknown as Block[];
    return {
      ...newsroomService(strapi, 'articleMetrics').measure(body, locale),
      slug: { willBe, native: makeSlug(title, 'native'), latin: makeSlug(title, 'latin') },
      warnings: warnings.map((warning) => ({ ...warning, severity: severityOf(warning.code) })),
      embargo: newsroomService(strapi, 'embargoes').pending(input.embargoUntil),
      timeZone: pluginConfig(strapi).embargo.timeZone,
    };
  },
});
