import type { Block } from './blocks';
import {
  listItems,
  segmentTexts,
  writeInline,
  type InlineNode,
  type SegmentContent,
  type SegmentKeyFigure,
  type SegmentQuote,
  type SegmentSource,
} from './translation-segments';

/**
 * A translation rebuilt to its source's structure (body, quotes, key figures, sources) with the text it
 * already has kept wherever a segment has a counterpart. Pure: the caller says which of the translation's
 * segments stands for each of the source's.
 */

/** The same block tree with every text emptied: headings, paragraphs, list items and links keep their place. */
export const emptyText = (node: InlineNode): InlineNode => {
  if (node.type === 'text') return { ...node, text: '' };
  return node.children ? { ...node, children: node.children.map(emptyText) } : node;
};

export interface RebuiltStructure {
  body: InlineNode[];
  quotes: SegmentQuote[];
  keyFigures: SegmentKeyFigure[];
  sources: SegmentSource[];
}

/** The inline nodes of the block or list item at a body key (`body.3`, `body.5.2`). */
const inlineAt = (body: readonly Block[], key: string): InlineNode[] | undefined => {
  const [, block, item] = key.split('.');
  const node = body[Number(block)] as unknown as InlineNode | undefined;
  if (!node) return undefined;
  if (item === undefined) return node.type === 'list' ? undefined : node.children;
  return node.type === 'list' ? listItems(node.children ?? [])[Number(item)]?.children : undefined;
};

/**
 * @param counterpart for a key of the source, the key of the translation's segment that stands for it
 * (undefined: none does, the segment starts empty).
 */
export const rebuildStructure = (
  source: SegmentContent,
  translation: SegmentContent,
  counterpart: (sourceKey: string) => string | undefined,
): RebuiltStructure => {
  const texts = new Map(segmentTexts(translation).map((segment) => [segment.key, segment.text]));
  const textFor = (key: string): string | undefined => {
    const mine = counterpart(key);
    return mine === undefined ? undefined : texts.get(mine);
  };
  const translatedBody = translation.body ?? [];
  // A block keeps the translation's own runs (its formatting and links) when it has a counterpart.
  const inlineFor = (key: string, sourceChildren: readonly InlineNode[]): InlineNode[] => {
    const mine = counterpart(key);
    const children = mine === undefined ? undefined : inlineAt(translatedBody, mine);
    if (children) return children;
    const text = textFor(key);
    return text ? writeInline(sourceChildren.map(emptyText), text) : sourceChildren.map(emptyText);
  };

  const body = (source.body ?? []).map((block, index): InlineNode => {
    const node = block as unknown as InlineNode;
    if (node.type === 'image') return node;
    if (node.type !== 'list') return { ...node, children: inlineFor(`body.${index}`, node.children ?? []) };
    let position = -1;
    const walk = (child: InlineNode): InlineNode => {
      if (child.type === 'list') return { ...child, children: (child.children ?? []).map(walk) };
      if (child.type !== 'list-item') return child;
      position += 1;
      return { ...child, children: inlineFor(`body.${index}.${position}`, child.children ?? []) };
    };
    return walk(node);
  });

  return {
    body,
    quotes: (source.quotes ?? []).map((quote, index) => ({
      text: textFor(`quotes.${index}.text`) ?? '',
      kind: quote.kind ?? 'direct',
      expert: quote.expert ?? null,
    })),
    keyFigures: (source.keyFigures ?? []).map((figure, index) => ({
      value: figure.value,
      qualifier: figure.qualifier ?? 'exact',
      unit: textFor(`keyFigures.${index}.unit`) ?? '',
      label: textFor(`keyFigures.${index}.label`) ?? '',
      period: textFor(`keyFigures.${index}.period`) ?? '',
    })),
    // A source's name is a proper name: the source's own until the translator writes another.
    sources: (source.sources ?? []).map((entry, index) => ({
      name: textFor(`sources.${index}.name`) || entry.name,
      url: entry.url,
    })),
  };
};
