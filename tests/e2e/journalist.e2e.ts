// Functions passed to evaluate() run in the page: they need the DOM types.
/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { makeSlug } from '../../src/plugins/newsroom/server/src/text';
import { REFERENCE_TITLE } from '../helpers/reference';
import { APP_DIR } from '../helpers/strapi';
import { launchChromium } from './browser';
import { startBuiltApp, type RunningApp } from './server';

const ADMIN = { email: 'e2e-chief@newsroom.example', password: 'vR7#qL2m!Xe9wT4z' };

const NEW_ARTICLE = {
  title: 'موسكو تراقب حدود طاجيكستان بعين على طالبان',
  heading: 'الحدود الجنوبية',
  paragraphs: [
    'تعزز روسيا وجودها العسكري على الحدود الطاجيكية الأفغانية.',
    'وتقول موسكو إن حركة طالبان شريك لا غنى عنه في مواجهة داعش.',
  ],
  quote: 'الحدود مع أفغانستان هي خط الدفاع الأول.',
  expert: 'سيرجي لافروف',
  attachedTag: 'روسيا',
  pickedTag: 'طالبان',
  correction: 'صُحّح وصف الحدود: هي الحدود الطاجيكية الأفغانية.',
};

interface ArticlePage {
  title: string;
  slug: string;
  body: unknown[];
  tags: { name: string }[];
  quotes: { text: string; expert: { name: string } | null }[];
  corrections: { kind: string; text: string }[];
}

const SCREENSHOTS =
  process.env.E2E_SCREENSHOTS_DIR ?? path.join(APP_DIR, '.tmp', 'e2e-screenshots', new Date().toISOString().replace(/[:.]/g, '-'));

describe('journalists and translators in the admin panel, in a real browser', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let newSlug: string;

  const shot = (name: string) =>
    page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true, animations: 'disabled' });
  const panel = () => page.locator('[data-testid=newsroom-checks]');

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    app = await startBuiltApp({ NEWSROOM_ADMIN_EMAIL: ADMIN.email, NEWSROOM_ADMIN_PASSWORD: ADMIN.password });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, locale: 'en-GB' });
    page.setDefaultTimeout(30_000);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    process.stdout.write(`\ne2e screenshots: ${SCREENSHOTS}\n`);
  });

  it('logs in as the administrator created from NEWSROOM_ADMIN_EMAIL', async () => {
    await page.goto(`${app.url}/admin/auth/login`);
    await page.fill('input[name=email]', ADMIN.email);
    await page.fill('input[name=password]', ADMIN.password);
    await page.click('button[type=submit]');
    await page.waitForURL(/\/admin\/?$/);
  });

  it('opens the Newsroom dashboard from the menu and sees the reference article', async () => {
    await page.click('nav a[href$="/plugins/newsroom"]');
    const latest = page.locator('[data-testid=newsroom-latest] [data-locale=ar]');
    await latest.getByText(REFERENCE_TITLE, { exact: true }).waitFor();
    expect(await latest.locator('[data-status]').first().getAttribute('data-status')).toBe('published');
    expect(await page.locator('[data-testid=newsroom-coverage] [data-locale=ar] [data-count=published]').innerText()).toBe('1');
    await page.locator('[data-testid=newsroom-experts] li').first().waitFor();
    await shot('dashboard');
  });

  it('opens the reference article and edits its Arabic right to left', async () => {
    await page.getByText(REFERENCE_TITLE, { exact: true }).click();
    const title = page.locator('input[name=title]');
    await expect(title.inputValue()).resolves.toBe(REFERENCE_TITLE);
    await panel().waitFor();
    for (const field of ['input[name=title]', 'textarea[name=standfirst]', '[contenteditable=true]']) {
      const element = page.locator(field).first();
      await expect(element.getAttribute('dir')).resolves.toBe('rtl');
      await expect(element.evaluate((node) => getComputedStyle(node).direction)).resolves.toBe('rtl');
    }
    await expect(page.locator('[data-testid=newsroom-word-count]').innerText()).resolves.toMatch(/^\d{3} WORDS$/i);
    await shot('edit-view-reference');
  });

  it('keeps a Latin-script locale left to right', async () => {
    await page.goto(page.url().replace('plugins[i18n][locale]=ar', 'plugins[i18n][locale]=en'));
    await panel().waitFor();
    await expect(page.locator('input[name=title]').getAttribute('dir')).resolves.toBe('ltr');
  });

  it('writes a new Arabic article with a heading, two paragraphs, two tags and an attributed quote, and publishes it', async () => {
    await page.goto(`${app.url}/admin/content-manager/collection-types/plugin::newsroom.article/create?plugins[i18n][locale]=ar`);
    // The panel answers once the form holds its initial values: typing earlier could be reset.
    await page.locator('[data-warning=no-tags]').waitFor();
    await page.fill('input[name=title]', NEW_ARTICLE.title);
    await expect(page.locator('input[name=title]').inputValue()).resolves.toBe(NEW_ARTICLE.title);
    await page.locator('[contenteditable=true]').first().click();
    await page.keyboard.type(`## ${NEW_ARTICLE.heading}`);
    for (const paragraph of NEW_ARTICLE.paragraphs) {
      await page.keyboard.press('Enter');
      await page.keyboard.type(paragraph);
    }

    // The panel shows the slug the article will get and what is missing before publishing.
    newSlug = makeSlug(NEW_ARTICLE.title);
    await page.locator('[data-testid=newsroom-slug]', { hasText: newSlug }).waitFor();

    // One tag attached from the suggestions, the other picked in the relation field.
    await page.getByRole('button', { name: 'Find tags and experts in the text' }).click();
    const suggestion = page.locator('[data-testid=newsroom-suggestions] li', { hasText: NEW_ARTICLE.attachedTag }).first();
    await suggestion.getByRole('button', { name: 'Attach' }).click();
    await suggestion.getByRole('button', { name: 'Attached' }).waitFor();
    await page.click('input[name=tags]');
    await page.fill('input[name=tags]', NEW_ARTICLE.pickedTag);
    await page.getByRole('option', { name: NEW_ARTICLE.pickedTag, exact: true }).first().click();
    await page.locator('[data-warning=no-tags]').waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'No entry yet. Click to add one.' }).first().click();
    await page.fill('textarea[name="quotes.0.text"]', NEW_ARTICLE.quote);
    await page.locator('[data-warning=quote-without-expert]').waitFor();
    await page.click('input[name="quotes.0.expert"]');
    await page.fill('input[name="quotes.0.expert"]', 'لافروف');
    await page.getByRole('option', { name: NEW_ARTICLE.expert, exact: true }).first().click();
    await page.locator('[data-warning=quote-without-expert]').waitFor({ state: 'detached' });

    // Saved without a standfirst, Publish shows what is still open and waits for a decision.
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL((url) => !url.pathname.endsWith('/create'));
    await page.locator('[data-testid=newsroom-warnings] [data-warning=no-standfirst]').waitFor();
    await page.getByRole('button', { name: 'Publish' }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.locator('[data-warning=no-standfirst]').waitFor();
    await shot('publish-with-warnings');
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await page.fill('textarea[name=standfirst]', NEW_ARTICLE.paragraphs[0]);
    await page.locator('[data-testid=newsroom-no-warnings]').waitFor();
    await shot('edit-view-new-article');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.locator('[data-testid=newsroom-no-warnings]').waitFor();
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.waitForSelector('[role=tab][id$="-trigger-published"]:not([disabled])');
    await shot('edit-view-published');
  });

  it('adds a public correction from the edit view of the published article', async () => {
    const log = page.locator('[data-testid=newsroom-corrections]');
    await log.waitFor();
    await log.locator('textarea').fill(NEW_ARTICLE.correction);
    await log.getByRole('button', { name: 'Publish the correction' }).click();
    // Nothing is public before the confirmation, which shows the entry as readers will see it, right to left.
    const preview = page.locator('[data-testid=newsroom-correction-preview]');
    await preview.getByText(NEW_ARTICLE.correction, { exact: true }).waitFor();
    expect(await preview.locator('[dir=rtl]').count()).toBeGreaterThan(0);
    await shot('correction-confirmation');
    await page.click('[data-testid=newsroom-correction-confirm]');
    await log.getByText(NEW_ARTICLE.correction, { exact: true }).waitFor();
    await shot('edit-view-correction');
  });

  it('is then served by the public API under its Arabic slug, as written', async () => {
    const response = await fetch(`${app.url}/api/newsroom/articles/slug/${encodeURIComponent(newSlug)}?locale=ar`);
    expect(response.status).toBe(200);
    const { data } = (await response.json()) as { data: ArticlePage };
    expect(data.title).toBe(NEW_ARTICLE.title);
    expect(data.slug).toBe(newSlug);
    expect(data.body).toEqual([
      { type: 'heading', level: 2, children: [{ type: 'text', text: NEW_ARTICLE.heading }] },
      ...NEW_ARTICLE.paragraphs.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] })),
    ]);
    expect(data.tags.map((tag) => tag.name).sort()).toEqual([NEW_ARTICLE.attachedTag, NEW_ARTICLE.pickedTag].sort());
    expect(data.corrections).toEqual([expect.objectContaining({ kind: 'correction', text: NEW_ARTICLE.correction })]);
    expect(data.quotes).toEqual([expect.objectContaining({ text: NEW_ARTICLE.quote, expert: expect.objectContaining({ name: NEW_ARTICLE.expert }) })]);
  });

  it('shows translators, per locale and status, what is missing or out of date', async () => {
    await page.goto(`${app.url}/admin/plugins/newsroom`);
    await page.click('[data-testid=newsroom-translations-link]');
    await page.locator('tr[data-status=missing]').first().waitFor();
    await page.click('button[data-filter=outdated]');
    await page.locator('[data-testid=newsroom-translations-empty]').waitFor();
    await page.click('button[data-filter=missing]');
    const rows = page.locator('tbody tr[data-status=missing]');
    await rows.getByText(REFERENCE_TITLE, { exact: true }).waitFor();
    await rows.getByText(NEW_ARTICLE.title, { exact: true }).waitFor();
    expect(await rows.count()).toBe(2);
    await shot('translations');
  });

  it('starts a Persian translation from the list: a draft with the source’s structure, edited right to left', async () => {
    await page.goto(`${app.url}/admin/plugins/newsroom/translations?locale=fa&status=missing`);
    const row = page.locator('tbody tr', { hasText: REFERENCE_TITLE });
    const documentId = await row.getAttribute('data-document');
    await row.locator('button[data-start-locale=fa]').click();
    // Start opens the translators' page (source beside translation); the draft is also the content manager's.
    await page.waitForURL(`**/admin/plugins/newsroom/translate/${documentId}/fa`);
    await page.goto(`${app.url}/admin/content-manager/collection-types/plugin::newsroom.article/${documentId}?plugins[i18n][locale]=fa`);
    await panel().waitFor();
    await expect(page.locator('input[name=title]').getAttribute('dir')).resolves.toBe('rtl');
    // The body kept the source's four sections, their words left for the translator.
    await expect(page.locator('[contenteditable=true] h2').count()).resolves.toBe(4);
    await shot('translation-fa');
  });
});
