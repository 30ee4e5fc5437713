// Functions passed to evaluate() run in the page: they need the DOM types.
/// <reference lib="dom" />
import { appendFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { ar } from '../../src/plugins/newsroom/admin/src/translations/ar';
import { makeSlug } from '../../src/plugins/newsroom/server/src/text';
import { REFERENCE_TITLE } from '../helpers/reference';
import { adminGet, adminToken, inviteAndRegister, logIn, newUserContext, sessionsByRole, type Credentials, type NewsroomRole } from './admin-users';
import { launchChromium } from './browser';
import { editViewUrl, publishInEditView, waitForEditViewUsable } from './edit-view';
import { uploadIntoMediaField } from './media-library';
import { runDir, screenshotter } from './screenshots';
import { startBuiltApp, type RunningApp } from './server';
import { strapiLabel } from './strapi-labels';
import { STRAPI_FEATURES_OFF, watchPage, type ExpectedResponse, type PageWatcher } from './watcher';

const SUPER_ADMIN = { email: 'e2e-chief@newsroom.example', password: 'vR7#qL2m!Xe9wT4z' };
const ARTICLE = 'plugin::newsroom.article';
const FIELDS = ar.fields[ARTICLE];
const PANEL = ar.plugin;

/** Strapi's labels the day clicks, as the Arabic admin shows them. */
const STRAPI_AR = {
  save: strapiLabel('global.save'),
  publish: strapiLabel('app.utils.publish'),
  emptyRepeatable: strapiLabel('content-manager.components.empty-repeatable'),
};

/** The piece of the day: Arabic, naming tags the newsroom knows, quoting two of its experts. */
const PIECE = {
  title: 'موسكو تفتح قناة أمنية مع كابول في مواجهة داعش-خراسان',
  standfirst: 'تسعى روسيا إلى تنسيق أمني مع حركة طالبان بعد هجمات تبناها تنظيم داعش-خراسان.',
  paragraphs: [
    'استقبلت موسكو وفدًا من كابول لبحث التعاون في مواجهة داعش-خراسان على حدود آسيا الوسطى.',
    'ويرى محللون أن روسيا تريد من طالبان ضمانات أمنية قبل أي اعتراف رسمي.',
  ],
  quotes: [
    { text: 'لا يمكن مواجهة الإرهاب في المنطقة من دون التعامل مع السلطات القائمة في كابول.', search: 'لافروف', expert: 'سيرجي لافروف' },
    { text: 'تبحث موسكو عن شريك يضبط الحدود، لا عن حليف.', search: 'هيربست', expert: 'جون هيربست' },
  ],
  /** Two of the tags the panel finds in the text, attached from its suggestions. */
  suggestedTags: ['روسيا', 'طالبان'],
  /** IPTC Media Topics, picked by their Arabic names. */
  subjects: [
    { name: 'دبلوماسية', code: 'medtop:20000639' },
    { name: 'نزاع مسلح', code: 'medtop:20000056' },
  ],
  caption: 'وفد من حركة طالبان في موسكو.',
  alt: 'أعضاء وفد طالبان يدخلون مقر وزارة الخارجية الروسية في موسكو',
  credit: 'غرفة الأخبار',
  fileNote: 'جاهز للتحرير، الصورة من أرشيفنا.',
  correction: 'صُحّح اسم الإقليم: ولاية خراسان لا إقليم خراسان.',
  amendedCorrection: 'صُحّح اسم التنظيم: ولاية خراسان لا إقليم خراسان.',
  /** The journalist's change after publication: one word added to the standfirst. */
  change: {
    standfirst: 'تسعى روسيا إلى تنسيق أمني مع حركة طالبان بعد هجمات دامية تبناها تنظيم داعش-خراسان.',
    added: 'دامية',
  },
};

interface Session {
  role: NewsroomRole;
  context: BrowserContext;
  page: Page;
  watcher: PageWatcher;
}

interface PublicArticle {
  documentId: string;
  title: string;
  standfirst: string;
  tags: { name: string }[];
  subjects: { code: string }[];
  quotes: { text: string; expert: { name: string } | null }[];
  leadImage: { url: string } | null;
  leadImageCaption: string | null;
  leadImageAlt: string | null;
  corrections: { text: string; earlierWordings: { text: string }[] }[];
}

/**
 * Strapi's media dialog asks for the library's settings while open; only the super admin may read them (granting
 * the read would let a role change them: 5.54 guards the write with the same action), and the dialog works without.
 */
const UPLOAD_SETTINGS_REFUSED: ExpectedResponse = { method: 'GET', path: /^\/upload\/settings$/, status: 403 };

/** Where the editor works: the embargo's times show in this zone, the picker takes them in it. */
const EDITOR_TIME_ZONE = 'Asia/Riyadh';

/** Parts of a time in the editor's zone, Latin digits. */
const editorsClock = (time: Date, options: Intl.DateTimeFormatOptions): string =>
  new Intl.DateTimeFormat('en-GB', { ...options, timeZone: EDITOR_TIME_ZONE }).format(time);

/** Hours and minutes as the editor reads them ("09:05"), to find in a line that also names the day. */
const inEditorsZone = (time: Date): string => editorsClock(time, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** A text's Arabic-Indic digits as Latin ones: the admin writes times in the Arabic admin's digits. */
const latinDigits = (text: string): string => text.replace(/[\u0660-\u0669]/g, (digit) => String(digit.charCodeAt(0) - 0x0660));

/**
 * Strapi's date and time picker, as an editor uses it: the day from its calendar, the time typed (hours and
 * minutes, in the browser's zone), then away from the field, which is when the picker takes a typed time.
 */
const setDateTime = async (page: Page, picker: Locator, at: Date): Promise<void> => {
  const [date, time] = [picker.locator('input').nth(0), picker.locator('input').nth(1)];
  await date.click();
  const day = `${editorsClock(at, { day: 'numeric' })} ${new Intl.DateTimeFormat('ar', { month: 'long', timeZone: EDITOR_TIME_ZONE }).format(at)} ${editorsClock(at, { year: 'numeric' })}`;
  await page.getByRole('gridcell', { name: new RegExp(`(^|\\s)${day}$`) }).click();
  await time.click();
  await time.fill(inEditorsZone(at));
  await picker.locator('label').click();
  await expect(time.inputValue().then(latinDigits)).resolves.toBe(inEditorsZone(at));
};

const OUT = runDir('newsroom-day');
const shoot = screenshotter(OUT);

/** A photograph-sized PNG made for the day: wide enough for each of Strapi's responsive formats. */
const leadImageFile = async (): Promise<string> => {
  const file = path.join(OUT, 'lead-image.png');
  await sharp({ create: { width: 1600, height: 900, channels: 3, background: { r: 32, g: 96, b: 150 } } }).png().toFile(file);
  return file;
};

describe('a newsroom day in the Arabic admin: a journalist writes and files, an editor publishes, corrects, embargoes', () => {
  let app: RunningApp;
  let browser: Browser;
  let token: string;
  let documentId: string;
  let embargoAt: Date;
  const { sessions, as } = sessionsByRole<Session>();

  /** One browser context per role, its page watched from the login on. */
  const openSession = async (role: NewsroomRole, user: Credentials): Promise<Session> => {
    // The README's screen size; the editor in the newsroom's zone, the journalist in the machine's.
    const context = await newUserContext(browser, {
      viewport: { width: 1440, height: 900 },
      ...(role === 'Newsroom editor' ? { timezoneId: EDITOR_TIME_ZONE } : {}),
    });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    const watcher = watchPage(page, OUT, role.replace('Newsroom ', ''), [...STRAPI_FEATURES_OFF, UPLOAD_SETTINGS_REFUSED]);
    await logIn(page, app.url, user);
    // Strapi's announcement of its new media library, dismissed once per user as anyone would.
    await page.getByRole('button', { name: strapiLabel('app.components.MediaLibraryBanner.close').trim() }).click();
    return { role, context, page, watcher };
  };

  const editView = (locale = 'ar') => `${app.url}/admin/content-manager/collection-types/${ARTICLE}/${documentId}?plugins[i18n][locale]=${locale}`;

  /** The content manager's field of the article whose label reads `label`. */
  const field = (page: Page, label: string): Locator =>
    page.locator('label', { hasText: new RegExp(`^${label.replace(/[()]/g, '\\$&')}`) }).locator('xpath=ancestor::div[.//button or .//input][1]');

  const publicArticle = async (): Promise<{ status: number; data?: PublicArticle }> => {
    const response = await fetch(`${app.url}/api/newsroom/articles/slug/${encodeURIComponent(makeSlug(PIECE.title))}?locale=ar`);
    return response.status === 200 ? { status: 200, data: ((await response.json()) as { data: PublicArticle }).data } : { status: response.status };
  };

  const save = async (page: Page): Promise<void> => {
    const saved = page.waitForResponse(
      (response) => ['POST', 'PUT'].includes(response.request().method()) && new URL(response.url()).pathname.includes(`/collection-types/${ARTICLE}`),
    );
    await page.getByRole('button', { name: STRAPI_AR.save, exact: true }).click();
    // 201 for a new entry, 200 for an edit.
    expect([200, 201]).toContain((await saved).status());
  };

  beforeAll(async () => {
    app = await startBuiltApp({
      NEWSROOM_ADMIN_EMAIL: SUPER_ADMIN.email,
      NEWSROOM_ADMIN_PASSWORD: SUPER_ADMIN.password,
      // The embargo job every five seconds: the piece embargoed a minute ahead goes out within the run.
      NEWSROOM_EMBARGO_CRON: '*/5 * * * * *',
    });
    browser = await launchChromium();
    token = await adminToken(app.url, SUPER_ADMIN);
  });

  /**
   * One step of the day. Each builds on the one before: once a step has failed, the later ones fail at once
   * naming it, rather than each waiting out its timeouts on a page left somewhere else.
   */
  let failedStep: string | undefined;
  const step = (name: string, run: () => Promise<void>, timeout?: number) =>
    it(
      name,
      async () => {
        if (failedStep) throw new Error(`not run: the step "${failedStep}" failed`);
        try {
          await run();
        } catch (error) {
          failedStep = name;
          // What each user had in front of them, to read the failure by (the screenshots' own failure is not it).
          await Promise.allSettled(
            [...sessions.values()].map(({ role, page }) =>
              page.screenshot({ path: path.join(OUT, `failed-${role.replace('Newsroom ', '')}.png`), fullPage: true }),
            ),
          );
          throw error;
        }
      },
      timeout,
    );

  afterEach(() => {
    const problems = [...sessions.values()].flatMap((session) => session.watcher.takeProblems());
    if (!problems.length) return;
    failedStep ??= expect.getState().currentTestName;
    throw new Error(`the browser saw:\n${problems.join('\n')}`);
  });

  afterAll(async () => {
    for (const session of sessions.values()) await session.context.close();
    await browser?.close();
    await app?.stop();
    process.stdout.write(`\ne2e newsroom day: console and network logs in ${OUT}\n`);
  });


  step('the super admin invites a journalist and an editor; each logs in through the form, the admin in Arabic', async () => {
    const roles: NewsroomRole[] = ['Newsroom journalist', 'Newsroom editor'];
    const users = await Promise.all(roles.map((role) => inviteAndRegister(app.url, token, role)));
    for (const [index, role] of roles.entries()) {
      const session = await openSession(role, users[index]);
      sessions.set(role, session);
      await session.page.locator('html[lang=ar]').waitFor({ state: 'attached' });
      await session.page.locator('nav a[href$="/plugins/newsroom"]', { hasText: PANEL['plugin.name'] }).waitFor();
    }
    await shoot(as('Newsroom journalist').page, 'day-01-journalist-home');
  });

  step('the journalist starts an Arabic piece from the dashboard: headline, standfirst, body', async () => {
    const { page } = as('Newsroom journalist');
    await page.click('nav a[href$="/plugins/newsroom"]');
    await page.getByRole('link', { name: PANEL['dashboard.newArticle'] }).click();
    await page.waitForURL(/\/create\?/);
    // The panel answers once the form holds its initial values: typing earlier could be reset.
    await page.locator('[data-warning=no-tags]').waitFor();
    await page.fill('input[name=title]', PIECE.title);
    await page.fill('textarea[name=standfirst]', PIECE.standfirst);
    await page.getByRole('combobox', { name: FIELDS.genre }).click();
    await page.getByRole('option', { name: ar.options.analysis, exact: true }).click();
    await page.locator('[contenteditable=true]').first().click();
    for (const [index, paragraph] of PIECE.paragraphs.entries()) {
      if (index > 0) await page.keyboard.press('Enter');
      await page.keyboard.type(paragraph);
    }
    await page.locator('[data-testid=newsroom-slug]', { hasText: makeSlug(PIECE.title) }).waitFor();
  });

  step('uploads a lead image and gives it a caption, alt text and credit', async () => {
    const { page } = as('Newsroom journalist');
    await uploadIntoMediaField(page, field(page, FIELDS.leadImage), await leadImageFile());
    await page.fill('input[name=leadImageCaption]', PIECE.caption);
    await page.fill('input[name=leadImageAlt]', PIECE.alt);
    await page.fill('input[name=leadImageCredit]', PIECE.credit);
  });

  step('picks two subjects by their Arabic names, each shown with its QCode', async () => {
    const { page } = as('Newsroom journalist');
    for (const subject of PIECE.subjects) {
      await page.click('input[name=subjects]');
      await page.fill('input[name=subjects]', subject.name);
      // The option names the topic in Arabic with its QCode beside it (never a document id).
      await page.getByRole('option').filter({ hasText: subject.name }).filter({ hasText: subject.code }).click();
    }
    // Picked, each is listed under the field by the same label: its Arabic name first, its QCode last.
    for (const subject of PIECE.subjects) await page.getByText(new RegExp(`^${subject.name} · .*\\(${subject.code}\\)$`)).waitFor();
  });

  step('attributes two quotes to experts and attaches tags the panel suggests, then saves', async () => {
    const { page } = as('Newsroom journalist');
    const quotes = field(page, FIELDS.quotes);
    for (const [index, quote] of PIECE.quotes.entries()) {
      // The first entry from the empty field's button, the next from "add an entry" below the last.
      if (index === 0) await quotes.getByRole('button', { name: STRAPI_AR.emptyRepeatable }).click();
      else await quotes.getByRole('button').last().click();
      await page.fill(`textarea[name="quotes.${index}.text"]`, quote.text);
      await page.click(`input[name="quotes.${index}.expert"]`);
      await page.fill(`input[name="quotes.${index}.expert"]`, quote.search);
      await page.getByRole('option', { name: quote.expert, exact: true }).first().click();
    }
    await page.locator('[data-warning=quote-without-expert]').waitFor({ state: 'detached' });

    await page.getByRole('button', { name: PANEL['panel.suggest'] }).click();
    for (const tag of PIECE.suggestedTags) {
      const suggestion = page.locator('[data-testid=newsroom-suggestions] li', { hasText: tag }).first();
      await suggestion.getByRole('button', { name: PANEL['panel.attach'] }).click();
      await suggestion.getByRole('button', { name: PANEL['panel.attached'] }).waitFor();
    }
    await page.locator('[data-testid=newsroom-no-warnings]').waitFor();
    await shoot(page, 'day-02-journalist-writes');
    await save(page);
    await page.waitForURL((url) => !url.pathname.endsWith('/create'));
    documentId = new URL(page.url()).pathname.split('/').pop() ?? '';
    await page.locator('[data-testid=newsroom-no-warnings]').waitFor();
  });

  step('previews the draft as readers will see it, right to left', async () => {
    const { page } = as('Newsroom journalist');
    // Strapi's "Open preview" in the side panel (enabled once saved): the plugin's signed reader-like page, framed.
    await page.locator('a[href*="/preview?"]').click();
    await page.waitForURL(new RegExp(`/${documentId}/preview\\?`));
    const reader = page.frameLocator('iframe[data-testid=preview-iframe]');
    await reader.locator('html[dir=rtl][lang=ar]').waitFor({ state: 'attached' });
    await reader.locator('[data-testid=preview-marker][data-status=draft]').waitFor();
    await expect(reader.locator('[data-testid=preview-title]').innerText()).resolves.toBe(PIECE.title);
    await reader.locator('[data-testid=preview-lead-image]').locator(`img[alt="${PIECE.alt}"]`).waitFor();
    const quotes = reader.locator('[data-testid=preview-quotes] blockquote');
    await expect(quotes.count()).resolves.toBe(PIECE.quotes.length);
    await expect(quotes.first().locator('cite').innerText()).resolves.toBe(PIECE.quotes[0].expert);
    await shoot(page, 'day-03-journalist-preview');
    await page.goto(editView());
  });

  step('files it to the desk, and reads why Publish is not theirs', async () => {
    const { page } = as('Newsroom journalist');
    await page.locator('[data-testid=newsroom-desk][data-stage=writing]').waitFor();
    await page.locator('[data-testid=newsroom-desk-publish-reason]').waitFor();
    await page.click('[data-testid=newsroom-desk-file]');
    await page.fill('[data-testid=newsroom-desk-file-note]', PIECE.fileNote);
    await shoot(page, 'day-04-journalist-files-to-desk');
    await page.click('[data-testid=newsroom-desk-file-confirm]');
    await page.locator('[data-testid=newsroom-desk][data-stage=desk]').waitFor();
  });

  step('the editor finds it waiting on the dashboard, with who filed it and when, opens it and publishes', async () => {
    const { page } = as('Newsroom editor');
    await page.click('nav a[href$="/plugins/newsroom"]');
    const waiting = page.locator(`[data-testid=newsroom-desk-waiting] li[data-document="${documentId}"][data-locale=ar]`);
    await waiting.waitFor();
    await expect(waiting.innerText()).resolves.toContain(PIECE.title);
    await expect(waiting.locator('[data-filed-by]').innerText()).resolves.toContain('journalist');
    await shoot(page, 'day-05-editor-dashboard-waiting');
    await waiting.getByRole('link').first().click();
    await page.waitForURL(new RegExp(`/${documentId}\\?`));
    await expect(page.locator('[data-testid=newsroom-desk-filed-note]').innerText()).resolves.toContain(PIECE.fileNote);
    await publishInEditView(page);
    await page.locator('[data-testid=newsroom-desk][data-stage=published]').waitFor();

    const { status, data } = await publicArticle();
    expect(status).toBe(200);
    expect(data).toEqual(
      expect.objectContaining({ title: PIECE.title, standfirst: PIECE.standfirst, leadImageCaption: PIECE.caption, leadImageAlt: PIECE.alt }),
    );
    expect(data?.leadImage?.url).toMatch(/\.png$/);
    expect(data?.subjects.map((subject) => subject.code).sort()).toEqual(PIECE.subjects.map((subject) => subject.code).sort());
    expect(data?.tags.map((tag) => tag.name)).toEqual(expect.arrayContaining(PIECE.suggestedTags));
    expect(data?.quotes.map((quote) => [quote.text, quote.expert?.name])).toEqual(PIECE.quotes.map((quote) => [quote.text, quote.expert]));
  });

  step('the journalist changes the published piece and files it again', async () => {
    const { page } = as('Newsroom journalist');
    await page.goto(editView());
    await page.locator('[data-testid=newsroom-desk][data-stage=published]').waitFor();
    await page.fill('textarea[name=standfirst]', PIECE.change.standfirst);
    await save(page);
    await page.click('[data-testid=newsroom-desk-file]');
    await page.click('[data-testid=newsroom-desk-file-confirm]');
    await page.locator('[data-testid=newsroom-desk][data-stage=desk]').waitFor();
  });

  step('the editor sees what changed since the published version before re-publishing', async () => {
    const { page } = as('Newsroom editor');
    await page.goto(editView());
    const changes = page.locator('[data-testid=newsroom-desk-changes]');
    await changes.waitFor();
    const changed = changes.locator('li[data-change=changed]');
    await expect(changed.count()).resolves.toBe(1);
    await expect(changed.locator('ins[data-diff=added]').allInnerTexts()).resolves.toEqual(
      expect.arrayContaining([expect.stringContaining(PIECE.change.added)]),
    );
    await changes.scrollIntoViewIfNeeded();
    await shoot(page, 'day-06-editor-diff-before-republishing');
  });

  step('the editor sets an embargo a few minutes ahead, sees it in the panel, and Publish explains it', async () => {
    const { page } = as('Newsroom editor');
    // A whole minute (the picker's precision) two and a half minutes ahead at least: time for the editor to find the
    // embargo in the panel, the dashboard and the list before the job publishes it.
    embargoAt = new Date(Math.ceil((Date.now() + 150_000) / 60_000) * 60_000);
    await setDateTime(page, field(page, FIELDS.embargoUntil), embargoAt);
    await save(page);
    const embargo = page.locator('[data-testid=newsroom-embargo]');
    await embargo.locator('[data-testid=newsroom-embargo-badge]').waitFor();
    await expect(embargo.locator('[data-testid=newsroom-embargo-until]').innerText().then(latinDigits)).resolves.toContain(inEditorsZone(embargoAt));

    await page.getByRole('button', { name: STRAPI_AR.publish, exact: true }).click();
    const explained = page.locator('[data-testid=newsroom-publish-embargoed]');
    await expect(explained.innerText().then(latinDigits)).resolves.toContain(inEditorsZone(embargoAt));
    await shoot(page, 'day-07-editor-publish-explains-embargo');
    await page.click('[data-testid=newsroom-publish-close]');
    await embargo.scrollIntoViewIfNeeded();
    await shoot(page, 'day-08-editor-embargo-in-panel');
    // Until then readers have the published version.
    expect((await publicArticle()).data?.standfirst).toBe(PIECE.standfirst);
  });

  step('sees the embargo on the dashboard and in the list of articles', async () => {
    const { page } = as('Newsroom editor');
    await page.click('nav a[href$="/plugins/newsroom"]');
    const embargoed = page.locator(`[data-testid=newsroom-embargoed] a[data-document="${documentId}"]`).locator('xpath=ancestor::li[1]');
    await expect(embargoed.locator('[data-testid=newsroom-embargoed-until]').innerText().then(latinDigits)).resolves.toContain(inEditorsZone(embargoAt));
    await shoot(page, 'day-09-editor-dashboard-embargoed');
    await page.goto(`${app.url}/admin/content-manager/collection-types/${ARTICLE}?plugins[i18n][locale]=ar`);
    const row = page.locator('tbody tr', { hasText: PIECE.title });
    const cell = row.locator('[data-testid=newsroom-embargo-cell]');
    await expect(cell.innerText().then(latinDigits)).resolves.toContain(inEditorsZone(embargoAt));
    // The column comes last: scrolled to, as the editor would.
    await cell.scrollIntoViewIfNeeded();
    await shoot(page, 'day-10-editor-list-embargoed');
  });

  step('adds a correction, confirmed as readers will see it, then amends its wording', async () => {
    const { page } = as('Newsroom editor');
    await page.goto(editView());
    const log = page.locator('[data-testid=newsroom-corrections]');
    await log.locator('textarea[name=newsroom-correction-text]').fill(PIECE.correction);
    await log.locator('[data-testid=newsroom-correction-add]').click();
    await expect(page.locator('[data-testid=newsroom-correction-preview]').innerText()).resolves.toContain(PIECE.correction);
    await shoot(page, 'day-11-editor-correction-confirmation');
    await page.click('[data-testid=newsroom-correction-confirm]');
    const entry = log.locator('[data-correction]', { hasText: PIECE.correction });
    await entry.locator('[data-testid=newsroom-correction-amend]').click();
    await entry.locator('textarea').fill(PIECE.amendedCorrection);
    await entry.locator('[data-testid=newsroom-correction-amend-save]').click();
    await entry.locator('[data-testid=newsroom-correction-history]').waitFor();
    await expect(entry.innerText()).resolves.toContain(PIECE.amendedCorrection);
    await log.scrollIntoViewIfNeeded();
    await shoot(page, 'day-12-editor-correction-amended');
  });

  step('the reference article’s edit view becomes usable (time measured, not asserted)', async () => {
    const { page } = as('Newsroom editor');
    const { results } = await adminGet<{ results: { documentId: string; title: string }[] }>(
      app.url,
      token,
      `/content-manager/collection-types/${ARTICLE}?plugins[i18n][locale]=ar&filters[title][$eq]=${encodeURIComponent(REFERENCE_TITLE)}`,
    );
    const times: number[] = [];
    for (let run = 0; run < 3; run += 1) {
      const since = Date.now();
      await page.goto(editViewUrl(app.url, results[0].documentId, 'ar'));
      times.push(await waitForEditViewUsable(page, REFERENCE_TITLE, since));
    }
    const line = `${new Date().toISOString()} newsroom day: the reference article's edit view usable after ${times.join(', ')} ms (editor, ar)\n`;
    appendFileSync(path.join(OUT, 'edit-view-usable.log'), line);
    process.stdout.write(line);
  });

  step(
    'the piece goes out at the embargo time: readers get the changed version',
    async () => {
      let served: PublicArticle | undefined;
      while (Date.now() < embargoAt.getTime() + 60_000) {
        served = (await publicArticle()).data;
        if (served?.standfirst === PIECE.change.standfirst) break;
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
      expect(served?.standfirst).toBe(PIECE.change.standfirst);
      // Not before its time (the job runs every five seconds).
      expect(Date.now()).toBeGreaterThanOrEqual(embargoAt.getTime());
      expect(served?.corrections).toEqual([
        expect.objectContaining({ text: PIECE.amendedCorrection, earlierWordings: [expect.objectContaining({ text: PIECE.correction })] }),
      ]);
      const { page } = as('Newsroom editor');
      await page.goto(editView());
      await page.locator('[data-testid=newsroom-desk][data-stage=published]').waitFor();
      await page.locator('[data-testid=newsroom-embargo]').waitFor({ state: 'detached' });
      await shoot(page, 'day-13-editor-published-on-time');
    },
    180_000,
  );
});
