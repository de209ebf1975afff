// The verdict: failure when any selected fail-on condition holds, with one
// readable sentence per reason.

import {
  GATE_KEYS,
  type AnalyzeOptions,
  type BlockerResult,
  type Conflict,
  type Diagnostic,
  type DiffCheck,
  type FailOn,
  type GateKey,
  type GateResult,
  type TaskStatus,
  type Verdict
} from '../model.js'
import { PLAIN_ID_ORDER, sortedById, type IdOrder } from '../order.js'
import { formatScore } from './gates.js'

export interface VerdictInput {
  tasks: readonly { id: string; status: TaskStatus }[]
  blockers: readonly BlockerResult[]
  gates: Record<GateKey, GateResult>
  iosmIndex: number | null
  indexThreshold: number | null
  cycles: readonly string[][]
  conflicts: readonly Conflict[]
  diffCheck: DiffCheck | null
  /** Every finding about the input; the errors among them feed `fail-on: errors`. */
  diagnostics: readonly Diagnostic[]
  /** Report file → line of its first code fence left open (files with one only). */
  openFences?: ReadonlyMap<string, number>
}

const LIST_LIMIT = 20
/** Sentences per condition; beyond it one sentence counts the rest. */
const REASON_LIMIT = 10

export function decideVerdict(
  input: VerdictInput,
  options: AnalyzeOptions,
  order: IdOrder = PLAIN_ID_ORDER
): Verdict {
  const selected = new Set<FailOn>(options.failOn)
  const reasons: string[] = []
  const add = (items: readonly string[], more: (n: number) => string): void => {
    for (const item of items.slice(0, REASON_LIMIT)) reasons.push(item)
    if (items.length > REASON_LIMIT) reasons.push(more(items.length - REASON_LIMIT))
  }
  if (selected.has('blockers')) {
    add(blockerReasons(input), n => `${plural(n, 'more unresolved blocker')}.`)
  }
  if (selected.has('gates'))
    add(gateReasons(input, options), n => `${plural(n, 'more gate failure')}.`)
  if (selected.has('cycles')) {
    const cycles = input.cycles.map(c => `Dependency cycle: ${[...c, c[0]].join(' → ')}.`)
    add(cycles, n => `${plural(n, 'more dependency cycle')}.`)
  }
  if (selected.has('incomplete')) {
    const open = input.tasks.filter(t => t.status !== 'complete')
    if (open.length > 0) reasons.push(incompleteReason(open, order))
  }
  if (selected.has('conflicts')) {
    add(
      conflictReasons(input.conflicts),
      n =>
        `${plural(n, 'more pair')} of tasks ${n === 1 ? 'changes' : 'change'} the same files in parallel.`
    )
  }
  if (selected.has('unreported') && input.diffCheck && input.diffCheck.unreported.length > 0) {
    const files = input.diffCheck.unreported
    const noun = files.length === 1 ? 'changed file is' : 'changed files are'
    reasons.push(`${files.length} ${noun} not claimed by any report: ${list(files)}.`)
  }
  if (selected.has('errors')) {
    add(errorReasons(input.diagnostics), n => `${plural(n, 'more file')} with input errors.`)
  }
  return { conclusion: reasons.length > 0 ? 'failure' : 'success', reasons }
}

function blockerReasons(input: VerdictInput): string[] {
  const status = new Map(input.tasks.map(t => [t.id, t.status]))
  return input.blockers
    .filter(b => b.severity === 'critical' && !b.resolved)
    .map(b => {
      const title = sentence(b.title + pastOpenFence(b, input.openFences))
      switch (b.kind) {
        case 'error':
          return `${b.task} has an unresolved error ${title}`
        case 'spawn-candidate':
          return `${b.task} raises a critical spawn candidate ${title}`
        case 'blocker':
          return status.get(b.task) === 'blocked'
            ? `${b.task} is blocked: ${title}`
            : `${b.task} reports an unresolved blocker: ${title}`
        default:
          return `${b.task} is blocked: ${title}`
      }
    })
}

function gateReasons(input: VerdictInput, options: AnalyzeOptions): string[] {
  const out: string[] = []
  for (const g of GATE_KEYS) {
    const r = input.gates[g]
    if (r.status !== 'fail' || r.score === null) continue
    out.push(
      r.target === 'pass'
        ? `Gate-${g} scored ${formatScore(r.score)}, below its target pass (1.00 required).`
        : `Gate-${g} scored ${formatScore(r.score)}, below its target ${r.target}.`
    )
  }
  const threshold = input.indexThreshold
  const named =
    threshold === null
      ? ''
      : options.indexThreshold !== null
        ? `the threshold ${formatScore(threshold)} (index-threshold)`
        : `the ${options.profile} threshold ${formatScore(threshold)}`
  if (input.iosmIndex !== null) {
    if (threshold !== null && input.iosmIndex < threshold - 1e-9) {
      out.push(`IOSM-Index ${input.iosmIndex.toFixed(3)} is below ${named}.`)
    }
    return out
  }
  const skipped = GATE_KEYS.filter(g => input.gates[g].status === 'skip')
  const missing = GATE_KEYS.filter(g => input.gates[g].status === 'not-evaluated')
  const anyEvaluated = skipped.length + missing.length < GATE_KEYS.length
  if (options.naPolicy === 'strict') {
    const parts: string[] = []
    if (skipped.length > 0)
      parts.push(`${gateList(skipped)} ${skipped.length === 1 ? 'is' : 'are'} skipped`)
    if (missing.length > 0)
      parts.push(`${gateList(missing)} ${missing.length === 1 ? 'was' : 'were'} not evaluated`)
    const why = anyEvaluated ? parts.join(' and ') : 'no gate was evaluated'
    out.push(`IOSM-Index is undefined (na-policy strict): ${why}.`)
  } else if (missing.length > 0 && threshold !== null) {
    // Only gates expected but not scored make the data insufficient; a track
    // that skips every gate on purpose has nothing to measure.
    out.push(
      `No IOSM gate was evaluated: insufficient data to check the IOSM-Index against ${named}.`
    )
  }
  return out
}

function incompleteReason(
  open: readonly { id: string; status: TaskStatus }[],
  order: IdOrder
): string {
  const sorted = sortedById(open, order)
  const statuses = new Set(sorted.map(t => t.status))
  const head =
    sorted.length === 1 ? '1 task is not complete' : `${sorted.length} tasks are not complete`
  if (statuses.size === 1) return `${head}: ${list(sorted.map(t => t.id))} (${sorted[0]?.status}).`
  return `${head}: ${list(sorted.map(t => `${t.id} (${t.status})`))}.`
}

function conflictReasons(conflicts: readonly Conflict[]): string[] {
  // Grouped by pair: a sentence names a pair once, with the paths it shares.
  const byPair = new Map<string, Map<string, Conflict[]>>()
  const out: string[] = []
  for (const c of conflicts) {
    if (c.kind !== 'parallel' || c.reason === 'note') continue
    if (c.pairs) {
      out.push(manyReason(c, c.pairs.parallel))
      continue
    }
    const [a = '', b = ''] = c.tasks
    let inner = byPair.get(a)
    if (!inner) {
      inner = new Map()
      byPair.set(a, inner)
    }
    const list = inner.get(b)
    if (list) list.push(c)
    else inner.set(b, [c])
  }
  for (const inner of byPair.values()) {
    for (const cs of inner.values()) {
      const [a, b] = (cs[0] as Conflict).tasks
      if (cs.every(c => c.reason === 'write-shared')) {
        out.push(
          `${a} and ${b} run in parallel although one of them is write-shared; no dependency orders them.`
        )
        continue
      }
      const paths = cs.filter(c => c.reason === 'overlap').map(c => c.path)
      out.push(`${a} and ${b} both change ${list(paths, 5)} with no dependency between them.`)
    }
  }
  return out
}

/**
 * One sentence per file with an error diagnostic: the file's first error, and
 * how many more it has. A file the tool could not read names itself
 * (`plan.md could not be read: …`); other errors follow the place.
 */
function errorReasons(diagnostics: readonly Diagnostic[]): string[] {
  const byFile = new Map<string, { first: Diagnostic; count: number }>()
  for (const d of diagnostics) {
    if (d.severity !== 'error') continue
    const seen = byFile.get(d.file)
    if (seen) seen.count++
    else byFile.set(d.file, { first: d, count: 1 })
  }
  const out: string[] = []
  for (const { first, count } of byFile.values()) {
    const where = first.line > 1 ? `${first.file}:${first.line}` : first.file
    const message = sentence(first.message)
    const text = /^(?:could not|cannot|was|is)\b/.test(message)
      ? `${where} ${message}`
      : `${where}: ${message}`
    out.push(count > 1 ? `${text} (${plural(count - 1, 'more error')} in this file.)` : text)
  }
  return out
}

/** An entry of many pairs: the tasks named up to a limit, and how many pairs run in parallel. */
function manyReason(c: Conflict, parallel: number): string {
  const total = c.tasks.length + (c.moreTasks ?? 0)
  const named = c.tasks.slice(0, 5).join(', ')
  const tasks = total > 5 ? `${named} and ${total - 5} more tasks` : named
  const pairs = `${plural(parallel, 'pair')} with no dependency between ${parallel === 1 ? 'its tasks' : 'their tasks'}`
  if (c.reason === 'write-shared') {
    const [w = '', ...beside] = c.tasks
    const others = total - 1
    const names =
      others > 5 ? `${beside.slice(0, 5).join(', ')} and ${others - 5} more` : beside.join(', ')
    return `${w} is write-shared but runs in parallel with ${names} (${pairs}).`
  }
  return `${tasks} all change ${c.path} (${pairs}).`
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}

function gateList(gates: readonly GateKey[]): string {
  return gates.map(g => `Gate-${g}`).join(', ')
}

function list(items: readonly string[], limit = LIST_LIMIT): string {
  if (items.length <= limit) return items.join(', ')
  return `${items.slice(0, limit).join(', ')} and ${items.length - limit} more`
}

/** A title as the end of a sentence: exactly one closing full stop. */
/**
 * A blocker read from past a code fence left open is shown as code on GitHub, so the
 * reason says where it is and why it still counts: the reader can close the fence.
 */
function pastOpenFence(
  b: BlockerResult,
  openFences: ReadonlyMap<string, number> | undefined
): string {
  if (!openFences || b.file === null || b.line === null) return ''
  const fence = openFences.get(b.file)
  if (fence === undefined || fence >= b.line) return ''
  return ` (${b.file}:${b.line}, after a code fence left open at line ${fence})`
}

function sentence(text: string): string {
  const trimmed = text.trim()
  // A loop, not an end-anchored regex: that takes quadratic time on a long run of dots.
  let end = trimmed.length
  while (end > 0) {
    const c = trimmed.charAt(end - 1)
    // A full stop, or white space (`\s`, which is what `trim` removes).
    if (c !== '.' && c.trim() !== '') break
    end--
  }
  const t = trimmed.slice(0, end)
  return t.endsWith('!') || t.endsWith('?') ? t : `${t}.`
}
