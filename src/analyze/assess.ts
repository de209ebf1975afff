// Judgements the report states that the analysis does not: integration
// complexity, readiness for deployment and its caveats, and why each held
// task is held. Each is derived from the analysed model alone, by rules the
// report can spell out.

import type { TaskResult, TrackResult } from '../model.js'
import { sortedDistinctIds } from '../order.js'
import { count } from '../words.js'

type ComplexityLevel = 'Low' | 'Medium' | 'High' | 'Very High'

export interface Complexity {
  level: ComplexityLevel
  /** The facts that set the level, in words. */
  because: string[]
  /** The counts the rule looked at, in words. */
  facts: string
}

/**
 * Very High: a dependency cycle, 3+ parallel conflicts, or more than 20 tasks.
 * High: a parallel conflict, 5+ merge waves, more than 10 tasks or 3+ held tasks.
 * Medium: a sequential overlap, 3+ waves, more than 4 tasks or an unplanned touch.
 * Low: none of these.
 */
export function integrationComplexity(track: TrackResult): Complexity {
  const tasks = track.tasks.length
  const waves = track.mergeOrder.waves.length
  const held = track.mergeOrder.held.length
  const parallel = track.conflicts.filter(c => c.kind === 'parallel').length
  const sequential = track.conflicts.length - parallel
  const cycles = track.cycles.length
  const unplanned = track.unplannedTouches.length
  const rules: Array<{ level: ComplexityLevel; tests: Array<[boolean, string]> }> = [
    {
      level: 'Very High',
      tests: [
        [cycles > 0, count(cycles, 'dependency cycle')],
        [parallel >= 3, count(parallel, 'parallel conflict')],
        [tasks > 20, count(tasks, 'task')]
      ]
    },
    {
      level: 'High',
      tests: [
        [parallel >= 1, count(parallel, 'parallel conflict')],
        [waves >= 5, count(waves, 'merge wave')],
        [tasks > 10, count(tasks, 'task')],
        [held >= 3, count(held, 'held task')]
      ]
    },
    {
      level: 'Medium',
      tests: [
        [sequential >= 1, count(sequential, 'sequential overlap')],
        [waves >= 3, count(waves, 'merge wave')],
        [tasks > 4, count(tasks, 'task')],
        [unplanned >= 1, count(unplanned, 'unplanned touch', 'unplanned touches')]
      ]
    }
  ]
  const facts = [
    `${count(tasks, 'task')} in ${count(waves, 'wave')}`,
    held > 0 ? `${held} held` : '',
    parallel + sequential > 0
      ? `${parallel} parallel and ${sequential} sequential file overlaps`
      : 'no file overlaps',
    cycles > 0 ? count(cycles, 'cycle') : ''
  ]
    .filter(part => part !== '')
    .join(', ')
  for (const rule of rules) {
    const because = rule.tests.filter(([hit]) => hit).map(([, why]) => why)
    if (because.length > 0) return { level: rule.level, because, facts }
  }
  return { level: 'Low', because: [], facts }
}

export type ReadyLevel = 'yes' | 'caveats' | 'no'

export interface Readiness {
  level: ReadyLevel
  /** What a reader should know even when the verdict passes. */
  caveats: string[]
}

/** No when the verdict fails; otherwise yes, or with caveats when anything below is true. */
export function readiness(track: TrackResult): Readiness {
  const caveats: string[] = []
  const open = track.blockers.filter(b => !b.resolved)
  if (open.length > 0)
    caveats.push(`${count(open.length, 'unresolved issue')} (see Blockers and issues)`)
  const held = track.mergeOrder.held.length
  if (held > 0)
    caveats.push(`${count(held, 'task is', 'tasks are')} held back from the merge order`)
  const notEvaluated = (Object.keys(track.gates) as Array<keyof TrackResult['gates']>).filter(
    gate => track.gates[gate].status === 'not-evaluated'
  )
  if (track.iosmIndex === null) caveats.push('no IOSM-Index could be computed')
  else if (notEvaluated.length > 0)
    caveats.push(`gates not evaluated: ${notEvaluated.map(g => `Gate-${g}`).join(', ')}`)
  const parallel = track.conflicts.filter(c => c.kind === 'parallel').length
  if (parallel > 0) caveats.push(`${count(parallel, 'parallel file conflict')} to resolve by hand`)
  if (track.unplannedTouches.length > 0) {
    caveats.push(`${count(track.unplannedTouches.length, 'file')} touched outside the plan`)
  }
  const diff = track.diffCheck
  if (diff !== null) {
    if (diff.unreported.length > 0)
      caveats.push(`${count(diff.unreported.length, 'changed file')} no report mentions`)
    if (diff.phantom.length > 0)
      caveats.push(`${count(diff.phantom.length, 'claimed file')} not in the diff`)
    if (diff.mismatch.length > 0)
      caveats.push(`${count(diff.mismatch.length, 'claim')} with the wrong kind of change`)
    if (diff.truncated)
      caveats.push('the diff was truncated, so the claims were checked only in part')
  }
  if (statedIndexDiffers(track))
    caveats.push('the stated IOSM-Index differs from the recomputed one')
  const errors = track.diagnostics.filter(d => d.severity === 'error').length
  if (errors > 0) caveats.push(`${count(errors, 'input error')} (see Diagnostics)`)
  if (track.verdict.conclusion === 'failure') return { level: 'no', caveats }
  return { level: caveats.length > 0 ? 'caveats' : 'yes', caveats }
}

export function statedIndexDiffers(track: TrackResult): boolean {
  return (
    track.statedIndex !== null &&
    track.iosmIndex !== null &&
    Math.abs(track.statedIndex - track.iosmIndex) > 0.01
  )
}

export type HeldReason =
  /** On `cycle`, or in its group (`group`, every task that depends on itself through it) but off it. */
  | { kind: 'cycle'; cycle: string[]; onCycle: boolean; group: string[] }
  | { kind: 'status'; status: TaskResult['status'] }
  /**
   * The held tasks it depends on, the first HELD_ON_LISTED of them, and how
   * many more its result lists (it lists held dependencies first).
   */
  | { kind: 'waits'; on: string[]; more: number }
  | { kind: 'unscheduled' }

/** Held dependencies a held task's reason names; the rest are counted. */
export const HELD_ON_LISTED = 10

/** Why a held task is held: its own state first, then what it waits for. */
export function heldReason(track: TrackResult, taskId: string): HeldReason {
  return heldReasons(track)(taskId)
}

/** `heldReason` for many tasks of one track, with the track indexed once. */
export function heldReasons(track: TrackResult): (taskId: string) => HeldReason {
  // The first cycle whose group holds an id, and the first task naming an id,
  // as a search in order finds them.
  const cycleOf = new Map<string, { cycle: string[]; group: string[]; onCycle: boolean }>()
  track.cycles.forEach((cycle, i) => {
    const group = track.cycleGroups[i] ?? cycle
    for (const id of cycle) if (!cycleOf.has(id)) cycleOf.set(id, { cycle, group, onCycle: true })
    for (const id of group) if (!cycleOf.has(id)) cycleOf.set(id, { cycle, group, onCycle: false })
  })
  const taskOf = new Map<string, TaskResult>()
  for (const task of track.tasks) if (!taskOf.has(task.id)) taskOf.set(task.id, task)
  const held = new Set(track.mergeOrder.held)
  return (taskId: string): HeldReason => {
    const found = cycleOf.get(taskId)
    if (found !== undefined) return { kind: 'cycle', ...found }
    const task = taskOf.get(taskId)
    if (task !== undefined && task.status !== 'complete')
      return { kind: 'status', status: task.status }
    const on = (task?.dependsOn ?? []).filter(dep => held.has(dep))
    if (on.length > 0)
      return {
        kind: 'waits',
        on: on.slice(0, HELD_ON_LISTED),
        more: Math.max(0, on.length - HELD_ON_LISTED)
      }
    return { kind: 'unscheduled' }
  }
}

type ImpactLevel = 'Low' | 'Medium' | 'High'

export interface Impact {
  level: ImpactLevel
  /** Other tasks whose files overlap this task's, by the conflict analysis; sorted by id; at most SHARES_LISTED. */
  sharesWith: string[]
  /** More tasks share its files than `sharesWith` lists. */
  sharesWithCapped: boolean
  /** Files the task reports, of every kind. */
  files: number
  /** Files it modifies or deletes, which existed before it. */
  existing: number
}

/**
 * How far each task's change reaches, from its files alone.
 * High: it shares a file with another task, or touches more than 10 files.
 * Medium: more than 3 files, or it modifies or deletes a file that existed.
 * Low: otherwise (a few new files, or none).
 */
/** Tasks an impact lists as sharing files; beyond it the list says "or more". */
const SHARES_LISTED = 20

export function taskImpacts(track: TrackResult): (task: TaskResult) => Impact {
  // Capped per task: a path thousands of tasks share would otherwise give
  // each of them a set of all the others.
  const sharing = new Map<string, Set<string>>()
  const capped = new Set<string>()
  for (const c of track.conflicts) {
    if (c.reason !== 'overlap') continue
    for (const id of c.tasks) {
      const others = sharing.get(id) ?? new Set<string>()
      for (const other of c.tasks) {
        if (other === id) continue
        if (others.size >= SHARES_LISTED) {
          if (!others.has(other)) capped.add(id)
          if (capped.has(id)) break
          continue
        }
        others.add(other)
      }
      sharing.set(id, others)
    }
  }
  const sorted = new Map([...sharing].map(([id, others]) => [id, sortedDistinctIds(others)]))
  return task => {
    const f = task.files
    const files = f.created.length + f.modified.length + f.deleted.length + task.touched.length
    const sharesWith = sorted.get(task.id) ?? []
    const existing = f.modified.length + f.deleted.length
    const level: ImpactLevel =
      sharesWith.length > 0 || files > 10 ? 'High' : files > 3 || existing > 0 ? 'Medium' : 'Low'
    return { level, sharesWith, sharesWithCapped: capped.has(task.id), files, existing }
  }
}
