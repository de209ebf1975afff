// The longest chain of dependent work, by estimated minutes. Tasks on a cycle
// have no meaningful chain and are left out, with their edges.

import type { IdGraph, TaskIndex } from './id-graph.js'

export interface PathTask {
  id: string
  effortMinutes: number
}

/** The chain in dependency order, first task first. Ties go to the lower id. */
export function criticalPath(index: TaskIndex<PathTask>, cyclic: ReadonlySet<string>): string[] {
  const g = cyclic.size === 0 ? index.graph : without(index.graph, cyclic)
  const n = g.ids.length
  const effort = new Map(index.tasks.map(t => [t.id, Math.max(0, t.effortMinutes)]))
  const total = new Float64Array(n)
  const prev = new Int32Array(n).fill(-1)
  const missing = new Int32Array(n)
  const queue: number[] = []
  for (let i = 0; i < n; i++) {
    missing[i] = (g.deps[i] ?? []).length
    if (missing[i] === 0) queue.push(i)
  }
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head] as number
    let best = -1
    // deps are ascending, so a strict comparison keeps the lower id on a tie.
    for (const d of g.deps[v] ?? [])
      if (best === -1 || (total[d] as number) > (total[best] as number)) best = d
    prev[v] = best
    total[v] = (effort.get(g.ids[v] as string) ?? 0) + (best === -1 ? 0 : (total[best] as number))
    for (const d of g.dependents[v] ?? []) {
      missing[d] = (missing[d] as number) - 1
      if (missing[d] === 0) queue.push(d)
    }
  }
  let end = -1
  for (let i = 0; i < n; i++)
    if (end === -1 || (total[i] as number) > (total[end] as number)) end = i
  const path: string[] = []
  for (let v = end; v !== -1; v = prev[v] as number) path.push(g.ids[v] as string)
  return path.reverse()
}

/** The graph without the tasks `left` names and their edges, in the same id order. */
function without(g: IdGraph, left: ReadonlySet<string>): IdGraph {
  const ids: string[] = []
  const index = new Map<string, number>()
  // renumber[i]: the new index of task i, or -1 when it is left out.
  const renumber = g.ids.map(id => {
    if (left.has(id)) return -1
    index.set(id, ids.length)
    ids.push(id)
    return ids.length - 1
  })
  // Renumbering keeps the order, so each kept list stays ascending.
  const keep = (list: readonly number[]): number[] => {
    const out: number[] = []
    for (const j of list) if ((renumber[j] as number) !== -1) out.push(renumber[j] as number)
    return out
  }
  const deps: number[][] = []
  const dependents: number[][] = []
  g.ids.forEach((_, i) => {
    if (renumber[i] === -1) return
    deps.push(keep(g.deps[i] ?? []))
    dependents.push(keep(g.dependents[i] ?? []))
  })
  return { ids, index, deps, dependents }
}
