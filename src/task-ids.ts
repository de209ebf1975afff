// Task ids: how plans and reports write them (their order is order.ts's).

/**
 * A task id, `T01`, `T7` or `T-AUTO-01`, as the source of a regular
 * expression: an alternation without anchors, captures or flags, for the
 * patterns that find ids in text to embed (in a group, since it is an
 * alternation). Ids are matched without regard to case where text is read.
 */
export const TASK_ID = String.raw`T-AUTO-\d+|T\d+`
