// Bytes of a track file -> text the parser can trust: UTF-8, no BOM, LF line
// ends. Pure: the loader hands in the bytes.

import { TextDecoder, TextEncoder } from 'node:util'
import type { Diagnostic } from '../model.js'
import { byteOf, CP1251, CP1252, LATIN1, reverseTable, type CodePage } from './codepages.js'

const fatalUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
const lossyUtf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true })

export interface DecodedText {
  text: string
  diagnostics: Diagnostic[]
}

export function decodeText(bytes: Uint8Array, file: string): DecodedText {
  const diagnostics: Diagnostic[] = []
  let text: string
  try {
    text = fatalUtf8.decode(bytes)
  } catch {
    text = lossyUtf8.decode(bytes)
    const bad = firstInvalidUtf8(bytes)
    const line = bad === -1 ? 1 : lineAtByte(bytes, bad)
    const shown = bad === -1 ? '' : ` (byte 0x${(bytes[bad] ?? 0).toString(16).toUpperCase()})`
    diagnostics.push({
      severity: 'warning',
      file,
      line,
      message:
        `not valid UTF-8: first bad byte at line ${line}${shown}; bad bytes were replaced ` +
        'with U+FFFD. The file may be in a legacy encoding such as Windows-1251: save it as UTF-8.'
    })
  }
  text = normaliseNewlines(stripBom(text))

  const mojibake = detectMojibake(text, bytes)
  if (mojibake) {
    const where = `'${visible(mojibake.sample)}' at line ${mojibake.line}`
    const repaired = roundTrip(text, mojibake.page)
    if (repaired !== null) {
      text = normaliseNewlines(stripBom(repaired))
      diagnostics.push({
        severity: 'warning',
        file,
        line: mojibake.line,
        message:
          `text was double-encoded (UTF-8 read as ${mojibake.page.name}, e.g. ${where}); ` +
          'repaired on reading. Save the repaired text as UTF-8 to silence this.'
      })
    } else {
      diagnostics.push({
        severity: 'warning',
        file,
        line: mojibake.line,
        message:
          `text looks double-encoded (UTF-8 read as ${mojibake.page.name}, e.g. ${where}) ` +
          'but does not convert back cleanly, so it was left as is. Re-save the file as UTF-8.'
      })
    }
  }
  return { text, diagnostics }
}

/** Control characters in a sample would vanish in a rendered message. */
function visible(sample: string): string {
  let out = ''
  for (const ch of sample) {
    const cp = ch.codePointAt(0) ?? 0
    out += cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) ? `\\u${cp.toString(16).padStart(4, '0')}` : ch
  }
  return out
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

function normaliseNewlines(text: string): string {
  // Most files have LF line ends: a plain search finds that faster than the pattern.
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text
}

/** Byte offset of the first byte that breaks UTF-8 well-formedness, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i] ?? 0
    if (b < 0x80) {
      i++
      continue
    }
    let need: number
    let lo = 0x80
    let hi = 0xbf
    if (b >= 0xc2 && b <= 0xdf) need = 1
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2
      if (b === 0xe0) lo = 0xa0
      if (b === 0xed) hi = 0x9f
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3
      if (b === 0xf0) lo = 0x90
      if (b === 0xf4) hi = 0x8f
    } else return i
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]
      if (c === undefined) return i
      const min = k === 1 ? lo : 0x80
      const max = k === 1 ? hi : 0xbf
      if (c < min || c > max) return i
    }
    i += need + 1
  }
  return -1
}

/** 1-based line of a byte offset, counting CRLF, LF and lone CR as one break each. */
function lineAtByte(bytes: Uint8Array, offset: number): number {
  let line = 1
  for (let i = 0; i < offset; i++) {
    const b = bytes[i]
    if (b === 0x0a) line++
    else if (b === 0x0d && bytes[i + 1] !== 0x0a) line++
  }
  return line
}

interface MojibakeFinding {
  page: CodePage
  line: number
  sample: string
  /** Sequences of 3-4 bytes: almost never arise by chance. */
  long: number
  short: number
}

const PAGES: readonly CodePage[] = [CP1251, CP1252, LATIN1]

/** Pages where text is mostly Latin: a lone 2-byte match there (`Ã©`) is already telling. */
const LONE_PAIRS_COUNT = new Set<CodePage>([CP1252, LATIN1])

/**
 * Looks for runs of characters whose code-page bytes form a well-formed UTF-8
 * sequence (`вЂ”` is E2 80 94, an em dash). One 3-4 byte match is evidence
 * enough. 2-byte matches also occur in genuine text (`«ТАСС»` holds `С»`,
 * Ukrainian `Ві` is C2 B3), so they count only when they spell a Latin-1 or
 * modern Cyrillic letter, in Windows-1251 only when two follow each other as
 * in a double-encoded word, and it takes three of them.
 */
function detectMojibake(text: string, bytes: Uint8Array): MojibakeFinding | null {
  if (!mayHoldMojibake(text, bytes)) return null
  let best: MojibakeFinding | null = null
  for (const page of PAGES) {
    const found = scan(text, page)
    if (!found || (found.long === 0 && found.short < 3)) continue
    if (!best || score(found) > score(best)) best = found
  }
  return best
}

interface PairIndex {
  /** A lead character of some page right before a continuation character of some page. */
  pattern: RegExp
  /** The first UTF-8 byte of each lead character. */
  leadBytes: readonly number[]
}

let pairIndex: PairIndex | null = null

/**
 * Five ranges that hold every continuation character of the pages (a test
 * checks it). The character after a lead one is tested against them first,
 * in a few comparisons, and only one inside them against the exact class,
 * which V8 tests by a search through its many ranges: in Cyrillic text,
 * where most letters are lead characters, the next letter falls outside at
 * once (the 16 MB track's 500 such reports: 6.6 -> 1.6 ms).
 */
export const CONTINUATION_RANGES =
  '\\u0080-\\u00bf\\u0152-\\u02dc\\u0401-\\u040f\\u0451-\\u0491\\u2013-\\u2122'

function pairs(): PairIndex {
  if (!pairIndex) {
    const leads = new Set<number>()
    const continuations = new Set<number>()
    for (const page of PAGES) {
      for (const [cp, byte] of reverseTable(page)) {
        if (cp >= 0xc0 && continuationCount(byte) > 0) leads.add(cp)
        if (byte >= 0x80 && byte <= 0xbf) continuations.add(cp)
      }
    }
    const utf8 = new TextEncoder()
    const firstBytes = new Set([...leads].map(cp => utf8.encode(String.fromCodePoint(cp))[0] ?? 0))
    pairIndex = {
      pattern: new RegExp(
        `[${charClass(leads)}](?=[${CONTINUATION_RANGES}])[${charClass(continuations)}]`
      ),
      leadBytes: [...firstBytes]
    }
  }
  return pairIndex
}

/**
 * Whether a lead character of some page stands right before a continuation
 * character of some page: every sequence `scan` can find starts so. Genuine
 * accented or Cyrillic text rarely does, and one pass of this pattern costs
 * less than a scan per page. Lead characters are Latin-1 and Cyrillic letters,
 * which most reports do not hold at all: a search of the file's bytes for
 * their first UTF-8 byte (three values) says so several times faster than the
 * pattern. Invalid bytes decode to U+FFFD, never to a letter, so a text can
 * hold a lead character only where its bytes hold that first byte.
 */
function mayHoldMojibake(text: string, bytes: Uint8Array): boolean {
  const { pattern, leadBytes } = pairs()
  return leadBytes.some(b => bytes.includes(b)) && pattern.test(text)
}

function charClass(codePoints: ReadonlySet<number>): string {
  return [...codePoints].map(cp => `\\u${cp.toString(16).padStart(4, '0')}`).join('')
}

function score(f: MojibakeFinding): number {
  return f.long * 4 + f.short
}

interface Match {
  line: number
  sample: string
  counted: boolean
}

const leadPatterns = new Map<CodePage, RegExp>()

/** The characters of `page` at or above U+00C0 whose byte leads a UTF-8 sequence, as a global pattern. */
function leadPattern(page: CodePage): RegExp {
  let pattern = leadPatterns.get(page)
  if (!pattern) {
    const units: string[] = []
    for (const [cp, byte] of reverseTable(page)) {
      if (cp >= 0xc0 && continuationCount(byte) > 0) {
        units.push(`\\u${cp.toString(16).padStart(4, '0')}`)
      }
    }
    pattern = new RegExp(`[${units.join('')}]`, 'g')
    leadPatterns.set(page, pattern)
  }
  return pattern
}

function scan(text: string, page: CodePage): MojibakeFinding | null {
  // Every character of these code pages is a single UTF-16 unit, so indexes
  // into the string are indexes into the byte sequence.
  const lonePairsCount = LONE_PAIRS_COUNT.has(page)
  let line = 1
  // Assigned inside `count`; the cast keeps the type from narrowing to null.
  let first = null as Match | null
  let long = 0
  let short = 0
  let prevEnd = -1
  let prevPair: Match | null = null
  const count = (m: Match): void => {
    m.counted = true
    first ??= m
  }
  // Only characters that stand for a lead byte can start a sequence, and text
  // that holds none (ASCII, or English with emoji and dashes) is not scanned
  // character by character: the pattern jumps from one candidate to the next.
  const leads = leadPattern(page)
  leads.lastIndex = 0
  let counted = 0
  for (let hit = leads.exec(text); hit !== null; hit = leads.exec(text)) {
    const i = hit.index
    for (
      let nl = text.indexOf('\n', counted);
      nl !== -1 && nl < i;
      nl = text.indexOf('\n', nl + 1)
    ) {
      line++
    }
    counted = i
    const lead = byteOf(page, text.charCodeAt(i)) ?? 0
    const need = continuationCount(lead)
    const seq = [lead]
    for (let k = 1; k <= need && i + k < text.length; k++) {
      const b = byteOf(page, text.charCodeAt(i + k))
      if (b === null || b < 0x80 || b > 0xbf) break
      seq.push(b)
    }
    if (seq.length !== need + 1 || firstInvalidUtf8(Uint8Array.from(seq)) !== -1) continue
    const cp = decodeOne(seq)
    const match: Match = { line, sample: text.slice(i, i + need + 1), counted: false }
    if (need === 1) {
      if (!plausiblePair(cp)) continue
      const follows = i === prevEnd && prevPair !== null
      if (lonePairsCount || follows) {
        if (follows && prevPair && !prevPair.counted) {
          short++
          count(prevPair)
        }
        short++
        count(match)
      }
      prevPair = match
    } else {
      if (!plausibleLong(seq, cp)) continue
      long++
      count(match)
      prevPair = null
    }
    prevEnd = i + need + 1
    leads.lastIndex = prevEnd
  }
  if (!first) return null
  return { page, line: first.line, sample: first.sample, long, short }
}

function decodeOne(seq: readonly number[]): number {
  const [b0 = 0, ...rest] = seq
  let cp = b0 & (seq.length === 2 ? 0x1f : seq.length === 3 ? 0x0f : 0x07)
  for (const b of rest) cp = (cp << 6) | (b & 0x3f)
  return cp
}

/**
 * Genuine typography puts a letter, a no-break space and a dash or quote side
 * by side (Russian `а —`, French `é »`), which reads as a 3-byte sequence with
 * A0 second; those decode to rare scripts, Braille or private use. What gets
 * double-encoded in practice is punctuation, symbols, emoji and CJK.
 */
function plausibleLong(seq: readonly number[], cp: number): boolean {
  if (seq[1] === 0xa0) return false
  return cp >= 0x2000 && !(cp >= 0xe000 && cp <= 0xf8ff)
}

function plausiblePair(cp: number): boolean {
  return (cp >= 0xa0 && cp <= 0xff) || (cp >= 0x400 && cp <= 0x45f) || cp === 0x490 || cp === 0x491
}

function continuationCount(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 1
  if (lead >= 0xe0 && lead <= 0xef) return 2
  if (lead >= 0xf0 && lead <= 0xf4) return 3
  return 0
}

/**
 * The text encoded back to code-page bytes and read as UTF-8, or null when
 * some character has no byte in the page or the bytes are not UTF-8: then the
 * text mixes double-encoded and genuine characters and cannot be repaired
 * without guessing.
 */
function roundTrip(text: string, page: CodePage): string | null {
  const bytes = new Uint8Array(text.length)
  for (let i = 0; i < text.length; i++) {
    const b = byteOf(page, text.charCodeAt(i))
    if (b === null) return null
    bytes[i] = b
  }
  try {
    return fatalUtf8.decode(bytes)
  } catch {
    return null
  }
}
