// Blockers written as a table (`| Blocker | Severity | Status |`), one row
// each, turned into the list items the blocker reader takes: a table the
// reader skipped was a blocker lost, and a lost blocker can pass a check.

import type { Item } from './blocks.js'
import type { FileDiagnostics } from './diagnostics.js'
import { inlineText } from './inline.js'
import type { Doc } from './sections.js'
import { findTables, rankedColumn } from './tables.js'

/** Header words of the column that names each blocker, most telling first. */
const TITLE_HEADERS = [
  'blocker',
  'blockers',
  'issue',
  'issues',
  'problem',
  'question',
  'questions',
  'title',
  'item',
  'description'
]
const STATUS_HEADERS = ['status', 'state', 'resolution', 'resolved']
const DETAIL_HEADERS = ['description', 'details', 'impact', 'notes', 'note']

export interface TableBlocker {
  /** The row as a list item whose text is its title cell. */
  item: Item
  /** The Description / Details / Impact cell, when the table has one besides the title. */
  description: string
  /** The status cell says it is over: resolved, closed, fixed, done, ✅. */
  resolved: boolean
  /** The title column is headed Question: the row asks, it does not block. */
  question: boolean
}

/**
 * The rows of the tables in [start, end) as blocker items. A table without a
 * column that names the blocker is not guessed at: a warning says its rows
 * were not read.
 */
export function tableBlockers(
  doc: Doc,
  start: number,
  end: number,
  diag: FileDiagnostics
): TableBlocker[] {
  const out: TableBlocker[] = []
  for (const table of findTables(doc, start, end)) {
    if (table.rows.length === 0) continue
    const titleCol = rankedColumn(table.header, TITLE_HEADERS)
    if (titleCol === -1) {
      diag.warning(
        table.line,
        `this table has no Blocker, Issue, Problem or Description column (columns: ${table.header.join(', ')}); its ${table.rows.length === 1 ? 'row is' : `${table.rows.length} rows are`} not read as blockers`
      )
      continue
    }
    const statusCol = rankedColumn(table.header, STATUS_HEADERS, titleCol)
    const detailCol = rankedColumn(table.header, DETAIL_HEADERS, titleCol)
    const question = rankedColumn([table.header[titleCol] ?? ''], ['question', 'questions']) === 0
    for (const row of table.rows) {
      out.push({
        item: {
          text: row.cells[titleCol] ?? '',
          box: null,
          ordered: false,
          line: row.line,
          sub: []
        },
        description: detailCol === -1 ? '' : inlineText(row.cells[detailCol] ?? ''),
        resolved: statusCol !== -1 && isOver(row.cells[statusCol] ?? ''),
        question
      })
    }
  }
  return out
}

function isOver(status: string): boolean {
  return status.includes('✅') || /\b(?:resolved|closed|fixed|done)\b/i.test(status)
}
