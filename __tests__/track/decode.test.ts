import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { TextDecoder, TextEncoder } from 'node:util'
import { byteOf, CP1251, CP1252, LATIN1 } from '../../src/track/codepages.js'
import { CONTINUATION_RANGES, decodeText, firstInvalidUtf8 } from '../../src/track/decode.js'

const utf8 = (s: string) => new TextEncoder().encode(s)

/** UTF-8 bytes shown in a single-byte code page, as a misconfigured editor saves them. */
function doubleEncode(s: string, page: typeof CP1251): string {
  return Array.from(utf8(s), b =>
    String.fromCodePoint(b < 0x80 ? b : (page.high[b - 0x80] ?? 0))
  ).join('')
}

describe('code page tables', () => {
  it('Windows-1251 agrees with the platform decoder on every upper byte', () => {
    const bytes = Uint8Array.from({ length: 128 }, (_, i) => 0x80 + i)
    const platform = Array.from(new TextDecoder('windows-1251').decode(bytes), c =>
      c.codePointAt(0)
    )
    expect(CP1251.high).toEqual(platform)
  })

  it('Windows-1252 holds the typographic characters in 0x80-0x9F', () => {
    expect(byteOf(CP1252, 0x20ac)).toBe(0x80) // €
    expect(byteOf(CP1252, 0x2014)).toBe(0x97) // —
    expect(byteOf(CP1252, 0x201d)).toBe(0x94) // ”
    expect(byteOf(CP1252, 0x0178)).toBe(0x9f) // Ÿ
    expect(byteOf(CP1252, 0x00e9)).toBe(0xe9) // é
  })

  it('maps each table one to one', () => {
    for (const page of [CP1251, CP1252, LATIN1]) {
      expect(new Set(page.high).size).toBe(128)
      page.high.forEach((cp, i) => expect(byteOf(page, cp)).toBe(0x80 + i))
    }
  })

  it('has no byte for characters outside the page', () => {
    expect(byteOf(CP1251, 0x2705)).toBeNull() // ✅
    expect(byteOf(CP1252, 0x0416)).toBeNull() // Ж
    expect(byteOf(CP1251, 0x41)).toBe(0x41)
  })

  it('the ranges tested before the exact continuation class hold every continuation character', () => {
    const coarse = new RegExp(`^[${CONTINUATION_RANGES}]$`)
    for (const page of [CP1251, CP1252, LATIN1]) {
      const continuations = page.high.slice(0, 0x40).map(cp => String.fromCodePoint(cp))
      expect(continuations.filter(c => !coarse.test(c))).toEqual([])
    }
  })
})

describe('decodeText: plain UTF-8', () => {
  it('returns clean text untouched and without findings', () => {
    const text = '# Plan — T01 ✅\n\nCafé, Größe, Привет, 🔴\n'
    expect(decodeText(utf8(text), 'plan.md')).toEqual({ text, diagnostics: [] })
  })

  it('strips a BOM and turns CRLF and lone CR into LF', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('a\r\nb\rc\n\rd')])
    expect(decodeText(bytes, 'x.md')).toEqual({ text: 'a\nb\nc\n\nd', diagnostics: [] })
  })

  it('keeps a BOM-like character that is not at the start', () => {
    expect(decodeText(utf8('a\uFEFFb'), 'x.md').text).toBe('a\uFEFFb')
  })
})

describe('decodeText: invalid UTF-8', () => {
  it('replaces bad bytes and names the line of the first one', () => {
    const bytes = new Uint8Array([
      ...utf8('one\r\ntwo\rthree\ncaf'),
      0xe9,
      ...utf8('\nnext '),
      0xff
    ])
    const out = decodeText(bytes, 'reports/T02.md')
    expect(out.text).toBe('one\ntwo\nthree\ncaf\uFFFD\nnext \uFFFD')
    expect(out.diagnostics).toHaveLength(1)
    expect(out.diagnostics[0]).toMatchObject({
      severity: 'warning',
      file: 'reports/T02.md',
      line: 4
    })
    expect(out.diagnostics[0]?.message).toMatch(/not valid UTF-8.*line 4.*0xE9/)
  })

  it('finds the first bad byte in truncated and overlong sequences', () => {
    expect(firstInvalidUtf8(utf8('ok ✅'))).toBe(-1)
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0xe2, 0x9c]))).toBe(1) // cut short
    expect(firstInvalidUtf8(Uint8Array.from([0xc0, 0xaf]))).toBe(0) // overlong '/'
    expect(firstInvalidUtf8(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(0) // surrogate
    expect(firstInvalidUtf8(Uint8Array.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0) // > U+10FFFF
    expect(firstInvalidUtf8(Uint8Array.from([0x41, 0x80]))).toBe(1) // stray continuation
  })

  it('agrees with the platform decoder on what is valid', () => {
    const strict = new TextDecoder('utf-8', { fatal: true })
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 24 }),
          fc.string({ unit: 'binary', maxLength: 12 }).map(utf8),
          fc
            .tuple(
              fc.string({ unit: 'binary', maxLength: 8 }),
              fc.nat(),
              fc.integer({ min: 0x80, max: 0xff })
            )
            .map(([s, at, b]) => {
              const bytes = utf8(s)
              if (bytes.length > 0) bytes[at % bytes.length] = b
              return bytes
            })
        ),
        bytes => {
          let valid = true
          try {
            strict.decode(bytes)
          } catch {
            valid = false
          }
          expect(firstInvalidUtf8(bytes) === -1).toBe(valid)
        }
      ),
      { numRuns: 2000 }
    )
  })
})

describe('decodeText: double-encoded text', () => {
  it('repairs UTF-8 that was read as Windows-1251, and says so with the line', () => {
    const original = '# План\n\n**Status:** ✅ Complete — готово\nИтог: 🔴 блокер «кэш» № 5\n'
    const out = decodeText(utf8(doubleEncode(original, CP1251)), 'plan.md')
    expect(out.text).toBe(original)
    expect(out.diagnostics).toHaveLength(1)
    expect(out.diagnostics[0]).toMatchObject({ severity: 'warning', file: 'plan.md', line: 1 })
    expect(out.diagnostics[0]?.message).toMatch(/Windows-1251.*repaired/)
  })

  it('repairs a single em dash or emoji, the usual damage in English reports', () => {
    const out = decodeText(
      utf8('line one\n**Status:** вњ… Complete вЂ” all good\n'),
      'reports/T01.md'
    )
    expect(out.text).toBe('line one\n**Status:** ✅ Complete — all good\n')
    expect(out.diagnostics[0]?.line).toBe(2)
    expect(out.diagnostics[0]?.message).toContain("'вњ…'")
  })

  it('repairs emoji alone read as Windows-1251, whose lead byte reads as the letter р', () => {
    // Its only letter that can lead a sequence is р: the damage must be found from it.
    const original = 'Status: 🔴 blocked\nNext: 🟢 ok\n'
    const damaged = doubleEncode(original, CP1251)
    expect(damaged).toContain('рџ')
    const out = decodeText(utf8(damaged), 'reports/T02.md')
    expect(out.text).toBe(original)
    expect(out.diagnostics[0]?.message).toMatch(/Windows-1251.*repaired/)
  })

  it('repairs text read as Windows-1252 and as Latin-1', () => {
    const original = 'Status — done ✅ café\n'
    for (const page of [CP1252, LATIN1]) {
      const out = decodeText(utf8(doubleEncode(original, page)), 'r.md')
      expect(out.text).toBe(original)
      expect(out.diagnostics[0]?.message).toContain(page === CP1252 ? 'Windows-1252' : 'ISO-8859-1')
    }
  })

  it('names the line of the first damage after genuine accented and Cyrillic lines', () => {
    // Lines 1-4 hold characters that could lead a sequence but do not; the damage is on line 6.
    const text = [
      'Café à la crème',
      'Отчёт готов',
      '',
      'ÀÉÎ and é alone',
      'plain',
      `Status ${doubleEncode('— done ✅', CP1252)}`,
      ''
    ].join('\n')
    const out = decodeText(utf8(text), 'r.md')
    expect(out.diagnostics).toHaveLength(1)
    expect(out.diagnostics[0]).toMatchObject({ line: 6, severity: 'warning' })
  })

  it('finds no damage in ASCII text or English with emoji and dashes', () => {
    for (const s of ['plain ascii\n', '✅ Complete — done … “ok” 🔴\n'])
      expect(decodeText(utf8(s), 'x.md')).toEqual({ text: s, diagnostics: [] })
  })

  it('shows control characters of a sample as escapes', () => {
    const out = decodeText(utf8(doubleEncode('a — b\n', LATIN1)), 'r.md')
    expect(out.diagnostics[0]?.message).toContain('\\u0080\\u0094')
  })

  it('warns but keeps the text when genuine and double-encoded characters are mixed', () => {
    const text = `Готово ✅\n${doubleEncode('Статус — готово', CP1251)}\n`
    const out = decodeText(utf8(text), 'reports/T03.md')
    expect(out.text).toBe(text)
    expect(out.diagnostics).toHaveLength(1)
    expect(out.diagnostics[0]).toMatchObject({ line: 2, severity: 'warning' })
    expect(out.diagnostics[0]?.message).toMatch(/left as is/)
  })

  it('does not mistake genuine Russian or accented text for damage', () => {
    const samples = [
      'Отчёт «ОАО РЖД» и «ТАСС», «ТВ», «ГОСТ Р» — всё №1…',
      'Crème brûlée, Ångström, Ça va? Über, Größe. ÀÉÎÕÜ ©®°±',
      'Ünïcödé “quotes” ‘single’ – dashes — and … ellipsis',
      // Ukrainian capitals before і/є (`Ві` is C2 B3 in Windows-1251)
      'Відповідь Гімн Рівне Вінниця Рєпін Сіль Гірка Вірш',
      // a letter, a no-break space and a dash or quote: typography, not damage
      'Задача\u00a0— готова, она\u00a0— тоже, и\u00a0— всё, к\u00a0— да',
      '« Un café\u00a0» et « à\u00a0— bientôt »'
    ]
    for (const s of samples)
      expect(decodeText(utf8(s), 'x.md')).toEqual({ text: s, diagnostics: [] })
  })

  it('undoes Windows-1251 double encoding for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }), s => {
        const text = `— ${s.replace(/\r/g, '')}`
        const out = decodeText(utf8(doubleEncode(text, CP1251)), 'x.md')
        expect(out.text).toBe(text)
      }),
      { numRuns: 300 }
    )
  })

  it('never throws on arbitrary bytes and always returns LF-only text', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), bytes => {
        const out = decodeText(bytes, 'x.md')
        expect(out.text).not.toContain('\r')
        for (const d of out.diagnostics) expect(d.line).toBeGreaterThanOrEqual(1)
      }),
      { numRuns: 1000 }
    )
  })
})
