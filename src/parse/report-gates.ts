// A report's IOSM gate section in its three forms: scored (`### Gate-I
// (Improve) ✅`, checklist, `**Score:** 0.85 / 1.0`), partial (`### Gate-I
// (Improve) N/A`), and checkbox-only (`- [x] **Gate-I:** text`); and the
// shapes agents drift into: a line per gate (`Gate-O: 0,7`, `- Gate-S: FAIL —
// 40%`), a bold gate label over its checklist, a table per gate.

import type { GateKey, TaskGateValue } from '../model.js'
import { GATE_KEYS } from '../model.js'
import type { FileDiagnostics } from './diagnostics.js'
import { boldLabel, inlineText, listItem, stripEmoji } from './inline.js'
import { readScore } from './numbers.js'
import { clampToUnit, round3 } from '../scores.js'
import { type Doc, type Section, findSection, labelAt, lineNo, mayMatch } from './sections.js'
import { type Table, findTables, rankedColumn } from './tables.js'
import { gateOf } from './targets.js'

export interface GateSection {
  gates: Partial<Record<GateKey, TaskGateValue>>
  found: boolean
  /** The section read, when found. */
  section: Section | null
}

interface Tally {
  items: number[]
  itemLine: number
  score: number | null
  scoreLine: number
  notApplicable: boolean
  headingValue: number | null
  headingLine: number
  /** A score on the gate's heading (`### Gate-I (Improve) — 85 %`): wins over the checklist. */
  headingScore: number | null
  /** A stated score could not be read: the gate is not evaluated, whatever else was said. */
  unreadable: boolean
}

export function isGateSectionKey(key: string): boolean {
  return /^(?:iosm\s+)?quality\s+(?:gate|check)|^iosm\s+(?:gate|check)|^gates?(?:\s+results?)?$/.test(
    key
  )
}

/** Value of a checklist mark: `x` / ✅ = 1, ⚠️ = 0.5, blank / ❌ = 0; null for anything else. */
function markValue(mark: string): number | null {
  const m = stripVariation(mark).trim()
  if (m === '') return 0
  if (m.length !== 1) return null
  if ('xX✅✔✓'.includes(m)) return 1
  if ('⚠~½'.includes(m)) return 0.5
  if ('❌✗✘'.includes(m)) return 0
  return null
}

function stripVariation(text: string): string {
  return text.replaceAll('\uFE0F', '')
}

function emojiValue(text: string): number | null {
  const t = stripVariation(text)
  if (t.includes('❌')) return 0
  if (t.includes('⚠')) return 0.5
  if (t.includes('✅')) return 1
  return null
}

const NA_RE = /\bn\/a\b/i
const EXPLICIT_GATE_RE = /^(?:\*\*)?\s*gate[\s_-]*([iosm])\b/i
const GATE_NAME_RE = /gate[\s_-]*[iosm]\b/i
// After a gate's name: `(Improve)`, bold marks, a colon or a dash (group 1), then the value.
const GATE_TAIL_RE = /^[ \t]*(?:\([^()]{0,40}\))?[ \t*]*([:—–-]?)[ \t*]*/

interface AfterName {
  /** What follows the name in `Gate-I (Improve): 85%`, or '' when nothing does. */
  value: string
  /** Whether a colon or a dash stood between the name and the value. */
  separated: boolean
}

function afterGateName(text: string): AfterName {
  const named = GATE_NAME_RE.exec(text)
  if (!named) return { value: '', separated: false }
  const rest = text.slice(named.index + named[0].length)
  const m = GATE_TAIL_RE.exec(rest)
  return { value: rest.slice(m ? m[0].length : 0).trim(), separated: (m?.[1] ?? '') !== '' }
}

/** What a gate's value says: `0,85`, `PASS — 92%`, `❌ FAIL`, `⚠️`, `N/A (docs only)`. */
type Statement =
  | { kind: 'not-applicable' }
  | { kind: 'score'; text: string }
  | { kind: 'mark'; value: number }
  | { kind: 'none' }

// `PASS`, `Passed`, `passing`, `OK`, `FAIL`, `failed`, then what separates a number from them.
const VERDICT_WORD_RE = /^(?:(pass(?:e[ds]|ing)?|ok)|fail(?:s|ed|ing)?)\b[\s:—–()-]*/i

/**
 * Read a gate's value. A number is a score; a pass or fail word is a mark, or
 * the score written after it (`PASS — 92%`, `FAIL (0.40)`) when that reads as
 * one: a count after the word (`FAIL — 2 tests failing`) leaves the word.
 * Emoji mark the value anywhere in it (`✅ clean`).
 */
export function readStatement(raw: string): Statement {
  const plain = stripEmoji(inlineText(raw)).trim()
  if (NA_RE.test(plain) || startsWithSkip(plain)) return { kind: 'not-applicable' }
  if (startsWithNumber(plain)) return { kind: 'score', text: plain }
  const word = VERDICT_WORD_RE.exec(plain)
  if (word) {
    const rest = plain.slice(word[0].length)
    if (startsWithNumber(rest) && readScore(rest).kind === 'value')
      return { kind: 'score', text: rest }
    return { kind: 'mark', value: word[1] !== undefined ? 1 : 0 }
  }
  const emoji = emojiValue(raw)
  return emoji === null ? { kind: 'none' } : { kind: 'mark', value: emoji }
}

/** A digit first, or after a leading `.` or `,`. */
export function startsWithNumber(text: string): boolean {
  const c = text.charCodeAt(text.startsWith('.') || text.startsWith(',') ? 1 : 0)
  return c >= 48 && c <= 57
}

/**
 * `text` starts with `skip`, in any case. The string test spares most runs compiling the
 * pattern (docs/performance.md, "Regular expressions compiled at start").
 */
export function startsWithSkip(text: string): boolean {
  return text.slice(0, 4).toLowerCase() === 'skip' && /^skip/i.test(text)
}

/** A gate section's statements, tallied per gate as they are read. */
interface Tallies {
  byGate: Map<GateKey, Tally>
  tally(gate: GateKey): Tally
  /** A stated score; the first one wins. */
  takeScore(gate: GateKey, value: string, line: number): void
  /** A checklist mark's value. */
  takeItem(gate: GateKey, value: number, line: number): void
  /**
   * A gate's value as a line or a table cell states it (readStatement). False
   * when it says nothing the parser knows; the caller says where.
   */
  takeStatement(gate: GateKey, raw: string, line: number): boolean
  /** A warning for a gate's value that was recognised as one and could not be read. */
  unread(gate: GateKey, raw: string, line: number): void
}

function gateTallies(diag: FileDiagnostics): Tallies {
  const byGate = new Map<GateKey, Tally>()
  const tally = (gate: GateKey): Tally => {
    let t = byGate.get(gate)
    if (!t) {
      t = {
        items: [],
        itemLine: 0,
        score: null,
        scoreLine: 0,
        notApplicable: false,
        headingValue: null,
        headingLine: 0,
        headingScore: null,
        unreadable: false
      }
      byGate.set(gate, t)
    }
    return t
  }
  const takeScore = (gate: GateKey, value: string, line: number): void => {
    const t = tally(gate)
    if (t.score !== null) return
    if (NA_RE.test(value) || startsWithSkip(value.trim())) {
      t.notApplicable = true
      return
    }
    const reading = readScore(value)
    if (reading.kind === 'value') {
      t.score = reading.value
      t.scoreLine = line
      return
    }
    t.unreadable = true
    const why = reading.kind === 'none' ? 'holds no number' : `cannot be read: ${reading.reason}`
    diag.warning(
      line,
      `Gate-${gate} score "${inlineText(value)}" ${why}; Gate-${gate} counts as not evaluated in this report`
    )
  }
  const takeItem = (gate: GateKey, value: number, line: number): void => {
    const t = tally(gate)
    if (t.items.length === 0) t.itemLine = line
    t.items.push(value)
  }
  const takeStatement = (gate: GateKey, raw: string, line: number): boolean => {
    const said = readStatement(raw)
    if (said.kind === 'none') return false
    if (said.kind === 'not-applicable') tally(gate).notApplicable = true
    else if (said.kind === 'score') takeScore(gate, said.text, line)
    else takeItem(gate, said.value, line)
    return true
  }
  const unread = (gate: GateKey, raw: string, line: number): void => {
    diag.warning(
      line,
      `Gate-${gate} "${inlineText(raw)}" is neither a score, a pass or fail, nor N/A; it is not read, and Gate-${gate} counts as not evaluated unless the report scores it elsewhere`
    )
  }
  return { byGate, tally, takeScore, takeItem, takeStatement, unread }
}

export function readGates(doc: Doc, diag: FileDiagnostics): GateSection {
  const section = findSection(doc, isGateSectionKey)
  if (!section) return { gates: {}, found: false, section: null }
  const tallies = gateTallies(diag)
  let context: GateKey | null = null
  for (let i = section.index + 1; i < section.end; i++) {
    if (doc.opaque[i]) continue
    const n = lineNo(doc, i)
    const hi = doc.headingOn[i] ?? -1
    if (hi !== -1) {
      const h = doc.headings[hi]
      context = h ? gateOf(h.text) : null
      if (h && context) readGateHeading(h.text, context, n, tallies)
      continue
    }
    context = readGateLine(doc.lines[i] ?? '', context, n, tallies)
  }
  for (const table of readGateTables(doc, section, tallies)) {
    if (table.gates.every(g => tallies.byGate.has(g))) continue
    diag.warning(
      table.line,
      `this table names gates but has no Score, Final, Actual, Value, Result or Status column (columns: ${table.header.join(', ')}); its rows are not read`
    )
  }

  const gates: Partial<Record<GateKey, TaskGateValue>> = {}
  for (const key of GATE_KEYS) {
    const t = tallies.byGate.get(key)
    const value = t ? gateValue(t) : null
    if (value) gates[key] = value
  }
  return { gates, found: true, section }
}

/** A gate's heading: `### Gate-I (Improve) ✅`, `### Gate-O N/A`, `### Gate-S — 85 %`. */
function readGateHeading(text: string, gate: GateKey, n: number, tallies: Tallies): void {
  const t = tallies.tally(gate)
  t.headingLine = n
  const after = afterGateName(stripEmoji(inlineText(text)).trim()).value
  if (NA_RE.test(text)) t.notApplicable = true
  else if (startsWithNumber(after)) {
    const reading = readScore(after)
    if (reading.kind === 'value') t.headingScore ??= reading.value
    else tallies.takeScore(gate, after, n)
  } else t.headingValue ??= emojiValue(text)
}

/**
 * A line of the section that is not a heading, under the gate `context`, if
 * any. Returns the gate the next lines are under: a line that is a gate's name
 * and nothing else (`**Gate-I (Improve):**`) heads the checklist below it as a
 * heading would.
 */
function readGateLine(
  line: string,
  context: GateKey | null,
  n: number,
  tallies: Tallies
): GateKey | null {
  const item = listItem(line)
  const text = item ? item.text : line.trim()
  const explicit = EXPLICIT_GATE_RE.exec(stripEmoji(text).trim())
  const gate = explicit ? ((explicit[1] ?? 'I').toUpperCase() as GateKey) : context
  if (!gate) return context
  if (item && item.box !== null) {
    if (NA_RE.test(text)) return context
    const value = markValue(item.box)
    if (value !== null) tallies.takeItem(gate, value, n)
    return context
  }
  const label = boldLabel(text)
  if (label && /^score$/i.test(label.label)) {
    tallies.takeScore(gate, label.value, n)
    return context
  }
  if (explicit) {
    // `- **Gate-I:** 0.9`, `- Gate-M (Modularize) — 0,90`, `Gate-O: PASS`, `- ✅ Gate-S`.
    // A line that is not an item is read only when a colon or a dash follows the
    // name, so that prose which starts with one (`Gate-I was the hard part`) is not.
    const after = label
      ? { value: label.value.trim(), separated: true }
      : afterGateName(inlineText(text))
    if (after.value === '') return item ? context : gate
    if (item || after.separated) {
      if (!tallies.takeStatement(gate, after.value, n)) {
        const lead = item ? emojiValue(text.slice(0, 3)) : null
        if (lead !== null) tallies.takeItem(gate, lead, n)
        else tallies.unread(gate, after.value, n)
      }
      return context
    }
  }
  if (item && !NA_RE.test(text)) {
    const value = emojiValue(text.slice(0, 3))
    if (value !== null) tallies.takeItem(gate, value, n)
  }
  return context
}

/**
 * What a report says of one gate: a stated score (on a line, else on the
 * heading) beats the checklist's mean, which beats the heading's mark; an
 * unreadable score or N/A leaves the gate out.
 */
function gateValue(t: Tally): TaskGateValue | null {
  if (t.unreadable && t.score === null) return null
  if (t.score !== null)
    return { score: round3(clampToUnit(t.score)), source: 'score', line: t.scoreLine }
  if (t.headingScore !== null)
    return { score: round3(clampToUnit(t.headingScore)), source: 'score', line: t.headingLine }
  if (t.notApplicable) return null
  if (t.items.length > 0) {
    const mean = t.items.reduce((a, b) => a + b, 0) / t.items.length
    return { score: round3(clampToUnit(mean)), source: 'checklist', line: t.itemLine }
  }
  if (t.headingValue !== null)
    return { score: round3(clampToUnit(t.headingValue)), source: 'checklist', line: t.headingLine }
  return null
}

/**
 * Header words of a table's value column, most telling first: where a table has
 * both, a Score column beats a Status column of ✅ and ⚠️.
 */
const VALUE_HEADERS = ['score', 'final', 'actual', 'current', 'value', 'result', 'status']

/** A table of gates without a value column: what it names, for the warning if nothing else does. */
interface UnreadTable {
  line: number
  header: readonly string[]
  gates: GateKey[]
}

/**
 * `| Gate | Score |` tables, their headers in any language the parser knows
 * (`| Gate | Статус | Оценка |`): one row per gate. A table whose rows name
 * gates but that has no value column is not guessed at; it is returned, for a
 * warning when the section says nothing else of a gate it names.
 */
function readGateTables(doc: Doc, section: Section, tallies: Tallies): UnreadTable[] {
  const unread: UnreadTable[] = []
  for (const table of findTables(doc, section.index + 1, section.end)) {
    const gateCol = gateColumn(table.header, table.rows)
    if (gateCol === -1) continue
    const valueCol = rankedColumn(table.header, VALUE_HEADERS, gateCol)
    if (valueCol === -1) {
      const gates = table.rows.map(row => gateOf(row.cells[gateCol] ?? ''))
      unread.push({
        line: table.line,
        header: table.header,
        gates: gates.filter((g): g is GateKey => g !== null)
      })
      continue
    }
    for (const row of table.rows) {
      const gate = gateOf(row.cells[gateCol] ?? '')
      if (!gate) continue
      const raw = row.cells[valueCol] ?? ''
      // Anything else is a score that cannot be read, and says why.
      if (!tallies.takeStatement(gate, raw, row.line)) {
        tallies.takeScore(gate, stripEmoji(inlineText(raw)).trim(), row.line)
      }
    }
  }
  return unread
}

/** The column headed Gate, else the first whose cells name gates (`Gate-I`) under a header in a language the parser does not know. */
function gateColumn(headers: readonly string[], rows: Table['rows']): number {
  const headed = rankedColumn(headers, ['gate'])
  if (headed !== -1) return headed
  const named = (cell: string): boolean =>
    EXPLICIT_GATE_RE.test(stripEmoji(inlineText(cell)).trim())
  for (let c = 0; c < headers.length; c++) {
    if (rows.some(row => named(row.cells[c] ?? ''))) return c
  }
  return -1
}

/** `**Overall IOSM Score for this task:** 0.96 / 1.0 (Excellent)` anywhere outside fences. */
export function readOverallScore(doc: Doc, diag: FileDiagnostics): number | null {
  // Only a report whose text says "overall" can hold the label.
  const lines = mayMatch(doc, /overall/i) ? doc.lines.length : 0
  for (let i = 0; i < lines; i++) {
    const line = doc.lines[i] ?? ''
    if (doc.opaque[i] || !line.includes('**')) continue
    const label = labelAt(doc, i)
    if (!label || !/^overall\b.*\bscore\b/i.test(label.label)) continue
    if (NA_RE.test(label.value) || inlineText(label.value).startsWith('[')) return null
    const reading = readScore(label.value)
    if (reading.kind === 'value') return round3(clampToUnit(reading.value))
    diag.warning(
      lineNo(doc, i),
      `overall score "${inlineText(label.value)}" ${reading.kind === 'none' ? 'holds no number' : `cannot be read: ${reading.reason}`}; it is left out`
    )
    return null
  }
  return null
}
