// Task ids: how plans and reports write them (their order is order.ts's).

/**
 * A task id, `T01`, `T7` or `T-AUTO-01`, as the source of a regular
 * expression: an alternation without anchors, captures or flags, for the
 * patterns that find ids in text to embed (in a group, since it is an
 * alternation). Ids are matched without regard to case where text is read.
 */
export const TASK_ID = String.raw`T-AUTO-\d+|T\d+`

const NUMBERED_RE = /^(T-AUTO-|T)0*(\d+)$/i

/** An id by its kind and number (`T1`, `T01` and `t001` alike), or the id itself. */
function idNumberKey(id: string): string {
  const m = NUMBERED_RE.exec(id)
  return m ? `${(m[1] ?? '').toUpperCase()}${m[2] ?? ''}` : id.toUpperCase()
}

/** Whether two ids name the same task: `T1` and `T01` do. */
export function sameTaskId(a: string, b: string): boolean {
  return a === b || idNumberKey(a) === idNumberKey(b)
}

/**
 * The plan's spelling of an id written with another number of zeros (`T1` for
 * the plan's `T01`); the id as written when the plan has it, has no id of that
 * number, or has two (`T1` and `T01` both).
 */
export function planSpelling(planIds: readonly string[]): (id: string) => string {
  const exact = new Set(planIds)
  // Built at the first id the plan does not spell so: most tracks have none.
  let byKey: Map<string, string | null> | null = null
  const keyed = (): Map<string, string | null> => {
    if (byKey) return byKey
    byKey = new Map()
    for (const id of planIds) {
      const key = idNumberKey(id)
      byKey.set(key, byKey.has(key) ? null : id)
    }
    return byKey
  }
  return id => (exact.has(id) ? id : (keyed().get(idNumberKey(id)) ?? id))
}
