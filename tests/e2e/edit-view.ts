// Functions passed to waitForFunction() run in the page: they need the DOM types.
/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { strapiLabel } from './strapi-labels';

/** The content manager's edit view of one article in one locale. */
export const editViewUrl = (url: string, documentId: string, locale: string): string =>
  `${url}/admin/content-manager/collection-types/plugin::newsroom.article/${documentId}?plugins[i18n][locale]=${locale}`;

/**
 * Resolves once the edit view is usable, as a journalist sees it: the headline input holds the article's
 * headline and can be typed in, and the side panel's Entry box shows its Save button (an empty box is the failure the
 * issue saw for 30 s). For a role that may edit the locale: a read-only one has no Save. Resolves with the milliseconds since
 * `since` (Date.now() before the navigation).
 */
export const waitForEditViewUsable = async (page: Page, title: string, since: number, timeout = 60_000): Promise<number> => {
  await page.waitForFunction(
    (expected) => {
      const input = document.querySelector<HTMLInputElement>('input[name=title]');
      if (!input || input.value !== expected || input.disabled || input.readOnly) return false;
      // The Entry box's Save is its one submit button (Publish beside it is a plain button).
      const save = document.querySelector('aside button[type=submit]');
      return Boolean(save && save.getBoundingClientRect().height > 0);
    },
    title,
    { timeout, polling: 50 },
  );
  return Date.now() - since;
};

/**
 * Strapi's Publish in the edit view, when the newsroom's checks must have nothing to ask: fails with the dialog's
 * text if one opens instead (warnings, an embargo), and unless the publication answers 200.
 */
export const publishInEditView = async (page: Page): Promise<void> => {
  const answered = page
    .waitForResponse((response) => response.request().method() === 'POST' && response.url().includes('/actions/publish'))
    .then((response) => ({ response }));
  const dialog = page.getByRole('alertdialog');
  await page.getByRole('button', { name: strapiLabel('app.utils.publish'), exact: true }).click();
  const first = await Promise.race([answered, dialog.waitFor().then(() => ({ response: null }))]);
  if (!first.response) throw new Error(`Publish asked first: ${await dialog.innerText()}`);
  if (first.response.status() !== 200) throw new Error(`Publish answered ${first.response.status()}`);
};
