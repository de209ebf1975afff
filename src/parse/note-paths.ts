// The paths a hand-off note names, such as `May conflict with T07: both edit
// `src/router.ts``. Read from the note as written, before its markup is
// dropped, so that a code span marks a path for certain; prose without code
// spans is searched for words that read as paths.

import { codeSpans, inlineText } from './inline.js'
import { normalisePath } from './paths.js'

/** The paths `raw` (markdown) names: its code spans that read as paths, else path-like words. */
export function notePaths(raw: string): string[] {
  const out: string[] = []
  const add = (p: string | null): void => {
    if (p !== null && !out.includes(p)) out.push(p)
  }
  for (const span of codeSpans(raw)) {
    const p = normalisePath(span)
    // A code span may hold a command or a symbol: a path has a `.` or a `/`.
    if (p !== null && /[./]/.test(p)) add(p)
  }
  if (out.length > 0) return out
  for (const word of inlineText(raw).split(/\s+/)) {
    const token = word.replace(/^[("'[]+|[)"'\],;:.!?]+$/g, '')
    if (NESTED_PATH.test(token) || FILE_NAME.test(token)) add(normalisePath(token))
  }
  return out
}

// A nested path ends in a file name with an extension, or in `/`, so that
// prose like `and/or` is not taken for one.
const NESTED_PATH = /^[\w@-][\w.@-]*(?:\/[\w.@-]+)*\/(?:[\w@-]+\.[a-z][a-z0-9]{0,5})?$/i
const FILE_NAME = /^[\w-]{2,}\.[a-z][a-z0-9]{0,5}$/i
