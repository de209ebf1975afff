// The status vocabulary of plans and reports, mapped to TaskStatus.

import type { TaskStatus } from '../model.js'
import { inlineText, stripEmoji } from './inline.js'
import { localStatus } from './languages.js'
import { memoByText } from './memo.js'

export type StatusReading =
  | { kind: 'ok'; status: TaskStatus }
  /** Template text left in place: several choices, or a `[placeholder]`. */
  | { kind: 'unfilled' }
  | { kind: 'unrecognised' }

const WORDS: Array<[RegExp, TaskStatus]> = [
  [
    /^(?:complete[ds]?|done|success(?:ful)?|succeeded|finished|passed|merged|approved)\b/,
    'complete'
  ],
  [/^(?:partial(?:ly)?|needs[ _-]?review|incomplete)\b/, 'partial'],
  [/^(?:blocked|failed|failure|permanently[ _-]?failed|error|aborted|cancel+ed)\b/, 'blocked'],
  [
    /^(?:in[ _-]?progress|doing|running|wip|started|retry[ _-]?in[ _-]?progress|retrying|active|ongoing)\b/,
    'in-progress'
  ],
  [/^(?:todo|to[ _-]do|not[ _-]started|pending|planned|open|backlog|ready|queued)\b/, 'todo']
]

const EMOJI: Array<[string, TaskStatus]> = [
  ['✅', 'complete'],
  ['✔', 'complete'],
  ['⚠', 'partial'],
  ['❌', 'blocked'],
  ['⛔', 'blocked'],
  ['🚫', 'blocked'],
  ['🔄', 'in-progress'],
  ['⏳', 'in-progress']
]

/**
 * Read a status value (`DONE ✅`, `⚠️ Partial`, `BLOCKED(reason: …)`). Kept by
 * value: a track's plan and reports say the same few statuses thousands of
 * times. The readings are shared, so no caller may change one.
 */
export const readStatus: (raw: string) => Readonly<StatusReading> = memoByText(readOnce, 1024)

/**
 * Patterns that rarely match run only after a string test: each one a run
 * meets is compiled (docs/performance.md, "Regular expressions compiled at start").
 */
function readOnce(raw: string): StatusReading {
  const text = inlineText(raw)
  const t = text.trim()
  if (t.startsWith('[') && /^\[[^\]]*\]$/.test(t)) return { kind: 'unfilled' }
  if (text.includes('|') || text.includes('/')) {
    const choices = text.split(/[|/]/).filter(part => part.trim() !== '')
    if (choices.length > 1) {
      const statuses = new Set(choices.map(c => wordStatus(c)).filter(s => s !== null))
      if (statuses.size > 1) return { kind: 'unfilled' }
    }
  }
  const byWord = wordStatus(text)
  if (byWord) return { kind: 'ok', status: byWord }
  for (const [emoji, status] of EMOJI) if (text.includes(emoji)) return { kind: 'ok', status }
  return { kind: 'unrecognised' }
}

function wordStatus(text: string): TaskStatus | null {
  const t = withoutLeadingMarks(stripEmoji(text)).toLowerCase()
  for (const [re, status] of WORDS) if (re.test(t)) return status
  return localStatus(t)
}

/** `text` without its leading run of white space and `*_:-` marks. */
function withoutLeadingMarks(text: string): string {
  let i = 0
  while (i < text.length && (text.charAt(i).trim() === '' || '*_:-'.includes(text.charAt(i)))) i++
  return text.slice(i)
}
