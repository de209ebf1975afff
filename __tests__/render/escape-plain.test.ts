// Plain text skips the escaping steps. Each case below differs from plain
// text in one character that some step must still see.

import { codeSpan, escapeInline, oneLine } from '../../src/render/escape.js'

describe('plain text', () => {
  test.each(['src/app/main.ts', 'Add the sync queue', 'T012', 'é ✅ 𝄞', ''])(
    'is returned as it is: %j',
    text => {
      expect(escapeInline(text)).toBe(text)
    }
  )

  test.each([
    [' padded', 'padded'],
    ['padded\t', 'padded'],
    ['\u00a0no-break', 'no-break'],
    ['ideographic\u3000', 'ideographic']
  ])('does not include text with a space at either end: %j', (text, line) => {
    expect(oneLine(text)).toBe(line)
  })

  test.each([
    ['one\u0085two', 'one two'],
    ['one\u2028two', 'one two'],
    ['bell\u0007', 'bell'],
    ['right\u202eleft', 'rightleft'],
    ['isolate\u2066d', 'isolated']
  ])('does not include breaks, controls or direction overrides: %j', (text, line) => {
    expect(oneLine(text)).toBe(line)
  })

  test('does not include text longer than the limit', () => {
    expect(oneLine('abcdef', 4)).toBe('abc…')
  })

  test.each([
    ['1. first', '1\\. first'],
    ['+ more', '\\+ more'],
    ['a & b', 'a &amp; b'],
    ['snake_case', 'snake\\_case'],
    ['ask @octocat', 'ask @\u200doctocat']
  ])('does not include block starters, specials or sigils: %j', (text, escaped) => {
    expect(escapeInline(text)).toBe(escaped)
  })

  test.each<[string, { inTable?: boolean; max?: number }, string]>([
    ['src/app/main.ts', {}, '`src/app/main.ts`'],
    [' padded ', {}, '`padded`'],
    ['one\u2028two', {}, '`one two`'],
    ['a`b', {}, '``a`b``'],
    ['a|b', { inTable: true }, '<code>a\\|b</code>'],
    ['a<b', {}, '<code>a&lt;b</code>'],
    ['abcdef', { max: 4 }, '`abc…`'],
    ['', {}, '(empty)']
  ])(
    'as code, is wrapped in single backticks; anything else is not plain: %j %j',
    (text, options, code) => {
      expect(codeSpan(text, options)).toBe(code)
    }
  )
})
