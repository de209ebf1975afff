// "Is there a dependency path between these two tasks?", asked for many
// pairs. Tasks that depend on each other collapse into one node; each node
// then carries a bitset of the queried tasks it can reach, built bottom-up in
// one pass. Cost: edges x (queried tasks / 32) words, with no recursion.

import type { IdGraph } from './id-graph.js'
import { stronglyConnected } from './scc.js'

export interface Reachability {
  /** Bitset words per task. */
  words: number
  /** The bit of a queried task, or undefined. */
  slotOf(id: string): number | undefined
  /** The queried tasks `id` depends on, directly or not, and itself when queried; shared, do not change. */
  reachOf(id: string): Uint32Array | undefined
}

/**
 * For each task, the bitset of queried tasks it reaches: the ground on which
 * counts over many pairs (every pair of a group sharing a file) are answered
 * word by word instead of pair by pair. Any graph will do: conflicts asks
 * the reversed one too.
 */
export function reachability(g: IdGraph, queried: Iterable<string>): Reachability {
  const { component, members } = stronglyConnected(g.deps)
  const slot = new Map<string, number>()
  for (const id of queried) if (g.index.has(id) && !slot.has(id)) slot.set(id, slot.size)
  const words = Math.max(1, Math.ceil(slot.size / 32))
  const reach: Uint32Array[] = []
  // members come out dependencies first, so every component a node depends on
  // is finished before the node itself.
  for (let c = 0; c < members.length; c++) {
    const bits = new Uint32Array(words)
    for (const v of members[c] ?? []) {
      const s = slot.get(g.ids[v] as string)
      if (s !== undefined) bits[s >>> 5] = (bits[s >>> 5] as number) | (1 << (s & 31))
      for (const d of g.deps[v] ?? []) {
        const dc = component[d] as number
        if (dc === c) continue
        const other = reach[dc] as Uint32Array
        for (let w = 0; w < words; w++) bits[w] = (bits[w] as number) | (other[w] as number)
      }
    }
    reach.push(bits)
  }
  return {
    words,
    slotOf: id => slot.get(id),
    reachOf: id => {
      const f = g.index.get(id)
      return f === undefined ? undefined : reach[component[f] as number]
    }
  }
}

/** Whether `from` depends on `to`, directly or through other tasks; both must have been queried. */
export function reaches(r: Reachability, from: string, to: string): boolean {
  const bits = r.reachOf(from)
  const s = r.slotOf(to)
  if (bits === undefined || s === undefined) return false
  return (((bits[s >>> 5] as number) >>> (s & 31)) & 1) === 1
}
