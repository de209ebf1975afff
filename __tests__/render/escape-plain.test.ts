// Plain text skips the escaping steps. Each case below differs from plain
// text in one character that some step must still see.

import { codeSpan, escapeInline, oneLine } from '../../src/render/escape.js'

describe('plain text', () => {
  test('is returned as it is', () => {
    for (const text of ['src/app/main.ts', 'Add the sync queue', 'T012', 'é ✅ 𝄞', ''])
      expect(escapeInline(text)).toBe(text)
  })

  test('does not include text with a space at either end', () => {
    expect(oneLine(' padded')).toBe('padded')
    expect(oneLine('padded\t')).toBe('padded')
    expect(oneLine('\u00a0no-break')).toBe('no-break')
    expect(oneLine('ideographic\u3000')).toBe('ideographic')
  })

  test('does not include breaks, controls or direction overrides', () => {
    expect(oneLine('one\u0085two')).toBe('one two')
    expect(oneLine('one\u2028two')).toBe('one two')
    expect(oneLine('bell\u0007')).toBe('bell')
    expect(oneLine('right\u202eleft')).toBe('rightleft')
    expect(oneLine('isolate\u2066d')).toBe('isolated')
  })

  test('does not include text longer than the limit', () => {
    expect(oneLine('abcdef', 4)).toBe('abc…')
  })

  test('does not include block starters, specials or sigils', () => {
    expect(escapeInline('1. first')).toBe('1\\. first')
    expect(escapeInline('+ more')).toBe('\\+ more')
    expect(escapeInline('a & b')).toBe('a &amp; b')
    expect(escapeInline('snake_case')).toBe('snake\\_case')
    expect(escapeInline('ask @octocat')).toBe('ask @\u200doctocat')
  })

  test('as code, is wrapped in single backticks; anything else is not plain', () => {
    expect(codeSpan('src/app/main.ts')).toBe('`src/app/main.ts`')
    expect(codeSpan(' padded ')).toBe('`padded`')
    expect(codeSpan('one\u2028two')).toBe('`one two`')
    expect(codeSpan('a`b')).toBe('``a`b``')
    expect(codeSpan('a|b', { inTable: true })).toBe('<code>a\\|b</code>')
    expect(codeSpan('a<b')).toBe('<code>a&lt;b</code>')
    expect(codeSpan('abcdef', { max: 4 })).toBe('`abc…`')
    expect(codeSpan('')).toBe('(empty)')
  })
})
