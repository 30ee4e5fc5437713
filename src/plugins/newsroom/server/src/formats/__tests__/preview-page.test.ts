import path from 'node:path';
import { loadReferenceSeed } from '../../services/reference-seed';
import { heading, paragraph } from '../../utils/blocks';
import type { ExpertView } from '../article-view';
import { renderPreviewPage, renderPreviewRefusal, type PreviewArticle } from '../preview-page';

// The application's root, seven folders up (the plugin's own package.json is nearer).
const NOW = Date.parse('2026-12-01T00:00:00.000Z');

const seed = loadReferenceSeed(path.resolve(__dirname, '..', '..', '..', '..', '..', '..', '..'));

const expert = (key: string, locale: string): ExpertView => {
  const found = seed.experts.find((entry) => entry.key === key);
  if (!found) throw new Error(`no expert ${key} in the seed`);
  const { name, jobTitle, affiliation } = found.localizations[locale];
  return { documentId: `doc-${key}`, name, slug: key, jobTitle, affiliation, kind: found.kind, locale };
};

/** The reference article as the article page's read gives it. */
const reference: PreviewArticle = {
  documentId: 'reference',
  locale: 'ar',
  title: seed.article.title,
  slug: null,
  standfirst: seed.article.standfirst,
  byline: 'قسم التحليل',
  body: seed.article.body.map((block) => (block.type === 'heading' ? heading(block.text) : paragraph(block.text))),
  quotes: seed.article.quotes.map((quote) => ({ text: quote.text, kind: quote.kind, expert: expert(quote.expert, 'ar') })),
  keyFigures: seed.article.keyFigures,
  sources: seed.article.sources,
  leadImage: { url: '/uploads/kabul.jpg', width: 1200, height: 800 },
  leadImageCaption: 'كابول',
  leadImageAlt: 'منظر لكابول',
  leadImageCredit: 'وكالة',
};

/** The page parsed by the text it shows: what a reader sees, not the markup. */
const visibleText = (html: string): string =>
  html
    .replace(/<(style|script)[^>]*>[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

describe('the preview page', () => {
  const html = renderPreviewPage({ article: reference, status: 'draft', nonce: 'n0nce', now: NOW, timeZone: 'Asia/Riyadh' });
  const text = visibleText(html);

  it('is a right-to-left Arabic page marked as a draft preview, titled with the headline', () => {
    expect(html.startsWith('<!DOCTYPE html><html lang="ar" dir="rtl">')).toBe(true);
    expect(html).toContain(`<title>${seed.article.title} — معاينة المسودة</title>`);
    expect(html).toMatch(/data-testid="preview-marker" data-status="draft">معاينة المسودة</);
    expect(html).toContain('<meta name="robots" content="noindex, nofollow"/>');
  });

  it('shows the headline, standfirst, byline and every line of the body, headings as headings', () => {
    expect(text).toContain(seed.article.title);
    expect(text).toContain(seed.article.standfirst);
    expect(text).toContain('قسم التحليل');
    for (const block of seed.article.body) expect(text).toContain(block.text);
    const headings = seed.article.body.filter((block) => block.type === 'heading');
    expect(headings.length).toBeGreaterThan(0);
    for (const block of headings) expect(html).toContain(`<h2>${block.text.replace(/"/g, '&quot;')}</h2>`);
  });

  it('attributes every quote to its expert, and marks paraphrases', () => {
    const quotes = html.slice(html.indexOf('data-testid="preview-quotes"'));
    const blockquotes = quotes.match(/<blockquote[\s\S]*?<\/blockquote>/g) ?? [];
    expect(blockquotes).toHaveLength(seed.article.quotes.length);
    seed.article.quotes.forEach((quote, index) => {
      const { name } = expert(quote.expert, 'ar');
      expect(blockquotes[index]).toContain(`<p>${quote.text}</p>`);
      expect(blockquotes[index]).toContain(`<cite data-expert="doc-${quote.expert}">${name}</cite>`);
      expect(blockquotes[index]).toContain(`data-kind="${quote.kind}"`);
      expect(blockquotes[index].includes('(بتصرف)')).toBe(quote.kind === 'paraphrase');
    });
  });

  it('lists the key figures with their qualifiers in Western digits, and the sources', () => {
    expect(text).toContain('أكثر من 137 شخص');
    expect(text).toContain('نحو 227,000,000 دولار');
    expect(text).toContain('1979 سنة');
    for (const figure of seed.article.keyFigures) expect(text).toContain(figure.label);
    for (const source of seed.article.sources) expect(text).toContain(source.name);
    expect(text).toContain('أرقام رئيسية');
    expect(text).toContain('المصادر');
  });

  it('shows the lead image with its alt text, caption and credit', () => {
    expect(html).toContain('<img src="/uploads/kabul.jpg" alt="منظر لكابول" width="1200" height="800"/>');
    expect(text).toContain('كابول الصورة: وكالة');
  });

  it('puts its stylesheet and script under the nonce and nothing else inline', () => {
    expect(html).toContain('<style nonce="n0nce">');
    expect(html).toContain('<script nonce="n0nce">');
    expect(html.match(/<(style|script)/g)).toHaveLength(2);
    expect(html).not.toMatch(/ on[a-z]+=/);
  });

  it('says when the piece is embargoed, in the article’s language', () => {
    const embargoed = renderPreviewPage({
      article: { ...reference, embargoUntil: '2026-12-03T06:00:00.000Z' },
      status: 'draft',
      nonce: 'n',
      now: NOW,
      timeZone: 'Asia/Riyadh',
    });
    expect(embargoed).toContain('data-testid="preview-embargo"');
    expect(visibleText(embargoed)).toMatch(/محظور النشر حتى الخميس، 3 ديسمبر 2026 .*09:00 \u2066Asia\/Riyadh\u2069/);
    expect(html).not.toContain('preview-embargo');
    const lifted = renderPreviewPage({
      article: { ...reference, embargoUntil: '2026-12-03T06:00:00.000Z' },
      status: 'draft',
      nonce: 'n',
      now: Date.parse('2026-12-03T06:00:01.000Z'),
      timeZone: 'Asia/Riyadh',
    });
    expect(lifted).not.toContain('preview-embargo');
  });

  it('writes an English version left to right with English labels, and marks a published version', () => {
    const english = renderPreviewPage({
      article: {
        ...reference,
        locale: 'en',
        title: 'Russia and the Taliban',
        quotes: [{ text: 'the ally', kind: 'direct', expert: expert('john-herbst', 'en') }],
        keyFigures: [{ value: 2, qualifier: 'more_than', unit: 'decades', label: 'The ban' }],
      },
      status: 'published',
      nonce: 'n',
      now: NOW,
      timeZone: 'Asia/Riyadh',
    });
    expect(english.startsWith('<!DOCTYPE html><html lang="en" dir="ltr">')).toBe(true);
    expect(english).toContain('data-status="published">Published version<');
    expect(visibleText(english)).toContain('John Herbst , Senior Director, Eurasia Center, Atlantic Council');
    expect(visibleText(english)).toContain('more than 2 decades');
  });

  it('escapes what the article holds and writes no unsafe link or image', () => {
    const hostile = renderPreviewPage({
      article: {
        ...reference,
        title: '</title><script>alert(1)</script>',
        body: [
          {
            type: 'paragraph',
            children: [
              { type: 'link', url: 'javascript:alert(1)', rel: '', target: '', children: [{ type: 'text', text: 'click' }] },
            ],
          },
        ],
        sources: [{ name: 'x', url: 'javascript:alert(2)' }],
        leadImage: { url: '//evil.example/a.jpg' },
      },
      status: 'draft',
      nonce: 'n',
      now: NOW,
      timeZone: 'Asia/Riyadh',
    });
    expect(hostile).not.toContain('<script>alert');
    expect(hostile).toContain('&lt;/title&gt;&lt;script&gt;');
    expect(hostile).not.toContain('javascript:');
    expect(hostile).not.toContain('evil.example');
  });

  it('refuses in the language the link names', () => {
    const refusal = renderPreviewRefusal('fa', 'linkExpired', 'n');
    expect(refusal).toContain('<html lang="fa" dir="rtl">');
    expect(refusal).toContain('data-reason="linkExpired">این پیوند پیش‌نمایش منقضی شده است.');
    expect(renderPreviewRefusal('xx', 'linkInvalid', 'n')).toContain('This preview link is not valid.');
  });
});
