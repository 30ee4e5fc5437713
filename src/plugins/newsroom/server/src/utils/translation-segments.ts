import type { Block } from './blocks';

/**
 * An article's translatable text as a flat list of segments, each with a key naming its place (`title`,
 * `body.3`, `body.5.2`, `quotes.1.text`...), so a translator sees every source segment beside its translation
 * and saves text back into the translation's own structure. Pure: no Strapi, no database.
 */

export type SegmentGroup = 'title' | 'standfirst' | 'byline' | 'leadImage' | 'body' | 'quotes' | 'keyFigures' | 'sources';
export type SegmentKind = 'line' | 'text' | 'heading' | 'paragraph' | 'list-item' | 'quote' | 'code';

export interface Segment {
  key: string;
  group: SegmentGroup;
  kind: SegmentKind;
  level?: number;
  source: string;
  translation: string;
  rich: boolean;
  context?: string;
  maxLength?: number;
}

/** One segment of one version: its text and where it sits. */
export interface SegmentText {
  key: string;
  group: SegmentGroup;
  kind: SegmentKind;
  level?: number;
  text: string;
  /** The block holds more than one run of text: writing plain text into it flattens its formatting or links. */
  rich: boolean;
  maxLength: number;
}

export interface SegmentQuote {
  text?: string | null;
  kind?: string | null;
  expert?: { documentId: string; name?: string | null } | null;
}

export interface SegmentKeyFigure {
  value?: number | null;
  qualifier?: string | null;
  unit?: string | null;
  label?: string | null;
  period?: string | null;
}

export interface SegmentSource {
  name?: string | null;
  url?: string | null;
}

/** The fields of an article version that segments are read from and written to. */
export interface SegmentContent {
  title?: string | null;
  standfirst?: string | null;
  byline?: string | null;
  leadImageCaption?: string | null;
  leadImageAlt?: string | null;
  body?: readonly Block[] | null;
  quotes?: readonly SegmentQuote[] | null;
  keyFigures?: readonly SegmentKeyFigure[] | null;
  sources?: readonly SegmentSource[] | null;
}

export type SegmentField = 'title' | 'standfirst' | 'byline' | 'leadImageCaption' | 'leadImageAlt';

// The limits of the article's schema and of its components' (validation/blocks.ts for a body text).
const SCALARS: readonly { field: SegmentField; group: SegmentGroup; kind: SegmentKind; maxLength: number }[] = [
  { field: 'title', group: 'title', kind: 'line', maxLength: 200 },
  { field: 'standfirst', group: 'standfirst', kind: 'text', maxLength: 600 },
  { field: 'byline', group: 'byline', kind: 'line', maxLength: 200 },
  { field: 'leadImageCaption', group: 'leadImage', kind: 'line', maxLength: 300 },
  { field: 'leadImageAlt', group: 'leadImage', kind: 'line', maxLength: 300 },
];
export const BODY_TEXT_MAX = 20000;
export const QUOTE_TEXT_MAX = 2000;
export const KEY_FIGURE_FIELDS = { unit: 60, label: 200, period: 100 } as const;
export const SOURCE_NAME_MAX = 200;

export interface InlineNode {
  type?: string;
  text?: string;
  url?: string;
  children?: InlineNode[];
  [mark: string]: unknown;
}

const BLOCK_KINDS: Readonly<Record<string, SegmentKind>> = {
  paragraph: 'paragraph',
  heading: 'heading',
  quote: 'quote',
  code: 'code',
};

/** The text leaves of a run of inline nodes (texts, and texts inside links), in reading order. */
const leaves = (nodes: readonly InlineNode[]): InlineNode[] =>
  nodes.flatMap((node) => (node.type === 'text' ? [node] : leaves(node.children ?? [])));

const inlineText = (nodes: readonly InlineNode[]): string => leaves(nodes).map((leaf) => leaf.text ?? '').join('');

// Only leaves that hold text count: a block emptied to be translated keeps its source's runs, all empty.
const isRich = (nodes: readonly InlineNode[]): boolean => leaves(nodes).filter((leaf) => (leaf.text ?? '') !== '').length > 1;

/** The items of a list, nested lists included, in reading order. */
export const listItems = (nodes: readonly InlineNode[]): InlineNode[] =>
  nodes.flatMap((node) => (node.type === 'list' ? listItems(node.children ?? []) : node.type === 'list-item' ? [node] : []));

const bodySegments = (body: readonly Block[]): SegmentText[] =>
  body.flatMap((block, index): SegmentText[] => {
    const node = block as unknown as InlineNode;
    if (node.type === 'list') {
      return listItems(node.children ?? []).map((item, position) => ({
        key: `body.${index}.${position}`,
        group: 'body',
        kind: 'list-item',
        text: inlineText(item.children ?? []),
        rich: isRich(item.children ?? []),
        maxLength: BODY_TEXT_MAX,
      }));
    }
    const kind = BLOCK_KINDS[node.type ?? ''];
    if (!kind) return [];
    return [
      {
        key: `body.${index}`,
        group: 'body',
        kind,
        ...(kind === 'heading' && typeof node.level === 'number' ? { level: node.level } : {}),
        text: inlineText(node.children ?? []),
        rich: isRich(node.children ?? []),
        maxLength: BODY_TEXT_MAX,
      },
    ];
  });

/** Every segment of one version, in reading order; an empty optional line is left out. */
export const segmentTexts = (content: SegmentContent): SegmentText[] => {
  const line = (key: string, group: SegmentGroup, text: string | null | undefined, maxLength: number): SegmentText => ({
    key,
    group,
    kind: 'line',
    text: text ?? '',
    rich: false,
    maxLength,
  });
  const scalars = SCALARS.filter(({ field }) => field === 'title' || (content[field] ?? '') !== '').map(
    ({ field, group, kind, maxLength }): SegmentText => ({ ...line(field, group, content[field], maxLength), kind }),
  );
  const [head, ...rest] = scalars;
  return [
    head,
    ...rest.filter((segment) => segment.group !== 'leadImage'),
    ...bodySegments(content.body ?? []),
    ...(content.quotes ?? []).map(
      (quote, index): SegmentText => ({ ...line(`quotes.${index}.text`, 'quotes', quote.text, QUOTE_TEXT_MAX), kind: 'quote' }),
    ),
    ...(content.keyFigures ?? []).flatMap((figure, index) =>
      (Object.keys(KEY_FIGURE_FIELDS) as (keyof typeof KEY_FIGURE_FIELDS)[])
        .filter((field) => field !== 'period' || (figure.period ?? '') !== '')
        .map((field) => line(`keyFigures.${index}.${field}`, 'keyFigures', figure[field], KEY_FIGURE_FIELDS[field])),
    ),
    ...(content.sources ?? []).map((entry, index) => line(`sources.${index}.name`, 'sources', entry.name, SOURCE_NAME_MAX)),
    ...rest.filter((segment) => segment.group === 'leadImage'),
  ];
};

const QUALIFIERS: Readonly<Record<string, string>> = { exact: '', about: '~', more_than: '>', less_than: '<' };

export interface PairingContext {
  /** The quotes' experts by documentId, named in the translation's locale (else in the source's). */
  expertNames?: ReadonlyMap<string, string>;
}

const contextOf = (key: string, source: SegmentContent, context: PairingContext): string | undefined => {
  const [group, index] = key.split('.');
  if (group === 'quotes') {
    const expert = source.quotes?.[Number(index)]?.expert;
    if (!expert) return undefined;
    return context.expertNames?.get(expert.documentId) ?? expert.name ?? undefined;
  }
  if (group === 'keyFigures') {
    const figure = source.keyFigures?.[Number(index)];
    if (typeof figure?.value !== 'number') return undefined;
    return `${QUALIFIERS[figure.qualifier ?? 'exact'] ?? ''}${figure.value}`;
  }
  return undefined;
};

/**
 * The source's segments each beside the translation's text at the same place; segments only the translation
 * has (its structure went its own way) follow with an empty source, so none of its text is hidden.
 */
export const pairSegments = (
  source: SegmentContent,
  translation: SegmentContent | null,
  context: PairingContext = {},
): Segment[] => {
  const translated = new Map((translation ? segmentTexts(translation) : []).map((segment) => [segment.key, segment]));
  const sourceSegments = segmentTexts(source);
  const sourceKeys = new Set(sourceSegments.map((segment) => segment.key));
  const paired = sourceSegments.map((segment): Segment => {
    const mine = translated.get(segment.key);
    const note = contextOf(segment.key, source, context);
    return {
      key: segment.key,
      group: segment.group,
      kind: segment.kind,
      ...(segment.level !== undefined ? { level: segment.level } : {}),
      source: segment.text,
      translation: mine?.text ?? '',
      rich: mine?.rich ?? false,
      ...(note !== undefined ? { context: note } : {}),
      maxLength: segment.maxLength,
    };
  });
  const extra = [...translated.values()]
    .filter((segment) => !sourceKeys.has(segment.key))
    .map(
      (segment): Segment => ({
        key: segment.key,
        group: segment.group,
        kind: segment.kind,
        ...(segment.level !== undefined ? { level: segment.level } : {}),
        source: '',
        translation: segment.text,
        rich: segment.rich,
        maxLength: segment.maxLength,
      }),
    );
  return [...paired, ...extra];
};

/** The keys a translation can take text for, with their limits: every place its structure has. */
export const writableKeys = (translation: SegmentContent): Map<string, number> => {
  const keys = new Map(segmentTexts(translation).map((segment) => [segment.key, segment.maxLength]));
  // Optional lines are left out of the segments while empty, but can always be written.
  for (const { field, maxLength } of SCALARS) keys.set(field, maxLength);
  (translation.keyFigures ?? []).forEach((_, index) => keys.set(`keyFigures.${index}.period`, KEY_FIGURE_FIELDS.period));
  return keys;
};

/**
 * The inline nodes of a block with `text` written in: into its one run when it has one (keeping that run's
 * marks, and its link), else one plain run (a block of several runs is flattened; the page warns of it).
 */
export const writeInline = (nodes: readonly InlineNode[], text: string): InlineNode[] => {
  const all = leaves(nodes);
  const filled = all.filter((leaf) => (leaf.text ?? '') !== '');
  const target = filled.length === 1 ? filled[0] : filled.length === 0 && all.length === 1 ? all[0] : undefined;
  if (!target) return [{ type: 'text', text }];
  const keep = (list: readonly InlineNode[]): InlineNode[] =>
    list.flatMap((node): InlineNode[] => {
      if (node === target) return [{ ...node, text }];
      if (node.type === 'text') return [];
      const children = keep(node.children ?? []);
      return children.length > 0 ? [{ ...node, children }] : [];
    });
  return keep(nodes);
};

/** A list with the text of item `position` (counted as listItems counts them) rewritten. */
const writeListItem = (list: InlineNode, position: number, text: string): InlineNode => {
  let seen = -1;
  const walk = (node: InlineNode): InlineNode => {
    if (node.type === 'list-item') {
      seen += 1;
      return seen === position ? { ...node, children: writeInline(node.children ?? [], text) } : node;
    }
    return node.type === 'list' ? { ...node, children: (node.children ?? []).map(walk) } : node;
  };
  return walk(list);
};

export interface SegmentEdit {
  key: string;
  text: string;
}

/** What to write into a translation for some edits: only the fields they touch, whole. */
export interface SegmentWrite {
  scalars: Partial<Record<SegmentField, string>>;
  body?: InlineNode[];
  quotes?: SegmentQuote[];
  keyFigures?: SegmentKeyFigure[];
  sources?: SegmentSource[];
}

/**
 * Applies edits to a translation, keeping its structure: block types, heading levels, list nesting, links,
 * quotes' kind and expert, key figures' value and qualifier, sources' url. A segment whose text is unchanged
 * is left exactly as it is. Keys must be among `writableKeys` (checked by the caller, which names the field).
 */
export const applySegments = (translation: SegmentContent, edits: readonly SegmentEdit[]): SegmentWrite => {
  const current = new Map(segmentTexts(translation).map((segment) => [segment.key, segment.text]));
  const changed = edits.filter((edit) => (current.get(edit.key) ?? '') !== edit.text);
  const write: SegmentWrite = { scalars: {} };
  for (const { key, text } of changed) {
    const [group, first, second] = key.split('.');
    const index = Number(first);
    if (second === undefined && first === undefined) {
      write.scalars[group as SegmentField] = text;
    } else if (group === 'body') {
      write.body ??= (translation.body ?? []).map((block) => block as unknown as InlineNode);
      const block = write.body[index];
      write.body[index] =
        second === undefined
          ? { ...block, children: writeInline(block.children ?? [], text) }
          : writeListItem(block, Number(second), text);
    } else if (group === 'quotes') {
      write.quotes ??= [...(translation.quotes ?? [])];
      write.quotes[index] = { ...write.quotes[index], text };
    } else if (group === 'keyFigures') {
      write.keyFigures ??= [...(translation.keyFigures ?? [])];
      write.keyFigures[index] = { ...write.keyFigures[index], [second]: text };
    } else if (group === 'sources') {
      write.sources ??= [...(translation.sources ?? [])];
      write.sources[index] = { ...write.sources[index], name: text };
    }
  }
  return write;
};
