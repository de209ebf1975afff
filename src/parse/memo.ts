// The results of a pure function of a string, kept by argument: field labels
// and headings repeat across the files of a track, and working each one out
// again costs more than a look-up. Emptied when full, so that a track of
// distinct names keeps no more than `limit` of them.

// `undefined` is left out of T: it marks a text not worked out yet.
export function memoByText<T extends string | number | boolean | object | null>(
  compute: (text: string) => T,
  limit: number
): (text: string) => T {
  const kept = new Map<string, T>()
  return text => {
    let value = kept.get(text)
    if (value === undefined) {
      value = compute(text)
      if (kept.size >= limit) kept.clear()
      kept.set(text, value)
    }
    return value
  }
}
