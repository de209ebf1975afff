// How much of the report to write. The report is built at level 0 first;
// when it does not fit its budget it is rebuilt with less per-task detail
// (level 1), then with only the essentials of every section (level 2), and
// only then cut.

export type DetailLevel = 0 | 1 | 2

export interface Detail {
  level: DetailLevel
  /** Files listed per kind (created / modified / deleted) for one task. */
  filesPerKind: number
  /** Decisions, verification and the summary under each task in "What changed". */
  perTaskNotes: boolean
  /** Longest free text kept from one field (summaries, goals, messages). */
  textChars: number
  /** Rows kept in long tables and lists (files, diagnostics, diff findings). */
  rows: number
  /** Verification items and instructions kept per merge step. */
  stepItems: number
  /** Lessons learned and spawn-candidate detail. */
  extras: boolean
}

export const DETAIL_LEVELS: Record<DetailLevel, Detail> = {
  0: {
    level: 0,
    filesPerKind: 200,
    perTaskNotes: true,
    textChars: 1000,
    rows: 2000,
    stepItems: 50,
    extras: true
  },
  1: {
    level: 1,
    filesPerKind: 10,
    perTaskNotes: false,
    textChars: 300,
    rows: 300,
    stepItems: 10,
    extras: true
  },
  2: {
    level: 2,
    filesPerKind: 0,
    perTaskNotes: false,
    textChars: 160,
    rows: 40,
    stepItems: 3,
    extras: false
  }
}

/** Sections longer than this are collapsed into `<details>`. */
export const COLLAPSE_BYTES = 2500
const COLLAPSE_ROWS = 15
/** Both limits, as collapseIfLong takes them. */
export const COLLAPSE_LIMITS = { bytes: COLLAPSE_BYTES, rows: COLLAPSE_ROWS }
