// File listings as reports write them: fenced path lists, fenced trees drawn
// with `├──` / `└──` / `│` and dotted leaders (`cache.py ..... NEW (180 lines)`),
// and bullets such as `` - `path` - note ``. Tree paths are rebuilt from the
// column where each name starts, so any indent width works.

import { memoByText } from './memo.js'
import { toInt } from './numbers.js'
import { isPathWord, normalisePath } from './paths.js'
import { codeSpans, isNone, mayStartNone, trimChars, trimSets } from './inline.js'
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

/** A change word: group 1 is a created one, group 2 a modified one, else deleted. */
const KIND_WORD_RE =
  /^(?:(new|created|added|create|add)|(modified|updated|changed|edited|modify|update|refactored)|deleted|removed|delete|remove)\b/i

/**
 * Read the text after a path: change word, line counts, note. Kept by text: the
 * entries of a tree or list repeat theirs (`NEW`, `MODIFIED (+8 lines)`), so
 * the readings are shared and no caller may change one.
 */
export const readAnnotation: (text: string) => Readonly<Annotation> = memoByText(annotationOf, 1024)

/**
 * String tests stand in for patterns where they can, and one pattern reads the
 * three kinds of change word: each pattern a run meets is compiled at start
 * (docs/performance.md, "Regular expressions compiled at start").
 */
function annotationOf(text: string): Annotation {
  let t = text.trim()
  // Most paths come with nothing after them.
  if (t === '') return { kind: null, linesAdded: null, linesRemoved: null, note: null }
  t = withoutSeparators(t)
  let kind: ChangeKind | null = null
  const unwrapped = t.startsWith('(') ? t.slice(1).trimStart() : t
  const word = KIND_WORD_RE.exec(unwrapped)
  if (word) {
    kind = word[1] !== undefined ? 'created' : word[2] !== undefined ? 'modified' : 'deleted'
    t = unwrapped.slice(word[0].length)
    if (t.trimEnd().endsWith(')') && !t.includes('(')) t = t.trimEnd().slice(0, -1)
  }
  let added: number | null = null
  let removed: number | null = null
  const pair = t.includes('+') ? /\+\s*(\d[\d,]*)\s*\/\s*[-−]\s*(\d[\d,]*)/.exec(t) : null
  if (pair) {
    added = toInt(pair[1])
    removed = toInt(pair[2])
    t = t.replace(pair[0], '')
  }
  t = t.replace(
    /(?:([+\-−])\s*)?~?(?<![\d,])(\d[\d,]*)\s+lines?\b/gi,
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
  const note = trimNote(t.replace(/\(\s*(?:[,;]\s*)?\)/g, ''))
  return { kind, linesAdded: added, linesRemoved: removed, note: note === '' ? null : note }
}

const SEPARATORS = ' \t,;:—–-'

/** The character at `i` is white space: `\s`, the set that `trim` removes. */
function isSpaceAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && text.charAt(i).trim() === ''
}

/** Without the dashes, colons, `#`, commas and white space that lead a note. */
function withoutSeparators(text: string): string {
  let i = 0
  while (i < text.length && ('-—–:#,'.includes(text.charAt(i)) || isSpaceAt(text, i))) i++
  return text.slice(i)
}

/** Trim separators, and parentheses left unbalanced by what was cut out. */
function trimNote(text: string): string {
  let t = trimChars(text, SEPARATORS)
  for (let k = 0; k < 3; k++) {
    const opens = count(t, '(')
    const closes = count(t, ')')
    if (t.startsWith('(') && (t.endsWith(')') || opens > closes)) t = t.slice(1)
    else if (t.endsWith(')') && closes > opens) t = t.slice(0, -1)
    else break
    if (t.endsWith(')') && count(t, ')') > count(t, '(')) t = t.slice(0, -1)
    t = trimChars(t, SEPARATORS)
  }
  return t.trim()
}

function count(text: string, ch: string): number {
  let n = 0
  for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) n++
  return n
}

// Tree drawing at the start of a line: box-drawing characters, ASCII `|`, `+--`, `` `-- ``, `\--`,
// and list markers.
const PREFIX_RE = /^(?:[\s│├└┣┗┃─━┬┼╰╭|+\\>]|`--|-+(?=[\s>-]))*/

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
    const line = doc.lines[i] ?? ''
    const raw = line.includes('\t') ? line.replace(/\t/g, '    ') : line
    const prefix = PREFIX_RE.exec(raw)?.[0] ?? ''
    const rest = raw.slice(prefix.length).trim()
    if (rest === '' || rest.startsWith('[') || rest.startsWith('#') || isNone(rest)) continue
    if (rest.endsWith(':') && !rest.includes('/') && !rest.includes('`')) {
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
    const own = name.startsWith('/') || name.startsWith('./') ? name.replace(/^\.?\/+/, '') : name
    const full = (parent ? parent.raw : '') + own
    const a = readAnnotation(annotation)
    // Fields named one by one, not spread: see readPathItem.
    const entry: Pending = {
      raw: full,
      path: normalisePath(full),
      kind: a.kind,
      linesAdded: a.linesAdded,
      linesRemoved: a.linesRemoved,
      note: a.note,
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

/** A dotted leader: two or more dots after a space, four or more anywhere, or `…`. */
function findLeader(text: string): { start: number; end: number } | null {
  if (!text.includes('..') && !text.includes('…')) return null
  for (const m of text.matchAll(/\.{2,}|…+/g)) {
    const at = m.index
    const run = m[0]
    const spaced = at > 0 && /\s/.test(text.charAt(at - 1))
    if (!(run.startsWith('…') || run.length >= 4 || spaced) || at === 0) continue
    let start = at
    while (start > 0 && /\s/.test(text.charAt(start - 1))) start--
    let end = at + run.length
    while (end < text.length && /\s/.test(text.charAt(end))) end++
    return { start, end }
  }
  return null
}

/** `cache.py ....... NEW (180 lines)`: a plain name, spaces, four or more dots, spaces, text. */
const DOTTED_ENTRY_RE = /^([\w@+-]+(?:\.[\w@+-]+)*\/?) +\.{4,} +(?=\S)/

/**
 * A tree line in the template's dotted form, split as splitName's general
 * reading would split it (the leader found, the name cleaned), else null. The
 * name holds no two dots in a row and nothing cleanName trims, so the dots
 * after it are the leader, and the name is the text before them.
 */
export function dottedEntry(rest: string): { name: string; annotation: string } | null {
  const m = DOTTED_ENTRY_RE.exec(rest)
  return m ? { name: m[1] ?? '', annotation: rest.slice(m[0].length) } : null
}

function splitName(rest: string): { name: string; annotation: string } {
  const dotted = dottedEntry(rest)
  if (dotted) return dotted
  const leader = findLeader(rest)
  if (leader && leader.start > 0) {
    return {
      name: cleanName(rest.slice(0, leader.start)),
      annotation: rest.slice(leader.end)
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
  return trimChars(trimChars(text.trim(), '`\'"*'), '`\'"*,;:').trim()
}

/** The path of an item, its first code span or else its first word, and the text after it. */
function nameAndNote(t: string): { name: string; annotation: string } {
  const first = codeSpans(t)[0]
  if (first === undefined) return splitName(t.replaceAll('**', ''))
  const at = t.indexOf(first)
  const close = t.indexOf('`', at + first.length)
  return { name: first, annotation: close === -1 ? '' : trimSets(t.slice(close + 1), '`', '') }
}

/**
 * An item that opens with the only code span on its line, one backtick each side
 * and text between (`` `a.py` - note ``, the common shape): its content and what
 * follows it, as codeSpans and the general reading below would find them, else
 * null. With one run of one backtick on each side, the span is the pair of them.
 */
export function loneLeadingSpan(t: string): { name: string; annotation: string } | null {
  if (t.charCodeAt(0) !== 96) return null
  const close = t.indexOf('`', 1)
  if (close <= 1 || t.indexOf('`', close + 1) !== -1) return null
  const name = t.slice(1, close).trim()
  return name === '' ? null : { name, annotation: t.slice(close + 1) }
}

/**
 * A bullet without a code span or a change word that names a path all the same:
 * its first word is one (isPathWord), and nothing or a note follows it
 * (`bench/run.py`, `README.md — the intro`, `docs/a.md (new)`, `api/ : handlers`).
 * 'prose' when a path opens a sentence (`api.ts was split in two`), which is not
 * read as a claim; null when the first word is no path.
 */
export function barePath(text: string): 'path' | 'prose' | null {
  const t = text.trim().replaceAll('**', '')
  const space = t.search(/\s/)
  const first = space === -1 ? t : t.slice(0, space)
  if (!isPathWord(cleanName(first))) return null
  const rest = space === -1 ? '' : t.slice(space).trimStart()
  return rest === '' || first.endsWith(':') || /^(?:[—–:-]\s|\()/.test(rest) ? 'path' : 'prose'
}

/**
 * A bullet that names a path: the first code span, else the first word, then
 * the note after it (`` `docs/a.md` - what it holds ``).
 */
export function readPathItem(text: string, line: number): PathEntry | null {
  const trimmed = text.trim()
  const t = trimmed.includes('~~') ? trimmed.replace(/^~~|~~$/g, '') : trimmed
  if (t === '' || t.startsWith('[')) return null
  const lone = loneLeadingSpan(t)
  // isNone reads such an item by its span's first letter: most rule it out at once.
  if (lone !== null ? mayStartNone(lone.name.charAt(0)) && isNone(t) : isNone(t)) return null
  const { name, annotation } = lone ?? nameAndNote(t)
  if (name === '') return null
  const a = readAnnotation(annotation)
  // Fields named one by one: spreading the annotation into the literal took a
  // slow path of V8's for every path in a track.
  return {
    raw: name,
    path: normalisePath(name),
    kind: a.kind,
    linesAdded: a.linesAdded,
    linesRemoved: a.linesRemoved,
    note: a.note,
    line
  }
}
