import type { Schema } from '@strapi/strapi';

interface Node {
  type: string;
  text?: string;
  level?: number;
  children?: Node[];
}

const textOf = (node: Node): string => node.text ?? (node.children ?? []).map(textOf).join('');

/** The text of each top-level block as the API returns it. */
export const blockLines = (blocks: Node[]): string[] => blocks.map(textOf);

export const paragraphs = (...texts: string[]): Schema.Attribute.BlocksValue =>
  texts.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }));
