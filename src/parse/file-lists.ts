// File listings as reports write them: fenced path lists, fenced trees drawn
// with `├──` / `└──` / `│` and dotted leaders (`cache.py ..... NEW (180 lines)`),
// and bullets such as `` - `path` - note ``. Tree paths are rebuilt from the
// column where each name starts, so any indent width works.

import { normalisePath } from './paths.js'
import { codeSpans, isNone } from './inline.js'
import { type Doc, type Fence, lineNo } from './sections.js'

export type ChangeKind = 'created' | 'modified' | 'deleted'

export interface PathEntry {
  /** The name as written, rebuilt into a full path for trees. */
  raw: string
  /** Normalised path, or null when the text is not a usable path. */
  path: string | null
  kind: ChangeKind | null
  linesAdded: number | null
  linesRemoved: number | null
  note: string | null
  line: number
}

export interface Annotation {
  kind: ChangeKind | null
  linesAdded: number | null
  linesRemoved: number | null
  note: string | null
}

const KIND_WORDS: Array<[RegExp, ChangeKind]> = [
  [/^(?:new|created|added|create|add)\b/i, 'created'],
  [/^(?:modified|updated|changed|edited|modify|update|refactored)\b/i, 'modified'],
  [/^(?:deleted|removed|delete|remove)\b/i, 'deleted']
]

/** Read the text after a path: change word, line counts, note. */
export function readAnnotation(text: string): Annotation {
  let t = text.trim().replace(/^[-—–:#,\s]+/, '')
  let kind: ChangeKind | null = null
  const unwrapped = t.replace(/^\(\s*/, '')
  for (const [re, k] of KIND_WORDS) {
    const m = re.exec(unwrapped)
    if (m) {
      kind = k
      t = unwrapped.slice(m[0].length)
      if (t.trimEnd().endsWith(')') && !t.includes('(')) t = t.trimEnd().slice(0, -1)
      break
    }
  }
  let added: number | null = null
  let removed: number | null = null
  const pair = /\+\s*(\d[\d,]*)\s*\/\s*[-−]\s*(\d[\d,]*)/.exec(t)
  if (pair) {
    added = toInt(pair[1])
    removed = toInt(pair[2])
    t = t.replace(pair[0], '')
  }
  t = t.replace(
    /([+\-−])?\s*~?(\d[\d,]*)\s+lines?\b/gi,
    (_all, sign: string | undefined, n: string) => {
      const value = toInt(n)
      if (sign === '-' || sign === '−' || (sign === undefined && kind === 'deleted')) {
        removed ??= value
      } else {
        added ??= value
      }
      return ''
    }
  )
  const note = trimNote(t.replace(/\(\s*[,;]?\s*\)/g, ''))
  return { kind, linesAdded: added, linesRemoved: removed, note: note === '' ? null : note }
}

/** Trim separators, and parentheses left unbalanced by what was cut out. */
function trimNote(text: string): string {
  let t = text.replace(/^[\s,;:—–-]+|[\s,;:—–-]+$/g, '')
  for (let k = 0; k < 3; k++) {
    const opens = (t.match(/\(/g) ?? []).length
    const closes = (t.match(/\)/g) ?? []).length
    if (t.startsWith('(') && (t.endsWith(')') || opens > closes)) t = t.slice(1)
    else if (t.endsWith(')') && closes > opens) t = t.slice(0, -1)
    else break
    if (t.endsWith(')') && (t.match(/\)/g) ?? []).length > (t.match(/\(/g) ?? []).length) {
      t = t.slice(0, -1)
    }
    t = t.replace(/^[\s,;:—–-]+|[\s,;:—–-]+$/g, '')
  }
  return t.trim()
}

function toInt(text: string | undefined): number | null {
  if (text === undefined) return null
  const n = Number(text.replace(/,/g, ''))
  return Number.isSafeInteger(n) ? n : null
}

// Tree drawing at the start of a line: box-drawing characters, ASCII `|`, `+--`, `` `-- ``, `\--`,
// and list markers.
const PREFIX_RE = /^(?:[\s│├└┣┗┃─━┬┼╰╭|+\\>]|`--|-+(?=[\s>-]))*/
const LEADER_RE = /\s+\.{2,}\s*|\s*\.{4,}\s*|\s*…+\s*/

interface Pending extends PathEntry {
  column: number
  folder: boolean
  container: boolean
}

/** Paths listed in a fence, as a plain list or a tree. */
export function readPathBlock(doc: Doc, fence: Fence): PathEntry[] {
  const entries: Pending[] = []
  const stack: Pending[] = []
  const last = Math.min(fence.close, doc.lines.length)
  for (let i = fence.open + 1; i < last; i++) {
    const raw = (doc.lines[i] ?? '').replace(/\t/g, '    ')
    const prefix = PREFIX_RE.exec(raw)?.[0] ?? ''
    const rest = raw.slice(prefix.length).trim()
    if (rest === '' || rest.startsWith('[') || rest.startsWith('#') || isNone(rest)) continue
    if (/^[^/`]*:$/.test(rest)) {
      // A label line such as `Performance data:` starts a new list.
      stack.length = 0
      continue
    }
    const { name, annotation } = splitName(rest)
    if (name === '') continue
    const column = prefix.length
    while (stack.length > 0 && (stack[stack.length - 1]?.column ?? 0) >= column) stack.pop()
    const parent = stack[stack.length - 1]
    if (parent) parent.container = true
    const full = (parent ? parent.raw : '') + name.replace(/^\.?\/+/, '')
    const a = readAnnotation(annotation)
    const entry: Pending = {
      raw: full,
      path: normalisePath(full),
      ...a,
      line: lineNo(doc, i),
      column,
      folder: full.endsWith('/'),
      container: false
    }
    entries.push(entry)
    if (entry.folder) stack.push(entry)
  }
  return entries
    .filter(e => !e.folder || !e.container || e.kind !== null)
    .map(e => ({
      raw: e.raw,
      path: e.path,
      kind: e.kind,
      linesAdded: e.linesAdded,
      linesRemoved: e.linesRemoved,
      note: e.note,
      line: e.line
    }))
}

function splitName(rest: string): { name: string; annotation: string } {
  const leader = LEADER_RE.exec(rest)
  if (leader && leader.index > 0) {
    return {
      name: cleanName(rest.slice(0, leader.index)),
      annotation: rest.slice(leader.index + leader[0].length)
    }
  }
  if (rest.startsWith('`')) {
    const close = rest.indexOf('`', 1)
    if (close > 0)
      return { name: cleanName(rest.slice(1, close)), annotation: rest.slice(close + 1) }
  }
  const space = rest.search(/\s/)
  if (space === -1) return { name: cleanName(rest), annotation: '' }
  return { name: cleanName(rest.slice(0, space)), annotation: rest.slice(space) }
}

function cleanName(text: string): string {
  return text
    .trim()
    .replace(/^[`'"*]+|[`'"*,;:]+$/g, '')
    .trim()
}

/**
 * A bullet that names a path: the first code span, else the first word, then
 * the note after it (`` `docs/a.md` - what it holds ``).
 */
export function readPathItem(text: string, line: number): PathEntry | null {
  const t = text.trim().replace(/^~~|~~$/g, '')
  if (t === '' || t.startsWith('[') || isNone(t)) return null
  let name: string
  let annotation: string
  const spans = codeSpans(t)
  const first = spans[0]
  if (first !== undefined && first !== '') {
    name = first
    const at = t.indexOf(first)
    const close = t.indexOf('`', at + first.length)
    annotation = close === -1 ? '' : t.slice(close + 1).replace(/^`+/, '')
  } else {
    const split = splitName(t.replace(/\*\*/g, ''))
    name = split.name
    annotation = split.annotation
  }
  if (name === '') return null
  return { raw: name, path: normalisePath(name), ...readAnnotation(annotation), line }
}
