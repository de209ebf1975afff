// The markdown parser (micromark with GFM, into mdast), used only on the
// Summary paragraphs that hold markup. A chunk of its own in the bundles,
// loaded through markdown.ts the first time a summary needs it.

import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { toString } from 'mdast-util-to-string'
import { gfm } from 'micromark-extension-gfm'

const extensions = [gfm()]
const mdastExtensions = [gfmFromMarkdown()]

/** The first paragraph of the lines as plain text: markup and raw HTML dropped, whitespace collapsed. */
export function paragraphText(lines: readonly string[]): string {
  const root = fromMarkdown(lines.join('\n'), { extensions, mdastExtensions })
  const first = root.children.find(n => n.type === 'paragraph') ?? root
  return toString(first, { includeHtml: false }).replace(/\s+/g, ' ').trim()
}
