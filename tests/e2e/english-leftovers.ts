import type { Page } from 'playwright-core';
import { en } from '../../src/plugins/newsroom/admin/src/translations/en';
import { ar } from '../../src/plugins/newsroom/admin/src/translations/ar';
import { strapiMessages } from './strapi-labels';

/** The console line the page writes for a text of ours left in English; the watcher reads it. */
export const LEFTOVER = 'NEWSROOM_ENGLISH_LEFTOVER';

// Strapi's English messages: a text that is also one of Strapi's may be Strapi's own, untranslated, not ours.
const STRAPI_ENGLISH = Object.values(strapiMessages('en'));

const texts = (translation: typeof en): string[] => [
  ...Object.values(translation.plugin),
  ...Object.values(translation.options),
  ...Object.values(translation.contentTypes),
  ...Object.values(translation.fields).flatMap((fields) => Object.values(fields)),
  ...Object.values(translation.components).flatMap((fields) => Object.values(fields)),
];

/**
 * Our English texts that the Arabic admin must never show: those with an Arabic translation of their own, whole
 * (no ICU argument), not also a Strapi text, and long enough not to be a code or a unit.
 */
export const OUR_ENGLISH = (() => {
  const arabic = new Set(texts(ar));
  const strapi = new Set(STRAPI_ENGLISH);
  return [...new Set(texts(en))].filter((text) => !text.includes('{') && text.length >= 4 && !arabic.has(text) && !strapi.has(text));
})();

/**
 * react-intl reports a missing message only in a development build; the built admin shows the English default
 * without a word. This script, run in every document of the page, reports instead each text node (or
 * placeholder, title, aria-label) that is exactly one of our English texts while the admin is in Arabic.
 */
const detector = ({ texts: english, marker }: { texts: string[]; marker: string }) => {
  const ours = new Set(english);
  const reported = new Set<string>();
  // The admin's language is the document's `lang` (Strapi sets it); content in another language is marked with its
  // own (the translators' page, the diffs, the preview of an English version), and is not the admin's to translate.
  const report = (text: string | null | undefined, where: Element | null) => {
    const trimmed = text?.trim();
    if (!trimmed || !ours.has(trimmed) || reported.has(trimmed)) return;
    if (!(where?.closest('[lang]')?.getAttribute('lang') ?? '').startsWith('ar')) return;
    reported.add(trimmed);
    console.warn(`${marker}: "${trimmed}"`);
  };
  const ATTRIBUTES = ['placeholder', 'title', 'aria-label'];
  const reportAttributes = (element: Element) => ATTRIBUTES.forEach((name) => report(element.getAttribute(name), element));
  const scan = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) return report(node.textContent, node.parentElement);
    if (!(node instanceof Element)) return;
    reportAttributes(node);
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let next = walker.nextNode(); next; next = walker.nextNode()) {
      if (next.nodeType === Node.TEXT_NODE) report(next.textContent, next.parentElement);
      else reportAttributes(next as Element);
    }
  };
  const observe = () =>
    new MutationObserver((mutations) => {
      for (const mutation of mutations) {
        if (mutation.type === 'characterData') report(mutation.target.textContent, mutation.target.parentElement);
        else if (mutation.type === 'attributes') {
          const element = mutation.target as Element;
          report(element.getAttribute(mutation.attributeName ?? ''), element);
        } else mutation.addedNodes.forEach(scan);
      }
    }).observe(document.documentElement, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ATTRIBUTES });
  if (document.documentElement) observe();
  else document.addEventListener('DOMContentLoaded', observe);
};

/** Makes `page` report our English texts shown in the Arabic admin, as console lines the watcher fails on. */
export const reportEnglishLeftovers = async (page: Page): Promise<void> => {
  await page.addInitScript(detector, { texts: OUR_ENGLISH, marker: LEFTOVER });
};
