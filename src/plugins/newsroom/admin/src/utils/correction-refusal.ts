import type { MessageKey } from '../translations';

/**
 * Why the server refused a correction or its amendment, as a message of ours: the routes answer 403 without
 * the right to publish the locale, 409 when the version is not published, 400 for the text, 404 when the
 * correction is not one of this locale. Anything else (the network, a 500) has no reason to give.
 */
export const correctionRefusal = (status: number | undefined): MessageKey | null => {
  switch (status) {
    case 403:
      return 'corrections.refused.permission';
    case 409:
      return 'corrections.refused.unpublished';
    case 400:
      return 'corrections.refused.invalid';
    case 404:
      return 'corrections.refused.missing';
    default:
      return null;
  }
};
