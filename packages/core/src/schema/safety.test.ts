import { isSafeCssColor, safeImageUrl, safeLinkUrl } from './safety';

describe('safeLinkUrl', () => {
  it.each([
    ['https://example.com/a?b=c', 'https://example.com/a?b=c'],
    ['http://example.com', 'http://example.com/'],
    ['  https://example.com/x  ', 'https://example.com/x'],
    ['mailto:sales@example.com', 'mailto:sales@example.com'],
    ['HTTPS://EXAMPLE.COM', 'https://example.com/'],
  ])('keeps %s', (input, expected) => expect(safeLinkUrl(input)).toBe(expected));

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' \tjavascript:alert(1)',
    'java\nscript:alert(1)',
    'java\tscript:alert(1)',
    '&#106;avascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '/relative/path',
    'example.com',
    '',
  ])('refuses %j', (input) => expect(safeLinkUrl(input)).toBeNull());
});

describe('safeImageUrl', () => {
  it('allows http(s) only', () => {
    expect(safeImageUrl('https://cdn.example.com/a.png')).toBe('https://cdn.example.com/a.png');
    expect(safeImageUrl('mailto:a@b.c')).toBeNull();
    expect(safeImageUrl('data:image/svg+xml,<svg onload=alert(1)>')).toBeNull();
  });
});

describe('isSafeCssColor', () => {
  it.each(['#abc', '#AABBCC', '#aabbcc80', 'rgb(12, 34, 56)', 'rgba(0 0 0 / 50%)', 'hsl(210 50% 40%)', 'teal', 'transparent'])('allows %s', (value) =>
    expect(isSafeCssColor(value)).toBe(true),
  );
  it.each(['url(https://evil.test/x.png)', 'expression(alert(1))', 'red; background: url(x)', 'var(--x)', '#abcd12345', 'rgb(1,2,3);x', '', 'red !important'])(
    'refuses %j',
    (value) => expect(isSafeCssColor(value)).toBe(false),
  );
});
