import { BlocksRenderer } from '@strapi/blocks-react-renderer';
import { createElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { textDirection } from '../text';
import type { Block } from '../utils/blocks';

const SAFE_URL = /^(https?:\/\/|mailto:|\/|#)/i;

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML that shows it as written, for places that take HTML (RSS 2.0's description). */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]);

// Text written in the admin is not validated by the API's schema: a link is kept only if its target is safe.
const link = ({ children, url }: { children?: ReactNode; url: string }) =>
  SAFE_URL.test(url) ? createElement('a', { href: url }, children) : createElement('span', null, children);

/**
 * Blocks as HTML, rendered by Strapi's own renderer so syndicated bodies match what frontends render,
 * wrapped with the language and direction of the locale.
 */
export const blocksToHtml = (blocks: readonly Block[], locale: string): string =>
  `<div lang="${locale}" dir="${textDirection(locale)}">${renderToStaticMarkup(
    createElement(BlocksRenderer, { content: [...blocks], blocks: { link } })
  )}</div>`;
