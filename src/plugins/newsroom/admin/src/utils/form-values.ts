/**
 * Turns the content manager's form values into the editorial check's request. The form holds relations as
 * changes to what is stored: `{ connect: [...], disconnect: [...] }` of items whose documentId sits in
 * `apiData` (added in this session) or on the item itself.
 */

export interface RelationChanges {
  connect: string[];
  disconnect: string[];
}

export interface EditorialCheckData {
  documentId?: string;
  title: string;
  slug: string | null;
  standfirst: string | null;
  body: unknown[];
  quotes: { id?: number; text: string | null; expert: RelationChanges }[];
  tags: RelationChanges;
  leadImage: number | null;
  leadImageCaption: string | null;
  leadImageAlt: string | null;
  leadImageCredit: string | null;
  leadImageCopyrightHolder: string | null;
  sources: { name: string | null }[];
  keyFigures: { label: string | null }[];
  embargoUntil: string | null;
}

type FormValues = Record<string, unknown>;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

const documentIdOf = (item: unknown): string | undefined => {
  if (!isRecord(item)) return undefined;
  const apiData = isRecord(item.apiData) ? item.apiData : undefined;
  const documentId = apiData?.documentId ?? item.documentId;
  return typeof documentId === 'string' ? documentId : undefined;
};

const documentIds = (items: unknown): string[] =>
  Array.isArray(items) ? items.map(documentIdOf).filter((id): id is string => id !== undefined) : [];

export const relationChanges = (value: unknown): RelationChanges =>
  isRecord(value) ? { connect: documentIds(value.connect), disconnect: documentIds(value.disconnect) } : { connect: [], disconnect: [] };

const records = (value: unknown): Record<string, unknown>[] => (Array.isArray(value) ? value.filter(isRecord) : []);

const textOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);

export const toEditorialCheck = (values: FormValues, documentId: string | undefined): EditorialCheckData => ({
  ...(documentId ? { documentId } : {}),
  title: textOrNull(values.title) ?? '',
  slug: textOrNull(values.slug),
  standfirst: textOrNull(values.standfirst),
  body: Array.isArray(values.body) ? values.body : [],
  quotes: records(values.quotes).map((quote) => ({
    ...(typeof quote.id === 'number' ? { id: quote.id } : {}),
    text: textOrNull(quote.text),
    expert: relationChanges(quote.expert),
  })),
  tags: relationChanges(values.tags),
  // The media field holds the chosen file (or null): the check needs only whether there is one.
  leadImage: isRecord(values.leadImage) && typeof values.leadImage.id === 'number' ? values.leadImage.id : null,
  // Texts said of the image; caption and alt are also read by the checks of a translation.
  leadImageCaption: textOrNull(values.leadImageCaption),
  leadImageAlt: textOrNull(values.leadImageAlt),
  leadImageCredit: textOrNull(values.leadImageCredit),
  leadImageCopyrightHolder: textOrNull(values.leadImageCopyrightHolder),
  sources: records(values.sources).map((source) => ({ name: textOrNull(source.name) })),
  keyFigures: records(values.keyFigures).map((figure) => ({ label: textOrNull(figure.label) })),
  // Whether the time set in the form holds the piece back: Publish explains instead of failing.
  embargoUntil: textOrNull(values.embargoUntil),
});

interface TextNode {
  text?: unknown;
  children?: unknown;
}

const nodeText = (node: unknown): string => {
  if (!isRecord(node)) return '';
  const { text, children } = node as TextNode;
  if (typeof text === 'string') return text;
  return Array.isArray(children) ? children.map(nodeText).join('') : '';
};

/** The draft's words, as the entity suggestions read them: title, standfirst, body and quotes, one per line. */
export const draftText = (values: FormValues): string =>
  [
    textOrNull(values.title),
    textOrNull(values.standfirst),
    ...(Array.isArray(values.body) ? values.body.map(nodeText) : []),
    ...(Array.isArray(values.quotes) ? values.quotes.filter(isRecord).map((quote) => textOrNull(quote.text)) : []),
  ]
    .filter((line): line is string => typeof line === 'string' && line.trim() !== '')
    .join('\n');
