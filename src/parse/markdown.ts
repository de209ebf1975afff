// The markdown parser (remark with GFM), used only on the small slices of a
// file that hold prose. Node positions are shifted back to file lines.

import type { Nodes, Root } from 'mdast'
import { toString } from 'mdast-util-to-string'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

type Parser = (text: string) => Root

let parser: Parser | null = null

function getParser(): Parser {
  if (!parser) {
    const processor = unified().use(remarkParse).use(remarkGfm)
    parser = text => processor.parse(text)
  }
  return parser
}

/** Parse lines as markdown; `firstLine` is the file line number of `lines[0]`. */
export function parseSlice(lines: readonly string[], firstLine: number): Root {
  const root = getParser()(lines.join('\n'))
  const shift = firstLine - 1
  if (shift !== 0) shiftPositions(root, shift)
  return root
}

function shiftPositions(node: Nodes, shift: number): void {
  const stack: Nodes[] = [node]
  while (stack.length > 0) {
    const n = stack.pop()
    if (!n) break
    if (n.position) {
      n.position.start.line += shift
      n.position.end.line += shift
    }
    if ('children' in n) for (const child of n.children) stack.push(child)
  }
}

/** Plain text of a node: markup and raw HTML dropped, whitespace collapsed. */
export function plainText(node: Nodes): string {
  return toString(node, { includeHtml: false }).replace(/\s+/g, ' ').trim()
}
