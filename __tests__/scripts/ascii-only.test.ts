// @ts-expect-error: a plain ES module script, without type declarations
import { escapeOutsideAscii } from '../../scripts/ascii-only.mjs'
import { parseAst } from 'rollup/parseAst'
import { runInNewContext } from 'node:vm'

const escape = (code: string) =>
  escapeOutsideAscii(code, parseAst) as { text: string; kept: number }

/** The value of a script's last expression. */
const run = (code: string): unknown => runInNewContext(code)

describe('escapeOutsideAscii', () => {
  it('writes strings, templates, patterns and names in ASCII with the same meaning', () => {
    const code = [
      "const café = 'Отчёт — готов ✅'",
      'const t = `${café} · 🔴`',
      '// a comment — kept as a comment',
      'const re = /^[а-яё]+\\s[—–]$/u',
      'const emoji = /[🔴🟢]/u',
      "JSON.stringify([café, t, re.test('да —'), emoji.test('🟢'), /^.$/u.test('🟢')])"
    ].join('\n')
    const { text, kept } = escape(code)
    expect(text).toMatch(/^[^\u0080-\uffff]*$/)
    expect(kept).toBe(0)
    expect(run(text)).toBe(run(code))
  })

  it("leaves a tagged template's text as written, since its tag reads the raw text", () => {
    const code = 'String.raw`a—b` + String.raw`${1}é` + "—"'
    const { text, kept } = escape(code)
    expect(kept).toBe(2)
    expect(text).toBe('String.raw`a—b` + String.raw`${1}é` + "\\u2014"')
    expect(run(text)).toBe(run(code))
  })

  it('leaves a character after a backslash, an escape of its own, and escapes one after two', () => {
    const code = String.raw`["\é", "\\é"].join("|")`
    const { text, kept } = escape(code)
    expect(kept).toBe(1)
    expect(text).toBe(String.raw`["\é", "\\\u00e9"].join("|")`)
    expect(run(text)).toBe(run(code))
  })

  it('returns ASCII code as it is, without parsing it', () => {
    const code = 'const a = 1 +'
    expect(escape(code)).toEqual({ text: code, kept: 0 })
  })
})
