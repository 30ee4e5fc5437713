/** Strapi 5 "blocks" rich text: a list of blocks whose leaves are text nodes. */

export interface TextNode {
  type: 'text';
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  code?: boolean;
}

export interface InlineNode {
  type: string;
  text?: string;
  url?: string;
  children?: InlineNode[];
}

export interface Block {
  type: string;
  level?: number;
  format?: string;
  children?: InlineNode[] | Block[];
  [key: string]: unknown;
}

const nodeText = (node: InlineNode | Block): string => {
  if (typeof node.text === 'string') return node.text;
  return (node.children ?? []).map((child) => nodeText(child)).join('');
};

/** The text of each top-level block, in order (list items joined by newlines). */
export const blockTexts = (blocks: readonly Block[]): string[] =>
  blocks.map((block) =>
    block.type === 'list' ? (block.children ?? []).map((item) => nodeText(item)).join('\n') : nodeText(block)
  );

export const blocksToPlainText = (blocks: readonly Block[]): string => blockTexts(blocks).join('\n');

export const paragraph = (text: string): Block => ({ type: 'paragraph', children: [{ type: 'text', text }] });

export const heading = (text: string, level = 2): Block => ({
  type: 'heading',
  level,
  children: [{ type: 'text', text }],
});
