// The paths a hand-off note names, such as `May conflict with T07: both edit
// `src/router.ts``. Read from the note as written, before its markup is
// dropped, so that a code span marks a path for certain; prose without code
// spans is searched for words that read as paths.

import { codeSpans, inlineText, trimSets } from './inline.js'
import { normalisePath } from './paths.js'

/** The paths `raw` (markdown) names: its code spans that read as paths, else path-like words. */
export function notePaths(raw: string): string[] {
  const out: string[] = []
  const add = (p: string | null): void => {
    if (p !== null && !out.includes(p)) out.push(p)
  }
  for (const span of codeSpans(raw)) {
    const text = withoutLineNumber(span)
    if (/\s/.test(text)) continue
    const p = normalisePath(text)
    // A code span may hold a command or a symbol (`UserService.findById`): a
    // path has a folder, or ends in a file extension.
    if (p !== null && (p.includes('/') || (p.includes('.') && SPAN_FILE.test(p)))) add(p)
  }
  if (out.length > 0) return out
  for (const word of inlineText(raw).split(/\s+/)) {
    const token = trimSets(word, '("\'[', ')"\'],;:.!?')
    if (NESTED_PATH.test(token) || FILE_NAME.test(token)) add(normalisePath(token))
  }
  return out
}

// A nested path ends in a file name with an extension, or in `/`, so that
// prose like `and/or` is not taken for one.
const NESTED_PATH = /^[\w@-][\w.@-]*(?:\/[\w.@-]+)*\/(?:[\w@-]+\.[a-z][a-z0-9]{0,5})?$/i
const FILE_NAME = /^[\w-]{2,}\.[a-z][a-z0-9]{0,5}$/i
// In a code span a file name may start with a dot (`.env.example`).
const SPAN_FILE = /^[\w.@-]*\.[a-z][a-z0-9]{0,5}$/i

/** `src/a.ts:42` and `src/a.ts:42:7` name the file `src/a.ts`. */
function withoutLineNumber(text: string): string {
  let end = text.length
  for (let part = 0; part < 2; part++) {
    const colon = text.lastIndexOf(':', end - 1)
    if (colon <= 0 || colon === end - 1 || !/^\d+$/.test(text.slice(colon + 1, end))) break
    end = colon
  }
  return text.slice(0, end)
}
