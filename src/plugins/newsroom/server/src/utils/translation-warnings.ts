import type { EditorialFinding } from '../services/editorial-check';
import type { MissingEntity } from '../services/translations';
import { translationScriptFinding, type ScriptFinding } from '../text/translation-script';
import { blockItemTexts, type Block } from './blocks';

/** The translatable text of one version of an article: the translation's form, or its source as stored. */
export interface ArticleText {
  title?: string | null;
  standfirst?: string | null;
  leadImageCaption?: string | null;
  leadImageAlt?: string | null;
  body?: readonly Block[] | null;
  quotes?: readonly { text?: string | null }[] | null;
  sources?: readonly { name?: string | null }[] | null;
  keyFigures?: readonly { label?: string | null }[] | null;
}

interface Segment {
  /** The form field, as the content manager names it. */
  field: string;
  /** How a message names it. */
  label: string;
  text: string;
  source: string;
}

const isEmpty = (text: string | null | undefined): boolean => !text?.trim();

/** The one-line and per-item fields the translation and its source hold side by side (the body aside). */
const fieldSegments = (draft: ArticleText, source: ArticleText): Segment[] => {
  const line = (field: 'title' | 'standfirst' | 'leadImageCaption' | 'leadImageAlt', label: string): Segment[] =>
    draft[field] === undefined ? [] : [{ field, label, text: draft[field] ?? '', source: source[field] ?? '' }];
  const items = <T>(
    list: readonly T[] | null | undefined,
    sourceList: readonly T[] | null | undefined,
    path: (index: number) => string,
    label: (index: number) => string,
    textOf: (item: T | undefined) => string,
  ): Segment[] =>
    (list ?? []).map((item, index) => ({
      field: path(index),
      label: label(index),
      text: textOf(item),
      source: textOf(sourceList?.[index]),
    }));
  return [
    ...line('title', 'The headline'),
    ...line('standfirst', 'The standfirst'),
    ...line('leadImageCaption', 'The lead image caption'),
    ...line('leadImageAlt', 'The lead image alternative text'),
    ...items(draft.quotes, source.quotes, (i) => `quotes.${i}.text`, (i) => `Quote ${i + 1}`, (quote) => quote?.text ?? ''),
    ...items(draft.sources, source.sources, (i) => `sources.${i}.name`, (i) => `Source ${i + 1}`, (entry) => entry?.name ?? ''),
    ...items(draft.keyFigures, source.keyFigures, (i) => `keyFigures.${i}.label`, (i) => `Key figure ${i + 1}`, (figure) => figure?.label ?? ''),
  ];
};

/** Each body block item of the translation beside the source's item at the same place. */
const bodySegments = (draft: ArticleText, source: ArticleText): { block: number; text: string; source: string }[] =>
  (draft.body ?? []).flatMap((block, index) => {
    const sourceBlock = source.body?.[index];
    const sourceItems = sourceBlock && sourceBlock.type === block.type ? blockItemTexts(sourceBlock) : [];
    return blockItemTexts(block).map((text, item) => ({
      block: index + 1,
      text,
      source: sourceItems[item] ?? '',
    }));
  });

const blockList = (blocks: number[]): string => {
  const unique = [...new Set(blocks)];
  const shown = unique.slice(0, 5).join(', ');
  return unique.length > 5 ? `${shown} and ${unique.length - 5} more` : shown;
};

const scriptWarning = (finding: ScriptFinding, segment: Segment, locale: string, sourceLocale: string): EditorialFinding => {
  if (finding === 'untranslated' && segment.field === 'title') {
    return { code: 'headline-untranslated', field: 'title', message: `The headline is the ${sourceLocale} source's, not translated.` };
  }
  if (finding === 'missing-script') {
    return { code: 'translation-missing-script', field: segment.field, message: `${segment.label}: not written in the script of "${locale}".` };
  }
  const what = finding === 'untranslated' ? 'the source’s text, not translated' : `still in the script of the ${sourceLocale} source`;
  return { code: 'translation-source-script', field: segment.field, message: `${segment.label}: ${what}.` };
};

/**
 * What a translation still lacks before publishing, beside its source: blocks and quotes left empty, text in
 * the source's script or not in its own, a headline left as it was, tags and experts not named in its locale.
 * One warning per code and field (the body's blocks are listed in one).
 */
export const translationWarnings = (
  draft: ArticleText,
  source: ArticleText,
  { locale, sourceLocale, missingEntities }: { locale: string; sourceLocale: string; missingEntities: MissingEntity[] },
): EditorialFinding[] => {
  const warnings: EditorialFinding[] = [];
  const body = bodySegments(draft, source);
  const emptyBlocks = body.filter((segment) => isEmpty(segment.text) && !isEmpty(segment.source)).map((segment) => segment.block);
  if (emptyBlocks.length > 0) {
    warnings.push({
      code: 'translation-empty-block',
      field: 'body',
      message: `Body block${new Set(emptyBlocks).size > 1 ? 's' : ''} ${blockList(emptyBlocks)} left empty: the source has text there.`,
    });
  }
  (draft.quotes ?? []).forEach((quote, index) => {
    if (isEmpty(quote.text) && !isEmpty(source.quotes?.[index]?.text)) {
      warnings.push({ code: 'translation-empty-quote', field: `quotes.${index}.text`, message: `Quote ${index + 1} is left empty: the source's has text.` });
    }
  });

  for (const segment of fieldSegments(draft, source)) {
    const finding = translationScriptFinding(segment.text, { locale, sourceLocale, source: segment.source });
    if (finding) warnings.push(scriptWarning(finding, segment, locale, sourceLocale));
  }
  // The body's blocks in one warning per code, the blocks listed: a block left as its source and one with
  // words of it are one code, worded as the latter when both are there.
  const bodyFindings = new Map<'missing' | 'source', { finding: ScriptFinding; blocks: number[] }>();
  for (const segment of body) {
    const finding = translationScriptFinding(segment.text, { locale, sourceLocale, source: segment.source });
    if (!finding) continue;
    const key = finding === 'missing-script' ? 'missing' : 'source';
    const known = bodyFindings.get(key);
    bodyFindings.set(key, {
      finding: known && known.finding !== finding ? 'source-script' : finding,
      blocks: [...(known?.blocks ?? []), segment.block],
    });
  }
  for (const { finding, blocks } of bodyFindings.values()) {
    const label = `Body block${new Set(blocks).size > 1 ? 's' : ''} ${blockList(blocks)}`;
    warnings.push(scriptWarning(finding, { field: 'body', label, text: '', source: '' }, locale, sourceLocale));
  }

  if (missingEntities.length > 0) {
    const names = missingEntities.map((entity) => `${entity.kind} "${entity.name}"`).join(', ');
    warnings.push({
      code: 'entities-missing',
      field: 'tags',
      message: `Not named in "${locale}" yet, so not on this translation: ${names}. Publishing is refused until each is named.`,
    });
  }
  return warnings;
};
