// A Summary paragraph read without the markdown parser when its markup is of
// the few kinds whose reading is certain: code spans, `**strong**` and
// `*emphasis*` around a plain phrase, and inline links `[text](url)`. The
// parser's first call costs a CLI run about as much as the rest of the parse,
// and on a large track each call costs more than the report it comes from.

import { collapseSpaces, findCodeSpans } from './inline.js'
import { includesAny, isAscii, lazyPattern } from '../text-classes.js'

/**
 * The paragraph's plain text, exactly as the markdown parser would give it, or
 * null when the paragraph needs the parser: any other markup, any line that
 * could start a block, a backtick run not closed on its own line, a delimiter
 * the rules could pair otherwise.
 */
export function plainParagraph(lines: readonly string[]): string | null {
  const parts: string[] = []
  for (const line of lines) {
    // Two trailing spaces make a hard line break; the parser turns NUL into U+FFFD.
    if (line.endsWith('  ') || line.includes('\u0000')) return null
    if (mayStartBlock(line) && (BLOCK_START_RE.test(line) || INDENTED_CODE_RE.test(line)))
      return null
    const text = withCodeSpans(line)
    if (text === null) return null
    parts.push(text)
  }
  return collapseSpaces(parts.join(' ')).trim()
}

const BLOCK_START_RE = /^ {0,3}(?:[-+=#:]|\d{1,9}[.)]|`{3}|\s*$)/
const INDENTED_CODE_RE = /^(?: {4}| *\t)/

/**
 * Whether either pattern above may match: a look at the line's start rules out
 * most prose before they run, and so before they are compiled (see
 * docs/performance.md, "Regular expressions compiled at start"). A line of
 * white space only has no first visible character: `''`, which `includes` finds.
 */
function mayStartBlock(line: string): boolean {
  const c = line.charAt(0)
  return c === ' ' || c === '\t' || '-+=#:`0123456789'.includes(line.trimStart().charAt(0))
}

/**
 * One line of a paragraph as plain text, its code spans replaced by their
 * content as CommonMark reads them: a backtick run opens a span that the next
 * run of the same length closes, and content that both starts and ends with a
 * space, and is not all spaces, loses one at each end. Null when the text
 * outside the spans holds markup `simpleMarkup` does not take, when a run
 * finds no partner on the line (it may pair with one on a later line), and
 * when a web address may run on into a span (GFM's literal links end only at
 * a space or `<`).
 */
function withCodeSpans(line: string): string | null {
  if (!line.includes('`')) return simpleMarkup(line)
  if (line.includes('://')) return null
  if (line.toLowerCase().includes('www.') && /www\./i.test(line)) return null
  let out = ''
  let from = 0
  for (const span of findCodeSpans(line)) {
    const before = plainBetween(line.slice(from, span.start))
    if (before === null) return null
    let content = line.slice(span.start + span.run, span.end - span.run)
    if (
      content.length > 2 &&
      content.startsWith(' ') &&
      content.endsWith(' ') &&
      /[^ ]/.test(content)
    )
      content = content.slice(1, -1)
    out += before + content
    from = span.end
  }
  const rest = plainBetween(line.slice(from))
  return rest === null ? null : out + rest
}

/**
 * Text outside the code spans: a backtick there is a run that no later run on
 * the line closes, and may pair with one on a later line.
 */
function plainBetween(text: string): string | null {
  return text.includes('`') ? null : simpleMarkup(text)
}

/** Characters that can start an inline construct other than a code span. */
const MARKUP = '*_~[]<>\\&|'

/**
 * What `**` or `*` may enclose: a phrase that starts and ends with a letter or
 * digit and holds no markup. Such a run both opens (followed by a letter) and
 * closes (preceded by one) whatever stands around it, and runs of one length
 * paired in turn can never meet the rule of three.
 */
const emphasisTextRe = lazyPattern(() => /^[\p{L}\p{N}](?:[^*_~[\]<>\\&|`]*[\p{L}\p{N}])?$/u)
/** emphasisTextRe for ASCII text, where letters and digits are these (see ../text-classes.ts). */
const ASCII_EMPHASIS_TEXT_RE = /^[A-Za-z0-9](?:[^*_~[\]<>\\&|`]*[A-Za-z0-9])?$/

/**
 * `[text](destination)`: text without brackets or markup (and no `^`, which
 * could make a footnote call), a destination without spaces, parentheses or
 * markup, so no title and nothing to balance (controls are tested apart).
 */
const INLINE_LINK_RE = /\[([^\s[\]*_~<>\\&|`^][^[\]*_~<>\\&|`]*)\]\(([^\s()<>\\`*_~[\]&|]+)\)/y

/** Text a GFM literal link may start from; next to markup, it is left to the parser. */
const LITERAL_LINK_RE = /www\.|:\/\/|@/i

/**
 * Text between code spans with its simple markup reduced to the text the
 * parser keeps (strong and emphasis to their phrase, a link to its text);
 * null for any other markup.
 */
function simpleMarkup(text: string): string | null {
  if (!includesAny(text, MARKUP)) return text
  let out = ''
  let from = 0
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    if (ch === 42) {
      // `*`: a run of one or two, closed by the next run of the same length.
      const run = text.charCodeAt(i + 1) === 42 ? 2 : 1
      if (text.charCodeAt(i + run) === 42) return null
      const close = text.indexOf(run === 2 ? '**' : '*', i + run)
      if (close === -1 || text.charCodeAt(close + run) === 42) return null
      const phrase = text.slice(i + run, close)
      if (!(isAscii(phrase) ? ASCII_EMPHASIS_TEXT_RE : emphasisTextRe()).test(phrase)) return null
      out += text.slice(from, i) + phrase
      from = close + run
      i = from - 1
    } else if (ch === 91) {
      // `[`: an inline link, never an image.
      if (text.charCodeAt(i - 1) === 33) return null
      INLINE_LINK_RE.lastIndex = i
      const m = INLINE_LINK_RE.exec(text)
      if (!m || hasControl(m[2] ?? '')) return null
      out += text.slice(from, i) + (m[1] ?? '')
      from = i + m[0].length
      i = from - 1
    } else if (MARKUP.includes(text.charAt(i))) {
      return null
    }
  }
  out += text.slice(from)
  return LITERAL_LINK_RE.test(out) ? null : out
}

/** An ASCII control character, which no link destination may hold. */
function hasControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x20 || c === 0x7f) return true
  }
  return false
}
