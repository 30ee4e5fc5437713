import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';

/**
 * The rules a bootstrap administrator's password must meet. Everywhere: the admin panel's own rules
 * (8 to 72 bytes, a lower case letter, an upper case letter, a digit), so the password also works on the
 * login form. In production also zxcvbn's score 3 or better ("safely unguessable"), counting the e-mail
 * address as a known word: `Password1` passes the admin's rules and is in every cracking list.
 */

// Built once: the dictionaries take a few milliseconds to load.
const zxcvbn = new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs });

export const PRODUCTION_MIN_SCORE = 3;

export const passwordProblems = (password: string, { production, email }: { production: boolean; email: string }): string[] => {
  const problems: string[] = [];
  if (password.length < 8) problems.push('must have at least 8 characters');
  if (new TextEncoder().encode(password).length > 72) problems.push('must be at most 72 bytes');
  if (!/[a-z]/.test(password)) problems.push('must contain a lower case letter');
  if (!/[A-Z]/.test(password)) problems.push('must contain an upper case letter');
  if (!/\d/.test(password)) problems.push('must contain a digit');
  if (production) {
    const { score, feedback } = zxcvbn.check(password, [email, ...email.split(/[@.]/)]);
    if (score < PRODUCTION_MIN_SCORE) {
      const hint = feedback.warning ? ` (zxcvbn: ${feedback.warning})` : '';
      problems.push(`is too easy to guess for production: strength ${score} of 4, ${PRODUCTION_MIN_SCORE} needed${hint}`);
    }
  }
  return problems;
};
