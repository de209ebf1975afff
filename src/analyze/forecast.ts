// Conflicts still to come. A task that is not complete has only its plan's
// `Touches` to go by; where those meet another incomplete task's Touches, or
// the files a complete task changed, the two will collide when the work lands.
// The overlap rules are the real conflicts' own (exact paths, and a folder
// holding the other side's path), so the two lists read alike.

import type { ConcurrencyClass, Conflict, ForecastConflict } from '../model.js'
import { findConflicts, type ConflictTask } from './conflicts.js'
import { withTasks, type TaskIndex } from './id-graph.js'
import { sortedDistinctStrings } from '../order.js'
import { inFolder, isFolder } from '../paths.js'

export interface ForecastTask {
  id: string
  complete: boolean
  concurrency: ConcurrencyClass
  /** The plan's Touches (folders keep their `/`); null without a plan entry. */
  planned: readonly string[] | null
  /** The files the task's report claims, sorted. */
  files: readonly string[]
}

/**
 * `real` are the track's conflicts: a pair already in conflict on a path is
 * not forecast again there.
 */
export function forecastConflicts(
  index: TaskIndex<ForecastTask>,
  real: readonly Conflict[]
): ForecastConflict[] {
  const complete = new Set<string>()
  let anyPlanned = false
  for (const t of index.tasks) {
    if (t.complete) complete.add(t.id)
    else if (t.planned !== null && t.planned.length > 0) anyPlanned = true
  }
  if (!anyPlanned || plansApart(index.tasks)) return []
  // Each task as it stands or will stand, over the same ids and dependencies.
  const sides = withTasks(index, (t): Omit<ConflictTask, 'id'> => ({
    // write-shared orders the merge of finished work; a plan overlaps only on paths.
    concurrency: t.concurrency === 'read-only' ? 'read-only' : 'write-local',
    files: t.complete ? t.files : sortedDistinctStrings(t.planned ?? []),
    notes: [],
    reportFile: null
  }))

  const known = new Set(real.map(c => realKey(c.path, c.tasks)))
  const out: ForecastConflict[] = []
  for (const c of findConflicts(sides).conflicts) {
    const done = c.tasks.filter(id => complete.has(id))
    // Both complete: that is a real conflict, or none, already decided.
    if (done.length === c.tasks.length) continue
    if (known.has(realKey(c.path, c.tasks))) continue
    out.push({
      path: c.path,
      tasks: c.tasks,
      kind: 'planned',
      schedule: c.kind === 'parallel' ? 'parallel' : 'sequential',
      complete: done
    })
  }
  return out
}

function realKey(path: string, tasks: readonly string[]): string {
  return `${path}\u0000${[...tasks].sort().join('\u0000')}`
}

/**
 * True when no path an incomplete task plans can meet another task's path:
 * no writer names a folder, and no other writer has a path in a parent
 * folder an incomplete task plans in. Pairs of complete tasks are not
 * forecast, so there is then nothing to forecast, and the conflict search
 * over every task's paths (a second one, after the real conflicts) is not
 * run. Tasks that plan in folders of their own are the usual case.
 */
export function plansApart(tasks: readonly ForecastTask[]): boolean {
  // Parent folder of a planned path -> the incomplete task planning there.
  const planner = new Map<string, string>()
  for (const t of tasks) {
    if (t.complete || t.concurrency === 'read-only' || t.planned === null) continue
    for (const p of t.planned) {
      if (isFolder(p)) return false
      const dir = p.slice(0, p.lastIndexOf('/') + 1)
      const other = planner.get(dir)
      if (other === undefined) planner.set(dir, t.id)
      else if (other !== t.id) return false
    }
  }
  if (planner.size === 0) return true
  for (const t of tasks) {
    if (!t.complete || t.concurrency === 'read-only') continue
    // Files are sorted, so the paths of one folder mostly come together: its name is cut once.
    let dir: string | null = null
    for (const p of t.files) {
      if (isFolder(p)) return false
      if (dir !== null && inFolder(p, dir)) continue
      dir = p.slice(0, p.lastIndexOf('/') + 1)
      if (planner.has(dir)) return false
    }
  }
  return true
}
