// The SpawnCandidates table: columns found by header name (6, 7 or 8 of
// them), a row split by a `|` inside a code span or a bare dedup key
// repaired, and a dedup key made when the table has none.

import type { SpawnCandidate } from '../model.js'
import type { FileDiagnostics } from './diagnostics.js'
import { basename, codeSpans, danglingBacktick, inlineText, isPlaceholder, slug } from './inline.js'
import { memoByText } from './memo.js'
import { normalisePath } from './paths.js'
import { type Doc, findSection } from './sections.js'
import { type Table, findTables } from './tables.js'

export interface SpawnSection {
  candidates: SpawnCandidate[]
  found: boolean
}

type Field = 'id' | 'dedup' | 'userInput' | 'accept' | 'touches' | 'effort' | 'severity' | 'subtask'

/** A header that holds one of the words. */
const anyOf =
  (...words: string[]) =>
  (header: string): boolean =>
    words.some(w => header.includes(w))

// Words, not patterns, where words will do: each pattern a run meets is
// compiled (docs/performance.md, "Regular expressions compiled at start").
const FIELD_TESTS: Array<[Field, (header: string) => boolean]> = [
  ['id', h => /^(?:sc[\s-]?)?id$|^#$/.test(h)],
  ['dedup', anyOf('dedup')],
  ['userInput', anyOf('user', 'input')],
  ['accept', anyOf('accept', 'criteria', 'done when')],
  [
    'touches',
    h =>
      h.includes('touch') ||
      ((h.includes('file') || h.includes('path')) && /files?\b|paths?\b/.test(h))
  ],
  ['effort', anyOf('effort', 'size', 'estimate')],
  ['severity', anyOf('severity', 'priority')],
  ['subtask', anyOf('subtask', 'description', 'task', 'title', 'work', 'item')]
]

/**
 * The fields a header cell may name, in FIELD_TESTS order; kept by header, since
 * the reports of a track repeat their template's table.
 */
const fieldsOf = memoByText(
  (header: string): readonly Field[] =>
    FIELD_TESTS.filter(([, test]) => test(header)).map(([field]) => field),
  256
)

/** Each field's column: the first header cell that may name it and names no earlier field. */
function mapColumns(table: Table): Partial<Record<Field, number>> {
  const map: Partial<Record<Field, number>> = {}
  table.header.forEach((h, index) => {
    const field = fieldsOf(h).find(f => map[f] === undefined)
    if (field !== undefined) map[field] = index
  })
  return map
}

export function readSpawnCandidates(doc: Doc, diag: FileDiagnostics): SpawnSection {
  const section = findSection(doc, k => /^spawn\s*candidates\b/.test(k))
  if (!section) return { candidates: [], found: false }
  const table = findTables(doc, section.index + 1, section.end).find(t => {
    const map = mapColumns(t)
    return map.id !== undefined && (map.subtask !== undefined || map.touches !== undefined)
  })
  if (!table) return { candidates: [], found: true }
  const map = mapColumns(table)
  const width = table.header.length
  const candidates: SpawnCandidate[] = []
  for (const row of table.rows) {
    const cells = repairSplitRow(row.cells, width, map.dedup)
    if (cells.length > width) {
      diag.warning(
        row.line,
        `spawn candidate row has ${row.cells.length} cells for ${width} columns; the extra cells are ignored`
      )
    }
    const cell = (field: Field): string => {
      const index = map[field]
      return index === undefined ? '' : (cells[index] ?? '').trim()
    }
    if (cells.every(c => c.trim() === '')) continue
    const subtask = inlineText(cell('subtask'))
    if (isPlaceholder(subtask) || isPlaceholder(cell('touches'))) continue
    const touches = readTouchesCell(cell('touches'))
    const id = inlineText(cell('id')) || `SC-${String(candidates.length + 1).padStart(2, '0')}`
    candidates.push({
      id,
      subtask,
      touches,
      effort: orNull(inlineText(cell('effort'))),
      userInput: readBool(cell('userInput')),
      severity: orNull(inlineText(cell('severity')).toLowerCase()),
      dedupKey: dedupKey(cell('dedup'), touches, subtask),
      accept: orNull(inlineText(cell('accept'))),
      line: row.line
    })
  }
  return { candidates, found: true }
}

const MAX_SURPLUS_CELLS = 8

/**
 * GFM splits a row on every `|`, even inside a code span, so a row can come
 * out longer than the header. Rejoin the cells where a code span was cut
 * (a cell leaves a backtick open and a later one closes it); failing that, a
 * row one cell long is a bare `file|intent` dedup key, rejoined at that column.
 */
function repairSplitRow(
  cells: readonly string[],
  width: number,
  dedupColumn: number | undefined
): string[] {
  let out = [...cells]
  // A longer surplus is not a few stray pipes, and rejoining it would cost quadratic time.
  if (out.length - width > MAX_SURPLUS_CELLS) return out
  let joinedSpan = false
  let i = 0
  while (i < out.length && out.length > width) {
    const open = danglingBacktick(out[i] ?? '')
    const last = Math.min(out.length - 1, i + out.length - width)
    let merged = false
    for (let j = i + 1; open !== -1 && j <= last; j++) {
      const joined = out.slice(i, j + 1).join('|')
      if (danglingBacktick(joined) !== open) {
        out = [...out.slice(0, i), joined, ...out.slice(j + 1)]
        joinedSpan = merged = true
        break
      }
    }
    // A rejoined cell may leave another span open: look at it again.
    if (!merged) i++
  }
  if (!joinedSpan && out.length === width + 1 && dedupColumn !== undefined) {
    const d = dedupColumn
    out = [...out.slice(0, d), `${out[d] ?? ''}|${out[d + 1] ?? ''}`, ...out.slice(d + 2)]
  }
  return out
}

function orNull(text: string): string | null {
  return text === '' ? null : text
}

function readTouchesCell(text: string): string[] {
  const spans = codeSpans(text)
  const raw = spans.length > 0 ? spans : text.split(',')
  const out: string[] = []
  for (const r of raw) {
    const p = normalisePath(r)
    if (p !== null && !out.includes(p)) out.push(p)
  }
  return out
}

function readBool(text: string): boolean | null {
  const t = inlineText(text).toLowerCase()
  if (['true', 'yes', 'y', '1'].includes(t)) return true
  if (['false', 'no', 'n', '0'].includes(t)) return false
  return null
}

/** The written key, normalised (`cache.py|type-annot`), else basename of the first touch | slug of the subtask. */
function dedupKey(written: string, touches: string[], subtask: string): string {
  const w = written.replaceAll('`', '').trim().toLowerCase()
  if (w !== '' && !isNone(w)) {
    const bar = w.indexOf('|')
    if (bar === -1) return basename(w)
    return `${basename(w.slice(0, bar).trim())}|${w.slice(bar + 1).trim()}`
  }
  const first = touches[0]
  return `${first === undefined ? '' : basename(first)}|${slug(subtask)}`
}

function isNone(text: string): boolean {
  return ['-', '—', 'n/a', 'none'].includes(text)
}
