// A fence-aware line scanner. One pass over the lines finds code fences, HTML
// comments and ATX headings; sections are then heading ranges. Everything the
// model needs is located this way, so the markdown parser only ever sees the
// few small slices that hold prose.

import type { FileDiagnostics } from './diagnostics.js'
import {
  afterBlanks,
  collapseSpaces,
  inlineText,
  type LineLabel,
  lineLabel,
  stripEmoji,
  trimChars
} from './inline.js'
import { englishName } from './languages.js'
import { memoByText } from './memo.js'

export interface Fence {
  /** Index of the opening delimiter line. */
  open: number
  /**
   * Index of the closing delimiter line. For an unclosed fence, the index of
   * the level-2 heading that ends it, or the line count when none follows.
   */
  close: number
  /** The info string (`markdown`, `bash`), lower-cased. */
  info: string
  closed: boolean
}

export interface Section {
  level: number
  /** Heading text as written, closing `#`s removed. */
  text: string
  /** Normalised heading: see `headingKey`. */
  key: string
  /** Index of the heading line. */
  index: number
  /** Index of the first line after the section (next heading of the same or a higher level). */
  end: number
}

export interface Doc {
  /** The text the lines were cut from, for one search of the whole; null for a fence's lines. */
  text: string | null
  lines: string[]
  /** File line number of `lines[0]`, minus one (sub-documents of fences start deeper). */
  offset: number
  /** 1 for lines inside a fence (delimiters included) or an HTML comment. */
  opaque: number[]
  fences: Fence[]
  headings: Section[]
  /** Index of the heading on each line, -1 where there is none. */
  headingOn: number[]
  /** The first fence that never closed, if any. */
  unclosedFence: Fence | null
  /** Index of the first line cut to MAX_LINE characters, or -1. */
  longLine: number
  /** Each line's bold label once read (labelAt), null where it has none, undefined before. */
  labels: Array<LineLabel | null | undefined> | null
}

/**
 * Longest line the parser reads; the rest of a longer line is dropped. No
 * field of the format needs more, and it bounds the work any line can cause.
 */
const MAX_LINE = 10_000

/** Lines of a file's text: BOM stripped, CRLF and lone CR read as line ends. */
function splitLines(text: string): string[] {
  const t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  // Loaded files have LF line ends already: a plain split is enough for them.
  return t.includes('\r') ? t.split(/\r\n|\r|\n/) : t.split('\n')
}

export function scanText(text: string): Doc {
  const doc = scanLines(splitLines(text), 0)
  doc.text = text
  return doc
}

/**
 * Whether any line of the document may hold `marker`: false when its text does
 * not, so a reader looking for a rare marker skips the walk over every line.
 */
export function mayHold(doc: Doc, marker: string): boolean {
  return doc.text === null || doc.text.includes(marker)
}

/** mayHold for words in any case: `pattern` (neither global nor sticky) tested on the whole text. */
export function mayMatch(doc: Doc, pattern: RegExp): boolean {
  return doc.text === null || pattern.test(doc.text)
}

// `[\s\S]`, not `.`: a line may hold U+2028, where `.*$` fails after quadratic backtracking.
const FENCE_RE = /^[ \t]*(`{3,}|~{3,})([\s\S]*)$/
const HEADING_RE = /^ {0,3}(#{1,6})(?:[ \t]+([\s\S]*))?$/
const LEVEL_2_RE = /^ {0,3}##[ \t]/

function scanLines(lines: string[], offset: number): Doc {
  const n = lines.length
  // Arrays, not typed arrays: a typed array's bytes live outside V8's heap, and
  // making two per file (thousands in a large track) cost more than filling them.
  const opaque = new Array<number>(n).fill(0)
  const headingOn = new Array<number>(n).fill(-1)
  const fences: Fence[] = []
  const headings: Section[] = []
  let unclosedFence: Fence | null = null
  const longLine = cutLongLines(lines)
  // Open sections, innermost last: closed by the next heading of the same or a higher level.
  const open: Section[] = []
  // Per fence character, the shortest fence found never to close.
  const unclosable = new Map<string, number>()

  for (let i = 0; i < n; i++) {
    const line = lines[i] ?? ''
    const first = firstChar(line)
    if (first === '`' || first === '~') {
      const m = FENCE_RE.exec(line)
      const marker = m?.[1]
      const info = m?.[2] ?? ''
      if (marker !== undefined && !(marker.startsWith('`') && info.includes('`'))) {
        const ch = marker.charAt(0)
        // A fence at least as long as one already known to run to the end cannot close either.
        const hopeless = marker.length >= (unclosable.get(ch) ?? Infinity)
        let close = hopeless ? n : findFenceClose(lines, i + 1, marker)
        const closed = close < n
        if (!closed) {
          unclosable.set(ch, Math.min(marker.length, unclosable.get(ch) ?? Infinity))
          // Reports are untrusted: one stray fence must not hide every later section.
          close = nextLevel2Heading(lines, i + 1)
        }
        const fence: Fence = { open: i, close, info: info.trim().toLowerCase(), closed }
        fences.push(fence)
        if (!closed && !unclosedFence) unclosedFence = fence
        const last = closed ? close : close - 1
        for (let j = i; j <= last; j++) opaque[j] = 1
        i = last
        continue
      }
    }
    if (first === '<' && line.trimStart().startsWith('<!--') && !line.includes('-->')) {
      let j = i
      while (j < n && !(lines[j] ?? '').includes('-->')) opaque[j++] = 1
      if (j < n) opaque[j] = 1
      i = j
      continue
    }
    if (first === '#') {
      const m = HEADING_RE.exec(line)
      if (m) {
        const level = (m[1] ?? '#').length
        const text = headingText(m[2] ?? '')
        while (open.length > 0 && (open[open.length - 1]?.level ?? 0) >= level) {
          const done = open.pop()
          if (done) done.end = i
        }
        const section: Section = { level, text, key: headingKey(text), index: i, end: n }
        headingOn[i] = headings.length
        headings.push(section)
        open.push(section)
      }
    }
  }
  return {
    text: null,
    lines,
    offset,
    opaque,
    fences,
    headings,
    headingOn,
    unclosedFence,
    longLine,
    labels: null
  }
}

/**
 * Cuts lines longer than MAX_LINE; returns the index of the first one cut, or
 * -1. A function of its own: V8 optimises a long loop while it runs (on a
 * plan's thousands of lines), and inside scanLines that optimised the code
 * after the loop before it had ever run; that code then fell back to the
 * interpreter on one report in twelve, for the rest of the file.
 */
function cutLongLines(lines: string[]): number {
  let first = -1
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    if (line.length > MAX_LINE) {
      lines[i] = line.slice(0, MAX_LINE)
      if (first === -1) first = i
    }
  }
  return first
}

/** The line's first character after leading whitespace, as `trimStart` finds it. */
function firstChar(line: string): string {
  const i = afterBlanks(line)
  const c = line.charCodeAt(i)
  // Other whitespace (line breaks, no-break and wide spaces) is left to trimStart.
  return (c >= 10 && c <= 13) || c >= 0xa0 ? line.trimStart().charAt(0) : line.charAt(i)
}

/** Heading text without the optional closing `#` sequence. */
function headingText(raw: string): string {
  const t = raw.trim()
  let end = t.length
  while (end > 0 && t.charAt(end - 1) === '#') end--
  if (end === 0) return ''
  if (end === t.length) return t
  // Closing hashes count only after whitespace: `C#` keeps its hash.
  const before = t.charAt(end - 1)
  return before === ' ' || before === '\t' ? t.slice(0, end).trim() : t
}

function nextLevel2Heading(lines: string[], from: number): number {
  for (let j = from; j < lines.length; j++) {
    if (LEVEL_2_RE.test(lines[j] ?? '')) return j
  }
  return lines.length
}

function findFenceClose(lines: string[], from: number, marker: string): number {
  const ch = marker.charAt(0)
  for (let j = from; j < lines.length; j++) {
    const t = (lines[j] ?? '').trim()
    if (t.length >= marker.length && t.charAt(0) === ch) {
      let k = 0
      while (k < t.length && t.charAt(k) === ch) k++
      if (k === t.length && k >= marker.length) return j
    }
  }
  return lines.length
}

/**
 * A heading reduced to what identifies it: inline markup and emoji removed,
 * lower-cased, parentheticals (`(v1.1)`, `(What Was Done)`) and a ` — ` tail
 * dropped, whitespace collapsed, trailing colon removed; a name in another
 * language becomes its English name (`résumé` → `summary`).
 */
export const headingKey: (text: string) => string = memoByText(keyOf, 4096)

/** Kept by heading text (above): reports repeat their template's headings (2,044 texts among the 21,601 headings of 2,000 reports). */
function keyOf(text: string): string {
  let t = stripEmoji(inlineText(text)).toLowerCase()
  for (let k = 0; k < 3 && t.includes('('); k++) t = t.replace(/\([^()]*\)/g, ' ')
  const dash = t.search(/\s[—–]\s/)
  if (dash !== -1) t = t.slice(0, dash)
  return englishName(trimChars(collapseSpaces(t), ' :.'))
}

/**
 * The bold label of line `i` (lineLabel), read once per document: the header,
 * the decisions, the overall score, the file lists and the hand-off all look
 * for labels, most of them on every line that holds `**`.
 */
export function labelAt(doc: Doc, i: number): LineLabel | null {
  doc.labels ??= new Array<LineLabel | null | undefined>(doc.lines.length)
  let label = doc.labels[i]
  if (label === undefined) {
    label = lineLabel(doc.lines[i] ?? '')
    doc.labels[i] = label
  }
  return label
}

/** File line number (1-based) of a line index. */
export function lineNo(doc: Doc, index: number): number {
  return doc.offset + index + 1
}

const SECTION_LEVELS: readonly number[] = [2, 1, 3]

/**
 * The first section whose key passes the test, trying the levels in order
 * (reports use `##` for their sections; some shift every heading by one).
 */
export function findSection(
  doc: Doc,
  test: (key: string) => boolean,
  levels: readonly number[] = SECTION_LEVELS
): Section | null {
  // Plain indexed loops: every reader asks for its section in every report; a
  // closure per level made garbage by the megabyte on a large track, and an
  // array iterator costs a call per step in code not yet optimised.
  const headings = doc.headings
  for (let l = 0; l < levels.length; l++) {
    const level = levels[l]
    for (let i = 0; i < headings.length; i++) {
      const h = headings[i] as Section
      if (h.level === level && test(h.key)) return h
    }
  }
  return null
}

/** The direct subsections: headings inside the section at the shallowest level found there. */
export function childSections(doc: Doc, parent: Section): Section[] {
  const inside: Section[] = []
  let min = 7
  const first = doc.headingOn[parent.index] ?? -1
  for (let h = first + 1; h < doc.headings.length; h++) {
    const s = doc.headings[h]
    if (!s || s.index >= parent.end) break
    inside.push(s)
    if (s.level < min) min = s.level
  }
  return inside.filter(s => s.level === min)
}

/** Index where a section's own text ends: its first subheading, or its end. */
export function ownEnd(doc: Doc, section: Section): number {
  const next = doc.headings[(doc.headingOn[section.index] ?? -1) + 1]
  return next && next.index < section.end ? next.index : section.end
}

/** Fences whose opening line lies in [start, end). */
export function fencesIn(doc: Doc, start: number, end: number): Fence[] {
  const fences = doc.fences
  let lo = 0
  let hi = fences.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((fences[mid]?.open ?? 0) < start) lo = mid + 1
    else hi = mid
  }
  const out: Fence[] = []
  for (let k = lo; k < fences.length; k++) {
    const f = fences[k]
    if (!f || f.open >= end) break
    out.push(f)
  }
  return out
}

/** The lines inside a fence as a document of their own, line numbers kept. */
export function fenceDoc(doc: Doc, fence: Fence): Doc {
  return scanLines(doc.lines.slice(fence.open + 1, fence.close), doc.offset + fence.open + 1)
}

/** Findings of the scan itself: a fence that never closes, an over-long line. */
export function reportScan(doc: Doc, diag: FileDiagnostics): void {
  for (const fence of doc.fences) {
    if (fence.closed) continue
    diag.warning(
      lineNo(doc, fence.open),
      fence.close < doc.lines.length
        ? `code fence never closed: treated as closed before line ${lineNo(doc, fence.close)}, the next ## heading`
        : 'code fence never closed: the rest of the file is read as code'
    )
  }
  if (doc.longLine !== -1) {
    diag.notice(
      lineNo(doc, doc.longLine),
      `line longer than ${MAX_LINE} characters: only its start is read`
    )
  }
}
