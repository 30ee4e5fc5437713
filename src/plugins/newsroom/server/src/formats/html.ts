import { BlocksRenderer } from '@strapi/blocks-react-renderer';
import { createElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { textDirection } from '../text';
import type { Block } from '../utils/blocks';
import { isSafeUrl } from '../utils/safe-url';

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML that shows it as written, for places that take HTML (RSS 2.0's description). */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]);

// What was stored before validation refused it, or written in the admin past the API's schema: a link or an
// image is written only if its URL stays where it says (utils/safe-url.ts); a link's text is kept.
const link = ({ children, url }: { children?: ReactNode; url: string }) =>
  isSafeUrl(url, 'link') ? createElement('a', { href: url }, children) : createElement('span', null, children);

interface ImageBlockProps {
  image: { url: string; alternativeText?: string | null };
}

// As the renderer's own image, which would write any URL.
const image = ({ image: file }: ImageBlockProps) =>
  isSafeUrl(file.url, 'image') ? createElement('img', { src: file.url, alt: file.alternativeText || undefined }) : null;

/** The blocks as a React element, for pages that render more than the body (the preview). */
export const blocksElement = (blocks: readonly Block[]) =>
  createElement(BlocksRenderer, { content: [...blocks], blocks: { link, image } });

/**
 * Blocks as HTML, rendered by Strapi's own renderer so syndicated bodies match what frontends render,
 * wrapped with the language and direction of the locale.
 */
export const blocksToHtml = (blocks: readonly Block[], locale: string): string =>
  `<div lang="${locale}" dir="${textDirection(locale)}">${renderToStaticMarkup(blocksElement(blocks))}</div>`;
