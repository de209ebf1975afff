// Files a task touched that its plan entry did not announce.

import type { UnplannedTouch } from '../model.js'
import { compareIds, folderPrefixes, isFolder } from '../parse/paths.js'

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
  trackDir: string
): UnplannedTouch[] {
  const own = trackDir.replace(/\/+$/, '') + '/'
  const out: UnplannedTouch[] = []
  for (const t of tasks) {
    if (t.planned === null) continue
    const exact = new Set(t.planned)
    const folders = new Set(t.planned.filter(isFolder))
    for (const path of new Set(t.files)) {
      if (path.startsWith(own) || exact.has(path)) continue
      if (folderPrefixes(path).some(f => folders.has(f))) continue
      out.push({ task: t.id, path })
    }
  }
  return out.sort(
    (a, b) => compareIds(a.task, b.task) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)
  )
}
