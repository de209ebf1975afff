// The results of a pure function of a string, kept by argument: field labels
// and headings repeat across the files of a track, and working each one out
// again costs more than a look-up. Emptied when full, so that a track of
// distinct names keeps no more than `limit` of them.

export function memoByText(
  compute: (text: string) => string,
  limit: number
): (text: string) => string {
  const kept = new Map<string, string>()
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
