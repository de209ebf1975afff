// The SpawnCandidates table: columns found by header name (6, 7 or 8 of
// them), the row split by a `|` inside the dedup key repaired, and a dedup
// key made when the table has none.

import type { SpawnCandidate } from '../model.js'
import type { FileDiagnostics } from './diagnostics.js'
import { basename, codeSpans, inlineText, isPlaceholder, slug } from './inline.js'
import { normalisePath } from './paths.js'
import { type Doc, findSection } from './sections.js'
import { type Table, findTables } from './tables.js'

export interface SpawnSection {
  candidates: SpawnCandidate[]
  found: boolean
}

type Field = 'id' | 'dedup' | 'userInput' | 'accept' | 'touches' | 'effort' | 'severity' | 'subtask'

const FIELD_TESTS: Array<[Field, RegExp]> = [
  ['id', /^(?:sc[\s-]?)?id$|^#$/],
  ['dedup', /dedup/],
  ['userInput', /user|input/],
  ['accept', /accept|criteria|done when/],
  ['touches', /touch|files?\b|paths?\b/],
  ['effort', /effort|size|estimate/],
  ['severity', /severity|priority/],
  ['subtask', /subtask|description|task|title|work|item/]
]

function mapColumns(table: Table): Partial<Record<Field, number>> {
  const map: Partial<Record<Field, number>> = {}
  table.header.forEach((h, index) => {
    for (const [field, re] of FIELD_TESTS) {
      if (map[field] === undefined && re.test(h)) {
        map[field] = index
        return
      }
    }
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
    let cells = row.cells
    if (cells.length === width + 1 && map.dedup !== undefined) {
      const d = map.dedup
      cells = [
        ...cells.slice(0, d),
        `${cells[d] ?? ''}|${cells[d + 1] ?? ''}`,
        ...cells.slice(d + 2)
      ]
    } else if (cells.length > width) {
      diag.warning(
        row.line,
        `spawn candidate row has ${cells.length} cells for ${width} columns; the extra cells are ignored`
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
  if (/^(?:true|yes|y|1)$/.test(t)) return true
  if (/^(?:false|no|n|0)$/.test(t)) return false
  return null
}

/** The written key, normalised (`cache.py|type-annot`), else basename of the first touch | slug of the subtask. */
export function dedupKey(written: string, touches: string[], subtask: string): string {
  const w = written.replace(/`/g, '').trim().toLowerCase()
  if (w !== '' && !isNone(w)) {
    const bar = w.indexOf('|')
    if (bar === -1) return basename(w)
    return `${basename(w.slice(0, bar).trim())}|${w.slice(bar + 1).trim()}`
  }
  const first = touches[0]
  return `${first === undefined ? '' : basename(first)}|${slug(subtask)}`
}

function isNone(text: string): boolean {
  return /^(?:-|—|n\/a|none)$/.test(text)
}
