// The changed files of a diff, from `git diff --numstat`, `git diff
// --name-status` or a plain list of paths. Each line is recognised on its own,
// so the output of both git commands may be concatenated into one file.

import { TextDecoder, TextEncoder } from 'node:util'
import type { ChangedFile, ChangedFiles, ChangeStatus, Result } from '../model.js'

type LineKind = 'name-status' | 'numstat' | 'plain'

/** Which source wins a field when one path appears on several lines. */
const STATUS_RANK: Record<LineKind, number> = { 'name-status': 3, numstat: 2, plain: 1 }

interface Entry {
  file: ChangedFile
  statusFrom: LineKind
}

const NUMSTAT = /^(-|\d+)\t(-|\d+)\t(.*)$/
const NAME_STATUS = /^([ACDMRTUXB])(\d{0,3})\t(.*)$/

const STATUS_LETTERS: Record<string, ChangeStatus> = {
  A: 'added',
  M: 'modified',
  D: 'removed',
  R: 'renamed',
  C: 'copied',
  T: 'changed',
  U: 'changed',
  X: 'changed',
  B: 'changed'
}

export function parseChangedFiles(text: string, source: string): Result<ChangedFiles> {
  const entries = new Map<string, Entry>()
  const lines = text.split('\n')
  for (let n = 0; n < lines.length; n++) {
    const line = (lines[n] ?? '').replace(/\r$/, '')
    if (line.trim() === '') continue
    const parsed = parseLine(line)
    if (typeof parsed === 'string') {
      return { ok: false, error: `${source} line ${n + 1}: ${parsed}: "${excerpt(line)}"` }
    }
    add(entries, parsed)
  }
  return { ok: true, value: { files: sortedFiles(entries), truncated: false, source } }
}

/** Status (and old path) from name-status, line counts from numstat. */
export function mergeChangedFiles(nameStatus: ChangedFiles, numstat: ChangedFiles): ChangedFiles {
  const entries = new Map<string, Entry>()
  for (const file of nameStatus.files) add(entries, { file, statusFrom: 'name-status' })
  for (const file of numstat.files) add(entries, { file, statusFrom: 'numstat' })
  return {
    files: sortedFiles(entries),
    truncated: nameStatus.truncated || numstat.truncated,
    source:
      nameStatus.source === numstat.source
        ? nameStatus.source
        : `${nameStatus.source} + ${numstat.source}`
  }
}

function add(entries: Map<string, Entry>, next: Entry): void {
  const prev = entries.get(next.file.path)
  if (!prev) {
    entries.set(next.file.path, next)
    return
  }
  const [hi, lo] =
    STATUS_RANK[next.statusFrom] > STATUS_RANK[prev.statusFrom] ? [next, prev] : [prev, next]
  // Counts come from numstat whatever the rank; a plain list never has them.
  const counted = prev.file.additions !== null || prev.file.deletions !== null ? prev : next
  entries.set(next.file.path, {
    statusFrom: hi.statusFrom,
    file: {
      path: next.file.path,
      status: hi.file.status,
      previousPath: hi.file.previousPath ?? lo.file.previousPath,
      additions: counted.file.additions,
      deletions: counted.file.deletions
    }
  })
}

function sortedFiles(entries: Map<string, Entry>): ChangedFile[] {
  return [...entries.values()]
    .map(e => e.file)
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

/** An entry, or the reason the line is not one. */
function parseLine(line: string): Entry | string {
  const num = NUMSTAT.exec(line)
  if (num) {
    const spec = parseNumstatPath(num[3] ?? '')
    if (typeof spec === 'string') return spec
    return {
      statusFrom: 'numstat',
      file: {
        path: spec.path,
        // numstat does not say whether a file was added, changed or deleted.
        status: spec.previousPath === null ? 'unknown' : 'renamed',
        previousPath: spec.previousPath,
        additions: count(num[1]),
        deletions: count(num[2])
      }
    }
  }

  const ns = NAME_STATUS.exec(line)
  if (ns) {
    const letter = ns[1] ?? ''
    const status = STATUS_LETTERS[letter] ?? 'changed'
    const rest = ns[3] ?? ''
    const twoPaths = letter === 'R' || letter === 'C'
    const first = readPath(rest, false)
    if (typeof first === 'string') return first
    let path = first.path
    let previousPath: string | null = null
    if (twoPaths) {
      if (rest[first.end] !== '\t') return `a ${letter} line needs the old and the new path`
      const second = readPath(rest.slice(first.end + 1), false)
      if (typeof second === 'string') return second
      if (first.end + 1 + second.end !== rest.length) return 'unexpected text after the new path'
      previousPath = first.path
      path = second.path
    } else if (first.end !== rest.length) {
      return 'unexpected text after the path'
    }
    return {
      statusFrom: 'name-status',
      file: { path, status, previousPath, additions: null, deletions: null }
    }
  }

  if (line.includes('\t')) return 'not a line of git diff --numstat or --name-status output'
  const hint = foreignFormat(line)
  if (hint) return hint
  const plain = readPath(line.trim(), true)
  if (typeof plain === 'string') return plain
  if (plain.end !== line.trim().length) return 'unexpected text after the quoted path'
  return {
    statusFrom: 'plain',
    file: {
      path: plain.path,
      status: 'unknown',
      previousPath: null,
      additions: null,
      deletions: null
    }
  }
}

function count(cell: string | undefined): number | null {
  return cell === undefined || cell === '-' ? null : Number(cell)
}

/** Output of other git commands that would otherwise read as odd file names. */
function foreignFormat(line: string): string | null {
  if (
    /^diff --(git|cc) /.test(line) ||
    /^@@ /.test(line) ||
    /^(---|\+\+\+) (a\/|b\/|\/dev\/null)/.test(line)
  ) {
    return 'this is a patch (git diff); give git diff --numstat or --name-status output instead'
  }
  if (/\s\|\s+(\d+( [+-]+)?|Bin\b.*)\s*$/.test(line) || /^\s*\d+ files? changed\b/.test(line)) {
    return 'this is git diff --stat output; give --numstat or --name-status output instead'
  }
  return null
}

/**
 * The path part of a numstat line: `path`, `"quoted path"`, `old => new`, or
 * the compact rename form `dir/{old => new}/file`.
 */
function parseNumstatPath(spec: string): { path: string; previousPath: string | null } | string {
  if (!spec.startsWith('"') && spec.includes(' => ')) {
    const brace = braceRename(spec)
    if (brace) return brace
  }
  const first = readPath(spec, false, ' => ')
  if (typeof first === 'string') return first
  if (first.end === spec.length) return { path: first.path, previousPath: null }
  if (!spec.startsWith(' => ', first.end)) return 'unexpected text after the path'

  const second = readPath(spec.slice(first.end + 4), false)
  if (typeof second === 'string') return second
  if (first.end + 4 + second.end !== spec.length) return 'unexpected text after the new path'
  return { path: second.path, previousPath: first.path }
}

/** `src/{a => b}/x.ts`: git factors out the common leading and trailing folders. */
function braceRename(spec: string): { path: string; previousPath: string } | null {
  const arrow = spec.indexOf(' => ')
  const open = spec.lastIndexOf('{', arrow)
  const close = spec.indexOf('}', arrow)
  if (open === -1 || close === -1) return null
  if (open > 0 && spec[open - 1] !== '/') return null
  if (close < spec.length - 1 && spec[close + 1] !== '/') return null
  const prefix = spec.slice(0, open)
  const suffix = spec.slice(close + 1)
  const from = cleanPath(prefix + spec.slice(open + 1, arrow) + suffix, false)
  const to = cleanPath(prefix + spec.slice(arrow + 4, close) + suffix, false)
  if (typeof from === 'string' && typeof to === 'string') return { path: to, previousPath: from }
  return null
}

/**
 * A path at the start of `s`: a C-quoted string, or raw text up to `stop` (or
 * the end). Returns the normalised path and where it ended, or a reason.
 */
function readPath(
  s: string,
  plain: boolean,
  stop?: string
): { path: string; end: number } | string {
  if (s.startsWith('"')) {
    const q = unquote(s)
    if (typeof q === 'string') return q
    const path = cleanPath(q.value, plain)
    return typeof path === 'string' ? { path, end: q.end } : path.reason
  }
  let end = s.length
  if (stop !== undefined) {
    const at = s.indexOf(stop)
    if (at !== -1) end = at
  }
  if (!plain) {
    const tab = s.indexOf('\t')
    if (tab !== -1 && tab < end) end = tab
  }
  const path = cleanPath(s.slice(0, end), plain)
  return typeof path === 'string' ? { path, end } : path.reason
}

const utf8 = new TextDecoder('utf-8')
const utf8Encoder = new TextEncoder()

const ESCAPES: Record<string, number> = {
  a: 0x07,
  b: 0x08,
  t: 0x09,
  n: 0x0a,
  v: 0x0b,
  f: 0x0c,
  r: 0x0d,
  '"': 0x22,
  '\\': 0x5c
}

/** git's C-style quoting: escapes and octal bytes, which together spell UTF-8. */
function unquote(s: string): { value: string; end: number } | string {
  const bytes: number[] = []
  let run = 1
  const flush = (to: number): void => {
    if (to > run) for (const b of utf8Encoder.encode(s.slice(run, to))) bytes.push(b)
  }
  let i = 1
  while (i < s.length) {
    const c = s[i]
    if (c === '"') {
      flush(i)
      return { value: utf8.decode(Uint8Array.from(bytes)), end: i + 1 }
    }
    if (c !== '\\') {
      i++
      continue
    }
    flush(i)
    const oct = /^[0-7]{3}/.exec(s.slice(i + 1, i + 4))
    if (oct) {
      bytes.push(parseInt(oct[0], 8) & 0xff)
      i += 4
    } else {
      const e = s[i + 1] ?? ''
      const byte = ESCAPES[e]
      if (byte === undefined) return `unknown escape \\${e} in a quoted path`
      bytes.push(byte)
      i += 2
    }
    run = i
  }
  return 'a quoted path without its closing quote'
}

/** Repository-relative, forward slashes, no leading `./`. */
function cleanPath(raw: string, plain: boolean): string | { reason: string } {
  let p = plain ? raw.replace(/\\/g, '/') : raw
  while (p.startsWith('./')) p = p.slice(2)
  p = p.replace(/\/{2,}/g, '/')
  if (p.startsWith('/')) {
    // The compact rename form leaves a leading slash when the common prefix is empty.
    if (!plain) p = p.replace(/^\/+/, '')
    else return { reason: 'an absolute path; give paths relative to the repository root' }
  }
  p = p
    .split('/')
    .filter(seg => seg !== '.')
    .join('/')
  if (p === '' || p === '.') return { reason: 'an empty path' }
  if (p.split('/').includes('..')) return { reason: 'a path that leaves the repository (..)' }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(p)) return { reason: 'a URL, not a path' }
  return p
}

function excerpt(line: string): string {
  const t = line.replace(/\t/g, '\\t')
  return t.length > 80 ? `${t.slice(0, 77)}...` : t
}
