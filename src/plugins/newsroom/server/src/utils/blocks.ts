import type { Schema } from '@strapi/strapi';

/** Strapi 5 "blocks" rich text: a list of blocks whose leaves are text nodes. */
export type Blocks = Schema.Attribute.BlocksValue;
export type Block = Blocks[number];

interface AnyNode {
  text?: string;
  children?: unknown[];
}

const nodeText = (node: AnyNode): string => {
  if (typeof node.text === 'string') return node.text;
  return (node.children ?? []).map((child) => nodeText(child as AnyNode)).join('');
};

/** The texts of one top-level block: one per item of a list, else one. */
export const blockItemTexts = (block: Block): string[] =>
  block.type === 'list' ? block.children.map((item) => nodeText(item)) : [nodeText(block)];

/** The text of each top-level block, in order (list items joined by newlines). */
export const blockTexts = (blocks: readonly Block[]): string[] => blocks.map((block) => blockItemTexts(block).join('\n'));

export const blocksToPlainText = (blocks: readonly Block[]): string => blockTexts(blocks).join('\n');

export const paragraph = (text: string): Block => ({ type: 'paragraph', children: [{ type: 'text', text }] });

export const heading = (text: string, level: 1 | 2 | 3 | 4 | 5 | 6 = 2): Block => ({
  type: 'heading',
  level,
  children: [{ type: 'text', text }],
});
