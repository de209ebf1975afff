// Sorted string lists without repeats, ordered by UTF-16 code units as
// Array#sort orders strings. Kept that way, the union of file lists is a
// linear merge: a track may claim tens of thousands of paths, and building
// sets and re-sorting per task would dominate the analysis.
//
// The lists returned may be the lists given (never modified afterwards): treat
// them as read-only.

/** Sorts `list` in place and drops repeats; returns it. */
export function sortUniqueInPlace(list: string[]): string[] {
  if (isSortedUnique(list)) return list
  list.sort()
  let kept = 0
  for (const x of list) if (kept === 0 || x !== list[kept - 1]) list[kept++] = x
  if (kept < list.length) list.length = kept
  return list
}

/** `list` itself when it is already sorted without repeats, else a sorted copy without them. */
export function sortedUnique(list: readonly string[]): readonly string[] {
  return isSortedUnique(list) ? list : sortUniqueInPlace(list.slice())
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
