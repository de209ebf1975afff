import fc from 'fast-check'
import { hasLetterOrDigit, isAscii, lazyPattern, spacePunctuation } from '../src/text-classes.js'

// The Unicode patterns the ASCII paths stand in for: each answer must be theirs.
const unicodeHasLetterOrDigit = (t: string): boolean => /[\p{L}\p{N}]/u.test(t)
const unicodeSpacePunctuation = (t: string): string => t.replace(/[\s\p{P}]+/gu, ' ')

const ASCII = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c))
const asciiText = fc.string({ unit: fc.constantFrom(...ASCII), maxLength: 16 })
/** ASCII with letters, digits and punctuation of other scripts and emoji mixed in. */
const mixedText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...ASCII),
    fc.constantFrom('é', 'Ж', '٣', '²', '—', '«', '»', '¿', '\u00a0', '\u3000', '✅', '🚀', '、'),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })
  ),
  maxLength: 16
})

describe('hasLetterOrDigit', () => {
  it('answers as \\p{L}|\\p{N} for each ASCII character', () => {
    for (const ch of ASCII)
      expect([ch, hasLetterOrDigit(ch)]).toEqual([ch, unicodeHasLetterOrDigit(ch)])
  })

  it('answers as \\p{L}|\\p{N} on ASCII and mixed text', () => {
    fc.assert(
      fc.property(fc.oneof(asciiText, mixedText), t => {
        expect(hasLetterOrDigit(t)).toBe(unicodeHasLetterOrDigit(t))
      })
    )
  })

  it('finds letters and digits of other scripts, not symbols', () => {
    expect(hasLetterOrDigit('— Ж —')).toBe(true)
    expect(hasLetterOrDigit('(٣)')).toBe(true)
    expect(hasLetterOrDigit('✅ — ¿')).toBe(false)
  })
})

describe('spacePunctuation', () => {
  it('treats each ASCII character as \\s|\\p{P} does', () => {
    for (const ch of ASCII) {
      expect([ch, spacePunctuation(`a${ch}b`)]).toEqual([ch, unicodeSpacePunctuation(`a${ch}b`)])
    }
  })

  it('gives what the Unicode pattern gives on ASCII and mixed text', () => {
    fc.assert(
      fc.property(fc.oneof(asciiText, mixedText), t => {
        expect(spacePunctuation(t)).toBe(unicodeSpacePunctuation(t))
      })
    )
  })

  it('squeezes punctuation of other scripts too', () => {
    expect(spacePunctuation('«Oui»、 non')).toBe(' Oui non')
  })
})

describe('isAscii', () => {
  it('looks only before the end it is given', () => {
    expect(isAscii('abc: é', 4)).toBe(true)
    expect(isAscii('abc: é')).toBe(false)
  })
})

test('a lazy pattern is made at its first use, once', () => {
  let made = 0
  const pattern = lazyPattern(() => {
    made++
    return /[\p{L}]/u
  })
  expect(made).toBe(0)
  expect(pattern().test('é')).toBe(true)
  expect(pattern()).toBe(pattern())
  expect(made).toBe(1)
})
