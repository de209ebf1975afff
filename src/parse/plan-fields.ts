// Readers for the values of plan task fields (`Depends on`, `Touches`, …).

import type { ConcurrencyClass, GateKey } from '../model.js'
import { GATE_KEYS } from '../model.js'
import type { FileDiagnostics } from './diagnostics.js'
import { codeSpans, inlineText, isNone, mayStartNone, taskIds, withoutBullet } from './inline.js'
import { normalisePath } from './paths.js'
import { TASK_ID } from '../task-ids.js'
import { hasLetterOrDigit } from '../text-classes.js'

export interface Dependencies {
  ids: string[]
  phases: Array<{ from: number; to: number }>
}

const PHASE_RANGE_RE =
  /\bphases?\s+(\d+)(?:\s*(?:-|–|—|\.\.|to|through|and|&)\s*(?:phase\s+)?(\d+))?/gi

const ALL_BEFORE_RE = /\ball\s+(?:of\s+)?(?:the\s+)?$/i
const TASKS_AFTER_RE = /^\s*tasks?\b/i

/** `T01`, `T01, T2`: ids and commas alone, the way plans write most dependencies. */
const ID_LIST_RE = /^T\d+(?:[ \t]*,[ \t]*T\d+)*$/

export function readDependsOn(
  value: string,
  taskId: string,
  diag: FileDiagnostics,
  line: number
): Dependencies {
  // Such a value has no markup, says no "none", names no phase and leaves nothing
  // over: the reading below would give its ids and no warning.
  if (ID_LIST_RE.test(value)) {
    return { ids: [...new Set(value.split(',').map(id => id.trim()))], phases: [] }
  }
  const written = inlineText(value)
  if (written === '' || isNone(written)) return { ids: [], phases: [] }
  const text = withTaskNumbers(written)
  const ids = taskIds(text)
  const phases: Array<{ from: number; to: number }> = []
  const phaseRefs: Array<{ start: number; end: number }> = []
  // Most values name no phase: the pattern is then not compiled (docs/performance.md,
  // "Regular expressions compiled at start").
  const phaseMatches = text.toLowerCase().includes('phase') ? text.matchAll(PHASE_RANGE_RE) : []
  for (const m of phaseMatches) {
    // Only a reference to the tasks of a phase (`All Phase 2-3 tasks`) is an edge, not a mention.
    const before = text.slice(0, m.index)
    const after = text.slice(m.index + m[0].length)
    const all = ALL_BEFORE_RE.exec(before)
    const tasks = TASKS_AFTER_RE.exec(after)
    if (!all && !tasks) continue
    const a = Number(m[1])
    const b = m[2] === undefined ? a : Number(m[2])
    phases.push({ from: Math.min(a, b), to: Math.max(a, b) })
    phaseRefs.push({
      start: m.index - (all?.[0].length ?? 0),
      end: m.index + m[0].length + (tasks?.[0].length ?? 0)
    })
  }
  if (ids.length === 0 && phases.length === 0) {
    diag.warning(
      line,
      `${taskId}: Depends on "${written}" names no task id; no dependency is taken from it`
    )
  } else {
    const rest = leftoverText(text, phaseRefs)
    if (rest !== '') {
      diag.warning(
        line,
        `${taskId}: Depends on "${written}": "${rest}" is not a task id; no dependency is taken from that part`
      )
    }
  }
  return { ids, phases }
}

const ID_WORD_RE = new RegExp(String.raw`\b(?:${TASK_ID})\b`, 'gi')

/** `Task 3` as the plan's headings read it (`### Task 3: Title` is T03), for plans that number tasks so. */
function withTaskNumbers(text: string): string {
  if (!text.toLowerCase().includes('task')) return text
  return text.replace(/\btask\s+(\d{1,4})\b/gi, (_all, n: string) => `T${n.padStart(2, '0')}`)
}

/**
 * What a dependency value says besides its references: ids, phase references,
 * separators, `and`, and notes in parentheses or brackets (`T00 (if
 * brownfield)`) removed. Empty unless a word or number remains. Patterns that
 * cannot match are skipped by string tests: a run compiles each pattern it meets.
 */
function leftoverText(
  text: string,
  phaseRefs: ReadonlyArray<{ start: number; end: number }>
): string {
  let t = text
  for (const ref of [...phaseRefs].reverse()) t = `${t.slice(0, ref.start)} ${t.slice(ref.end)}`
  for (let k = 0; k < 3 && (t.includes('(') || t.includes('[')); k++) {
    t = t.replace(/\([^()]*\)|\[[^[\]]*\]/g, ' ')
  }
  t = t.replace(ID_WORD_RE, ' ')
  const lower = t.toLowerCase()
  if (lower.includes('and') || lower.includes('task')) t = t.replace(/\b(?:and|tasks?)\b/gi, ' ')
  t = t.replace(/[\s,;:.&+/|–—-]+/g, ' ').trim()
  return hasLetterOrDigit(t) ? t : ''
}

export interface Touches {
  paths: string[]
  /** A note such as `[read-only analysis]` was given. */
  readOnlyNote: boolean
}

/** Split on commas and line ends that sit outside code spans, brackets and parentheses. */
function splitItems(text: string): string[] {
  const items: string[] = []
  let depth = 0
  let inCode = false
  let start = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 96) inCode = !inCode
    else if (!inCode && (c === 91 || c === 40)) depth++
    else if (!inCode && (c === 93 || c === 41)) depth = Math.max(0, depth - 1)
    // `,`, `;` and line ends split; each item is a slice, not a string grown by characters.
    if (!inCode && depth === 0 && (c === 44 || c === 59 || c === 10)) {
      items.push(text.slice(start, i))
      start = i + 1
    }
  }
  items.push(text.slice(start))
  return items.map(s => withoutBullet(s.trim())).filter(s => s !== '')
}

const READ_ONLY_RE = /\bread[\s_-]?only\b/i

/** `` `a.ts`, `b/c.ts` ``: code spans of one backtick each, with commas between. */
const SPAN_LIST_RE = /^`[^`]+`(?:[ \t]*,[ \t]*`[^`]+`)*$/

/**
 * The trimmed contents of a value that is nothing but a comma list of code
 * spans (SPAN_LIST_RE) with text in each, else null. The general reading
 * splits such a value into the same spans and finds each one's content again
 * (splitItems, then codeSpans per item); plans write most Touches this way, and
 * one look at each backtick is enough for them.
 */
export function spanListContents(value: string): string[] | null {
  if (!SPAN_LIST_RE.test(value)) return null
  const contents: string[] = []
  for (let open = 0; open !== -1;) {
    const close = value.indexOf('`', open + 1)
    const content = value.slice(open + 1, close).trim()
    // An empty span is no path: the general reading reports its item.
    if (content === '') return null
    contents.push(content)
    open = value.indexOf('`', close + 1)
  }
  return contents
}

export function readTouches(
  value: string,
  taskId: string,
  diag: FileDiagnostics,
  line: number
): Touches {
  const paths: string[] = []
  let readOnlyNote = false
  const listed = spanListContents(value)
  // isNone reads such a value by its first span's first letter; one that may say
  // "none" takes the general reading.
  if (listed !== null && !mayStartNone(listed[0]?.charAt(0) ?? '')) {
    for (const content of listed) addPath(content)
    return { paths, readOnlyNote }
  }
  if (isNone(value)) return { paths, readOnlyNote }
  for (const item of splitItems(value)) {
    const spans = codeSpans(item)
    if (spans.length > 0) {
      for (const span of spans) addPath(span)
      continue
    }
    if (item.startsWith('[') || item.startsWith('(')) {
      if (READ_ONLY_RE.test(item)) readOnlyNote = true
      else diag.warning(line, `${taskId}: Touches note ${item} is not a path; ignored`)
      continue
    }
    if (isNone(item)) continue
    if (/^[^\s]+$/.test(item)) addPath(item)
    else diag.warning(line, `${taskId}: Touches item "${inlineText(item)}" is not a path; ignored`)
  }
  return { paths, readOnlyNote }

  function addPath(raw: string): void {
    const p = normalisePath(raw)
    if (p === null) {
      diag.warning(line, `${taskId}: Touches item "${raw}" is not a usable path; ignored`)
    } else if (!paths.includes(p)) {
      paths.push(p)
    }
  }
}

export function readConcurrency(value: string): ConcurrencyClass | null {
  const t = inlineText(value).toLowerCase()
  if (/\bread[\s_-]?only\b/.test(t)) return 'read-only'
  if (/\bwrite[\s_-]?shared\b/.test(t)) return 'write-shared'
  if (/\bwrite[\s_-]?local\b/.test(t)) return 'write-local'
  return null
}

/** `Gate-I, Gate-M`: gate names and commas alone, the template's way. */
const GATE_LIST_RE = /^Gate-[IOSM](?:[ \t]*,[ \t]*Gate-[IOSM])*$/

/** Gates named in `IOSM checks`: `Gate-I, Gate-M (contracts)`, `All gates`, `N/A (research only)`. */
export function readChecks(value: string): GateKey[] {
  // Such a value names its gates by their letters, and nothing else: no pattern needed.
  if (GATE_LIST_RE.test(value)) return GATE_KEYS.filter(key => value.includes(`Gate-${key}`))
  const t = inlineText(value)
  if (/^n\/?a\b/i.test(t) || isNone(t)) return []
  if (t.toLowerCase().includes('gates') && /\ball\s+(?:iosm\s+)?gates\b/i.test(t)) {
    return [...GATE_KEYS]
  }
  const out: GateKey[] = []
  for (const m of t.matchAll(/\bgate[\s_-]*([iosm])\b/gi)) {
    const key = (m[1] ?? 'I').toUpperCase() as GateKey
    if (!out.includes(key)) out.push(key)
  }
  return out.sort((a, b) => GATE_KEYS.indexOf(a) - GATE_KEYS.indexOf(b))
}

export function readBool(value: string): boolean {
  return /^(?:true|yes|y|1)\b/i.test(inlineText(value))
}

export function readSeverity(value: string): string | null {
  const t = inlineText(value).toLowerCase()
  if (t === '') return null
  const m = /^(critical|high|medium|low)\b/.exec(t)
  return m?.[1] ?? t
}

/** A `Model` value without its trailing `# comment`. */
export function stripComment(value: string): string {
  const m = /\s#(?:\s|$)/.exec(value)
  return (m ? value.slice(0, m.index) : value).trim()
}
