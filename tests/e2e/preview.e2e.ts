// Functions passed to evaluate() run in the page: they need the DOM types.
/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { REFERENCE_SLUG, REFERENCE_TITLE } from '../helpers/reference';
import { APP_DIR } from '../helpers/strapi';
import { adminToken, inviteAndRegister, logIn, newUserContext } from './admin-users';
import { launchChromium } from './browser';
import { startBuiltApp, type RunningApp } from './server';
import { watchPage, type PageWatcher } from './watcher';

const SUPER_ADMIN = { email: 'e2e-preview@newsroom.example', password: 'pW8#tN3k!Ya7vR2q' };
const ARTICLE = 'plugin::newsroom.article';

const SCREENSHOTS = path.join(
  process.env.E2E_SCREENSHOTS_DIR ?? path.join(APP_DIR, '.tmp', 'e2e-screenshots', new Date().toISOString().replace(/[:.]/g, '-')),
  'preview',
);

describe('a journalist previews the reference article in the Arabic admin, as readers will see it', () => {
  let app: RunningApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let watcher: PageWatcher;
  let referenceId: string;
  // What the browser refused to load or frame, in the admin or in the preview's frame.
  const refused: string[] = [];

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    app = await startBuiltApp({ NEWSROOM_ADMIN_EMAIL: SUPER_ADMIN.email, NEWSROOM_ADMIN_PASSWORD: SUPER_ADMIN.password });
    browser = await launchChromium();
    const token = await adminToken(app.url, SUPER_ADMIN);
    const reference = await fetch(`${app.url}/api/newsroom/articles/slug/${encodeURIComponent(REFERENCE_SLUG)}?locale=ar`);
    referenceId = ((await reference.json()) as { data: { documentId: string } }).data.documentId;
    const journalist = await inviteAndRegister(app.url, token, 'Newsroom journalist');
    context = await newUserContext(browser);
    page = await context.newPage();
    page.setDefaultTimeout(30_000);
    watcher = watchPage(page, SCREENSHOTS, 'journalist');
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
    });
    await logIn(page, app.url, journalist);
  }, 240_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await app?.stop();
  });

  it('opens the preview from the edit view and sees the draft right to left, quotes attributed', async () => {
    await page.goto(`${app.url}/admin/content-manager/collection-types/${ARTICLE}/${referenceId}?plugins[i18n][locale]=ar`);
    // Strapi's own "Open preview" link, shown once the handler gives this role a link.
    await page.locator(`a[href*="${referenceId}/preview"]`).click();
    await page.waitForURL(new RegExp(`/${referenceId}/preview`));

    const frameElement = page.locator('iframe[data-testid=preview-iframe]');
    await frameElement.waitFor();
    expect(await frameElement.getAttribute('src')).toMatch(
      new RegExp(`/newsroom/preview/articles/${referenceId}\\?locale=ar&status=draft&expires=\\d+&signature=[\\w-]{43}$`),
    );
    const frame = page.frameLocator('iframe[data-testid=preview-iframe]');
    await expect(frame.locator('[data-testid=preview-title]').innerText()).resolves.toBe(REFERENCE_TITLE);
    await expect(frame.locator('html').getAttribute('dir')).resolves.toBe('rtl');
    await expect(frame.locator('html').getAttribute('lang')).resolves.toBe('ar');
    await expect(frame.locator('[data-testid=preview-marker]').innerText()).resolves.toBe('معاينة المسودة');
    const speakers = await frame.locator('[data-testid=preview-quotes] blockquote cite').allInnerTexts();
    expect(speakers).toHaveLength(5);
    expect(speakers).toContain('جون هيربست');
    // The page's own stylesheet applied under the nonce: the marker sticks to the top.
    await expect(
      frame.locator('[data-testid=preview-marker]').evaluate((marker) => getComputedStyle(marker).position),
    ).resolves.toBe('sticky');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'journalist-preview.png'), animations: 'disabled' });
    expect(watcher.takeProblems()).toEqual([]);
    expect(refused).toEqual([]);
  });
});
