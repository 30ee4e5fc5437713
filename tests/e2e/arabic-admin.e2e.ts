// Functions passed to evaluate() run in the page: they need the DOM types.
/// <reference lib="dom" />
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ar } from '../../src/plugins/newsroom/admin/src/translations/ar';
import { REFERENCE_TITLE } from '../helpers/reference';
import { APP_DIR } from '../helpers/strapi';
import { adminGet, adminToken, inviteAndRegister, logIn, newUserContext } from './admin-users';
import { launchChromium } from './browser';
import { editViewUrl, waitForEditViewUsable } from './edit-view';
import { startBuiltApp, type RunningApp } from './server';
import { watchPage, type PageWatcher } from './watcher';

const ADMIN = { email: 'e2e-arabic@newsroom.example', password: 'vR7#qL2m!Xe9wT4z' };
const ARTICLES = 'plugin::newsroom.article';
const OUT = path.join(APP_DIR, '.tmp', 'e2e-arabic-admin');
const MISSING = /MISSING_TRANSLATION\]?\s*Missing message: "([^"]+)"/;

describe('the admin in Arabic, as a journalist', () => {
  let app: RunningApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let watcher: PageWatcher;
  let referenceId: string;
  let reference: { documentId: string; title: string; genre: keyof typeof ar.options; quotes: { text: string }[] };
  // Every missing message id, Strapi's included, with how often it was reported.
  const missing = new Map<string, number>();

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    app = await startBuiltApp({ NEWSROOM_ADMIN_EMAIL: ADMIN.email, NEWSROOM_ADMIN_PASSWORD: ADMIN.password });
    const token = await adminToken(app.url, ADMIN);
    const { results } = await adminGet<{ results: { documentId: string; title: string }[] }>(
      app.url,
      token,
      `/content-manager/collection-types/${ARTICLES}?page=1&pageSize=50&plugins[i18n][locale]=ar`,
    );
    const listed = results.find((article) => article.title === REFERENCE_TITLE);
    if (!listed) throw new Error('the reference article is not seeded');
    referenceId = listed.documentId;
    ({ data: reference } = await adminGet<{ data: typeof reference }>(
      app.url,
      token,
      `/content-manager/collection-types/${ARTICLES}/${referenceId}?locale=ar`,
    ));
    const journalist = await inviteAndRegister(app.url, token, 'Newsroom journalist');
    browser = await launchChromium();
    context = await newUserContext(browser);
    page = await context.newPage();
    page.setDefaultTimeout(30_000);
    watcher = watchPage(page, OUT, 'journalist-ar');
    page.on('console', (message) => {
      const id = MISSING.exec(message.text())?.[1];
      if (id) missing.set(id, (missing.get(id) ?? 0) + 1);
    });
    await logIn(page, app.url, journalist);
  });

  afterAll(async () => {
    writeFileSync(
      path.join(OUT, 'missing-translations.txt'),
      [...missing].sort(([, a], [, b]) => b - a).map(([id, times]) => `${times}\t${id}`).join('\n'),
    );
    await context?.close();
    await browser?.close();
    await app?.stop();
  });

  afterEach(() => expect(watcher.takeProblems()).toEqual([]));

  it('makes the reference article usable in the edit view (time recorded, not asserted)', async () => {
    // The wall time depends on what else the machine runs; the page's own main-thread time (Chrome's task and
    // script durations, from the same CDP session) says what the admin costs whatever the load.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const busy = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      const value = (name: string) => metrics.find((metric) => metric.name === name)?.value ?? 0;
      return { task: value('TaskDuration'), script: value('ScriptDuration') };
    };
    const times: string[] = [];
    for (let run = 0; run < 3; run += 1) {
      const before = await busy();
      const since = Date.now();
      await page.goto(editViewUrl(app.url, referenceId, 'ar'));
      const wall = await waitForEditViewUsable(page, REFERENCE_TITLE, since);
      const after = await busy();
      // A navigation starts a new document: its counters start again from zero.
      const task = after.task < before.task ? after.task : after.task - before.task;
      const script = after.script < before.script ? after.script : after.script - before.script;
      times.push(`${wall} ms (main thread ${Math.round(task * 1000)} ms, script ${Math.round(script * 1000)} ms)`);
    }
    // As a journalist reaches it in a day's work: from the list of articles, inside the admin (the bundle and
    // Strapi's start-up requests are not repeated).
    const fromList: number[] = [];
    for (let run = 0; run < 2; run += 1) {
      await page.goto(`${app.url}/admin/content-manager/collection-types/${ARTICLES}?plugins[i18n][locale]=ar`);
      const row = page.locator('tbody tr', { hasText: REFERENCE_TITLE }).first();
      await row.waitFor();
      const since = Date.now();
      await row.locator('td').nth(1).click();
      fromList.push(await waitForEditViewUsable(page, REFERENCE_TITLE, since));
    }
    const total = [...missing.values()].reduce((sum, count) => sum + count, 0);
    const [load] = loadavg();
    const line = `${new Date().toISOString()} edit view usable: ${times.join('; ')}; from the list: ${fromList.map((ms) => `${ms} ms`).join(', ')}; load ${load.toFixed(1)}; MISSING_TRANSLATION reported ${total} times, ${missing.size} ids\n`;
    appendFileSync(path.join(OUT, 'edit-view-usable.log'), line);
    process.stdout.write(line);
  });

  it("labels the genre, the quotes' fields and Save in Arabic", async () => {
    const genre = page.getByRole('combobox', { name: ar.fields['plugin::newsroom.article'].genre });
    await expect(genre.innerText()).resolves.toContain(ar.options[reference.genre]);
    await expect(page.locator('aside button[type=submit]').innerText()).resolves.toBe('حفظ');
    await page.getByRole('button', { name: reference.quotes[0].text.slice(0, 20) }).first().click();
    // A label carries the required mark or the count of related entries after the name.
    await page.locator('label', { hasText: ar.components['newsroom.quote'].text }).first().waitFor();
    await page.locator('label', { hasText: ar.components['newsroom.quote'].expert }).first().waitFor();
  });

  it('gives the headline the full width of the form, as wide as the standfirst', async () => {
    const width = (selector: string) => page.locator(selector).evaluate((node) => node.getBoundingClientRect().width);
    const [title, standfirst] = [await width('input[name=title]'), await width('textarea[name=standfirst]')];
    expect(title).toBeGreaterThan(standfirst * 0.9);
  });

  it('sets the relation pickers right to left: the listed tags and the options offered', async () => {
    const tags = page.getByRole('combobox', { name: ar.fields['plugin::newsroom.article'].tags });
    await expect(tags.getAttribute('dir')).resolves.toBe('rtl');
    const listed = page.locator('main ol[dir]');
    await expect(listed.first().getAttribute('dir')).resolves.toBe('rtl');
    await tags.click();
    // React's ids (":r1:") are not valid CSS ids: matched as an attribute.
    const options = page.locator(`[id="${await tags.getAttribute('aria-controls')}"]`);
    await options.locator('[role=option]').first().waitFor();
    await expect(options.getAttribute('dir')).resolves.toBe('rtl');
    await page.keyboard.press('Escape');
  });

  it('lets titles and dates in the list run in their own direction (cut at their end, dates whole)', async () => {
    await page.goto(`${app.url}/admin/content-manager/collection-types/${ARTICLES}?plugins[i18n][locale]=ar`);
    const title = page.locator('table td').getByText(REFERENCE_TITLE, { exact: true }).first();
    await title.waitFor();
    await expect(title.evaluate((node) => getComputedStyle(node).unicodeBidi)).resolves.toBe('plaintext');
    await page.goto(`${app.url}/admin`);
    const widgetTitle = page.locator('table td').getByText(REFERENCE_TITLE, { exact: true }).first();
    await widgetTitle.waitFor();
    await expect(widgetTitle.evaluate((node) => getComputedStyle(node).unicodeBidi)).resolves.toBe('plaintext');
  });
});
