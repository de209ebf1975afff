// Tasks as an integer graph. Index order is id order (compareIds), so any walk
// that visits indices in ascending order is deterministic whatever order the
// tasks arrived in.

import { compareIds } from '../parse/paths.js'

export interface GraphTask {
  id: string
  dependsOn: readonly string[]
}

export interface IdGraph {
  /** Distinct ids, sorted by compareIds. */
  ids: string[]
  index: Map<string, number>
  /** deps[i]: indices task i depends on, ascending, unknown ids dropped. */
  deps: number[][]
  /** dependents[i]: indices that depend on task i, ascending. */
  dependents: number[][]
}

export function indexGraph(tasks: readonly GraphTask[]): IdGraph {
  const ids = [...new Set(tasks.map(t => t.id))].sort(compareIds)
  const index = new Map<string, number>()
  ids.forEach((id, i) => index.set(id, i))
  const depSets: Array<Set<number>> = ids.map(() => new Set<number>())
  for (const t of tasks) {
    const from = index.get(t.id)
    if (from === undefined) continue
    for (const d of t.dependsOn) {
      const to = index.get(d)
      if (to !== undefined && to !== from) depSets[from]?.add(to)
    }
  }
  const deps = depSets.map(s => [...s].sort((a, b) => a - b))
  const dependents: number[][] = ids.map(() => [])
  deps.forEach((ds, i) => {
    for (const d of ds) dependents[d]?.push(i)
  })
  return { ids, index, deps, dependents }
}
