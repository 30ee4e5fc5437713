import { checkPreview, previewKey, signPreview, type PreviewClaim } from '../preview-signature';

describe('preview link signatures', () => {
  const key = previewKey('an admin jwt secret');
  const claim: PreviewClaim = { documentId: 'abc123', locale: 'ar', status: 'draft', expires: 1_000 };
  const signature = signPreview(key, claim);

  it('accepts its own signature until the expiry, then says it expired', () => {
    expect(checkPreview(key, claim, signature, 999)).toBe('valid');
    expect(checkPreview(key, claim, signature, 1_000)).toBe('valid');
    expect(checkPreview(key, claim, signature, 1_001)).toBe('expired');
  });

  it.each<[string, Partial<PreviewClaim>]>([
    ['another document', { documentId: 'abc124' }],
    ['another locale', { locale: 'en' }],
    ['the published version', { status: 'published' }],
    ['a later expiry', { expires: 1_000_000 }],
  ])('refuses the signature for %s', (_, change) => {
    expect(checkPreview(key, { ...claim, ...change }, signature, 0)).toBe('invalid');
  });

  it('does not let parts slide into each other', () => {
    const a = signPreview(key, { ...claim, documentId: 'ab', locale: 'car' });
    const b = signPreview(key, { ...claim, documentId: 'abc', locale: 'ar' });
    expect(a).not.toBe(b);
  });

  it('refuses a signature altered, cut, padded or made with another secret', () => {
    const flipped = `${signature.slice(0, -1)}${signature.endsWith('A') ? 'B' : 'A'}`;
    expect(checkPreview(key, claim, flipped, 0)).toBe('invalid');
    expect(checkPreview(key, claim, signature.slice(0, -2), 0)).toBe('invalid');
    expect(checkPreview(key, claim, `${signature}=`, 0)).toBe('invalid');
    expect(checkPreview(key, claim, '', 0)).toBe('invalid');
    expect(checkPreview(previewKey('another secret'), claim, signature, 0)).toBe('invalid');
  });

  it('an expired link that was altered is invalid, not expired', () => {
    expect(checkPreview(key, { ...claim, locale: 'fa' }, signature, 5_000)).toBe('invalid');
  });

  it('derives a key of its own, not the secret itself', () => {
    expect(previewKey('s').equals(Buffer.from('s'))).toBe(false);
    expect(previewKey('s')).toHaveLength(32);
    expect(() => previewKey('')).toThrow(/secret/);
  });
});
