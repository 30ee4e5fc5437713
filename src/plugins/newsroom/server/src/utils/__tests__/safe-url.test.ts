import { isSafeUrl, MAX_URL_LENGTH } from '../safe-url';

describe('isSafeUrl', () => {
  it.each([
    'https://www.example.com/a?b=c#d',
    'http://example.com',
    'HTTPS://EXAMPLE.COM/x',
    'https://ar.wikipedia.org/wiki/روسيا',
    'https://[2001:db8::1]/x',
    '/ar/articles/روسيا',
    '/',
  ])('takes %s as a link and an image', (url) => {
    expect(isSafeUrl(url, 'link')).toBe(true);
    expect(isSafeUrl(url, 'image')).toBe(true);
  });

  it.each(['mailto:desk@example.com', '#section-2'])('takes %s as a link only', (url) => {
    expect(isSafeUrl(url, 'link')).toBe(true);
    expect(isSafeUrl(url, 'image')).toBe(false);
    expect(isSafeUrl(url, 'absolute')).toBe(false);
  });

  it('takes only absolute http(s) URLs with a host as absolute references', () => {
    expect(isSafeUrl('https://example.com/x', 'absolute')).toBe(true);
    expect(isSafeUrl('/x', 'absolute')).toBe(false);
  });

  it.each([
    ['a protocol-relative URL', '//evil.example/x'],
    ['a backslash after the slash', '/\\evil.example'],
    ['a backslash anywhere', 'https://good.example\\@evil.example'],
    ['a tab a browser would drop', '/\t/evil.example'],
    ['a newline', '/x\n/y'],
    ['a space', '/a b'],
    ['a no-break space', '/a\u00a0b'],
    ['a bidi override', 'https://example.com/\u202etxt.exe'],
    ['a zero-width space', '/\u200b/evil.example'],
    ['javascript:', 'javascript:alert(1)'],
    ['JavaScript: in capitals', 'JavaScript:alert(1)'],
    ['data:', 'data:text/html;base64,PHNjcmlwdD4='],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['a relative path', 'evil.example/x'],
    ['http without a host', 'http:///x'],
    ['http with a single slash', 'http:/evil.example'],
    ['a scheme it does not know', 'ftp://example.com/x'],
    ['mailto: without an address', 'mailto:'],
    ['mailto: with slashes', 'mailto://evil.example'],
    ['empty', ''],
    ['too long', `https://example.com/${'a'.repeat(MAX_URL_LENGTH)}`],
  ])('refuses %s', (_name, url) => {
    expect(isSafeUrl(url, 'link')).toBe(false);
    expect(isSafeUrl(url, 'image')).toBe(false);
    expect(isSafeUrl(url, 'absolute')).toBe(false);
  });

  it('refuses what is not a string', () => {
    expect(isSafeUrl(undefined, 'link')).toBe(false);
    expect(isSafeUrl({ toString: () => '/x' }, 'link')).toBe(false);
  });
});
