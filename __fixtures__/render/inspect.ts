// Structural checks on rendered markdown, shared by the render tests: fences
// and `<details>` balanced, no raw HTML but ours, no live mentions.

import type { Nodes } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

export interface Structure {
  /** Every fence that opens is closed. */
  fencesBalanced: boolean
  /** Lines outside fences that open `<details>` minus those that close it; never negative on the way. */
  detailsBalanced: boolean
  detailsOpened: number
  /** Lines outside fences that start with `<` and are not one of our own tags. */
  foreignHtmlLines: string[]
  /** Tags outside fences other than ours (`details`, `summary`, `sub`, `code`, the marker comment). */
  foreignTags: string[]
  /** Mermaid graphs, in order. */
  mermaid: string[]
}

const OUR_TAGS = [/^<details>$/, /^<\/details>$/, /^<summary>.*<\/summary>$/, /^<sub>.*<\/sub>$/, /^<!-- swarm-integration-report \{.*\} -->$/, /^<!-- swarm-integration-report:state v1 [A-Za-z0-9+/=]+ -->$/]

export function inspect(markdown: string): Structure {
  const lines = markdown.split('\n')
  let fence: { char: string; length: number; info: string; body: string[] } | null = null
  let fencesBalanced = true
  let depth = 0
  let opened = 0
  let detailsBalanced = true
  const foreign: string[] = []
  const tags: string[] = []
  const mermaid: string[] = []
  for (const line of lines) {
    const m = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line)
    if (fence !== null) {
      if (m !== null && m[1] !== undefined && m[1][0] === fence.char && m[1].length >= fence.length && (m[2] ?? '').trim() === '') {
        if (fence.info === 'mermaid') mermaid.push(fence.body.join('\n'))
        fence = null
      } else fence.body.push(line)
      continue
    }
    if (m !== null && m[1] !== undefined) {
      const info = (m[2] ?? '').trim()
      // A backtick fence's info string may not contain a backtick.
      if (m[1][0] === '`' && info.includes('`')) continue
      fence = { char: m[1][0] ?? '`', length: m[1].length, info, body: [] }
      continue
    }
    const trimmed = line.trim()
    if (trimmed === '<details>') {
      depth++
      opened++
    } else if (trimmed === '</details>') {
      depth--
      if (depth < 0) detailsBalanced = false
    }
    if (/^ {0,3}</.test(line) && !OUR_TAGS.some(re => re.test(trimmed))) foreign.push(line)
    for (const tag of line.matchAll(/<(\/?[A-Za-z!][^\s>]*)/g)) {
      const name = tag[1] ?? ''
      const ours = /^\/?(details|summary|sub|code)$/.test(name) || (name === '!--' && (line.startsWith('<!-- swarm-integration-report {') || line.startsWith('<!-- swarm-integration-report:state v1 ')))
      if (!ours) tags.push(tag[0])
    }
  }
  if (fence !== null) fencesBalanced = false
  if (depth !== 0) detailsBalanced = false
  return { fencesBalanced, detailsBalanced, detailsOpened: opened, foreignHtmlLines: foreign, foreignTags: tags, mermaid }
}

/**
 * Mentions GitHub would link: `@name` in the text of the parsed document.
 * Code and raw HTML are not text, and GitHub links no mentions inside them.
 * Only the blocks (runs of lines between blank lines, outside fences) that
 * hold an `@` followed by a name at all are parsed, which keeps this fast.
 */
export function liveMentions(markdown: string): string[] {
  const found: string[] = []
  for (const chunk of suspectChunks(markdown)) {
    const walk = (node: Nodes): void => {
      if (node.type === 'text') {
        found.push(...(node.value.match(/(?:^|[^A-Za-z0-9_])@[A-Za-z0-9][A-Za-z0-9-]*(?:\/[A-Za-z0-9_-]+)?/g) ?? []))
      }
      if ('children' in node) node.children.forEach(child => walk(child))
    }
    walk(unified().use(remarkParse).use(remarkGfm).parse(chunk))
  }
  return found
}

function suspectChunks(markdown: string): string[] {
  const chunks: string[] = []
  let current: string[] = []
  let fence: string | null = null
  const flush = (): void => {
    const text = current.join('\n')
    if (/@[A-Za-z0-9]/.test(text)) chunks.push(text)
    current = []
  }
  for (const line of markdown.split('\n')) {
    const m = /^ {0,3}(`{3,}|~{3,})/.exec(line)
    if (fence !== null) {
      if (m !== null && m[1] !== undefined && m[1][0] === fence[0] && m[1].length >= fence.length) fence = null
      continue
    }
    if (m !== null && m[1] !== undefined) {
      flush()
      fence = m[1]
      continue
    }
    if (line.trim() === '') flush()
    else current.push(line)
  }
  flush()
  return chunks
}

export function countOf(haystack: string, needle: string): number {
  let n = 0
  let i = haystack.indexOf(needle)
  while (i !== -1) {
    n++
    i = haystack.indexOf(needle, i + needle.length)
  }
  return n
}

export function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}

/**
 * Table rows whose cell count differs from their header's, split as GFM
 * splits them: on every `|` not escaped by a backslash, code spans included.
 */
export function misshapenRows(markdown: string): string[] {
  const lines = markdown.split('\n')
  const bad: string[] = []
  for (let i = 0; i + 1 < lines.length; i++) {
    const header = lines[i] ?? ''
    if (!header.startsWith('| ') || !/^\|( --- \|)+$/.test(lines[i + 1] ?? '')) continue
    const columns = pipes(header)
    for (let j = i + 2; j < lines.length && (lines[j] ?? '').startsWith('|'); j++) {
      if (pipes(lines[j] ?? '') !== columns) bad.push(lines[j] ?? '')
    }
  }
  return bad
}

function pipes(line: string): number {
  let n = 0
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '\\') i++
    else if (line[i] === '|') n++
  }
  return n
}
