import type { Core } from '@strapi/strapi';
import { ARTICLE_UID, PLUGIN_ID } from '../constants';
import { mayReadLocaleOf } from '../utils/permission-checker';
import { checkPreview, previewKey, signPreview, type PreviewCheck, type PreviewClaim } from '../utils/preview-signature';
import { newsroomService } from '../utils/services';

/**
 * How long a preview link may be opened: Strapi's preview page fetches it once and the frame reloads it on every
 * save, so it must outlast an editing session beside the form; a copied link still dies within the half hour.
 */
export const PREVIEW_LINK_SECONDS = 1800;

/** Where the plugin serves previews (an admin route, config/admin.ts's allowedOrigins let the admin frame it). */
export const PREVIEW_PATH = `/${PLUGIN_ID}/preview/articles`;

/** What the content manager passes its preview handler (Strapi's PreviewHandlerParams). */
export interface PreviewRequest {
  documentId: string;
  locale?: string | null;
  status?: string;
}

interface AdminState {
  userAbility?: unknown;
}

const nowSeconds = (): number => Math.floor(Date.now() / 1000);

/**
 * Signed links to preview an article's version. They are minted for the content manager's preview handler,
 * in the admin's own request (`GET /content-manager/preview/url/:uid`): that route only checks that an
 * administrator is logged in, so the role's read permission in the locale is checked here.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  let key: Buffer | undefined;
  // The admin's JWT secret is set in every environment (config/admin.ts) and shared by every instance.
  const signingKey = (): Buffer => (key ??= previewKey(strapi.config.get<string>('admin.auth.secret', '')));

  return {
    /**
     * The preview link of one version of an article for the administrator of the current request, or null
     * (no preview button) for other content types, outside an admin's request, or for a locale the role
     * may not read. The content manager's `status` is the document's: only "published" previews the
     * published version; "draft" and "modified" preview the draft.
     */
    async linkFor(uid: string, request: PreviewRequest): Promise<string | null> {
      if (uid !== ARTICLE_UID || !request.documentId) return null;
      const userAbility = (strapi.requestContext.get()?.state as AdminState | undefined)?.userAbility;
      if (!userAbility) return null;
      const locales = newsroomService(strapi, 'locales');
      const locale = request.locale ?? (await locales.defaultLocale());
      if (!(await locales.exists(locale)) || !mayReadLocaleOf(strapi, userAbility)(locale)) return null;
      const claim: PreviewClaim = {
        documentId: request.documentId,
        locale,
        status: request.status === 'published' ? 'published' : 'draft',
        expires: nowSeconds() + PREVIEW_LINK_SECONDS,
      };
      const query = new URLSearchParams({
        locale: claim.locale,
        status: claim.status,
        expires: String(claim.expires),
        signature: signPreview(signingKey(), claim),
      });
      // Absolute when the server's public address is configured (an admin served elsewhere), else on the
      // admin's own origin.
      const base = strapi.config.get<string>('server.url', '').replace(/\/$/, '');
      return `${base}${PREVIEW_PATH}/${encodeURIComponent(claim.documentId)}?${query.toString()}`;
    },

    /** Whether a link's signature is this server's for that claim, and not expired. */
    check(claim: PreviewClaim, signature: string): PreviewCheck {
      return checkPreview(signingKey(), claim, signature, nowSeconds());
    },
  };
};
