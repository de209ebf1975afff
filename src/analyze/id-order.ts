// Id order (compareIds) answered from ranks computed once. compareIds parses
// both ids with regular expressions on every call, and the analysis sorts by
// task id in a dozen places: with a thousand tasks that was a large share of
// its time and of its garbage. With ranks, a list already in id order (the
// usual case: plans are written in order) is recognised in one pass of map
// lookups, without calling a comparison function per pair.

import { compareIds } from '../task-ids.js'

export type IdCompare = (a: string, b: string) => number

export interface IdOrder {
  /** compareIds, answered from `ranks` where it can: the same sign for every pair. */
  compare: IdCompare
  /** The rank, in id order, of each id the order was built from. */
  ranks: ReadonlyMap<string, number>
}

/** compareIds alone, with no ranks: for callers that analyse a handful of tasks. */
export const PLAIN_ID_ORDER: IdOrder = { compare: compareIds, ranks: new Map() }

export function idOrder(ids: Iterable<string>): IdOrder {
  const ranks = new Map<string, number>()
  for (const id of [...new Set(ids)].sort(compareIds)) ranks.set(id, ranks.size)
  const compare: IdCompare = (a, b) => {
    const x = ranks.get(a)
    const y = ranks.get(b)
    return x !== undefined && y !== undefined ? x - y : compareIds(a, b)
  }
  return { compare, ranks }
}

/** The ranks of `ids`, in their order, or null when one has no rank. */
function ranksOf(ids: readonly string[], order: IdOrder): Int32Array | null {
  const out = new Int32Array(ids.length)
  for (let i = 0; i < ids.length; i++) {
    const r = order.ranks.get(ids[i] as string)
    if (r === undefined) return null
    out[i] = r
  }
  return out
}

/** The ranks of the items' ids, in their order, or null when one has no rank. */
function itemRanks(items: readonly { readonly id: string }[], order: IdOrder): Int32Array | null {
  const out = new Int32Array(items.length)
  for (let i = 0; i < items.length; i++) {
    const r = order.ranks.get((items[i] as { readonly id: string }).id)
    if (r === undefined) return null
    out[i] = r
  }
  return out
}

function ascending(keys: Int32Array, strictly: boolean): boolean {
  for (let i = 1; i < keys.length; i++) {
    const a = keys[i - 1] as number
    const b = keys[i] as number
    if (a > b || (strictly && a === b)) return false
  }
  return true
}

/** A copy of `items` in id order; items with the same id keep their order. */
export function sortById<T extends { readonly id: string }>(
  items: readonly T[],
  order: IdOrder
): T[] {
  const keys = itemRanks(items, order)
  if (!keys) return [...items].sort((a, b) => order.compare(a.id, b.id))
  if (ascending(keys, false)) return items.slice()
  const index = Array.from(keys, (_, i) => i)
  index.sort((a, b) => (keys[a] as number) - (keys[b] as number) || a - b)
  return index.map(i => items[i] as T)
}

/** Distinct ids in id order. */
export function sortIdsBy(ids: Iterable<string>, order: IdOrder): string[] {
  return sortUniqueIds([...new Set(ids)], order)
}

/** Sorts `ids` in place into id order and drops repeats; returns it. */
export function sortUniqueIds(ids: string[], order: IdOrder): string[] {
  const keys = ids.length > 1 ? ranksOf(ids, order) : null
  if (ids.length <= 1 || (keys && ascending(keys, true))) return ids
  ids.sort(order.compare)
  let kept = 0
  for (const x of ids) if (kept === 0 || x !== ids[kept - 1]) ids[kept++] = x
  if (kept < ids.length) ids.length = kept
  return ids
}
