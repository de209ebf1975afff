// Files a task touched that its plan entry did not announce.

import type { UnplannedTouch } from '../model.js'
import { isFolder } from '../paths.js'
import { PLAIN_ID_ORDER, sortedById, sortedDistinctStrings, type IdOrder } from '../order.js'

export interface UnplannedTask {
  id: string
  /** null when the task has no plan entry: nothing to compare against. */
  planned: readonly string[] | null
  files: readonly string[]
}

/**
 * `trackDir` is the track's own folder: reports and notes written there are
 * the method's bookkeeping, planned by definition.
 */
export function unplannedTouches(
  tasks: readonly UnplannedTask[],
  trackDir: string,
  order: IdOrder = PLAIN_ID_ORDER
): UnplannedTouch[] {
  return unplannedInSorted(
    tasks.map(t => ({ ...t, files: sortedDistinctStrings(t.files) })),
    trackDir,
    order
  )
}

/**
 * The same, for tasks whose `files` are already sorted without repeats (as
 * assembled tasks' file sets are): comparing paths costs more than the rest,
 * so they are not checked again.
 */
export function unplannedInSorted(
  tasks: readonly UnplannedTask[],
  trackDir: string,
  order: IdOrder = PLAIN_ID_ORDER
): UnplannedTouch[] {
  const own = trackDir.replace(/\/+$/, '') + '/'
  // Tasks are put in id order once and their rows written as they come: a
  // track may have tens of thousands of unplanned files, and comparing ids
  // per row cost more than everything else here.
  const ordered = sortedById(tasks, order)
  const out: UnplannedTouch[] = []
  for (let k = 0; k < ordered.length;) {
    const id = (ordered[k] as UnplannedTask).id
    let end = k + 1
    while (end < ordered.length && (ordered[end] as UnplannedTask).id === id) end++
    if (end - k === 1) addUnplanned(ordered[k] as UnplannedTask, own, out)
    else {
      // One id listed twice (only on direct calls): its rows merged, re-sorted.
      const rows: UnplannedTouch[] = []
      for (let m = k; m < end; m++) addUnplanned(ordered[m] as UnplannedTask, own, rows)
      rows.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
      for (const row of rows) out.push(row)
    }
    k = end
  }
  return out
}

/** Appends the task's unplanned paths to `out`, in the order of its files. */
function addUnplanned(t: UnplannedTask, own: string, out: UnplannedTouch[]): void {
  if (t.planned === null) return
  const exact = new Set(t.planned)
  const hasFolders = t.planned.some(isFolder)
  const files = t.files
  for (let i = 0; i < files.length; i++) {
    const path = files[i] as string
    if (path.startsWith(own) || exact.has(path)) continue
    if (hasFolders && underAny(path, exact)) continue
    out.push({ task: t.id, path })
  }
}

/** True when a folder holding `path` is in `planned` (which holds only files and folders). */
function underAny(path: string, planned: ReadonlySet<string>): boolean {
  for (let i = path.indexOf('/'); i !== -1 && i < path.length - 1; i = path.indexOf('/', i + 1)) {
    if (planned.has(path.slice(0, i + 1))) return true
  }
  return false
}
