// Id order (compareIds) answered from ranks computed once. compareIds parses
// both ids with regular expressions on every call, and the analysis sorts by
// task id in a dozen places: with a thousand tasks that was a large share of
// its time and of its garbage.

import { compareIds } from '../parse/paths.js'

export type IdCompare = (a: string, b: string) => number

/**
 * compareIds, with the ids given here looked up by rank; any other id falls
 * back to compareIds, so the order is the same for every pair.
 */
export function rankedIdCompare(ids: Iterable<string>): IdCompare {
  const rank = new Map<string, number>()
  for (const id of [...new Set(ids)].sort(compareIds)) rank.set(id, rank.size)
  return (a, b) => {
    const x = rank.get(a)
    const y = rank.get(b)
    return x !== undefined && y !== undefined ? x - y : compareIds(a, b)
  }
}

/** Distinct ids in id order. */
export function sortIdsBy(ids: Iterable<string>, compare: IdCompare): string[] {
  return [...new Set(ids)].sort(compare)
}

/**
 * Sorts `ids` in place into id order and drops repeats; returns it. Lists of
 * dependencies are short and mostly in order already: an insertion sort does
 * them without the working storage Array#sort allocates.
 */
export function sortUniqueIds(ids: string[], compare: IdCompare): string[] {
  if (ids.length > 32) ids.sort(compare)
  for (let i = 1; i < ids.length; i++) {
    const x = ids[i] as string
    let j = i - 1
    while (j >= 0 && compare(ids[j] as string, x) > 0) {
      ids[j + 1] = ids[j] as string
      j--
    }
    ids[j + 1] = x
  }
  let kept = 0
  for (const x of ids) if (kept === 0 || x !== ids[kept - 1]) ids[kept++] = x
  if (kept < ids.length) ids.length = kept
  return ids
}
