import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { renderPreviewPage, renderPreviewRefusal } from '../formats/preview-page';
import { pluginConfig } from '../utils/plugin-config';
import { newsroomService } from '../utils/services';
import { parseOrThrow } from '../validation/parse';
import { previewParams, previewQuery } from '../validation/preview';

type Context = Parameters<Core.MiddlewareHandler>[0];

/**
 * The headers of every preview answer: never stored by any cache, never indexed, framed only by the admin,
 * and nothing loaded but the page's own nonce'd stylesheet and script, and images.
 */
const privatePage = (strapi: Core.Strapi, ctx: Context, nonce: string): void => {
  const admin = new URL(strapi.config.get<string>('admin.absoluteUrl')).origin;
  ctx.set('Cache-Control', 'no-store');
  ctx.set('X-Robots-Tag', 'noindex, nofollow');
  ctx.set('Referrer-Policy', 'no-referrer');
  ctx.set(
    'Content-Security-Policy',
    [
      "default-src 'none'",
      "img-src 'self' https: data:",
      `style-src 'nonce-${nonce}'`,
      `script-src 'nonce-${nonce}'`,
      `frame-ancestors 'self' ${admin}`,
      "base-uri 'none'",
      "form-action 'none'",
    ].join('; '),
  );
  ctx.type = 'text/html; charset=utf-8';
};

/** The preview page of a signed link (services/preview-links); the signature is the only credential. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async article(ctx: Context) {
    const { documentId } = parseOrThrow(previewParams, ctx.params, 'query');
    const { locale, status, expires, signature } = parseOrThrow(previewQuery, { ...ctx.query }, 'query');
    const nonce = randomBytes(16).toString('base64');
    privatePage(strapi, ctx, nonce);

    const check = newsroomService(strapi, 'previewLinks').check({ documentId, locale, status, expires }, signature);
    if (check !== 'valid') {
      ctx.status = 403;
      ctx.body = renderPreviewRefusal(locale, check === 'expired' ? 'linkExpired' : 'linkInvalid', nonce);
      return;
    }
    const article = await newsroomService(strapi, 'articlePreview').load(documentId, locale, status);
    if (!article) {
      ctx.status = 404;
      ctx.body = renderPreviewRefusal(locale, 'notFound', nonce);
      return;
    }
    ctx.body = renderPreviewPage({ article, status, nonce, now: Date.now(), timeZone: pluginConfig(strapi).embargo.timeZone });
  },
});
