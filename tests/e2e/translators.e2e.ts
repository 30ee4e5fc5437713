// Functions passed to evaluate() run in the page: they need the DOM types.
/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ar as strapiAr } from '../../src/admin/translations/ar';
import { makeSlug } from '../../src/plugins/newsroom/server/src/text';
import { REFERENCE_SLUG, REFERENCE_TITLE } from '../helpers/reference';
import { APP_DIR } from '../helpers/strapi';
import { adminGet, adminToken, inviteAndRegister, logIn, newUserContext, sessionsByRole, type Credentials, type NewsroomRole } from './admin-users';
import { launchChromium } from './browser';
import { publishInEditView } from './edit-view';
import { startBuiltApp, type RunningApp } from './server';
import { PERSIAN_NAMES } from '../helpers/reference-translations';
import { ENGLISH, PERSIAN, SOURCE_EDIT, translationsOf } from './translation-texts';
import { watchPage, type PageWatcher } from './watcher';

const SUPER_ADMIN = { email: 'e2e-chief@newsroom.example', password: 'vR7#qL2m!Xe9wT4z' };
const ARTICLE = 'plugin::newsroom.article';
const EXPERT = 'plugin::newsroom.expert';

/** Strapi's Arabic Save and Publish, as the app's admin overrides them (src/admin/translations/ar.ts). */
const STRAPI_AR = { save: strapiAr['global.save'], publish: strapiAr['app.utils.publish'] };
/** The plugin's Arabic label of the expert's kind (admin/src/translations/ar.ts). */
const EXPERT_LABELS_AR = { kind: 'الصفة' };

const SCREENSHOTS = path.join(
  process.env.E2E_SCREENSHOTS_DIR ?? path.join(APP_DIR, '.tmp', 'e2e-screenshots', new Date().toISOString().replace(/[:.]/g, '-')),
  'translators',
);

interface Session {
  role: NewsroomRole;
  context: BrowserContext;
  page: Page;
  watcher: PageWatcher;
  shot(name: string): Promise<unknown>;
}

interface PublicArticle {
  title: string;
  standfirst: string;
  tags: { name: string }[];
  quotes: { text: string; expert: { name: string } | null }[];
}

interface Workspace {
  missingEntities: { kind: 'tag' | 'expert'; documentId: string; name: string }[];
}

describe('translators and editors in the Arabic admin, each as its own role, in a real browser', () => {
  let app: RunningApp;
  let browser: Browser;
  let token: string;
  let referenceId: string;
  const { sessions, as } = sessionsByRole<Session>();

  /** One browser context per role, its page watched from the login on. */
  const openSession = async (role: NewsroomRole, user: Credentials): Promise<Session> => {
    const context = await newUserContext(browser);
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    const name = role.replace('Newsroom ', '');
    const watcher = watchPage(page, SCREENSHOTS, name);
    await logIn(page, app.url, user);
    const shot = (label: string) =>
      page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${label}.png`), fullPage: true, animations: 'disabled' });
    return { role, context, page, watcher, shot };
  };

  const publicArticle = async (locale: string, slug: string): Promise<PublicArticle> => {
    const response = await fetch(`${app.url}/api/newsroom/articles/slug/${encodeURIComponent(slug)}?locale=${locale}`);
    expect(response.status).toBe(200);
    return ((await response.json()) as { data: PublicArticle }).data;
  };

  const editView = (uid: string, documentId: string, locale: string) =>
    `${app.url}/admin/content-manager/collection-types/${uid}/${documentId}?plugins[i18n][locale]=${locale}`;

  const translatePage = (page: Page) => ({
    root: page.locator('[data-testid=newsroom-translate]'),
    status: page.locator('[data-testid=newsroom-translate-status]'),
    segment: (key: string) => page.locator(`[data-segment="${key}"]`),
    /** Types the translation of every segment whose source has text, then saves and waits for the saved state. */
    async translateAll(locale: 'en' | 'fa') {
      await page.locator('[data-segment]').first().waitFor();
      const keys = await page.locator('[data-segment]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-segment') ?? ''));
      const translations = translationsOf(locale);
      for (const key of keys) {
        const text = translations.get(key);
        if (text === undefined) {
          // Only a segment empty in the source (the last key figure has no period) is left as it is.
          await expect(this.segment(key).locator('[data-role=source]').innerText()).resolves.toBe('');
          continue;
        }
        await this.segment(key).locator('[data-role=translation]').fill(text);
      }
      await this.save();
      return keys;
    },
    async save() {
      const saved = page.waitForResponse((response) => response.request().method() === 'PUT' && /\/workspace$/.test(response.url()));
      await page.click('[data-testid=newsroom-translate-save]');
      expect((await saved).status()).toBe(200);
      await page.locator('[data-testid=newsroom-translate-saved]').waitFor();
    },
    async waitForStatus(status: string, published: boolean) {
      await page.locator(`[data-testid=newsroom-translate-status][data-status=${status}][data-published=${published}]`).waitFor();
    },
  });

  /** Start a translation from the translations list: the draft is made and the translation page opens. */
  const startTranslation = async (page: Page, locale: string) => {
    await page.goto(`${app.url}/admin/plugins/newsroom/translations?locale=${locale}&status=missing`);
    await page.locator('tbody tr', { hasText: REFERENCE_TITLE }).locator(`button[data-start-locale=${locale}]`).click();
    await page.waitForURL(new RegExp(`/plugins/newsroom/translate/${referenceId}/${locale}$`));
    await page.locator('[data-testid=newsroom-translate]').waitFor();
  };

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    app = await startBuiltApp({ NEWSROOM_ADMIN_EMAIL: SUPER_ADMIN.email, NEWSROOM_ADMIN_PASSWORD: SUPER_ADMIN.password });
    browser = await launchChromium();
    token = await adminToken(app.url, SUPER_ADMIN);
    const reference = await fetch(`${app.url}/api/newsroom/articles/slug/${encodeURIComponent(REFERENCE_SLUG)}?locale=ar`);
    referenceId = ((await reference.json()) as { data: { documentId: string } }).data.documentId;
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

  it('logs the translator, the editor and the journalist in, each in its own context, in the Arabic admin', async () => {
    const roles: NewsroomRole[] = ['Newsroom translator', 'Newsroom editor', 'Newsroom journalist'];
    const users = await Promise.all(roles.map((role) => inviteAndRegister(app.url, token, role)));
    for (const [index, role] of roles.entries()) {
      const session = await openSession(role, users[index]);
      sessions.set(role, session);
      await session.page.locator('html[lang=ar]').waitFor({ state: 'attached' });
      // The plugin's menu entry, in the user's language.
      await session.page.locator('nav a[href$="/plugins/newsroom"]', { hasText: 'غرفة الأخبار' }).waitFor();
      await session.shot('home');
    }
  });

  it('shows the translator an expert’s shared fields (kind, Wikidata id) read-only in en, and its name writable', async () => {
    const { page, shot } = as('Newsroom translator');
    const experts = await adminGet<{ results: { documentId: string; name: string }[] }>(
      app.url,
      token,
      `/content-manager/collection-types/${EXPERT}?locale=en&filters[name][$eq]=${encodeURIComponent('Vladimir Putin')}`,
    );
    const putin = experts.results[0];
    await page.goto(editView(EXPERT, putin.documentId, 'en'));
    await expect(page.locator('input[name=name]').inputValue()).resolves.toBe('Vladimir Putin');
    await expect(page.locator('input[name=name]').isEditable()).resolves.toBe(true);
    await expect(page.locator('input[name=wikidataId]').inputValue()).resolves.toBe('Q7747');
    await expect(page.getByRole('combobox', { name: EXPERT_LABELS_AR.kind }).isEditable()).resolves.toBe(false);
    await expect(page.locator('input[name=wikidataId]').isEditable()).resolves.toBe(false);
    await shot('expert-en-shared-fields');
  });

  it('the translator starts the English translation and translates it with the Arabic source in view', async () => {
    const { page, shot } = as('Newsroom translator');
    await startTranslation(page, 'en');
    const view = translatePage(page);
    await view.waitForStatus('draft', false);
    const title = view.segment('title');
    await expect(title.locator('[data-role=source]').innerText()).resolves.toBe(REFERENCE_TITLE);
    for (const [role, dir, lang] of [['source', 'rtl', 'ar'], ['translation', 'ltr', 'en']]) {
      const element = title.locator(`[data-role=${role}]`);
      await expect(element.getAttribute('dir')).resolves.toBe(dir);
      await expect(element.getAttribute('lang')).resolves.toBe(lang);
    }
    const keys = await view.translateAll('en');
    expect(keys).toEqual(expect.arrayContaining(['title', 'standfirst', 'body.0', 'quotes.0.text', 'keyFigures.0.label', 'sources.0.name']));
    await page.reload();
    await expect(title.locator('[data-role=translation]').inputValue()).resolves.toBe(ENGLISH.title);
    await shot('translate-en');
  });

  it('an editor edits the Arabic source’s standfirst and publishes it', async () => {
    const { page, shot } = as('Newsroom editor');
    await page.goto(editView(ARTICLE, referenceId, 'ar'));
    await page.locator('[data-testid=newsroom-checks]').waitFor();
    const standfirst = page.locator('textarea[name=standfirst]');
    const text = await standfirst.inputValue();
    expect(text).toContain(SOURCE_EDIT.before);
    await standfirst.fill(text.replace(SOURCE_EDIT.before, SOURCE_EDIT.after));
    const saved = page.waitForResponse((response) => response.request().method() === 'PUT' && response.url().includes(referenceId));
    await page.getByRole('button', { name: STRAPI_AR.save, exact: true }).click();
    expect((await saved).status()).toBe(200);
    await publishInEditView(page);
    await shot('source-ar-published');
  });

  it('the translator sees what changed in the source, brings the translation in line, and can undo the mark', async () => {
    const { page, shot } = as('Newsroom translator');
    await page.goto(`${app.url}/admin/plugins/newsroom/translate/${referenceId}/en`);
    const view = translatePage(page);
    await view.waitForStatus('outdated', false);
    const change = page.locator('[data-testid=newsroom-translate-changes] [data-change=changed]');
    await expect(change.count()).resolves.toBe(1);
    await expect(change.innerText()).resolves.toContain('2003');
    await shot('translate-en-outdated');

    const standfirst = view.segment('standfirst').locator('[data-role=translation]');
    expect(ENGLISH.standfirstInLine).not.toBe(await standfirst.inputValue());
    await standfirst.fill(ENGLISH.standfirstInLine);
    await view.save();
    const markInLine = async () => {
      await page.click('[data-testid=newsroom-mark-in-line]');
      await page.getByRole('alertdialog').locator('[data-testid=newsroom-confirm]').click();
      await view.waitForStatus('draft', false);
    };
    await markInLine();
    await page.click('[data-testid=newsroom-undo-in-line]');
    await view.waitForStatus('outdated', false);
    await markInLine();
    await shot('translate-en-in-line');
  });

  it('an editor publishes the English translation, then served by the public API as translated', async () => {
    const { page, shot } = as('Newsroom editor');
    await page.goto(editView(ARTICLE, referenceId, 'en'));
    await page.locator('[data-testid=newsroom-checks]').waitFor();
    await expect(page.locator('input[name=title]').inputValue()).resolves.toBe(ENGLISH.title);
    await publishInEditView(page);
    await shot('translation-en-published');
    const article = await publicArticle('en', makeSlug(ENGLISH.title));
    expect(article.title).toBe(ENGLISH.title);
    expect(article.standfirst).toBe(ENGLISH.standfirstInLine);
    expect(article.quotes.map((quote) => quote.expert?.name)).not.toContain(undefined);

    const translator = as('Newsroom translator');
    await translator.page.reload();
    await translatePage(translator.page).waitForStatus('published', true);
  });

  it('the translator names the missing tags and experts in Persian in place, and translates the article', async () => {
    const { page, shot } = as('Newsroom translator');
    await startTranslation(page, 'fa');
    const { missingEntities } = (await adminGet<{ data: Workspace }>(app.url, token, `/newsroom/articles/${referenceId}/translations/fa/workspace`)).data;
    expect(missingEntities).toHaveLength(25);
    const list = page.locator('[data-testid=newsroom-missing-entities]');
    await shot('translate-fa-missing-entities');
    for (const entity of missingEntities) {
      const row = list.locator(`[data-entity="${entity.documentId}"]`);
      const persian = PERSIAN_NAMES[entity.name];
      expect({ name: entity.name, persian }).toEqual({ name: entity.name, persian: expect.any(String) });
      await row.locator('input').fill(persian);
      await row.locator('[data-name-entity]').click();
      await row.waitFor({ state: 'detached' });
    }
    await expect(list.locator('[data-entity]').count()).resolves.toBe(0);
    await translatePage(page).translateAll('fa');
    await shot('translate-fa');
  });

  it('an editor publishes the Persian translation, its quotes attributed to the experts’ Persian names', async () => {
    const { page, shot } = as('Newsroom editor');
    await page.goto(editView(ARTICLE, referenceId, 'fa'));
    await page.locator('[data-testid=newsroom-checks]').waitFor();
    await publishInEditView(page);
    await shot('translation-fa-published');
    const article = await publicArticle('fa', makeSlug(PERSIAN.title));
    expect(article.title).toBe(PERSIAN.title);
    expect(article.tags).toHaveLength(20);
    const persianNames = new Set(Object.values(PERSIAN_NAMES));
    for (const tag of article.tags) expect(persianNames.has(tag.name)).toBe(true);
    expect(article.quotes).toHaveLength(5);
    for (const quote of article.quotes) expect(persianNames.has(quote.expert?.name ?? '')).toBe(true);
  });
});
