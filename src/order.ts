// The two orders the report keeps its lists in: task ids in id order (T2 before
// T10, T-AUTO ids after plain ones), and file paths in code-unit order (as
// Array#sort orders strings). Functions named `sorted…` return a new list and
// never change the one given.

/** Numeric-aware id order: T2 < T10, T-AUTO-01 after plain ids. */
export function compareIds(a: string, b: string): number {
  const na = idKey(a)
  const nb = idKey(b)
  if (na[0] !== nb[0]) return na[0] - nb[0]
  if (na[1] !== nb[1]) return na[1] - nb[1]
  return a < b ? -1 : a > b ? 1 : 0
}

function idKey(id: string): [number, number] {
  // Most ids are plain: without a dash the T-AUTO pattern is not compiled (docs/performance.md).
  const auto = id.includes('-') ? /^T-AUTO-(\d+)$/i.exec(id) : null
  if (auto) return [1, Number(auto[1])]
  const plain = /^T(\d+)$/i.exec(id)
  if (plain) return [0, Number(plain[1])]
  return [2, 0]
}

// Id order answered from ranks computed once. compareIds parses both ids with
// regular expressions on every call, and the analysis sorts by task id in a
// dozen places: with a thousand tasks that was a large share of its time and
// of its garbage. With ranks, a list already in id order (the usual case:
// plans are written in order) is recognised in one pass of map lookups,
// without calling a comparison function per pair.

export interface IdOrder {
  /** compareIds, answered from `ranks` where it can: the same sign for every pair. */
  compare: (a: string, b: string) => number
  /** The rank, in id order, of each id the order was built from. */
  ranks: ReadonlyMap<string, number>
}

/** compareIds alone, with no ranks: for callers that analyse a handful of tasks. */
export const PLAIN_ID_ORDER: IdOrder = { compare: compareIds, ranks: new Map() }

/** Id order with the ranks of `ids` computed once. */
export function idOrder(ids: Iterable<string>): IdOrder {
  const ranks = new Map<string, number>()
  for (const id of [...new Set(ids)].sort(compareIds)) ranks.set(id, ranks.size)
  const compare = (a: string, b: string): number => {
    const x = ranks.get(a)
    const y = ranks.get(b)
    return x !== undefined && y !== undefined ? x - y : compareIds(a, b)
  }
  return { compare, ranks }
}

/** A copy of `items` in the id order of their `id`; items with the same id keep their order. */
export function sortedById<T extends { readonly id: string }>(
  items: readonly T[],
  order: IdOrder
): T[] {
  const keys = ranksOf(items, item => item.id, order)
  if (!keys) return [...items].sort((a, b) => order.compare(a.id, b.id))
  if (ascending(keys, false)) return items.slice()
  const index = Array.from(keys, (_, i) => i)
  index.sort((a, b) => (keys[a] as number) - (keys[b] as number) || a - b)
  return index.map(i => items[i] as T)
}

/** The distinct ids of `ids` in id order, as a new list. */
export function sortedDistinctIds(
  ids: Iterable<string>,
  order: IdOrder = PLAIN_ID_ORDER
): string[] {
  const list = [...ids]
  const keys = list.length > 1 ? ranksOf(list, id => id, order) : null
  if (list.length <= 1 || (keys && ascending(keys, true))) return list
  list.sort(order.compare)
  return dropRepeats(list)
}

/** The ranks of the items' keys, in their order, or null when one has no rank. */
function ranksOf<T>(
  items: readonly T[],
  key: (item: T) => string,
  order: IdOrder
): Int32Array | null {
  const out = new Int32Array(items.length)
  for (let i = 0; i < items.length; i++) {
    const r = order.ranks.get(key(items[i] as T))
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

// Path lists are kept sorted in code-unit order and without repeats, so that
// the union of file lists is a linear merge: a track may claim tens of
// thousands of paths, and building sets and re-sorting per task would dominate
// the analysis.

/** The distinct strings of `list` in code-unit order, as a new list. */
export function sortedDistinctStrings(list: readonly string[]): string[] {
  // The usual claim list is ascending without repeats: one comparison per
  // pair says so, where finding the runs and then the repeats took two.
  let k = 1
  while (k < list.length && (list[k - 1] as string) < (list[k] as string)) k++
  if (k >= list.length) return list.slice()
  // Claim lists are mostly one or two ascending runs (file1 … file9, then
  // file10 …): two runs are merged, which compares fewer paths than sorting,
  // and comparing two report paths is the costly part.
  const second = descentAfter(list, 0)
  if (second === -1) return dropRepeats(list.slice())
  if (descentAfter(list, second) !== -1) return dropRepeats(list.slice().sort())
  const out: string[] = []
  let a = 0
  let b = second
  while (a < second && b < list.length) {
    const x = list[a] as string
    const y = list[b] as string
    if (y < x) {
      b++
      if (y !== out[out.length - 1]) out.push(y)
    } else {
      a++
      if (x !== out[out.length - 1]) out.push(x)
    }
  }
  while (a < second) {
    const x = list[a++] as string
    if (x !== out[out.length - 1]) out.push(x)
  }
  while (b < list.length) {
    const y = list[b++] as string
    if (y !== out[out.length - 1]) out.push(y)
  }
  return out
}

/** The first index after `from` where `list` stops ascending, or -1. */
function descentAfter(list: readonly string[], from: number): number {
  for (let i = from + 1; i < list.length; i++)
    if ((list[i - 1] as string) > (list[i] as string)) return i
  return -1
}

/** Drops adjacent repeats from `list`, in place; returns it. */
function dropRepeats(list: string[]): string[] {
  let kept = 0
  for (const x of list) if (kept === 0 || x !== list[kept - 1]) list[kept++] = x
  if (kept < list.length) list.length = kept
  return list
}

/**
 * The union of two lists sorted in code-unit order without repeats, in that
 * order: one of them when the other is empty, else a new list.
 */
export function unionOfSortedStrings(
  a: readonly string[],
  b: readonly string[]
): readonly string[] {
  if (b.length === 0) return a
  if (a.length === 0) return b
  const out: string[] = []
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const x = a[i] as string
    const y = b[j] as string
    // Order first: the lists mostly differ, and telling two strings apart
    // costs about as much as ordering them.
    if (x < y) {
      out.push(x)
      i++
    } else if (x === y) {
      out.push(x)
      i++
      j++
    } else {
      out.push(y)
      j++
    }
  }
  while (i < a.length) out.push(a[i++] as string)
  while (j < b.length) out.push(b[j++] as string)
  return out
}
