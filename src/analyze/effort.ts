// Effort text -> minutes, for the critical path. An explicit duration beats a
// size letter; a range counts as its mean.

import type { Diagnostic } from '../model.js'
import type { AssembledTask } from './tasks.js'

export const LETTER_MINUTES: Record<'S' | 'M' | 'L' | 'XL', number> = {
  S: 30,
  M: 150,
  L: 480,
  XL: 720
}
export const DEFAULT_MINUTES = 120

export interface Effort {
  minutes: number
  /** false when the text gave no usable estimate and the default was used. */
  known: boolean
}

const NUM = '(\\d+(?:[.,]\\d+)?)'
const HOURS = '(?:h|hr|hrs|hour|hours)'
const MINUTES = '(?:m|min|mins|minute|minutes)'
const UNIT = `(${HOURS}|${MINUTES})`
const RANGE = new RegExp(`${NUM}\\s*(?:-|–|—|to)\\s*${NUM}\\s*${UNIT}(?![a-z])`, 'i')
const HOURS_AND_MINUTES = new RegExp(`${NUM}\\s*${HOURS}\\s*${NUM}\\s*${MINUTES}(?![a-z])`, 'i')
const SINGLE = new RegExp(`${NUM}\\s*${UNIT}(?![a-z])`, 'i')
const LETTER = /(?:^|[^A-Za-z])(XL|L|M|S)(?![A-Za-z])/
const EFFORT_CHARS = 200

export function parseEffort(raw: string | null | undefined): Effort {
  if (!raw) return { minutes: DEFAULT_MINUTES, known: false }
  // An estimate is a few words; the patterns restart at every digit of a long run.
  const text = raw.slice(0, EFFORT_CHARS)
  const candidates: Array<{ at: number; minutes: number }> = []
  const range = RANGE.exec(text)
  if (range) {
    const mean = (num(range[1]) + num(range[2])) / 2
    candidates.push({ at: range.index, minutes: mean * unitMinutes(range[3]) })
  }
  // `1h 30m` needs an `h` before an `m`: most estimates name one unit, and the pattern is then
  // not compiled (docs/performance.md, "Regular expressions compiled at start").
  const lower = text.toLowerCase()
  const h = lower.indexOf('h')
  const hm = h !== -1 && lower.includes('m', h) ? HOURS_AND_MINUTES.exec(text) : null
  if (hm) candidates.push({ at: hm.index, minutes: num(hm[1]) * 60 + num(hm[2]) })
  const single = SINGLE.exec(text)
  if (single)
    candidates.push({ at: single.index, minutes: num(single[1]) * unitMinutes(single[2]) })
  // The first duration written wins (`45 minutes (estimated: 1 hour)`); at
  // the same position the longer form (a range, `1h 30m`) comes first.
  const first = candidates.sort((a, b) => a.at - b.at)[0]
  if (first && Number.isFinite(first.minutes))
    return { minutes: Math.round(first.minutes), known: true }
  const letter = LETTER.exec(text)
  if (letter)
    return { minutes: LETTER_MINUTES[letter[1] as keyof typeof LETTER_MINUTES], known: true }
  return { minutes: DEFAULT_MINUTES, known: false }
}

function num(s: string | undefined): number {
  return Number((s ?? '').replace(',', '.'))
}

function unitMinutes(unit: string | undefined): number {
  const first = unit?.charAt(0)
  return first === 'h' || first === 'H' ? 60 : 1
}

export function estimateEfforts(
  tasks: readonly AssembledTask[],
  planFile: string
): { minutes: Map<string, number>; diagnostics: Diagnostic[] } {
  const minutes = new Map<string, number>()
  const diagnostics: Diagnostic[] = []
  // Plans repeat a handful of sizes (S, M, L) across many tasks.
  const parsedText = new Map<string | null, Effort>()
  for (const t of tasks) {
    const text = t.plan?.effort ?? t.report?.effort ?? null
    let e = parsedText.get(text)
    if (!e) {
      e = parseEffort(text)
      parsedText.set(text, e)
    }
    minutes.set(t.id, e.minutes)
    if (e.known) continue
    diagnostics.push(effortFinding(t, text, planFile))
  }
  return { minutes, diagnostics }
}

/**
 * Why a task's effort could not be used. A plan entry without the field misses
 * one the plan template requires: a warning at the entry, whatever the report
 * says. Otherwise a notice where the unreadable text is.
 */
function effortFinding(t: AssembledTask, text: string | null, planFile: string): Diagnostic {
  const assumed = `${DEFAULT_MINUTES} minutes are assumed for the critical path.`
  const unreadable = (words: string): string => `${words} is not a size (S, M, L, XL) or a duration`
  if (t.plan && t.plan.effort === null) {
    const what =
      text === null
        ? 'no effort estimate'
        : `no effort in the plan, and the report's ${unreadable(`'${text}'`)}`
    return {
      severity: 'warning',
      file: planFile,
      line: t.plan.line,
      message: `${t.id}: ${what}; ${assumed}`
    }
  }
  const where = t.plan
    ? { file: planFile, line: t.plan.fields['effort']?.line ?? t.plan.line }
    : { file: t.report?.file ?? planFile, line: 1 }
  const what = text === null ? 'no effort estimate' : unreadable(`effort '${text}'`)
  return { severity: 'notice', ...where, message: `${t.id}: ${what}; ${assumed}` }
}
