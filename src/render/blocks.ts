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
  /** Kept by measure() once worked out; never set by hand. */
  measured?: Measure
}

export type Block = Leaf | Group

export function leaf(text: string): Leaf {
  return { kind: 'leaf', text }
}

export function group(
  children: Block[],
  options: Partial<Omit<Group, 'kind' | 'children' | 'measured'>> = {}
): Group {
  return {
    kind: 'group',
    label: options.label ?? null,
    head: options.head ?? null,
    tail: options.tail ?? null,
    sep: options.sep ?? '\n\n',
    children,
    atomic: options.atomic ?? false,
    measured: undefined
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

/**
 * The block's markdown: a group's head and non-empty children joined by its
 * separator, then its tail after a blank line.
 */
export function serialize(block: Block): string {
  if (block.kind === 'leaf') return block.text
  const out: string[] = []
  write(block, out)
  return out.join('')
}

/** The whole document: blocks separated by blank lines, ending with a newline. */
export function serializeDocument(blocks: readonly Block[]): string {
  // The pieces of the whole document are gathered and joined once.
  const out: string[] = []
  for (const block of blocks) {
    if (isEmpty(block)) continue
    if (out.length > 0) out.push('\n\n')
    write(block, out)
  }
  if (out.length > 0) out.push('\n')
  return out.join('')
}

/** Appends the pieces of `serialize(block)` to `out`. */
function write(block: Block, out: string[]): void {
  if (block.kind === 'leaf') {
    out.push(block.text)
    return
  }
  let parts = 0
  let bodyEmpty = true
  if (block.head !== null) {
    out.push(block.head)
    parts = 1
    bodyEmpty = block.head === ''
  }
  for (const child of block.children) {
    if (isEmpty(child)) continue
    if (parts > 0) out.push(block.sep)
    write(child, out)
    parts++
    bodyEmpty = false
  }
  if (block.tail !== null) {
    if (!bodyEmpty) out.push('\n\n')
    out.push(block.tail)
  }
}

/** Size of a block's markdown: UTF-8 bytes and line breaks. */
export interface Measure {
  bytes: number
  newlines: number
}

// Blocks are never changed once built, and the budget logic asks for the size
// of the same block several times (collapsing, choosing a detail level,
// cutting): each group is measured once, from its parts, without serialising
// it, and keeps its size (a field, not a WeakMap: cheaper for thousands of
// groups, to set and to collect).

function newlinesIn(text: string): number {
  let n = 0
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++
  return n
}

function measureText(text: string): Measure {
  return { bytes: Buffer.byteLength(text, 'utf8'), newlines: newlinesIn(text) }
}

/** What `serialize(block)` would produce, measured without producing it. */
export function measure(block: Block): Measure {
  // A leaf is measured directly: quicker than looking it up.
  if (block.kind === 'leaf') return measureText(block.text)
  if (block.measured !== undefined) return block.measured
  const sep = block.sep === '\n' ? 1 : 2
  let parts = 0
  let bytes = 0
  let newlines = 0
  if (block.head !== null) {
    const head = measureText(block.head)
    parts = 1
    bytes = head.bytes
    newlines = head.newlines
  }
  for (const child of block.children) {
    const m = measure(child)
    if (m.bytes === 0) continue
    if (parts > 0) {
      bytes += sep
      newlines += sep
    }
    parts++
    bytes += m.bytes
    newlines += m.newlines
  }
  if (block.tail !== null) {
    const tail = measureText(block.tail)
    if (bytes > 0) {
      bytes += 2
      newlines += 2
    }
    bytes += tail.bytes
    newlines += tail.newlines
  }
  const size = { bytes, newlines }
  block.measured = size
  return size
}

function isEmpty(block: Block): boolean {
  return block.kind === 'leaf' ? block.text === '' : measure(block).bytes === 0
}

/** UTF-8 bytes of `serializeDocument(blocks)`. */
export function documentBytes(blocks: readonly Block[]): number {
  let bytes = 0
  for (const block of blocks) {
    const size = measure(block).bytes
    if (size === 0) continue
    bytes += bytes === 0 ? size : size + 2
  }
  return bytes === 0 ? 0 : bytes + 1
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
  // The children joined by blank lines, empty ones included.
  let bytes = 0
  let newlines = 0
  children.forEach((child, i) => {
    const m = measure(child)
    const joint = i > 0 ? 2 : 0
    bytes += joint + m.bytes
    newlines += joint + m.newlines
  })
  if (bytes <= limits.bytes && newlines + 1 <= limits.rows) return children
  return [details(summaryHtml, children, label)]
}
