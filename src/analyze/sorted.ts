// Sorted string lists without repeats, ordered by UTF-16 code units as
// Array#sort orders strings. Kept that way, the union of file lists is a
// linear merge: a track may claim tens of thousands of paths, and building
// sets and re-sorting per task would dominate the analysis.
//
// The lists returned may be the lists given (never modified afterwards): treat
// them as read-only.

/**
 * `list` sorted without repeats: `list` itself, reordered, or a new list.
 * Either way `list` is used up.
 */
export function toSortedUnique(list: string[]): string[] {
  // Claim lists are mostly one or two ascending runs (file1 … file9, then
  // file10 …): two runs are merged, which compares fewer paths than sorting,
  // and comparing two report paths is the costly part.
  const second = descentAfter(list, 0)
  if (second === -1) return dropRepeats(list)
  if (descentAfter(list, second) !== -1) return dropRepeats(list.sort())
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

function dropRepeats(list: string[]): string[] {
  let kept = 0
  for (const x of list) if (kept === 0 || x !== list[kept - 1]) list[kept++] = x
  if (kept < list.length) list.length = kept
  return list
}

/** `list` itself when it is already sorted without repeats, else a sorted copy without them. */
export function sortedUnique(list: readonly string[]): readonly string[] {
  return isSortedUnique(list) ? list : toSortedUnique(list.slice())
}

function isSortedUnique(list: readonly string[]): boolean {
  for (let i = 1; i < list.length; i++)
    if ((list[i - 1] as string) >= (list[i] as string)) return false
  return true
}

/** Sorted union of two sorted lists without repeats. */
export function union(a: readonly string[], b: readonly string[]): readonly string[] {
  if (b.length === 0) return a
  if (a.length === 0) return b
  const out: string[] = []
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const x = a[i] as string
    const y = b[j] as string
    // Equality first: ordering two strings is the costlier question.
    if (x === y) {
      out.push(x)
      i++
      j++
    } else if (x < y) {
      out.push(x)
      i++
    } else {
      out.push(y)
      j++
    }
  }
  while (i < a.length) out.push(a[i++] as string)
  while (j < b.length) out.push(b[j++] as string)
  return out
}
