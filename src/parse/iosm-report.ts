// iosm_report.md: per-gate `## Gate-I: Improve` sections with `**Score:**`,
// the summary table `Gate | Target | Baseline | Final | Status | Δ`, and the
// stated IOSM-Index.

import type { Diagnostic, GateKey, IosmGateScore, IosmReport, SourceFile } from '../model.js'
import { GATE_KEYS } from '../model.js'
import { labelValue } from './blocks.js'
import { FileDiagnostics } from './diagnostics.js'
import { inlineText, lineLabel, stripEmoji } from './inline.js'
import { readScore } from './numbers.js'
import { readStatement, startsWithNumber, startsWithSkip } from './report-gates.js'
import { clampToUnit, round3 } from '../scores.js'
import { type Doc, lineNo, reportScan, scanText } from './sections.js'
import { findTables, rankedColumn } from './tables.js'
import { gateOf } from './targets.js'

export function parseIosmReport(file: SourceFile, out: Diagnostic[]): IosmReport {
  const diag = new FileDiagnostics(file.path, out)
  const doc = scanText(file.text)
  reportScan(doc, diag)
  const gates: Partial<Record<GateKey, IosmGateScore>> = {
    ...tableScores(doc, diag),
    ...sectionScores(doc, diag)
  }
  const ordered: Partial<Record<GateKey, IosmGateScore>> = {}
  for (const key of GATE_KEYS) {
    const g = gates[key]
    if (g) ordered[key] = g
  }
  return { file: file.path, gates: ordered, statedIndex: statedIndex(doc, diag) }
}

const NA_RE = /\bn\/?a\b|\bskip/i

/** N/A or SKIP in `text` (NA_RE, behind a string test: see readValue). */
function notApplicable(text: string): boolean {
  const t = text.toLowerCase()
  return (t.includes('na') || t.includes('n/a') || t.includes('skip')) && NA_RE.test(text)
}

/**
 * A gate value; null when it is neither a score nor pass/fail, `unreadable`
 * (warned here) when it is a number that cannot be read: the gate then has no
 * stated score, and the task reports' scores count instead. A pattern that
 * rarely matches runs only after a string test says it can: each one a run
 * meets is compiled (docs/performance.md, "Regular expressions compiled at start").
 */
function readValue(
  raw: string,
  line: number,
  gate: GateKey,
  diag: FileDiagnostics
): IosmGateScore | 'unreadable' | null {
  const text = stripEmoji(inlineText(raw)).trim()
  if (text === '') return null
  if ('-—nNsS'.includes(text.charAt(0)) && /^(?:n\/?a|-|—|skip)/i.test(text)) {
    return { score: null, skipped: true, raw: text, line }
  }
  if (startsWithNumber(text)) {
    const reading = readScore(text)
    if (reading.kind === 'value') {
      return { score: round3(clampToUnit(reading.value)), skipped: false, raw: text, line }
    }
    if (reading.kind === 'unreadable') {
      diag.warning(
        line,
        `Gate-${gate} score "${text}" cannot be read (${reading.reason}); the task reports' scores are used instead`
      )
      return 'unreadable'
    }
  }
  // `✅ PASS (0.55)`: the score after the word, as a report's gate line reads it; a
  // PASS over a score below the target must not read as 1.0.
  const said = readStatement(raw)
  if (said.kind === 'score') {
    const reading = readScore(said.text)
    if (reading.kind === 'value') {
      return { score: round3(clampToUnit(reading.value)), skipped: false, raw: text, line }
    }
  }
  if (text.toLowerCase().includes('fail') && /\bfail/i.test(text)) {
    return { score: 0, skipped: false, raw: text, line }
  }
  if (/\bpass(?:e[sd])?\b|\bmaintained\b|\bmet\b|\bok\b/i.test(text)) {
    return { score: 1, skipped: false, raw: text, line }
  }
  return null
}

/** `## Gate-I: Improve` followed by `**Score:** 0.89 / 1.0`: the per-gate score, which wins over the table. */
function sectionScores(doc: Doc, diag: FileDiagnostics): Partial<Record<GateKey, IosmGateScore>> {
  const out: Partial<Record<GateKey, IosmGateScore>> = {}
  const gateHeadings = doc.headings.filter(h => h.level <= 3 && /^gate[\s_-]*[iosm]\b/.test(h.key))
  // A loop, not Math.min(...spread): a spread of a huge list overflows the stack.
  let top = Infinity
  for (const h of gateHeadings) top = Math.min(top, h.level)
  for (const h of gateHeadings) {
    if (h.level !== top) continue
    const gate = gateOf(h.text)
    if (!gate || out[gate]) continue
    const score = labelValue(doc, h.index + 1, h.end, l => l === 'score' || l === 'gate score')
    if (!score) continue
    const value = readValue(score.value, score.line, gate, diag)
    if (value === 'unreadable') continue
    if (value) out[gate] = value
    else
      diag.warning(
        score.line,
        `Gate-${gate} score "${inlineText(score.value)}" is neither a score nor pass/fail; it is left out`
      )
  }
  return out
}

/**
 * Header words of the summary table's value column, most telling first: a Final
 * column beats a Score column, and either beats a Result of ✅ PASS.
 */
const FINAL_HEADERS = ['final', 'score', 'actual', 'result']

/**
 * The summary table's Final column (binary words read as 1.0 or 0, N/A or status SKIP as
 * skipped), its headers in any language the parser knows.
 */
function tableScores(doc: Doc, diag: FileDiagnostics): Partial<Record<GateKey, IosmGateScore>> {
  const out: Partial<Record<GateKey, IosmGateScore>> = {}
  for (const table of findTables(doc, 0, doc.lines.length)) {
    const gateCol = rankedColumn(table.header, ['gate'])
    const finalCol = rankedColumn(table.header, FINAL_HEADERS, gateCol)
    if (gateCol === -1 || finalCol === -1) continue
    const statusCol = rankedColumn(table.header, ['status'])
    for (const row of table.rows) {
      const gate = gateOf(row.cells[gateCol] ?? '')
      if (!gate || out[gate]) continue
      const cell = row.cells[finalCol] ?? ''
      const status = statusCol === -1 ? '' : stripEmoji(inlineText(row.cells[statusCol] ?? ''))
      const head = stripEmoji(inlineText(cell)).trim().slice(0, 4)
      if (startsWithSkip(status.trimStart()) || notApplicable(head)) {
        out[gate] = { score: null, skipped: true, raw: inlineText(cell), line: row.line }
        continue
      }
      const value = readValue(cell, row.line, gate, diag)
      if (value === 'unreadable') continue
      if (value) out[gate] = value
      else
        diag.warning(
          row.line,
          `Gate-${gate} final value "${inlineText(cell)}" is neither a score nor pass/fail`
        )
    }
    if (Object.keys(out).length > 0) break
  }
  return out
}

/** `**IOSM-Index:** (…) / 3 = **0.85**`, `**Final Index:** 0.85`: the value after `=` when there is a formula. */
function statedIndex(doc: Doc, diag: FileDiagnostics): IosmReport['statedIndex'] {
  let best: { value: number; line: number; final: boolean } | null = null
  for (let i = 0; i < doc.lines.length; i++) {
    const line = doc.lines[i] ?? ''
    if (doc.opaque[i] || !line.includes('**')) continue
    const l = lineLabel(line)
    if (!l) continue
    const label = l.label.toLowerCase()
    if (!/^(?:final\s+)?(?:iosm[\s-]*)?index$/.test(label) || label === 'index') continue
    const text = inlineText(l.value)
    const eq = text.lastIndexOf('=')
    const reading = readScore(eq === -1 ? text : text.slice(eq + 1))
    if (reading.kind !== 'value') {
      if (reading.kind === 'unreadable')
        diag.warning(
          lineNo(doc, i),
          `stated IOSM-Index "${text}" cannot be read (${reading.reason}); it is not compared`
        )
      continue
    }
    const value = reading.value
    const final = label.startsWith('final')
    if (!best || (final && !best.final))
      best = { value: round3(clampToUnit(value)), line: lineNo(doc, i), final }
    if (final) break
  }
  return best ? { value: best.value, line: best.line } : null
}
