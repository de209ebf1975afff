// Gate targets: the plan's Gate Targets table and PRD §10 share the reading
// of gate cells and target cells.

import type { GateKey, GateTarget, TargetKind } from '../model.js'
import type { FileDiagnostics } from './diagnostics.js'
import { inlineText, lineLabel, listItem, stripEmoji } from './inline.js'
import { readScore } from './numbers.js'
import { restAfter } from './rest.js'
import { type Doc, lineNo } from './sections.js'
import { type Table, column } from './tables.js'

const GATE_NAMES: Array<[RegExp, GateKey]> = [
  [/\bimprove\b/i, 'I'],
  [/\boptimi[sz]e\b/i, 'O'],
  [/\bshrink\b/i, 'S'],
  [/\bmodulari[sz]e\b/i, 'M']
]

/** The gate a cell or heading names: `Gate-I`, `**Gate-I** (Improve)`, `Improve`. */
export function gateOf(text: string): GateKey | null {
  const t = inlineText(text)
  const m = /\bgate[\s_-]*([iosm])\b/i.exec(t)
  if (m) return (m[1] ?? 'I').toUpperCase() as GateKey
  for (const [re, key] of GATE_NAMES) if (re.test(t)) return key
  return null
}

export interface TargetReading {
  kind: TargetKind
  threshold: number | null
  /** False when the text fits no known form (read as binary). */
  known: boolean
  /** Why a number that was written could not be read as a threshold (the target is then left out). */
  unreadable?: string
}

const BINARY_RE =
  /\b(?:pass(?:es|ed|ing)?|green|stable|no\s+(?:new\s+)?circular|all\s+(?:tests\s+)?pass|succeed|clean|maintained|ok)\b/i

/**
 * Read a target cell: `≥0.75`, `>= 0.75`, `0.8`, `pass`, `tests pass`, `N/A`.
 * A skipped target starts with `n`, `s` or a dash, and a skipped status holds
 * `skip`: tested first, so that the patterns are not compiled for other cells
 * (docs/performance.md, "Regular expressions compiled at start").
 */
export function readTarget(raw: string, status = ''): TargetReading {
  const t = stripEmoji(inlineText(raw)).trim()
  if (
    ('nNsS-—–'.includes(t.charAt(0)) &&
      /^(?:(?:n\/?a|skip(?:ped)?|none)\b|[-—–]+(?:\s|$))/i.test(t)) ||
    t === '' ||
    (status.toLowerCase().includes('skip') && /\bskip/i.test(status))
  ) {
    return { kind: 'skip', threshold: null, known: true }
  }
  const numeric = /^(?:≥|>=|=>|>|⩾|at\s+least|min(?:imum)?\.?:?)?\s*(?=\d|[.,]\d)/i.exec(t)
  if (numeric) {
    const reading = readScore(t.slice(numeric[0].length))
    if (reading.kind === 'value') {
      return { kind: 'numeric', threshold: Math.min(1, Math.max(0, reading.value)), known: true }
    }
    const unreadable = reading.kind === 'unreadable' ? reading.reason : 'no number'
    return { kind: 'numeric', threshold: null, known: false, unreadable }
  }
  if (BINARY_RE.test(t)) return { kind: 'binary', threshold: null, known: true }
  return { kind: 'binary', threshold: null, known: false }
}

export type Targets = Partial<Record<GateKey, GateTarget>>

/** Targets from a table with Gate and Target columns; null when the table is not one. */
export function targetsFromTable(
  table: Table,
  source: 'plan' | 'prd',
  diag: FileDiagnostics
): Targets | null {
  const gateCol = column(table, h => /\bgate\b/.test(h))
  const targetCol = column(table, h => /\btarget\b/.test(h))
  if (gateCol === -1 || targetCol === -1) return null
  const statusCol = column(table, h => /\bstatus\b/.test(h))
  const out: Targets = {}
  for (const row of table.rows) {
    const gate = gateOf(row.cells[gateCol] ?? '')
    if (!gate) continue
    if (out[gate]) {
      diag.warning(row.line, `Gate-${gate} has a second target row; the first one is used`)
      continue
    }
    const target = makeTarget(
      gate,
      row.cells[targetCol] ?? '',
      statusCol === -1 ? '' : (row.cells[statusCol] ?? ''),
      source,
      diag,
      row.line
    )
    if (target) out[gate] = target
  }
  return out
}

export function makeTarget(
  gate: GateKey,
  cell: string,
  status: string,
  source: 'plan' | 'prd',
  diag: FileDiagnostics,
  line: number
): GateTarget | null {
  const raw = inlineText(cell)
  const reading = readTarget(raw, status)
  if (reading.unreadable !== undefined) {
    const next = source === 'plan' ? "the PRD's target or the default floor" : 'the default floor'
    diag.warning(
      line,
      `Gate-${gate} target "${raw}" cannot be read (${reading.unreadable}); ${next} applies instead`
    )
    return null
  }
  if (!reading.known) {
    diag.warning(
      line,
      `Gate-${gate} target "${raw}" is not a number, pass or N/A; read as pass/fail`
    )
  }
  return {
    gate,
    raw,
    kind: reading.kind,
    threshold: reading.threshold,
    source,
    file: diag.file,
    line
  }
}

const GATE_BULLET_RE = /^gate[\s_-]*([iosm])\b[ \t]*(?:\([^()]{0,40}\))?[ \t]*[:—–-]?[ \t]*/i

/**
 * Targets written as bullets, one per gate: `- Gate-I (Improve): ≥ 0.80`,
 * `- **Gate-M:** pass`. Bullets that name no gate first are not targets.
 */
export function gateBullets(
  doc: Doc,
  start: number,
  end: number,
  source: 'plan' | 'prd',
  diag: FileDiagnostics
): Targets {
  const out: Targets = {}
  const stop = Math.min(end, doc.lines.length)
  for (let i = start; i < stop; i++) {
    if (doc.opaque[i] || doc.headingOn[i] !== -1) continue
    const line = doc.lines[i] ?? ''
    const item = listItem(line)
    if (!item || item.indent > 1) continue
    const label = lineLabel(line)
    const text = label ? `${label.label}: ${label.value}` : inlineText(item.text)
    const bullet = stripEmoji(inlineText(text)).trim()
    const m = GATE_BULLET_RE.exec(bullet)
    if (!m) continue
    const gate = (m[1] ?? 'I').toUpperCase() as GateKey
    const value = restAfter(bullet, m).trim()
    if (out[gate] || value === '') continue
    const target = makeTarget(gate, value, '', source, diag, lineNo(doc, i))
    if (target) out[gate] = target
  }
  return out
}
