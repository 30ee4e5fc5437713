import { appendFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { en } from '../../src/plugins/newsroom/admin/src/translations/en';
import keyFigure from '../../src/plugins/newsroom/server/src/components/key-figure.json';
import quote from '../../src/plugins/newsroom/server/src/components/quote.json';
import article from '../../src/plugins/newsroom/server/src/content-types/article/schema.json';
import entityTag from '../../src/plugins/newsroom/server/src/content-types/entity-tag/schema.json';
import expert from '../../src/plugins/newsroom/server/src/content-types/expert/schema.json';
import { LEFTOVER, reportEnglishLeftovers } from './english-leftovers';

/** A response the test provokes on purpose (a refusal it checks, say): not a failure. */
export interface ExpectedResponse {
  method?: string;
  path: RegExp;
  status: number;
}

export interface PageWatcher {
  /** Declares responses of the current test that are not failures, until `takeProblems`. */
  expect(response: ExpectedResponse): void;
  /** The failures seen since the last call (and forgets them, with the declared responses). */
  takeProblems(): string[];
}

const MISSING = /MISSING_TRANSLATION\]?\s*Missing message: "([^"]+)"/;
const OUR_CONTENT_TYPES = new Set(Object.keys(en.contentTypes));
/** The options of the enumerations the content manager shows for the plugin's types and components. */
const OUR_OPTIONS = new Set(
  [article, expert, entityTag, keyFigure, quote].flatMap((schema) =>
    Object.values(schema.attributes).flatMap((attribute) => ('enum' in attribute ? attribute.enum : [])),
  ),
);

/**
 * Ours: the plugin's own strings, the content manager's labels of the plugin's types and of its components'
 * fields, the names of those types and the options of their enumerations (the content manager looks both up by
 * the bare name or value).
 */
export const isOurMessageId = (id: string): boolean =>
  id.startsWith('newsroom.') ||
  id.startsWith('content-manager.content-types.plugin::newsroom.') ||
  id.startsWith('content-manager.components.newsroom.') ||
  OUR_CONTENT_TYPES.has(id) ||
  OUR_OPTIONS.has(id);

/**
 * Strapi 5.54's own answers for what this app does not use, on every edit view: the AI features of paid plans.
 * They say nothing of the newsroom. (The preview is configured: a 404 of its URL is a failure.)
 */
export const STRAPI_FEATURES_OFF: ExpectedResponse[] = [
  { method: 'GET', path: /^\/admin\/ai-feature-config$/, status: 404 },
  { method: 'GET', path: /^\/i18n\/ai-localization-jobs\//, status: 404 },
];

const stamp = () => new Date().toISOString().slice(11, 23);

/**
 * Watches one page for what must not happen, seen or not: a string of ours missing in the admin's language
 * (react-intl reports it on the console in a development build; in the built admin, our English text shown in
 * the Arabic admin, which english-leftovers.ts reports), an error the page did not catch, and an answer of 400
 * or more that the test did not ask for.
 * The console and every response go to `<dir>/<name>.console.log` and `<name>.network.log` as they come, so a
 * failure can be read with what led to it.
 */
export const watchPage = (page: Page, dir: string, name: string, always = STRAPI_FEATURES_OFF): PageWatcher => {
  const consoleLog = path.join(dir, `${name}.console.log`);
  const networkLog = path.join(dir, `${name}.network.log`);
  let expected: ExpectedResponse[] = [];
  // A problem once, with how often it was seen: a missing string is reported at every render.
  let problems = new Map<string, number>();
  const report = (problem: string) => problems.set(problem, (problems.get(problem) ?? 0) + 1);
  const isExpected = (method: string, pathname: string, status: number) =>
    [...always, ...expected].some(
      (candidate) => candidate.status === status && (candidate.method ?? method) === method && candidate.path.test(pathname),
    );

  reportEnglishLeftovers(page).catch((error: Error) => report(`${name}: the English texts' detector did not start: ${error.message}`));
  page.on('console', (message) => {
    const text = message.text();
    appendFileSync(consoleLog, `${stamp()} ${message.type()} ${text}\n`);
    const id = MISSING.exec(text)?.[1];
    if (id && isOurMessageId(id)) report(`${name}: MISSING_TRANSLATION of ${id} (${new URL(page.url()).pathname})`);
    if (text.startsWith(LEFTOVER)) report(`${name}: ${text.slice(LEFTOVER.length + 2)} shown in English (${new URL(page.url()).pathname})`);
  });
  page.on('pageerror', (error) => {
    appendFileSync(consoleLog, `${stamp()} pageerror ${error.stack ?? error.message}\n`);
    report(`${name}: uncaught ${error.name}: ${error.message} (${new URL(page.url()).pathname})`);
  });
  page.on('response', (response) => {
    const request = response.request();
    const status = response.status();
    appendFileSync(networkLog, `${stamp()} ${status} ${request.method()} ${response.url()}\n`);
    const { pathname } = new URL(response.url());
    if (status >= 400 && !isExpected(request.method(), pathname, status))
      report(`${name}: unexpected ${status} on ${request.method()} ${pathname}`);
  });
  page.on('requestfailed', (request) =>
    appendFileSync(networkLog, `${stamp()} failed ${request.method()} ${request.url()} ${request.failure()?.errorText ?? ''}\n`),
  );

  return {
    expect(response) {
      expected.push(response);
    },
    takeProblems() {
      const seen = [...problems].map(([problem, times]) => (times > 1 ? `${problem} (${times} times)` : problem));
      problems = new Map();
      expected = [];
      return seen;
    },
  };
};
