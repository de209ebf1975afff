// Block-level reading of line ranges: list items with their sub-lines, label
// values, and the first prose paragraph.

import { indentOf, isBlank, lineLabel, listItem } from './inline.js'
import { type Doc, labelAt, lineNo } from './sections.js'

interface SubLine {
  text: string
  box: string | null
  line: number
}

export interface Item {
  /** Item text after marker and box, continuation lines joined with a space. */
  text: string
  box: string | null
  ordered: boolean
  line: number
  /** Deeper list items and indented lines under the item. */
  sub: SubLine[]
}

/** Top-level list items in [start, end), fences and HTML comments skipped. */
export function itemsIn(doc: Doc, start: number, end: number): Item[] {
  const items: Item[] = []
  let base = -1
  let current: Item | null = null
  // Continuation lines of an item, joined once: appending each to its text
  // copied the growing text every time.
  const more = new Map<Item, string[]>()
  const stop = Math.min(end, doc.lines.length)
  for (let i = start; i < stop; i++) {
    if (doc.opaque[i] || doc.headingOn[i] !== -1) continue
    const line = doc.lines[i] ?? ''
    if (isBlank(line)) continue
    const item = listItem(line)
    if (item && (base === -1 || item.indent <= base + 1)) {
      if (base === -1) base = item.indent
      current = {
        text: item.text,
        box: item.box,
        ordered: item.ordered,
        line: lineNo(doc, i),
        sub: []
      }
      items.push(current)
    } else if (item && current) {
      current.sub.push({ text: item.text, box: item.box, line: lineNo(doc, i) })
    } else if (current && indentOf(line) > base) {
      if (current.sub.length === 0) {
        const parts = more.get(current)
        if (parts) parts.push(line.trim())
        else more.set(current, [line.trim()])
      } else current.sub.push({ text: line.trim(), box: null, line: lineNo(doc, i) })
    } else {
      current = null
    }
  }
  for (const [item, parts] of more) item.text = [item.text, ...parts].join(' ').trim()
  return items
}

/**
 * The list that follows a label line (`**Design decisions:**`): items from
 * the next line until a heading or an unindented line that is not an item.
 */
export function itemsAfter(doc: Doc, index: number): Item[] {
  const labelIndent = indentOf(doc.lines[index] ?? '')
  let end = index + 1
  let seenItem = false
  for (; end < doc.lines.length; end++) {
    if (doc.headingOn[end] !== -1) break
    const line = doc.lines[end] ?? ''
    if (doc.opaque[end] || isBlank(line)) continue
    // Another empty label no deeper than this one opens its own list: without this
    // stop, a run of repeated labels would read the rest of the run once per label.
    if (indentOf(line) <= labelIndent && line.includes('**') && lineLabel(line)?.value === '') break
    if (listItem(line)) seenItem = true
    else if (indentOf(line) === 0 || !seenItem) break
  }
  return itemsIn(doc, index + 1, end)
}

/** The value of the first `**Label:**` line in [start, end) whose label passes the test. */
export function labelValue(
  doc: Doc,
  start: number,
  end: number,
  test: (label: string) => boolean
): { value: string; line: number; index: number } | null {
  const stop = Math.min(end, doc.lines.length)
  for (let i = start; i < stop; i++) {
    if (doc.opaque[i]) continue
    const l = labelAt(doc, i)
    if (!l || !test(l.label.toLowerCase())) continue
    let value = l.value
    // A value may sit on the next line.
    if (value === '') {
      for (let j = i + 1; j < stop && j <= i + 2; j++) {
        const next = doc.lines[j] ?? ''
        if (doc.opaque[j] || doc.headingOn[j] !== -1 || lineLabel(next)) break
        if (!isBlank(next)) {
          value = next.trim()
          break
        }
      }
    }
    return { value, line: lineNo(doc, i), index: i }
  }
  return null
}

const BLOCK_START_RE = /^\s{0,3}(?:[-*+]\s|\d{1,9}[.)]\s|>|\||#{1,6}(?:\s|$)|(?:[-*_]\s*){3,}$)/

/**
 * Whether a line starts a block other than a paragraph. Its first visible
 * character rules out most prose lines before the pattern runs, and so before
 * it is compiled (docs/performance.md, "Regular expressions compiled at start").
 */
function startsBlock(line: string): boolean {
  return '-*+>|#_0123456789'.includes(line.trimStart().charAt(0)) && BLOCK_START_RE.test(line)
}

/**
 * The first prose paragraph in [start, end): lines up to a blank line or the
 * start of another block. Paragraphs that are only a label (`**Key findings:**`)
 * or pass `skip` are passed over.
 */
export function firstParagraph(
  doc: Doc,
  start: number,
  end: number,
  skip: (text: string) => boolean
): { lines: string[]; line: number } | null {
  const stop = Math.min(end, doc.lines.length)
  for (let i = start; i < stop; i++) {
    const line = doc.lines[i] ?? ''
    if (doc.opaque[i] || isBlank(line) || startsBlock(line)) continue
    const lines: string[] = []
    let j = i
    for (; j < stop; j++) {
      const l = doc.lines[j] ?? ''
      if (doc.opaque[j] || isBlank(l) || (j > i && startsBlock(l))) break
      lines.push(l)
    }
    const text = lines.join(' ').trim()
    const label = lineLabel(text)
    if ((label && label.value === '') || skip(text)) {
      i = j
      continue
    }
    return { lines, line: lineNo(doc, i) }
  }
  return null
}
