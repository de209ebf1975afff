// Paths as written in reports and plans, normalised to the form of the path
// rules in ../paths.ts.

import { trimChars, trimSets } from './inline.js'
import { includesAny } from '../text-classes.js'

/**
 * Normalise a path as written in a report or plan. Returns null for text that
 * is not a path (empty, a bracketed note, an absolute URL, `..` escapes).
 */
export function normalisePath(raw: string): string | null {
  // Most paths are written plainly: nothing to trim, strip or resolve.
  if (PLAIN_PATH.test(raw)) return plainCopy(raw)
  let p = raw.trim()
  // Backticks and quotes around the whole token.
  p = trimChars(p, '`\'"').trim()
  if (p === '' || p.startsWith('[')) return null
  // Each pattern below runs only when the text holds a character it needs.
  if (p.includes('://') && /^[a-z][a-z0-9+.-]*:\/\//i.test(p)) return null
  p = p.replaceAll('\\', '/')
  // A trailing glob stands for its folder: `core/*.py`, `api/**`.
  const glob = includesAny(p, '*?[') ? p.search(/[*?[]/) : -1
  if (glob !== -1) {
    const slash = p.lastIndexOf('/', glob)
    if (slash === -1) return null
    p = p.slice(0, slash + 1)
  }
  while (p.startsWith('./')) p = p.slice(2)
  p = trimSets(p, '/', '')
  if (p.includes('//')) p = p.replace(/\/{2,}/g, '/')
  const segments = p.split('/')
  if (segments.some(s => s === '..')) return null
  p = segments.filter((s, i) => s !== '.' || i === segments.length - 1).join('/')
  if (p === '' || p === '.' || p === '/') return null
  return compactPath(p)
}

/** Segments of word characters, `.`, `@`, `+`, `-`, none starting with `.`; a folder's trailing `/`. */
const PLAIN_PATH = /^[\w@+-][\w.@+-]*(?:\/[\w@+-][\w.@+-]*)*\/?$/

/**
 * A word that is a path whatever surrounds it: plain (PLAIN_PATH), and with a
 * folder (`bench/run.py`, `docs/`) or an extension that holds a letter
 * (`README.md`). Versions (`v1.2`) and abbreviations (`e.g.`) are not.
 */
export function isPathWord(word: string): boolean {
  if (!PLAIN_PATH.test(word)) return false
  if (word.includes('/')) return true
  const dot = word.lastIndexOf('.')
  return dot > 0 && /^[A-Za-z][A-Za-z0-9]{0,9}$/.test(word.slice(dot + 1))
}

/**
 * A plain path (PLAIN_PATH) as a one-byte string (see compactPath). encodeURI
 * leaves every character such a path may hold as it is, and always builds a
 * one-byte string: one native copy, cheaper than compactPath's by hand and its
 * cache, and never a slice that keeps a report's text alive.
 */
function plainCopy(path: string): string {
  return encodeURI(path)
}

const compactCopies = new Map<string, string>()
const COMPACT_CACHE_LIMIT = 8192

/**
 * `path` as a one-byte string when every character fits in one. Paths are cut
 * from report text that holds emoji, so they arrive as two-byte strings, and
 * V8 orders two-byte strings in its runtime, three to four times slower than
 * one-byte ones: the analysis sorts and merges tens of thousands of paths.
 * A report names most paths two or three times; a small cache lets repeats
 * share one copy instead of converting each.
 */
export function compactPath(path: string): string {
  // Long paths and paths with wider characters stay as they are, and out of
  // the cache: kept there, a slice would keep its whole report text alive.
  if (path.length > 1024) return path
  // Only one-byte copies are kept: a path with a wider character finds none.
  const known = compactCopies.get(path)
  if (known !== undefined) return known
  // Built from char codes below 256, V8 makes a one-byte string.
  const codes: number[] = new Array<number>(path.length)
  for (let i = 0; i < path.length; i++) {
    const c = path.charCodeAt(i)
    // A wider character (surrogate halves of emoji are above 255).
    if (c > 0xff) return path
    codes[i] = c
  }
  const copy = String.fromCharCode(...codes)
  if (compactCopies.size >= COMPACT_CACHE_LIMIT) compactCopies.clear()
  compactCopies.set(copy, copy)
  return copy
}
