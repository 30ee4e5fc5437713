import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';

/**
 * Signed preview links: a link to one version of one article (documentId, locale, draft or published) that
 * anyone holding it may open until it expires, and no one may alter. HMAC-SHA-256 over the whole claim, with
 * a key of its own derived from an application secret, so the signature says nothing of the secret and is
 * valid for nothing else the secret signs.
 */

export type PreviewStatus = 'draft' | 'published';

export interface PreviewClaim {
  documentId: string;
  locale: string;
  status: PreviewStatus;
  /** Seconds since the epoch after which the link is refused. */
  expires: number;
}

export type PreviewCheck = 'valid' | 'expired' | 'invalid';

/** The key preview links are signed with: derived (HKDF) from an application secret for this one use. */
export const previewKey = (secret: string): Buffer => {
  if (secret.length === 0) throw new Error('preview links need a secret to derive their key from');
  return Buffer.from(hkdfSync('sha256', secret, 'newsroom', 'newsroom article preview link v1', 32));
};

// Each part is length-prefixed: no two different claims sign the same bytes ("ab"+"c" vs "a"+"bc").
const signedBytes = ({ documentId, locale, status, expires }: PreviewClaim): string =>
  [documentId, locale, status, String(expires)].map((part) => `${part.length}:${part}`).join('|');

export const signPreview = (key: Buffer, claim: PreviewClaim): string =>
  createHmac('sha256', key).update(signedBytes(claim)).digest('base64url');

/** A signature is 32 bytes, base64url without padding. */
const SIGNATURE = /^[A-Za-z0-9_-]{43}$/;

/**
 * Whether `signature` signs `claim` (compared in constant time) and the claim has not expired at `nowSeconds`.
 * An altered claim or signature is `invalid` whatever its expiry; only a genuine one can be `expired`.
 */
export const checkPreview = (key: Buffer, claim: PreviewClaim, signature: string, nowSeconds: number): PreviewCheck => {
  if (!SIGNATURE.test(signature)) return 'invalid';
  const expected = Buffer.from(signPreview(key, claim), 'base64url');
  if (!timingSafeEqual(expected, Buffer.from(signature, 'base64url'))) return 'invalid';
  return nowSeconds > claim.expires ? 'expired' : 'valid';
};
