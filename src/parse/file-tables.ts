// Files Touched written as a table (`| File | Change | Lines |`): a claim per
// row, its kind and line counts from the columns that say them.

import type { FileDiagnostics } from './diagnostics.js'
import { type PathEntry, readAnnotation, readPathItem } from './file-lists.js'
import { codeSpans, inlineText } from './inline.js'
import { isPathWord } from './paths.js'
import type { Doc } from './sections.js'
import { type Table, findTables, rankedColumn } from './tables.js'

/** Header words of each column, most telling first. */
const PATH_HEADERS = ['file', 'files', 'path', 'paths', 'filename']
const CHANGE_HEADERS = ['change', 'changes', 'action', 'operation', 'kind', 'type', 'status']
const LINES_HEADERS = ['lines', 'loc', 'diff', 'delta']
const NOTE_HEADERS = ['description', 'notes', 'note', 'purpose', 'reason', 'summary', 'why']

/** A count alone in a Lines cell (`120`, `~40`): lines added, as `Lines changed: 120` reads. */
const BARE_COUNT_RE = /^~?\d[\d,]*$/

/**
 * The file claims of the tables in [start, end). A table without a File or
 * Path column whose cells hold paths is not guessed at: a warning says so.
 */
export function tableFiles(
  doc: Doc,
  start: number,
  end: number,
  diag: FileDiagnostics
): PathEntry[] {
  const out: PathEntry[] = []
  for (const table of findTables(doc, start, end)) {
    const pathCol = rankedColumn(table.header, PATH_HEADERS)
    if (pathCol === -1) {
      if (holdsPaths(table)) {
        diag.warning(
          table.line,
          `this table holds paths but has no File or Path column (columns: ${table.header.join(', ')}); its rows are not read as file claims`
        )
      }
      continue
    }
    const others = (words: readonly string[]): number => rankedColumn(table.header, words, pathCol)
    const changeCol = others(CHANGE_HEADERS)
    const linesCol = others(LINES_HEADERS)
    const noteCol = others(NOTE_HEADERS)
    for (const row of table.rows) {
      const e = readPathItem(row.cells[pathCol] ?? '', row.line)
      if (!e) continue
      const cell = (c: number): string => (c === -1 ? '' : inlineText(row.cells[c] ?? ''))
      const kind = readAnnotation(cell(changeCol)).kind
      const count = cell(linesCol)
      const lines = readAnnotation(BARE_COUNT_RE.test(count) ? `${count} lines` : count)
      out.push({
        raw: e.raw,
        path: e.path,
        kind: kind ?? e.kind,
        linesAdded: lines.linesAdded ?? e.linesAdded,
        linesRemoved: lines.linesRemoved ?? e.linesRemoved,
        note: cell(noteCol) || e.note,
        line: row.line
      })
    }
  }
  return out
}

/** Some cell is a path, or holds one in a code span. */
function holdsPaths(table: Table): boolean {
  return table.rows.some(row =>
    row.cells.some(c => {
      const spans = codeSpans(c)
      return spans.length > 0 ? spans.some(isPathWord) : isPathWord(inlineText(c))
    })
  )
}
