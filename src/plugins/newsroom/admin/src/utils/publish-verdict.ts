import type { EditorialCheck, EditorialWarning } from '../hooks/useEditorialCheck';

/**
 * What Publish does with the check of the form as it is: publish straight away, ask about warnings (the editor
 * may publish past them), or explain why it will not publish (an embargo still to come, or an error Strapi
 * would refuse anyway): then nothing is offered that would fail.
 */
export type PublishVerdict =
  | { kind: 'publish' }
  | { kind: 'unchecked' }
  | { kind: 'warnings'; warnings: EditorialWarning[] }
  | { kind: 'blocked'; blocking: EditorialWarning[]; embargo: { until: string } | null };

export const publishVerdict = (check: Pick<EditorialCheck, 'warnings' | 'embargo'> | 'unchecked'): PublishVerdict => {
  if (check === 'unchecked') return { kind: 'unchecked' };
  const blocking = check.warnings.filter((warning) => warning.severity === 'blocking');
  if (check.embargo || blocking.length > 0) return { kind: 'blocked', blocking, embargo: check.embargo };
  return check.warnings.length > 0 ? { kind: 'warnings', warnings: check.warnings } : { kind: 'publish' };
};
