// GFM pipe tables read line by line. Cells split on every unescaped `|`, code
// spans included, exactly as GFM does; unlike the markdown parser this keeps
// the surplus cells of a long row, which the spawn-candidate repair needs.

import { inlineText } from './inline.js'
import { englishName } from './languages.js'
import { type Doc, lineNo } from './sections.js'

interface TableRow {
  cells: string[]
  line: number
}

export interface Table {
  /** Header cells as plain lower-case text. */
  header: string[]
  rows: TableRow[]
  line: number
  /** Index of the line after the table. */
  end: number
}

/**
 * A table's delimiter row (`|---|:--:|`): cells of dashes with optional colons.
 * Split rather than matched whole: that regex took quadratic time on a long
 * line of spaces.
 */
function isDelimiterRow(line: string): boolean {
  return splitRow(line).every(cell => /^:?-+:?$/.test(cell))
}

export function splitRow(line: string): string[] {
  let t = line.trim()
  if (t.startsWith('|')) t = t.slice(1)
  if (t.endsWith('|') && !t.endsWith('\\|')) t = t.slice(0, -1)
  // Without an escaped pipe every `|` ends a cell: a native split, not a string
  // grown a character at a time.
  if (!t.includes('\\|')) return t.split('|').map(cell => cell.trim())
  const cells: string[] = []
  let cell = ''
  for (let i = 0; i < t.length; i++) {
    const ch = t.charAt(i)
    if (ch === '\\' && t.charAt(i + 1) === '|') {
      cell += '|'
      i++
    } else if (ch === '|') {
      cells.push(cell.trim())
      cell = ''
    } else {
      cell += ch
    }
  }
  cells.push(cell.trim())
  return cells
}

/** Tables whose header line lies in [start, end), outside fences. */
export function findTables(doc: Doc, start: number, end: number): Table[] {
  const tables: Table[] = []
  const stop = Math.min(end, doc.lines.length)
  for (let i = start; i + 1 < stop; i++) {
    const head = doc.lines[i] ?? ''
    if (doc.opaque[i] || doc.opaque[i + 1] || !head.includes('|')) continue
    const delimiter = doc.lines[i + 1] ?? ''
    if (!delimiter.includes('-') || !delimiter.includes('|') || !isDelimiterRow(delimiter)) {
      continue
    }
    const header = splitRow(head).map(c => inlineText(c).toLowerCase())
    const rows: TableRow[] = []
    let j = i + 2
    for (; j < stop; j++) {
      const line = doc.lines[j] ?? ''
      if (doc.opaque[j] || doc.headingOn[j] !== -1 || !line.includes('|') || line.trim() === '') {
        break
      }
      rows.push({ cells: splitRow(line), line: lineNo(doc, j) })
    }
    tables.push({ header, rows, line: lineNo(doc, i), end: j })
    i = j - 1
  }
  return tables
}

/** Index of the first header cell that passes the test, or -1. */
export function column(table: Table, test: (header: string) => boolean): number {
  return table.header.findIndex(test)
}

/**
 * The column whose header holds the earliest of `words` as a whole word, other
 * than column `skip`; -1 when no header holds one. Where a table has a Score
 * and a Status column, the caller's order says which one is the value. A
 * header in a language the parser knows is read by its English name
 * (`Оценка` as score), so every table reader takes the same headers.
 */
export function rankedColumn(
  headers: readonly string[],
  words: readonly string[],
  skip = -1
): number {
  const names = headers.map(englishName)
  for (const word of words) {
    const c = names.findIndex((h, i) => i !== skip && holdsWord(h, word))
    if (c !== -1) return c
  }
  return -1
}

function holdsWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    if (!isWordChar(text.charCodeAt(at - 1)) && !isWordChar(text.charCodeAt(at + word.length))) {
      return true
    }
  }
  return false
}

/** `\w` of a pattern: a letter, digit or underscore of ASCII; NaN (outside the text) is not. */
function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95
}
