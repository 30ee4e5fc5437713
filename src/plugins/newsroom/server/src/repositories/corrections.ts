import type { Core } from '@strapi/strapi';
import { CORRECTION_UID } from '../constants';

export type CorrectionKind = 'correction' | 'clarification';

export interface EarlierWording {
  text: string;
  /** Until when this wording stood. */
  until: string;
}

export interface Correction {
  id: number;
  documentId: string;
  articleDocumentId: string;
  articleLocale: string;
  kind: CorrectionKind;
  text: string;
  issuedAt: string;
  amendedAt: string | null;
  earlierWordings: EarlierWording[];
}

const FIELDS = ['id', 'documentId', 'articleDocumentId', 'articleLocale', 'kind', 'text', 'issuedAt', 'amendedAt', 'earlierWordings'];

const iso = (value: unknown): string | null => (value ? new Date(value as string).toISOString() : null);

const normalise = (row: Record<string, unknown>): Correction => ({
  ...(row as unknown as Correction),
  issuedAt: iso(row.issuedAt) ?? '',
  amendedAt: iso(row.amendedAt),
  earlierWordings: Array.isArray(row.earlierWordings) ? (row.earlierWordings as EarlierWording[]) : [],
});

/** Hand-written queries on the public log of corrections: appended to, amended with history, never deleted. */
export const createCorrectionsRepository = (strapi: Core.Strapi) => {
  const table = () => strapi.db.query(CORRECTION_UID);
  return {
    /** The log of one article in one locale (every locale when `locale` is absent), oldest first. */
    async of(documentIds: string[], locale?: string): Promise<Correction[]> {
      if (documentIds.length === 0) return [];
      const rows: Record<string, unknown>[] = await table().findMany({
        select: FIELDS,
        where: { articleDocumentId: { $in: documentIds }, ...(locale ? { articleLocale: locale } : {}) },
        orderBy: [{ issuedAt: 'asc' }, { id: 'asc' }],
      });
      return rows.map(normalise);
    },

    async find(documentId: string): Promise<Correction | null> {
      const row: Record<string, unknown> | null = await table().findOne({ select: FIELDS, where: { documentId } });
      return row ? normalise(row) : null;
    },

    async append(entry: { articleDocumentId: string; articleLocale: string; kind: CorrectionKind; text: string; issuedAt: Date }) {
      return normalise(
        await table().create({ data: { ...entry, issuedAt: entry.issuedAt.toISOString(), earlierWordings: [] }, select: FIELDS })
      );
    },

    async amend(current: Correction, text: string, at: Date): Promise<Correction> {
      const earlierWordings = [...current.earlierWordings, { text: current.text, until: at.toISOString() }];
      return normalise(
        await table().update({
          where: { id: current.id },
          data: { text, amendedAt: at.toISOString(), earlierWordings },
          select: FIELDS,
        })
      );
    },
  };
};
