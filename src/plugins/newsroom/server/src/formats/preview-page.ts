import { createElement as h, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { textDirection } from '../text';
import { isSafeUrl } from '../utils/safe-url';
import type { PreviewStatus } from '../utils/preview-signature';
import type { ArticleView, CorrectionView, ExpertView } from './article-view';
import { blocksElement } from './html';
import { previewLabels, type PreviewLabels } from './preview-labels';

/**
 * The preview page: one version of an article as a reader would see it, with a marker saying it is a preview.
 * Text goes through React, which escapes it; links and images only where utils/safe-url allows them. The page
 * carries its own small stylesheet and one script, both under the response's CSP nonce.
 */

export interface KeyFigureView {
  value: number;
  qualifier?: 'exact' | 'about' | 'more_than' | 'less_than' | null;
  unit?: string | null;
  label: string;
  period?: string | null;
}

/** What the preview shows: the article page's read (services/populate), with its key figures and embargo. */
export interface PreviewArticle extends ArticleView {
  keyFigures?: KeyFigureView[] | null;
  embargoUntil?: string | null;
}

export interface PreviewPageInput {
  article: PreviewArticle;
  status: PreviewStatus;
  /** The response's CSP nonce, for the stylesheet and the script. */
  nonce: string;
  /** When the page is made (ms): an embargo already past is not announced. */
  now: number;
  /** The newsroom's time zone (`embargo.timeZone`), in which its desk reads embargo and correction times. */
  timeZone: string;
}

const STYLE = `
body{margin:0;font:18px/1.7 system-ui,"Noto Naskh Arabic","Noto Sans Arabic",Tahoma,sans-serif;color:#1a1a1a;background:#fff}
.preview-marker{position:sticky;top:0;margin:0;padding:.4em 1em;background:#fff3cd;border-bottom:1px solid #e0c36c;font-size:.85em;font-weight:600}
.embargo{margin:1em auto 0;max-width:42em;padding:.6em 1em;border:2px solid #b42318;color:#b42318;font-weight:600}
article{max-width:42em;margin:0 auto;padding:1em 1.25em 3em}
h1{font-size:2em;line-height:1.3;margin:.6em 0 .3em}
.standfirst{font-size:1.2em;color:#333}
.byline{color:#555;font-size:.9em}
figure{margin:1.5em 0}
figure img,.body img{max-width:100%;height:auto}
figcaption{color:#555;font-size:.85em}
.credit{margin-inline-start:.5em;color:#777}
section h2{font-size:1.1em;border-top:1px solid #ddd;padding-top:1em}
blockquote{margin:1em 0;padding-inline-start:1em;border-inline-start:4px solid #ccc}
blockquote footer{font-size:.9em;color:#555}
dl.figures dt{font-size:1.4em;font-weight:700}
dl.figures dd{margin:0 0 .8em}
`;

// Strapi's preview page posts `strapiUpdate` to the frame after a save: show the new version. Only from the
// admin's window (the parent), only that message.
const SCRIPT =
  "addEventListener('message',function(e){if(e.source===parent&&e.data&&e.data.type==='strapiUpdate')location.reload()});";

/**
 * Western digits in every language, as the newsroom's copy writes figures; thousands grouped only from five
 * digits on (a year, 1979, is not "1,979").
 */
const formatNumber = (value: number, locale: string): string =>
  new Intl.NumberFormat(`${locale}-u-nu-latn`, { maximumFractionDigits: 2, useGrouping: Math.abs(value) >= 10_000 }).format(
    value,
  );

/**
 * A date and time for a reader of `locale` in the newsroom's zone, naming it (the link's reader may be anywhere);
 * the zone's Latin name isolated so that it stays whole in a right-to-left sentence.
 */
const dateTime = (iso: string, locale: string, timeZone: string): string =>
  new Intl.DateTimeFormat(`${locale}-u-nu-latn`, {
    dateStyle: 'full',
    timeStyle: 'short',
    hourCycle: 'h23',
    timeZone,
  }).format(new Date(iso)) + ` \u2066${timeZone}\u2069`;

const fill = (template: string, name: string, value: string): string => template.replace(`{${name}}`, value);

const expertLine = (expert: ExpertView, { separator }: PreviewLabels): ReactNode[] => {
  const role = [expert.jobTitle, expert.affiliation].filter((part): part is string => Boolean(part)).join(separator);
  return [h('cite', { key: 'name', 'data-expert': expert.documentId }, expert.name), role ? `${separator}${role}` : null];
};

/** One of the article's closing sections: a heading in the page's language, then its content. */
const section = (name: string, heading: string, ...content: ReactNode[]): ReactNode =>
  h('section', { className: name, 'data-testid': `preview-${name}` }, h('h2', null, heading), ...content);

const leadImage = (article: PreviewArticle, labels: PreviewLabels): ReactNode => {
  const image = article.leadImage;
  if (!image || !isSafeUrl(image.url, 'image')) return null;
  const large = image.formats?.large ?? image.formats?.medium;
  const src = large && isSafeUrl(large.url, 'image') ? large : image;
  const caption = article.leadImageCaption;
  const credit = article.leadImageCredit;
  return h(
    'figure',
    { className: 'lead', 'data-testid': 'preview-lead-image' },
    h('img', {
      src: src.url,
      alt: article.leadImageAlt ?? '',
      ...(src.width ? { width: src.width } : {}),
      ...(src.height ? { height: src.height } : {}),
    }),
    caption || credit
      ? h(
          'figcaption',
          null,
          caption ?? null,
          credit ? h('span', { className: 'credit' }, fill(labels.photoCredit, 'credit', credit)) : null,
        )
      : null,
  );
};

const keyFigures = (figures: KeyFigureView[], locale: string, labels: PreviewLabels): ReactNode => {
  return section(
    'key-figures',
    labels.keyFigures,
    h(
      'dl',
      { className: 'figures' },
      figures.flatMap((figure, index) => {
        const qualifier =
          figure.qualifier && figure.qualifier !== 'exact' ? `${labels.qualifiers[figure.qualifier]} ` : '';
        const unit = figure.unit ? ` ${figure.unit}` : '';
        return [
          h('dt', { key: `v${index}` }, `${qualifier}${formatNumber(figure.value, locale)}${unit}`),
          h('dd', { key: `l${index}` }, figure.label, figure.period ? ` (${figure.period})` : null),
        ];
      }),
    ),
  );
};

const quotes = (list: NonNullable<ArticleView['quotes']>, labels: PreviewLabels): ReactNode =>
  section(
    'quotes',
    labels.quotes,
    list.map((quote, index) =>
      h(
        'blockquote',
        { key: index, 'data-kind': quote.kind },
        h('p', null, quote.text),
        quote.expert || quote.kind === 'paraphrase'
          ? h(
              'footer',
              null,
              ...(quote.expert ? expertLine(quote.expert, labels) : []),
              quote.kind === 'paraphrase' ? ` (${labels.paraphrase})` : null,
            )
          : null,
      ),
    ),
  );

const sources = (list: NonNullable<ArticleView['sources']>, labels: PreviewLabels): ReactNode =>
  section(
    'sources',
    labels.sources,
    h(
      'ul',
      null,
      list.map((source, index) =>
        h('li', { key: index }, isSafeUrl(source.url, 'link') ? h('a', { href: source.url }, source.name) : source.name),
      ),
    ),
  );

const corrections = (list: CorrectionView[], locale: string, timeZone: string, labels: PreviewLabels): ReactNode =>
  section(
    'corrections',
    labels.corrections,
    h(
      'ul',
      null,
      list.map((entry, index) =>
        h(
          'li',
          { key: index },
          h('strong', null, entry.kind === 'clarification' ? labels.clarification : labels.correction),
          ` (${dateTime(entry.issuedAt, locale, timeZone)}): `,
          entry.text,
        ),
      ),
    ),
  );

const page = (locale: string, title: string, nonce: string, ...body: ReactNode[]) =>
  `<!DOCTYPE html>${renderToStaticMarkup(
    h(
      'html',
      { lang: locale, dir: textDirection(locale) },
      h(
        'head',
        null,
        h('meta', { charSet: 'utf-8' }),
        h('meta', { name: 'robots', content: 'noindex, nofollow' }),
        h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
        h('title', null, title),
        h('style', { nonce, dangerouslySetInnerHTML: { __html: STYLE } }),
      ),
      h('body', null, ...body),
    ),
  )}`;

/** The page of one version of an article, marked as a preview. */
export const renderPreviewPage = ({ article, status, nonce, now, timeZone }: PreviewPageInput): string => {
  const { locale } = article;
  const labels = previewLabels(locale);
  const marker = status === 'draft' ? labels.draft : labels.published;
  const embargo =
    article.embargoUntil && Date.parse(article.embargoUntil) > now
      ? h(
          'p',
          { className: 'embargo', role: 'note', 'data-testid': 'preview-embargo' },
          h('time', { dateTime: article.embargoUntil }, fill(labels.embargoedUntil, 'date', dateTime(article.embargoUntil, locale, timeZone))),
        )
      : null;
  return page(
    locale,
    `${article.title} — ${marker}`,
    nonce,
    h('p', { className: 'preview-marker', 'data-testid': 'preview-marker', 'data-status': status }, marker),
    embargo,
    h(
      'article',
      null,
      h(
        'header',
        null,
        h('h1', { 'data-testid': 'preview-title' }, article.title),
        article.standfirst ? h('p', { className: 'standfirst', 'data-testid': 'preview-standfirst' }, article.standfirst) : null,
        article.byline ? h('p', { className: 'byline', 'data-testid': 'preview-byline' }, article.byline) : null,
      ),
      leadImage(article, labels),
      h('div', { className: 'body', 'data-testid': 'preview-body' }, blocksElement(article.body ?? [])),
      article.keyFigures?.length ? keyFigures(article.keyFigures, locale, labels) : null,
      article.quotes?.length ? quotes(article.quotes, labels) : null,
      article.sources?.length ? sources(article.sources, labels) : null,
      article.corrections?.length ? corrections(article.corrections, locale, timeZone, labels) : null,
    ),
    h('script', { nonce, dangerouslySetInnerHTML: { __html: SCRIPT } }),
  );
};

/** A refusal (invalid or expired link, no such version), in the language the link names. */
export const renderPreviewRefusal = (
  locale: string,
  reason: 'linkInvalid' | 'linkExpired' | 'notFound',
  nonce: string,
): string => {
  const message = previewLabels(locale)[reason];
  return page(locale, message, nonce, h('p', { className: 'preview-marker', 'data-testid': 'preview-refusal', 'data-reason': reason }, message));
};
