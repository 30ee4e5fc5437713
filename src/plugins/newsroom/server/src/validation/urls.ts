import { z } from 'zod';
import { isSafeUrl, MAX_URL_LENGTH, SAFE_URL_RULES, type UrlUse } from '../utils/safe-url';

/** A URL field that takes only what `isSafeUrl` lets out again: refused at write, with the rule in the message. */
export const safeUrl = (use: UrlUse) =>
  z
    .string()
    .max(MAX_URL_LENGTH)
    .refine((url) => isSafeUrl(url, use), SAFE_URL_RULES[use]);
