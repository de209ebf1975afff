// Line-level helpers for the inline markup of single lines: bold labels, list
// items, code spans, emoji. Exact enough for labels and values, and cheap, so
// the block parser is only needed for prose paragraphs.

import { TASK_ID } from '../task-ids.js'
import { isAscii, lazyPattern } from '../text-classes.js'
import { isLocalNone, localNoneInitials } from './languages.js'

const emoji = lazyPattern(
  () => /\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}]|\u{FE0F}|\u{FE0E}|\u{200D}|\u{20E3}/gu
)

/** Any character at or above U+00A9 (©), the first that `emoji` can match. */
const MAYBE_EMOJI_RE = /[\u00a9-\uffff]/

export function stripEmoji(text: string): string {
  // Most text is ASCII: the Unicode-property pattern is then neither compiled nor run.
  return MAYBE_EMOJI_RE.test(text) ? text.replace(emoji(), '') : text
}

/** The index of the first character after the line's leading spaces and tabs. */
export function afterBlanks(line: string): number {
  let i = 0
  while (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9) i++
  return i
}

/** Whitespace width of a line's indentation, a tab counting as four columns. */
export function indentOf(line: string): number {
  let width = 0
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i)
    if (c === 32) width += 1
    else if (c === 9) width += 4 - (width % 4)
    else break
  }
  return width
}

export function isBlank(line: string): boolean {
  return line.trim() === ''
}

export interface ListItem {
  indent: number
  /** `-`, `*`, `+`, or the number of an ordered item. */
  marker: string
  ordered: boolean
  /** Text between `[` and `]` after the marker (`x`, ` `, `✅`), or null without a box. */
  box: string | null
  /** Text after the marker and the box. */
  text: string
}

// `[\s\S]`, not `.`, in the patterns here: a line may hold U+2028, where `.*$`
// fails only after backtracking that grows with the square of the line or worse.
const ITEM_RE = /^(\s*)([-*+]|\d{1,9}[.)])(?:[ \t]+([\s\S]*))?$/
const BOX_RE = /^\[([^\]]{0,12})\](?:[ \t]+|$)([\s\S]*)$/

export function listItem(line: string): ListItem | null {
  if (!mayStartItem(line)) return null
  const m = ITEM_RE.exec(line)
  if (!m) return null
  const marker = m[2] ?? '-'
  let text = m[3] ?? ''
  // `**bold**` at the start of a line is not a list item.
  if (marker === '*' && text === '' && line.trim() !== '*') return null
  let box: string | null = null
  // `[text](url)` is a link, not a box: BOX_RE wants a blank or the end after `]`.
  const b = BOX_RE.exec(text)
  if (b) {
    box = b[1] ?? ''
    text = b[2] ?? ''
  }
  return {
    indent: indentOf(m[1] ?? ''),
    marker,
    ordered: !'-*+'.includes(marker),
    box,
    text: text.trim()
  }
}

/**
 * Whether a marker may follow the line's indentation: a look at one
 * character rules out most lines before the pattern runs. Whitespace other
 * than spaces and tabs (which `\s` also takes) is left to the pattern.
 */
function mayStartItem(line: string): boolean {
  const c = line.charCodeAt(afterBlanks(line))
  return (
    c === 45 || c === 42 || c === 43 || (c >= 48 && c <= 57) || (c >= 10 && c <= 13) || c >= 0xa0
  )
}

export interface BoldLabel {
  label: string
  value: string
}

// `**Label:** value`, `**Label**: value`, `__Label:__ value`; the colon is required.
// The label is greedy: it can only end at the last character before the
// closing `**` that is neither white space nor a colon, so greedy and lazy
// find the same one; greedy gets there by stepping back over the few
// characters after it, where lazy tried the rest of the pattern at each of
// the label's characters (the 16 MB track's plan: 1,288 -> 1,277 M
// instructions, for LABEL_ITEM_RE alone).
const STAR_LABEL_RE = /^\*\*([^*]*[^*\s:])\s*(?:(:)\s*)?\*\*[ \t]*(:?)[ \t]*([\s\S]*)$/
const UNDERSCORE_LABEL_RE = /^__([^_]*[^_\s:])\s*(?:(:)\s*)?__[ \t]*(:?)[ \t]*([\s\S]*)$/

/** A bold label at the start of `text` (list markers already removed). */
export function boldLabel(text: string): BoldLabel | null {
  const t = text.trim()
  const m = t.startsWith('*')
    ? STAR_LABEL_RE.exec(t)
    : t.startsWith('_')
      ? UNDERSCORE_LABEL_RE.exec(t)
      : null
  if (!m) return null
  if (m[2] !== ':' && m[3] !== ':') return null
  return { label: (m[1] ?? '').trim(), value: (m[4] ?? '').trim() }
}

/**
 * STAR_LABEL_RE after a list marker, with nothing but spaces and tabs before it:
 * built from it, so that the two read a label alike.
 */
const LABEL_ITEM_RE = new RegExp(`^[ \\t]*[-*+][ \\t]+${STAR_LABEL_RE.source.slice(1)}`)

/**
 * A bulleted bold label (`  - **Owner role:** Explorer`), read by one pattern
 * as listItem and then boldLabel would read it: plans write every task field
 * this way, and the two readings took two patterns, two objects and the
 * trimming in between. Null for any other line, which those two then read.
 */
export function labelItem(line: string): BoldLabel | null {
  const m = LABEL_ITEM_RE.exec(line)
  if (!m || (m[2] !== ':' && m[3] !== ':')) return null
  return { label: (m[1] ?? '').trim(), value: (m[4] ?? '').trim() }
}

export type LineLabel = BoldLabel & { indent: number; item: boolean }

/** A bold label on a whole line, with or without a list marker. */
export function lineLabel(line: string): LineLabel | null {
  // A label opens with `**` or `__`: a line holding neither is none.
  if (!line.includes('**') && !line.includes('__')) return null
  const item = listItem(line)
  const text = item ? item.text : line
  const label = boldLabel(text)
  if (!label) return null
  return { ...label, indent: item ? item.indent : indentOf(line), item: item !== null }
}

export interface CodeSpan {
  /** Where the opening run starts and the closing run ends. */
  start: number
  end: number
  /** The length of each of the two backtick runs. */
  run: number
  /** The text between the runs, trimmed. */
  content: string
}

/**
 * Code spans of a line: a run of backticks up to the next run of the same
 * length. Runs are paired in one pass (a regex over nested backtick runs
 * takes quadratic time); they are kept as two lists of numbers, not an
 * object each, since paths and values are read through here by the thousand.
 */
export function findCodeSpans(text: string): CodeSpan[] {
  let i = text.indexOf('`')
  if (i === -1) return []
  const pos: number[] = []
  const len: number[] = []
  while (i !== -1) {
    let j = i + 1
    while (text.charCodeAt(j) === 96) j++
    pos.push(i)
    len.push(j - i)
    i = text.indexOf('`', j)
  }
  return pairRuns(text, pos, len, pos.length <= 16 ? null : closersByLength(len))
}

/** For a few runs: the index of the next run as long as run k, found by looking ahead; -1 if none. */
function nextOfLength(len: readonly number[], k: number): number {
  const l = len[k]
  for (let m = k + 1; m < len.length; m++) if (len[m] === l) return m
  return -1
}

/**
 * For many runs: the index of the next run as long as each, for all of them in
 * one pass from the end, so that pairing stays linear; -1 where none follows.
 */
function closersByLength(len: readonly number[]): Int32Array {
  const closers = new Int32Array(len.length)
  const nextOf = new Map<number, number>()
  for (let k = len.length - 1; k >= 0; k--) {
    const l = len[k] ?? 0
    closers[k] = nextOf.get(l) ?? -1
    nextOf.set(l, k)
  }
  return closers
}

/** Each run closed by the next run of its length, scanning on after the span it ends. */
function pairRuns(
  text: string,
  pos: readonly number[],
  len: readonly number[],
  closers: Int32Array | null
): CodeSpan[] {
  const spans: CodeSpan[] = []
  for (let k = 0; k < pos.length;) {
    const m = closers ? (closers[k] ?? -1) : nextOfLength(len, k)
    if (m === -1) {
      k++
      continue
    }
    const open = pos[k] ?? 0
    const run = len[k] ?? 0
    const close = pos[m] ?? 0
    spans.push({
      start: open,
      end: close + run,
      run,
      content: text.slice(open + run, close).trim()
    })
    k = m + 1
  }
  return spans
}

/** Position of the first backtick that belongs to no code span (a span left open), or -1. */
export function danglingBacktick(text: string): number {
  const spans = findCodeSpans(text)
  let k = 0
  for (let i = text.indexOf('`'); i !== -1;) {
    while (k < spans.length && (spans[k]?.end ?? 0) <= i) k++
    const span = spans[k]
    if (!span || i < span.start) return i
    i = text.indexOf('`', span.end)
  }
  return -1
}

/** Contents of the code spans of a line. */
export function codeSpans(text: string): string[] {
  return findCodeSpans(text)
    .map(s => s.content)
    .filter(c => c !== '')
}

/**
 * Plain text of one line of inline markdown: emphasis, strike-through, code
 * span fences, links and HTML tags removed, whitespace collapsed. Code span
 * contents stay literal.
 */
export function inlineText(text: string): string {
  if (!/[*_`~[<\\]/.test(text)) return collapseSpaces(text).trim()
  const parts: string[] = []
  let last = 0
  for (const span of findCodeSpans(text)) {
    parts.push(stripMarks(text.slice(last, span.start)))
    parts.push(span.content)
    last = span.end
  }
  parts.push(stripMarks(text.slice(last)))
  return collapseSpaces(parts.join('')).trim()
}

/** White space other than a space, or two white-space characters in a row. */
const SPACE_TO_COLLAPSE_RE = /[^\S ]|\s\s/

/**
 * Each run of white space as one space. Most text has single spaces only, and
 * then the replace would build the same string again: a test is cheaper.
 */
export function collapseSpaces(text: string): string {
  return SPACE_TO_COLLAPSE_RE.test(text) ? text.replace(/\s+/g, ' ') : text
}

const LINK_RE = /!?\[([^\][]*)\]\([^()]*\)/g
const TAG_RE = /<\/?[a-z][^<>]*>/gi
const PAIR_MARK_RE = /\*\*|__|~~/g
const STAR_EMPHASIS_RE = /(^|[^\w*])\*(?=\S)([^*]*?\S)\*(?![\w*])/g
const ESCAPE_RE = /\\([\\`*_{}[\]()#+\-.!|~<>])/g

/** Each pattern runs only when a character it needs is there: most text holds one kind of mark at most. */
function stripMarks(text: string): string {
  let t = text
  if (t.includes('](')) t = t.replace(LINK_RE, '$1')
  if (t.includes('<')) t = t.replace(TAG_RE, '')
  if (t.includes('**') || t.includes('__') || t.includes('~~')) t = t.replace(PAIR_MARK_RE, '')
  if (t.includes('*')) t = t.replace(STAR_EMPHASIS_RE, '$1$2')
  if (t.includes('\\')) t = t.replace(ESCAPE_RE, '$1')
  return t
}

/** The line without its `-`, `*` or `+` bullet and the white space around it, if it has one. */
export function withoutBullet(line: string): string {
  const t = line.trimStart()
  const bullet = t.length > 1 && '-*+'.includes(t.charAt(0)) && t.charAt(1).trim() === ''
  return bullet ? t.slice(1).trimStart() : line
}

/** Text struck through as a whole (`~~…~~`). */
export function isStruck(text: string): boolean {
  if (!text.includes('~~')) return false
  return /^\s*~~[\s\S]+~~\s*$/.test(text) || /^\s*(?:[-*+]\s+)?~~[^~]+~~/.test(text)
}

const ID_RE = new RegExp(String.raw`\b(${TASK_ID})\b`, 'gi')

/** Every task id in a text, upper-cased, in written order, without repeats. */
export function taskIds(text: string): string[] {
  // A set, not a scan of the list: a line may name thousands of ids.
  const seen = new Set<string>()
  for (const m of text.matchAll(ID_RE)) seen.add((m[1] ?? '').toUpperCase())
  return [...seen]
}

/**
 * Template text left unfilled: a value that is only a `[placeholder]`, or one
 * holding a well-known template token.
 */
export function isPlaceholder(text: string): boolean {
  const t = text.trim()
  // The patterns run only for text holding what they need (a `[`, `path/to/`): most
  // values, paths among them, hold neither, and the patterns are then not compiled.
  if (!t.includes('[') && !namesPathTo(t)) return false
  if (t.startsWith('[') && /^\[[^\]]*\](?!\()$/.test(t) && !/^\[(?:[ xX✅❌⚠]|\uFE0F)*\]$/u.test(t))
    return true
  return /\[(?:T##|Task[- ]ID|YYYY-MM-DD|track-id|N)\b|path\/to\//i.test(t)
}

/** `path/to/` in any case, its cheap part (`/t`) tested before the text is lower-cased. */
function namesPathTo(t: string): boolean {
  return (t.includes('/t') || t.includes('/T')) && t.toLowerCase().includes('path/to/')
}

/** Trim characters of a set from both ends (a loop: end-anchored regexes are quadratic on long runs). */
export function trimChars(text: string, chars: string): string {
  return trimSets(text, chars, chars)
}

/** Trim characters of `lead` from the start and of `tail` from the end. */
export function trimSets(text: string, lead: string, tail: string): string {
  let a = 0
  let b = text.length
  while (a < b && lead.includes(text.charAt(a))) a++
  while (b > a && tail.includes(text.charAt(b - 1))) b--
  return text.slice(a, b)
}

export function slug(text: string): string {
  const lower = text.toLowerCase()
  // ASCII text needs no Unicode classes, whose pattern costs a millisecond to compile.
  const other = isAscii(lower, lower.length) ? /[^a-z0-9]+/g : /[^\p{L}\p{N}]+/gu
  // Each run of other characters, dashes included, becomes one dash: none is doubled.
  return trimChars(lower.replace(other, '-'), '-')
}

export function basename(path: string): string {
  const trimmed = trimSets(path, '', '/')
  const i = trimmed.lastIndexOf('/')
  return i === -1 ? trimmed : trimmed.slice(i + 1)
}

/** Values that mean "nothing": `None`, `N/A`, `-`, and the same in other languages (`Нет`, `Aucun`). */
export function isNone(text: string): boolean {
  // Most values are paths or prose: their first letter rules them out.
  const lead = leadChar(text)
  if (lead !== '' && !mayStartNone(lead)) return false
  const t = inlineText(text).trim()
  return (
    /^(?:none(?: identified)?|n\/?a|-+|—|–|nothing|\(none[^)]*\))\.?$/i.test(t) || isLocalNone(t)
  )
}

/** Whether a text whose plain text starts with `ch` may be one isNone takes: most first letters rule that out. */
export function mayStartNone(ch: string): boolean {
  const c = ch.toLowerCase()
  return c === 'n' || c === '-' || c === '—' || c === '–' || c === '(' || localNoneInitials().has(c)
}

/**
 * The first character of `inlineText(text)` when it shows without computing
 * that: an ASCII letter or digit after spaces (no markup removes one), or the
 * first character of a leading code span's content. Else ''.
 */
function leadChar(text: string): string {
  const i = afterBlanks(text)
  const c = text.charCodeAt(i)
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return text.charAt(i)
  if (c !== 96) return ''
  const first = findCodeSpans(text)[0]
  // A leading run that no later run closes stays as text.
  return first?.start === i ? first.content.charAt(0) : '`'
}

// `Label: value` without bold: a short label of letters and spaces, then a colon and a value.
const plainLabelRe = lazyPattern(() => /^([\p{L}][\p{L} _-]{0,38}?)[ \t]*:[ \t]+(\S[\s\S]*)$/u)
/**
 * plainLabelRe for text whose part before the first colon is ASCII: the
 * label lies in that part, and there the letters are a-z and A-Z. The Unicode
 * pattern costs a millisecond to compile, and most labels are English.
 */
const ASCII_LABEL_RE = /^([A-Za-z][A-Za-z _-]{0,38}?)[ \t]*:[ \t]+(\S[\s\S]*)$/

/** A label written without bold (`Status: DONE`, `- Depends on: T01`), list marker allowed. */
export function plainLabel(line: string): BoldLabel | null {
  if (!line.includes(':')) return null
  const item = listItem(line)
  if (item && item.box !== null) return null
  const text = (item ? item.text : line).trim()
  if (text.includes('**') || text.startsWith('__')) return null
  const colon = text.indexOf(':')
  if (colon === -1) return null
  // A label starts with a letter: text starting with any other ASCII character holds none.
  const c = text.charCodeAt(0)
  if (c < 128 && !((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return null
  const m = (isAscii(text, colon) ? ASCII_LABEL_RE : plainLabelRe()).exec(text)
  if (!m) return null
  return { label: (m[1] ?? '').trim(), value: (m[2] ?? '').trim() }
}
