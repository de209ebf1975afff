// Sorted string lists without repeats, ordered by UTF-16 code units as
// Array#sort orders strings. Kept that way, the union of file lists is a
// linear merge: a track may claim tens of thousands of paths, and building
// sets and re-sorting per task would dominate the analysis.
//
// The lists returned may be the lists given (never modified afterwards): treat
// them as read-only.

/** Sorts `list` in place and drops repeats; returns it. */
export function sortUniqueInPlace(list: string[]): string[] {
  // Claim lists are mostly one to a few ascending runs (file1 … file9,
  // file10 …): merging the runs takes fewer comparisons than sorting from
  // scratch, and comparing two paths is the costly part.
  const starts = [0]
  for (let i = 1; i < list.length; i++) {
    if ((list[i - 1] as string) > (list[i] as string)) {
      if (starts.length === 4) {
        list.sort()
        return dropRepeats(list)
      }
      starts.push(i)
    }
  }
  if (starts.length > 1) mergeRuns(list, starts)
  return dropRepeats(list)
}

function dropRepeats(list: string[]): string[] {
  let kept = 0
  for (const x of list) if (kept === 0 || x !== list[kept - 1]) list[kept++] = x
  if (kept < list.length) list.length = kept
  return list
}

/** Merges the ascending runs of `list` that begin at `starts`, in place. */
function mergeRuns(list: string[], starts: number[]): void {
  let bounds = [...starts, list.length]
  let from = list.slice()
  while (bounds.length > 2) {
    const next = [0]
    for (let r = 0; r + 1 < bounds.length; r += 2) {
      const lo = bounds[r] as number
      const mid = bounds[r + 1] as number
      const hi = r + 2 < bounds.length ? (bounds[r + 2] as number) : mid
      let a = lo
      let b = mid
      let out = lo
      while (a < mid && b < hi) {
        const x = from[a] as string
        const y = from[b] as string
        if (y < x) {
          list[out++] = y
          b++
        } else {
          list[out++] = x
          a++
        }
      }
      while (a < mid) list[out++] = from[a++] as string
      while (b < hi) list[out++] = from[b++] as string
      next.push(hi)
    }
    bounds = next
    if (bounds.length > 2) from = list.slice()
  }
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
