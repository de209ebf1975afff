// How many characters of each kind of text the report keeps: every fixed clip
// width of render/, in one place. Free text (summaries, decisions, messages)
// is clipped by the detail level instead (detail.ts's textChars).

export const CLIP = {
  /** A word from a closed set that fell through its table: a status, severity, kind or candidate id. */
  word: 20,
  /** Task ids, gate targets and effort estimates. */
  short: 40,
  /** Roles, dedup keys, and a track's name in the labels of a truncation notice. */
  label: 80,
  /** Track names and ids in tables and the since block, and what a truncation notice lists. */
  name: 120,
  /** Titles of tasks, phases, plans and tracks; paths; where the full report is. */
  title: 200,
  /** Any other inline text. */
  text: 500,
  /** A node's label in the task graph. */
  graphLabel: 48,
  /** A check run's title and an annotation's title and message, within GitHub's limits. */
  checkTitle: 255,
  annotationMessage: 4000
} as const
