// Functions passed to evaluate() run in the page: they need the DOM types.
/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ar } from '../../src/plugins/newsroom/admin/src/translations/ar';
import { REFERENCE_SLUG, REFERENCE_TITLE } from '../helpers/reference';
import { APP_DIR } from '../helpers/strapi';
import { adminToken, inviteAndRegister, logIn, newUserContext, sessionsByRole } from './admin-users';
import { launchChromium } from './browser';
import { startBuiltApp, type RunningApp } from './server';
import { watchPage, type PageWatcher } from './watcher';

const SUPER_ADMIN = { email: 'e2e-desk@newsroom.example', password: 'vR7#qL2m!Xe9wT4z' };
const ARTICLE = 'plugin::newsroom.article';
/** Strapi 5.54's own Arabic labels of Save and Publish (the admin's ar.json). */
const STRAPI_AR = { save: /^(يحفظ|حفظ)$/, publish: /^(أصدر|نشر|انشر)$/ };
const NOTE_TO_DESK = 'تأكدت من الرقم مع وزارة الخارجية';
const NOTE_TO_WRITER = 'أضف مصدر الرقم في المقدمة';
const ADDED_WORDS = 'وفق بيان رسمي';

const SCREENSHOTS = path.join(
  process.env.E2E_SCREENSHOTS_DIR ?? path.join(APP_DIR, '.tmp', 'e2e-screenshots', new Date().toISOString().replace(/[:.]/g, '-')),
  'desk',
);

interface Session {
  context: BrowserContext;
  page: Page;
  watcher: PageWatcher;
  shot(name: string): Promise<unknown>;
}

describe('filing to the desk in the Arabic admin: the journalist files, the editor finds it, reads the change, returns and publishes', () => {
  let app: RunningApp;
  let browser: Browser;
  let referenceId: string;
  const { sessions, as } = sessionsByRole<Session>();
  const editView = () => `${app.url}/admin/content-manager/collection-types/${ARTICLE}/${referenceId}?plugins[i18n][locale]=ar`;
  const desk = (page: Page) => page.locator('[data-testid=newsroom-desk]');
  const waitForStage = (page: Page, stage: string) => page.locator(`[data-testid=newsroom-desk][data-stage=${stage}]`).waitFor();

  /** Files or returns the piece through the panel's dialog, with a note. */
  const move = async (page: Page, which: 'file' | 'return', note: string) => {
    await page.click(`[data-testid=newsroom-desk-${which}]`);
    const dialog = page.getByRole('alertdialog');
    await dialog.locator(`[data-testid=newsroom-desk-${which}-note]`).fill(note);
    const answered = page.waitForResponse((response) => response.request().method() === 'POST' && response.url().endsWith(`/${which}`));
    await dialog.locator(`[data-testid=newsroom-desk-${which}-confirm]`).click();
    expect((await answered).status()).toBe(200);
  };

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    app = await startBuiltApp({ NEWSROOM_ADMIN_EMAIL: SUPER_ADMIN.email, NEWSROOM_ADMIN_PASSWORD: SUPER_ADMIN.password });
    browser = await launchChromium();
    const token = await adminToken(app.url, SUPER_ADMIN);
    const reference = await fetch(`${app.url}/api/newsroom/articles/slug/${encodeURIComponent(REFERENCE_SLUG)}?locale=ar`);
    referenceId = ((await reference.json()) as { data: { documentId: string } }).data.documentId;
    for (const role of ['Newsroom journalist', 'Newsroom editor'] as const) {
      const user = await inviteAndRegister(app.url, token, role);
      const context = await newUserContext(browser);
      const page = await context.newPage();
      // The edit view takes tens of seconds to show its side panel on a loaded machine (issue 19's speed part).
      page.setDefaultTimeout(90_000);
      const name = role.replace('Newsroom ', '');
      const watcher = watchPage(page, SCREENSHOTS, name);
      await logIn(page, app.url, user);
      const shot = (label: string) =>
        page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${label}.png`), fullPage: true, animations: 'disabled' });
      sessions.set(role, { context, page, watcher, shot });
    }
  });

  afterEach(() => {
    const problems = [...sessions.values()].flatMap((session) => session.watcher.takeProblems());
    if (problems.length) throw new Error(`the browser saw:\n${problems.join('\n')}`);
  });

  afterAll(async () => {
    for (const session of sessions.values()) await session.context.close();
    await browser?.close();
    await app?.stop();
    process.stdout.write(`\ne2e screenshots, console and network logs: ${SCREENSHOTS}\n`);
  });

  it('the journalist changes the published piece, sees why Publish is not theirs and the change, and files it with a note', async () => {
    const { page, shot } = as('Newsroom journalist');
    await page.goto(editView());
    // Published by the seed (or "modified", when the seed's later writes touched the draft on a loaded machine).
    await desk(page).waitFor();
    await expect(page.locator('[data-testid=newsroom-desk-publish-reason]').innerText()).resolves.toBe(ar.plugin['desk.publishReason']);
    const standfirst = page.locator('textarea[name=standfirst]');
    await standfirst.fill(`${await standfirst.inputValue()} ${ADDED_WORDS}`);
    const saved = page.waitForResponse((response) => response.request().method() === 'PUT' && response.url().includes(referenceId));
    await page.getByRole('button', { name: STRAPI_AR.save }).click();
    expect((await saved).status()).toBe(200);
    await waitForStage(page, 'writing');
    await expect(desk(page).locator('[data-testid=newsroom-desk-stage]').innerText()).resolves.toBe(ar.plugin['desk.stage.writing']);
    await expect(page.locator('[data-testid=newsroom-desk-changes] ins[data-diff=added]').innerText()).resolves.toContain(ADDED_WORDS);
    await expect(page.locator('[data-testid=newsroom-desk-file]').innerText()).resolves.toBe(ar.plugin['desk.file']);
    await move(page, 'file', NOTE_TO_DESK);
    await waitForStage(page, 'desk');
    await expect(page.locator('[data-testid=newsroom-desk-filed-note]').innerText()).resolves.toBe(NOTE_TO_DESK);
    // Filed, it is the desk's: the journalist cannot file it again nor return it.
    await expect(page.locator('[data-testid=newsroom-desk-file], [data-testid=newsroom-desk-return]').count()).resolves.toBe(0);
    await shot('filed');
  });

  it('the editor finds it on the dashboard, opens it, reads who filed it and what changed, and returns it with a note', async () => {
    const { page, shot } = as('Newsroom editor');
    await page.goto(`${app.url}/admin/plugins/newsroom`);
    const row = page.locator(`[data-testid=newsroom-desk-waiting] li[data-document="${referenceId}"][data-locale=ar]`);
    await expect(row.innerText()).resolves.toContain(REFERENCE_TITLE);
    await expect(row.locator('[data-filed-by]').innerText()).resolves.toContain('journalist');
    await shot('dashboard-waiting');
    await row.getByRole('link').click();
    await waitForStage(page, 'desk');
    await expect(page.locator('[data-testid=newsroom-desk-filed-by]').innerText()).resolves.toContain('journalist');
    await expect(page.locator('[data-testid=newsroom-desk-filed-note]').innerText()).resolves.toBe(NOTE_TO_DESK);
    const change = page.locator('[data-testid=newsroom-desk-changes] li[data-change=changed][data-change-key=standfirst]');
    await expect(change.locator('ins[data-diff=added]').innerText()).resolves.toContain(ADDED_WORDS);
    await expect(page.locator('[data-testid=newsroom-desk-publish-reason]').count()).resolves.toBe(0);
    await shot('desk-diff');
    await move(page, 'return', NOTE_TO_WRITER);
    await waitForStage(page, 'writing');
  });

  it('the journalist reads the note, files it again; the editor publishes it and the desk is empty', async () => {
    const journalist = as('Newsroom journalist');
    await journalist.page.reload();
    await waitForStage(journalist.page, 'writing');
    await expect(journalist.page.locator('[data-testid=newsroom-desk-returned-note]').innerText()).resolves.toBe(NOTE_TO_WRITER);
    await journalist.shot('returned');
    await move(journalist.page, 'file', '');
    await waitForStage(journalist.page, 'desk');

    const { page, shot } = as('Newsroom editor');
    await page.goto(editView());
    await waitForStage(page, 'desk');
    const published = page.waitForResponse((response) => response.request().method() === 'POST' && response.url().includes('/actions/publish'));
    await page.getByRole('button', { name: STRAPI_AR.publish }).click();
    expect((await published).status()).toBe(200);
    await waitForStage(page, 'published');
    await shot('published');
    await page.goto(`${app.url}/admin/plugins/newsroom`);
    await page.locator('[data-testid=newsroom-desk-waiting-empty]').waitFor();
  });
});
