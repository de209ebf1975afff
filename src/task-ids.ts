// Task ids: how plans and reports write them, and their order.

/**
 * A task id, `T01`, `T7` or `T-AUTO-01`, as the source of a regular
 * expression: an alternation without anchors, captures or flags, for the
 * patterns that find ids in text to embed (in a group, since it is an
 * alternation). Ids are matched without regard to case where text is read.
 */
export const TASK_ID = String.raw`T-AUTO-\d+|T\d+`

/** Numeric-aware id order: T2 < T10, T-AUTO-01 after plain ids. */
export function compareIds(a: string, b: string): number {
  const na = idKey(a)
  const nb = idKey(b)
  if (na[0] !== nb[0]) return na[0] - nb[0]
  if (na[1] !== nb[1]) return na[1] - nb[1]
  return a < b ? -1 : a > b ? 1 : 0
}

function idKey(id: string): [number, number] {
  const auto = /^T-AUTO-(\d+)$/i.exec(id)
  if (auto) return [1, Number(auto[1])]
  const plain = /^T(\d+)$/i.exec(id)
  if (plain) return [0, Number(plain[1])]
  return [2, 0]
}

export function sortIds(ids: Iterable<string>): string[] {
  return [...new Set(ids)].sort(compareIds)
}
