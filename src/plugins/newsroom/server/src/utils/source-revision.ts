import { createHash } from 'node:crypto';
import { blockTexts, type Block } from './blocks';

/**
 * What a translator carries from the source locale: its words, its figures and its corrections. Relations, the slug and the
 * computed counts are left out, so re-tagging the source or renaming its URL outdates no translation.
 */
export interface TranslatableContent {
  title?: string | null;
  standfirst?: string | null;
  byline?: string | null;
  body?: readonly Block[] | null;
  quotes?: readonly { text?: string | null; kind?: string | null }[] | null;
  keyFigures?:
    | readonly { value?: number | null; qualifier?: string | null; unit?: string | null; label?: string | null; period?: string | null }[]
    | null;
  sources?: readonly { name?: string | null; url?: string | null }[] | null;
  /** The public corrections of this locale: a correction to the source is news its translations must carry. */
  corrections?: readonly { kind: string; text: string }[] | null;
}

const text = (value: string | null | undefined): string => (value ?? '').normalize('NFC').trim();

/** A short, stable fingerprint of the translatable content: equal when a translator has nothing new to carry. */
export const sourceRevision = (content: TranslatableContent): string => {
  const canonical = {
    title: text(content.title),
    standfirst: text(content.standfirst),
    byline: text(content.byline),
    body: blockTexts(content.body ?? []).map(text),
    quotes: (content.quotes ?? []).map((quote) => [text(quote.text), quote.kind ?? 'direct']),
    keyFigures: (content.keyFigures ?? []).map((figure) => [
      figure.value ?? null,
      figure.qualifier ?? 'exact',
      text(figure.unit),
      text(figure.label),
      text(figure.period),
    ]),
    sources: (content.sources ?? []).map((source) => [text(source.name), text(source.url)]),
    // Absent rather than empty, so that revisions taken before corrections existed stay the same.
    ...(content.corrections?.length ? { corrections: content.corrections.map((entry) => [entry.kind, text(entry.text)]) } : {}),
  };
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex').slice(0, 32);
};
