// Folder globs as the `tracks` input takes them: `*`, `?`, `[abc]` within one
// path segment, `**` for any number of segments. Pure.

export type Segment =
  | { kind: 'literal'; name: string }
  | { kind: 'pattern'; re: RegExp; text: string }
  | { kind: 'globstar' }

export interface FolderPattern {
  /** The line as written (without the `!`). */
  source: string
  negated: boolean
  /** Segments relative to the workspace; empty for the workspace itself. */
  segments: Segment[]
}

/**
 * Splits the raw input lines into patterns. Blank lines and `#` comments are
 * skipped. Returns an error for a pattern that leaves the workspace.
 */
export function parsePatterns(
  lines: readonly string[],
  workspace: string
): { ok: true; value: FolderPattern[] } | { ok: false; error: string } {
  const out: FolderPattern[] = []
  for (const raw of lines.flatMap(l => l.split(/\r?\n/))) {
    let line = raw.trim()
    if (line === '' || line.startsWith('#')) continue
    const negated = line.startsWith('!')
    if (negated) line = line.slice(1).trim()
    if (line === '')
      return { ok: false, error: `empty pattern after '!' in tracks: "${raw.trim()}"` }
    const rel = relativise(line.replace(/\\/g, '/'), workspace.replace(/\\/g, '/'))
    if (rel === null) {
      return {
        ok: false,
        error: `tracks pattern "${line}" points outside the workspace; use a path relative to the repository root`
      }
    }
    out.push({ source: line, negated, segments: rel.map(toSegment) })
  }
  return { ok: true, value: out }
}

/** Segments of a pattern relative to the workspace, or null when it escapes it. */
function relativise(pattern: string, workspace: string): string[] | null {
  let p = pattern
  if (p.startsWith('/') || /^[A-Za-z]:\//.test(p)) {
    const root = workspace.replace(/\/+$/, '')
    if (p !== root && !p.startsWith(root + '/')) return null
    p = p.slice(root.length)
  }
  const parts: string[] = []
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue
    if (seg === '..') {
      if (parts.pop() === undefined) return null
      continue
    }
    parts.push(seg)
  }
  return parts
}

function isGlob(seg: string): boolean {
  return /[*?[]/.test(seg)
}

function toSegment(seg: string): Segment {
  if (seg === '**') return { kind: 'globstar' }
  if (!isGlob(seg)) return { kind: 'literal', name: seg }
  return { kind: 'pattern', re: segmentRegExp(seg), text: seg }
}

function segmentRegExp(seg: string): RegExp {
  let re = ''
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i] ?? ''
    if (c === '*') {
      while (seg[i + 1] === '*') i++
      re += '[^/]*'
    } else if (c === '?') re += '[^/]'
    else if (c === '[') {
      const close = seg.indexOf(']', i + 2)
      if (close === -1) {
        re += '\\['
        continue
      }
      let body = seg.slice(i + 1, close)
      const neg = body.startsWith('!') || body.startsWith('^')
      if (neg) body = body.slice(1)
      re += `[${neg ? '^' : ''}${body.replace(/[\\\]^]/g, '\\$&')}]`
      i = close
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&')
  }
  return new RegExp(`^${re}$`)
}

/**
 * Whether one folder name matches a segment. Wildcards do not match names
 * starting with a dot unless the pattern itself starts with one.
 */
export function segmentMatches(seg: Segment, name: string): boolean {
  switch (seg.kind) {
    case 'literal':
      return seg.name === name
    case 'globstar':
      return !name.startsWith('.')
    case 'pattern':
      if (name.startsWith('.') && !seg.text.startsWith('.')) return false
      return seg.re.test(name)
  }
}

/** Whether a workspace-relative folder path (segments) matches the whole pattern. */
export function pathMatches(segments: readonly Segment[], parts: readonly string[]): boolean {
  return matchFrom(segments, parts, 0, 0)
}

function matchFrom(
  segments: readonly Segment[],
  parts: readonly string[],
  i: number,
  j: number
): boolean {
  const seg = segments[i]
  if (seg === undefined) return j === parts.length
  if (seg.kind === 'globstar') {
    for (let k = j; k <= parts.length; k++) {
      if (matchFrom(segments, parts, i + 1, k)) return true
      const part = parts[k]
      if (part === undefined || !segmentMatches(seg, part)) return false
    }
    return false
  }
  const part = parts[j]
  return part !== undefined && segmentMatches(seg, part) && matchFrom(segments, parts, i + 1, j + 1)
}
