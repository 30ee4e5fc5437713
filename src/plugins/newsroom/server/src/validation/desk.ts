import { z } from 'zod';
import { documentParams, optionalText, requiredLocale as locale, requiredText } from './fields';

export const deskParams = documentParams.extend({ locale });

/** Filing may say what the desk should know (a late quote, a legal read); returning must say why. */
export const fileBody = z.object({ note: optionalText(2000) }).strict();

export const returnBody = z.object({ note: requiredText(2000) }).strict();
