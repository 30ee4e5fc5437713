// Functions passed to evaluate() run in the page: they need the DOM types.
/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ar } from '../../src/plugins/newsroom/admin/src/translations/ar';
import { REFERENCE_SLUG } from '../helpers/reference';
import { APP_DIR } from '../helpers/strapi';
import { adminToken, inviteAndRegister, logIn, type Credentials } from './admin-users';
import { launchChromium } from './browser';
import { startBuiltApp, type RunningApp } from './server';
import { strapiLabel } from './strapi-labels';
import { watchPage, type PageWatcher } from './watcher';

const SUPER_ADMIN = { email: 'e2e-chief@newsroom.example', password: 'vR7#qL2m!Xe9wT4z' };
const ARTICLE = 'plugin::newsroom.article';
const EMBARGOED = { title: 'قمة الرياض: بيان ختامي تحت الحظر', body: 'نص البيان الختامي المنتظر.' };
const CORRECTION = { text: 'صُحّح تاريخ القمة: عُقدت يوم الخميس.', amended: 'صُحّح تاريخ القمة: عُقدت يوم الخميس الماضي.' };

const SCREENSHOTS = path.join(
  process.env.E2E_SCREENSHOTS_DIR ?? path.join(APP_DIR, '.tmp', 'e2e-screenshots', new Date().toISOString().replace(/[:.]/g, '-')),
  'embargo-corrections',
);

describe('an editor sees an embargo everywhere and corrects a published piece, in the Arabic admin', () => {
  let app: RunningApp;
  let browser: Browser;
  let token: string;
  let referenceId: string;
  let embargoedId: string;
  const contexts: BrowserContext[] = [];
  const watchers: PageWatcher[] = [];

  const session = async (role: 'Newsroom editor' | 'Newsroom journalist', user: Credentials): Promise<Page> => {
    // London in the browser: the picker's zone, named, and the newsroom's (Riyadh) beside it.
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'ar', timezoneId: 'Europe/London' });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    watchers.push(watchPage(page, SCREENSHOTS, role.replace('Newsroom ', '')));
    await logIn(page, app.url, user);
    return page;
  };
  const shot = (page: Page, name: string) =>
    page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true, animations: 'disabled' });
  const editView = (documentId: string) =>
    `${app.url}/admin/content-manager/collection-types/${ARTICLE}/${documentId}?plugins[i18n][locale]=ar`;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    app = await startBuiltApp({ NEWSROOM_ADMIN_EMAIL: SUPER_ADMIN.email, NEWSROOM_ADMIN_PASSWORD: SUPER_ADMIN.password });
    browser = await launchChromium();
    token = await adminToken(app.url, SUPER_ADMIN);
    const reference = await fetch(`${app.url}/api/newsroom/articles/slug/${encodeURIComponent(REFERENCE_SLUG)}?locale=ar`);
    referenceId = ((await reference.json()) as { data: { documentId: string } }).data.documentId;
    // A draft embargoed until tomorrow, saved as the content manager saves it.
    const created = await fetch(`${app.url}/content-manager/collection-types/${ARTICLE}?locale=ar`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({
        title: EMBARGOED.title,
        body: [{ type: 'paragraph', children: [{ type: 'text', text: EMBARGOED.body }] }],
        embargoUntil: new Date(Date.now() + 24 * 3_600_000).toISOString(),
      }),
    });
    expect(created.status).toBe(201);
    embargoedId = ((await created.json()) as { data: { documentId: string } }).data.documentId;
  });

  afterEach(() => {
    const problems = watchers.flatMap((watcher) => watcher.takeProblems());
    if (problems.length) throw new Error(`the browser saw:\n${problems.join('\n')}`);
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await app?.stop();
    process.stdout.write(`\ne2e screenshots, console and network logs: ${SCREENSHOTS}\n`);
  });

  let editor: Page;

  it('shows the editor the embargo on the dashboard, in the list and in the edit view, in Arabic, with the zone named', async () => {
    editor = await session('Newsroom editor', await inviteAndRegister(app.url, token, 'Newsroom editor'));
    await editor.goto(`${app.url}/admin/plugins/newsroom`);
    const waiting = editor.locator('[data-testid=newsroom-embargoed]');
    await waiting.getByText(ar.plugin['dashboard.embargoed']).waitFor();
    const row = waiting.locator('li', { hasText: EMBARGOED.title });
    await expect(row.locator('[data-testid=newsroom-embargoed-until]').innerText()).resolves.toMatch(/^محظور النشر حتى .*Europe\/London/);
    await shot(editor, 'dashboard-embargoed');

    await editor.goto(`${app.url}/admin/content-manager/collection-types/${ARTICLE}?plugins[i18n][locale]=ar`);
    await editor.locator('thead th', { hasText: ar.plugin['embargo.column'] }).waitFor();
    await editor.locator('tr', { hasText: EMBARGOED.title }).locator('[data-testid=newsroom-embargo-cell]').waitFor();
    await shot(editor, 'list-embargo-column');

    await editor.goto(editView(embargoedId));
    await editor.locator('[data-testid=newsroom-embargo-badge]').waitFor();
    await expect(editor.locator('[data-testid=newsroom-embargo-until]').innerText()).resolves.toContain('محظور النشر حتى');
    // The picker reads the browser's zone (London here); the newsroom's (Riyadh) is given beside it.
    await expect(editor.locator('[data-testid=newsroom-embargo-zones]').innerText()).resolves.toContain('Europe/London');
    await expect(editor.locator('[data-testid=newsroom-embargo-newsroom-time]').innerText()).resolves.toContain('Asia/Riyadh');
    await shot(editor, 'edit-view-embargo');
  });

  it('explains instead of publishing: the embargo job publishes it then, and nothing is sent that would fail', async () => {
    const publishRequests: string[] = [];
    editor.on('request', (request) => {
      if (request.url().includes('/actions/publish')) publishRequests.push(request.url());
    });
    await editor.getByRole('button', { name: strapiLabel('app.utils.publish'), exact: true }).click();
    const explained = editor.locator('[data-testid=newsroom-publish-embargoed]');
    await expect(explained.innerText()).resolves.toMatch(/^لم يُنشر: هذه النسخة محظورة النشر حتى/);
    await shot(editor, 'publish-embargoed');
    await editor.click('[data-testid=newsroom-publish-close]');
    // The keyboard shortcut does the same check, and says why in a notification.
    await editor.keyboard.press('Control+Shift+Enter');
    await editor.getByText(/^لم يُنشر: هذه النسخة محظورة النشر حتى/).first().waitFor();
    expect(publishRequests).toEqual([]);
  });

  it('lets the editor add a correction after seeing it as readers will, and amend its wording, keeping the earlier one', async () => {
    await editor.goto(editView(referenceId));
    const log = editor.locator('[data-testid=newsroom-corrections]');
    await log.locator('textarea[name=newsroom-correction-text]').fill(CORRECTION.text);
    await log.locator('[data-testid=newsroom-correction-add]').click();
    const preview = editor.locator('[data-testid=newsroom-correction-preview]');
    await preview.getByText(CORRECTION.text, { exact: true }).waitFor();
    await preview.getByText(ar.plugin['corrections.correction'], { exact: true }).waitFor();
    await shot(editor, 'correction-confirmation');
    await editor.click('[data-testid=newsroom-correction-confirm]');
    const entry = log.locator('[data-correction]', { hasText: CORRECTION.text });
    await entry.waitFor();

    await entry.locator('[data-testid=newsroom-correction-amend]').click();
    await entry.getByRole('textbox', { name: ar.plugin['corrections.amend'] }).fill(CORRECTION.amended);
    await entry.locator('[data-testid=newsroom-correction-amend-save]').click();
    const amended = log.locator('[data-correction]', { hasText: CORRECTION.amended });
    await amended.locator('[data-testid=newsroom-correction-history]').getByText(CORRECTION.text, { exact: true }).waitFor();
    await shot(editor, 'correction-amended');

    const page = await fetch(`${app.url}/api/newsroom/articles/slug/${encodeURIComponent(REFERENCE_SLUG)}?locale=ar`);
    const { data } = (await page.json()) as { data: { corrections: { text: string; earlierWordings: { text: string }[] }[] } };
    expect(data.corrections).toEqual([expect.objectContaining({ text: CORRECTION.amended, earlierWordings: [expect.objectContaining({ text: CORRECTION.text })] })]);
  });

  it('shows a journalist, who may not publish, the log without the form', async () => {
    const journalist = await session('Newsroom journalist', await inviteAndRegister(app.url, token, 'Newsroom journalist'));
    await journalist.goto(editView(referenceId));
    const log = journalist.locator('[data-testid=newsroom-corrections]');
    await log.getByText(CORRECTION.amended, { exact: true }).waitFor();
    expect(await log.locator('textarea').count()).toBe(0);
    expect(await log.locator('[data-testid=newsroom-correction-amend]').count()).toBe(0);
  });
});
