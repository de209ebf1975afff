// Letter, digit and punctuation tests that look at ASCII text without Unicode
// property classes. V8 compiles a pattern holding `\p{L}` or `\p{P}` in 0.3 to
// 1.1 ms (Node 24, measured), against 15 to 60 µs for a plain one: as much as
// parsing a small report, paid by every run that meets the pattern once. Most
// text is ASCII; only the rest is handed to the Unicode pattern, which is made
// on first use: even making one (V8 parses it then) costs 0.15 to 0.3 ms.

/**
 * A pattern made on first use. A pattern literal at the top of a module is
 * parsed when the bundle loads, whether or not the run ever uses it.
 */
export function lazyPattern(make: () => RegExp): () => RegExp {
  let made: RegExp | undefined
  return () => (made ??= make())
}

const letterOrDigit = lazyPattern(() => /[\p{L}\p{N}]/u)
const spaceOrPunctuationRun = lazyPattern(() => /[\s\p{P}]+/gu)
/** `\s` and `\p{P}` restricted to ASCII (`$+<=>^`|~` are symbols, not punctuation). */
const ASCII_SPACE_OR_PUNCTUATION_RUN_RE = /[\s!"#%&'()*,\-./:;?@[\\\]_{}]+/g

/** Whether any character of `text` is one of `chars`: a loop where a class would be one more pattern. */
export function includesAny(text: string, chars: string): boolean {
  for (let i = 0; i < text.length; i++) if (chars.includes(text.charAt(i))) return true
  return false
}

/** Every code unit of text[0, end) is ASCII. */
export function isAscii(text: string, end: number = text.length): boolean {
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) > 127) return false
  return true
}

/** The code unit is an ASCII letter or digit. */
export function isAsciiAlphanumeric(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
}

/** `text` holds a letter or a digit of any script (`\p{L}` or `\p{N}`). */
export function hasLetterOrDigit(text: string): boolean {
  let wide = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (isAsciiAlphanumeric(c)) return true
    if (c > 127) wide = true
  }
  return wide && letterOrDigit().test(text)
}

/** Each run of white space and punctuation (`\s`, `\p{P}`) as one space. */
export function spacePunctuation(text: string): string {
  return text.replace(
    isAscii(text) ? ASCII_SPACE_OR_PUNCTUATION_RUN_RE : spaceOrPunctuationRun(),
    ' '
  )
}
