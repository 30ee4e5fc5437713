import type { Core } from '@strapi/strapi';
import { ARTICLE_UID, ENTITY_TAG_UID, EXPERT_UID } from '../constants';
import { createTransactionLocks } from '../repositories/transaction-lock';
import { newsroomService } from '../utils/services';
import type { MissingEntityInPlace } from '../utils/translation-workspace-view';
import type { SourceEntities } from './translations';

export type NameInPlaceResult =
  | { kind: 'no-article' }
  | { kind: 'is-source' }
  | { kind: 'source-hidden'; sourceLocale: string }
  | { kind: 'no-translation' }
  | { kind: 'no-entity' }
  | { kind: 'not-in-source' }
  | { kind: 'exists' }
  | { kind: 'named' };

interface DraftQuote {
  id: number;
  text: string | null;
  kind: string | null;
  expert?: { documentId: string } | null;
}

const UIDS = { tag: ENTITY_TAG_UID, expert: EXPERT_UID } as const;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const locks = createTransactionLocks(strapi);
  const translations = () => newsroomService(strapi, 'translations');

  /** The draft's quotes with the expert set in the slots whose source quote is theirs and that have none yet. */
  const quotesAttributed = (draft: DraftQuote[], source: SourceEntities, expert: string) =>
    draft.map((quote, index) => {
      const attributed = !quote.expert && source.quotes?.[index]?.expert?.documentId === expert;
      return {
        id: quote.id,
        text: quote.text,
        kind: quote.kind ?? 'direct',
        expert: attributed ? expert : (quote.expert?.documentId ?? null),
      };
    });

  const service = {
    /** The source's tags and experts the translation in `locale` cannot carry yet, or null when there is no article. */
    async missingInPlace(documentId: string, locale: string): Promise<MissingEntityInPlace[] | null> {
      return (await translations().missingEntitiesOf(documentId, locale))?.missing ?? null;
    },

    /**
     * Names a tag or an expert of the source in the translation's locale and attaches it to the translation's
     * draft: its tags or experts, and the quote slots whose source quote is the expert's. One transaction: the
     * new locale of the entity is not left behind unattached, and two translators naming it take turns.
     * Creating the locale through the Document Service copies the shared fields (kind, type, wikidataId) from
     * the other locales and runs the entity's middlewares (the slug is derived as always).
     */
    async nameInPlace(input: {
      documentId: string;
      locale: string;
      kind: 'tag' | 'expert';
      entityDocumentId: string;
      name: string;
      /** Whether the viewer may read a locale: naming needs reading the source it names from. */
      mayRead: (locale: string) => boolean;
    }): Promise<NameInPlaceResult> {
      const uid = UIDS[input.kind];
      return strapi.db.transaction(async ({ trx }): Promise<NameInPlaceResult> => {
        const sourceLocale = await translations().sourceLocaleOf(input.documentId);
        if (!sourceLocale) return { kind: 'no-article' };
        if (sourceLocale === input.locale) return { kind: 'is-source' };
        if (!input.mayRead(sourceLocale)) return { kind: 'source-hidden', sourceLocale };
        // The locks the article's and the entity's own writes take (database/write-turns), in that order: a
        // workspace save of the quotes meanwhile is not overwritten, and whoever names it second sees the first's.
        await locks.lock(trx, `document:${ARTICLE_UID}:${input.documentId}`);
        await locks.lock(trx, `document:${uid}:${input.entityDocumentId}`);
        const entityLocales: { locale: string }[] = await strapi.db
          .query(uid)
          .findMany({ select: ['locale'], where: { documentId: input.entityDocumentId } });
        if (entityLocales.length === 0) return { kind: 'no-entity' };
        if (entityLocales.some((row) => row.locale === input.locale)) return { kind: 'exists' };

        const draft: { quotes?: DraftQuote[] } | null = await strapi.db.query(ARTICLE_UID).findOne({
          select: ['id'],
          where: { documentId: input.documentId, locale: input.locale, publishedAt: null },
          populate: { quotes: { populate: { expert: { select: ['documentId'] } } } },
        });
        if (!draft) return { kind: 'no-translation' };
        const source = await translations().sourceEntities(input.documentId, sourceLocale);
        const listed = input.kind === 'tag' ? source?.tags : source?.experts;
        if (!source || !listed?.some((entity) => entity.documentId === input.entityDocumentId)) {
          return { kind: 'not-in-source' };
        }

        await strapi.documents(uid).update({
          documentId: input.entityDocumentId,
          locale: input.locale,
          data: { name: input.name } as never,
        });
        const relation = { connect: [input.entityDocumentId] };
        await strapi.documents(ARTICLE_UID).update({
          documentId: input.documentId,
          locale: input.locale,
          data: (input.kind === 'tag'
            ? { tags: relation }
            : { experts: relation, quotes: quotesAttributed(draft.quotes ?? [], source, input.entityDocumentId) }) as never,
        });
        return { kind: 'named' };
      });
    },
  };
  return service;
};
