// A report's IOSM gate section in its three forms: scored (`### Gate-I
// (Improve) ✅`, checklist, `**Score:** 0.85 / 1.0`), partial (`### Gate-I
// (Improve) N/A`), and checkbox-only (`- [x] **Gate-I:** text`).

import type { GateKey, TaskGateValue } from '../model.js'
import { GATE_KEYS } from '../model.js'
import type { FileDiagnostics } from './diagnostics.js'
import { boldLabel, inlineText, listItem, stripEmoji } from './inline.js'
import { readScore } from './numbers.js'
import { clampToUnit, round3 } from '../scores.js'
import { type Doc, type Section, findSection, labelAt, lineNo, mayMatch } from './sections.js'
import { column, findTables } from './tables.js'
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
// After a gate's name: `(Improve)`, bold marks, a colon or a dash, then the value.
const GATE_TAIL_RE = /^[ \t]*(?:\([^()]{0,40}\))?[ \t*]*[:—–-]?[ \t*]*/

/** What follows a gate's name in `Gate-I (Improve): 85%`, or '' when nothing does. */
function afterGateName(text: string, nameEnd: number): string {
  const rest = text.slice(nameEnd)
  const m = GATE_TAIL_RE.exec(rest)
  return rest.slice(m ? m[0].length : 0).trim()
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
  return { byGate, tally, takeScore, takeItem }
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
    readGateLine(doc.lines[i] ?? '', context, n, tallies)
  }
  readGateTables(doc, section, tallies)

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
  const plain = stripEmoji(inlineText(text)).trim()
  const named = /gate[\s_-]*[iosm]\b/i.exec(plain)
  const after = named ? afterGateName(plain, named.index + named[0].length) : ''
  if (NA_RE.test(text)) t.notApplicable = true
  else if (startsWithNumber(after)) {
    const reading = readScore(after)
    if (reading.kind === 'value') t.headingScore ??= reading.value
    else tallies.takeScore(gate, after, n)
  } else t.headingValue ??= emojiValue(text)
}

/** A line of the section that is not a heading, under the gate heading `context`, if any. */
function readGateLine(line: string, context: GateKey | null, n: number, tallies: Tallies): void {
  const item = listItem(line)
  const text = item ? item.text : line.trim()
  const explicit = EXPLICIT_GATE_RE.exec(stripEmoji(text).trim())
  const gate = explicit ? ((explicit[1] ?? 'I').toUpperCase() as GateKey) : context
  if (!gate) return
  if (item && item.box !== null) {
    if (NA_RE.test(text)) return
    const value = markValue(item.box)
    if (value !== null) tallies.takeItem(gate, value, n)
    return
  }
  const label = boldLabel(text)
  if (label && /^score$/i.test(label.label)) {
    tallies.takeScore(gate, label.value, n)
    return
  }
  if (label && explicit) {
    // `- **Gate-I:** 0.9`, `- **Gate-O:** N/A`, `- **Gate-M:** ✅ clean`.
    if (NA_RE.test(label.value)) tallies.tally(gate).notApplicable = true
    else if (/^\d|^\.\d/.test(label.value.trim())) tallies.takeScore(gate, label.value, n)
    else {
      const value = emojiValue(label.value)
      if (value !== null) tallies.takeItem(gate, value, n)
    }
    return
  }
  if (explicit && item) {
    // `- Gate-I: 85%`, `- Gate-M (Modularize) — 0,90`: a score without bold.
    const plain = stripEmoji(inlineText(text)).trim()
    const named = /gate[\s_-]*[iosm]\b/i.exec(plain)
    const after = named ? afterGateName(plain, named.index + named[0].length) : ''
    if (NA_RE.test(after) || startsWithSkip(after)) {
      tallies.tally(gate).notApplicable = true
      return
    }
    if (startsWithNumber(after)) {
      tallies.takeScore(gate, after, n)
      return
    }
  }
  if (item && !NA_RE.test(text)) {
    const value = emojiValue(text.slice(0, 3))
    if (value !== null) tallies.takeItem(gate, value, n)
  }
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

/** `| Gate | Score |` tables (or Result / Value / Final): one row per gate. */
function readGateTables(doc: Doc, section: Section, tallies: Tallies): void {
  const { tally, takeScore, takeItem } = tallies
  for (const table of findTables(doc, section.index + 1, section.end)) {
    const gateCol = column(table, h => /\bgate\b/.test(h))
    const scoreCol = column(table, h => /\b(?:score|result|value|final|status)\b/.test(h))
    if (gateCol === -1 || scoreCol === -1) continue
    for (const row of table.rows) {
      const gate = gateOf(row.cells[gateCol] ?? '')
      if (!gate) continue
      const cell = stripEmoji(inlineText(row.cells[scoreCol] ?? '')).trim()
      if (NA_RE.test(cell) || startsWithSkip(cell)) tally(gate).notApplicable = true
      else if (startsWithNumber(cell)) takeScore(gate, cell, row.line)
      else {
        const raw = row.cells[scoreCol] ?? ''
        const value = emojiValue(raw) ?? (/^pass/i.test(cell) ? 1 : /^fail/i.test(cell) ? 0 : null)
        if (value !== null) takeItem(gate, value, row.line)
        else takeScore(gate, cell, row.line)
      }
    }
  }
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
