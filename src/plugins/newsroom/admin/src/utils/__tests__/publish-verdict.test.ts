import { publishVerdict } from '../publish-verdict';

const warning = { code: 'no-tags', field: 'tags', message: 'No tags', severity: 'warning' as const };
const blocking = { code: 'quote-without-text', field: 'quotes.0.text', message: 'Quote 1 has no text.', severity: 'blocking' as const };
const embargo = { until: '2026-12-03T06:00:00.000Z' };

describe('what Publish does with the check', () => {
  it('publishes when nothing is open, and asks about warnings only', () => {
    expect(publishVerdict({ warnings: [], embargo: null })).toEqual({ kind: 'publish' });
    expect(publishVerdict({ warnings: [warning], embargo: null })).toEqual({ kind: 'warnings', warnings: [warning] });
  });

  it('offers no "Publish anyway" past an error Strapi refuses, or before the embargo', () => {
    expect(publishVerdict({ warnings: [warning, blocking], embargo: null })).toEqual({ kind: 'blocked', blocking: [blocking], embargo: null });
    expect(publishVerdict({ warnings: [warning], embargo })).toEqual({ kind: 'blocked', blocking: [], embargo });
  });

  it('asks when the check could not run', () => {
    expect(publishVerdict('unchecked')).toEqual({ kind: 'unchecked' });
  });
});
