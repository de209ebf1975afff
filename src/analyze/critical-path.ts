// The longest chain of dependent work, by estimated minutes. Tasks on a cycle
// have no meaningful chain and are left out, with their edges.

import { indexGraph, type IdGraph } from './id-graph.js'
import { PLAIN_ID_ORDER, type IdOrder } from '../order.js'

export interface PathTask {
  id: string
  effortMinutes: number
  dependsOn: readonly string[]
}

/**
 * The chain in dependency order, first task first. Ties go to the lower id.
 * `graph`, when given, must be `indexGraph(tasks, order)`.
 */
export function criticalPath(
  tasks: readonly PathTask[],
  cyclic: ReadonlySet<string>,
  order: IdOrder = PLAIN_ID_ORDER,
  graph?: IdGraph
): string[] {
  const g =
    graph && cyclic.size === 0
      ? graph
      : indexGraph(
          tasks.filter(t => !cyclic.has(t.id)),
          order
        )
  const n = g.ids.length
  const effort = new Map(tasks.map(t => [t.id, Math.max(0, t.effortMinutes)]))
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
