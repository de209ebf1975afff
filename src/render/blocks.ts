// The rendered document as a tree of markdown blocks. Leaves are atomic (a
// paragraph, a list item, a table row, a whole fenced block); groups join
// their children and may carry an opening and a closing part (a heading, a
// table header, `<details>` … `</details>`). Budget cuts happen between
// blocks, so a cut can never land inside a fence, a table row or an open
// `<details>`.

export interface Leaf {
  kind: 'leaf'
  text: string
}

export interface Group {
  kind: 'group'
  /** Plain-text name used in the truncation notice; null for anonymous groups. */
  label: string | null
  /** Printed before the children, separated from the first by `sep`. */
  head: string | null
  /** Printed after the children, after a blank line (`</details>`). */
  tail: string | null
  /** `\n` for table rows and tight list items, a blank line otherwise. */
  sep: '\n' | '\n\n'
  children: Block[]
  /** Never split: all or nothing (a graph, a short paragraph group). */
  atomic: boolean
}

export type Block = Leaf | Group

export function leaf(text: string): Leaf {
  return { kind: 'leaf', text }
}

export function group(
  children: Block[],
  options: Partial<Omit<Group, 'kind' | 'children'>> = {}
): Group {
  return {
    kind: 'group',
    label: options.label ?? null,
    head: options.head ?? null,
    tail: options.tail ?? null,
    sep: options.sep ?? '\n\n',
    children,
    atomic: options.atomic ?? false
  }
}

/** A heading followed by its content. */
export function section(label: string, heading: string, children: Block[]): Group {
  return group(children, { label, head: heading })
}

/**
 * A collapsed block. The blank line after `<summary>` lets GitHub parse the
 * content as markdown; the summary itself is raw HTML, so its text must be
 * HTML-escaped, not markdown-escaped.
 */
export function details(
  summaryHtml: string,
  children: Block[],
  label: string | null = null
): Group {
  return group(children, {
    label,
    head: `<details>\n<summary>${summaryHtml}</summary>`,
    tail: '</details>'
  })
}

/** A GFM table; rows are already-escaped cell strings. */
export function table(
  header: readonly string[],
  rows: ReadonlyArray<readonly string[]>,
  label: string | null = null
): Group {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`
  return group(
    rows.map(cells => leaf(line(cells))),
    { label, head: `${line(header)}\n${line(header.map(() => '---'))}`, sep: '\n' }
  )
}

/** A tight bullet list; each item may hold indented continuation lines. */
export function bulletList(items: readonly string[], label: string | null = null): Group {
  return group(
    items.map(item => leaf(`- ${item}`)),
    { label, sep: '\n' }
  )
}

/** A tight ordered list starting at `start`; continuation lines are indented to fit the marker. */
export function orderedList(
  items: ReadonlyArray<{ line: string; more: readonly string[] }>,
  start: number
): Group {
  return group(
    items.map((item, i) => {
      const marker = `${start + i}. `
      const indent = ' '.repeat(marker.length)
      return leaf(
        [`${marker}${item.line}`, ...item.more.map(more => `${indent}${more}`)].join('\n')
      )
    }),
    { sep: '\n' }
  )
}

/** A fenced block of text we generated (never report text): kept whole. */
export function fence(language: string, body: string): Leaf {
  const longest = Math.max(2, ...(body.match(/`+/g) ?? []).map(run => run.length))
  const ticks = '`'.repeat(longest + 1)
  return leaf(`${ticks}${language}\n${body}\n${ticks}`)
}

export function serialize(block: Block): string {
  if (block.kind === 'leaf') return block.text
  const inner = block.children.map(serialize).filter(text => text !== '')
  const parts = block.head === null ? inner : [block.head, ...inner]
  const body = parts.join(block.sep)
  if (block.tail === null) return body
  return body === '' ? block.tail : `${body}\n\n${block.tail}`
}

/** The whole document: blocks separated by blank lines, ending with a newline. */
export function serializeDocument(blocks: readonly Block[]): string {
  const text = blocks
    .map(serialize)
    .filter(t => t !== '')
    .join('\n\n')
  return text === '' ? '' : `${text}\n`
}

/**
 * The content as is when short, else inside `<details>`: long sections stay
 * one click away instead of pushing the rest of the report down.
 */
export function collapseIfLong(
  summaryHtml: string,
  children: Block[],
  limits: { bytes: number; rows: number },
  label: string | null = null
): Block[] {
  const text = children.map(serialize).join('\n\n')
  const rows = text.split('\n').length
  if (Buffer.byteLength(text, 'utf8') <= limits.bytes && rows <= limits.rows) return children
  return [details(summaryHtml, children, label)]
}
