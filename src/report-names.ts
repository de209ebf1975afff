// Report file names: `T04.md`, `T06-partial.md`, `T-AUTO-01.md`, and the
// suffixed names agents also write (`T01-seo-audit.md`, `T-AUTO-01_cleanup.md`):
// a task id, then `-` or `_` and a slug. Shared by track discovery, which
// decides which files are read, and the parser, which maps each to its task.

import { TASK_ID } from './task-ids.js'

export interface ReportName {
  /** Upper-cased task id. */
  taskId: string
  /** `T06-partial.md`, or a slug ending in `-partial`: saved partial work. */
  partial: boolean
  /** The slug after the id (`seo-audit`), or null for `T04.md` and `T06-partial.md`. */
  suffix: string | null
}

const ID_AT_START_RE = new RegExp(`^(${TASK_ID})`, 'i')

/** The task a report file name belongs to (a base name, not a path), or null. */
export function readReportName(name: string): ReportName | null {
  if (!name.endsWith('.md')) return null
  const stem = name.slice(0, -3)
  const m = ID_AT_START_RE.exec(stem)
  if (!m) return null
  const id = m[0]
  const rest = stem.slice(id.length)
  const taskId = id.toUpperCase()
  if (rest === '') return { taskId, partial: false, suffix: null }
  const sep = rest.charAt(0)
  const slug = rest.slice(1)
  // `T01-2.md` would read as a slug of digits, but `T01.2` or `T012` never do.
  if ((sep !== '-' && sep !== '_') || slug === '' || slug.includes('/')) return null
  const lower = slug.toLowerCase()
  if (lower === 'partial') return { taskId, partial: true, suffix: null }
  const partial = lower.endsWith('-partial') || lower.endsWith('_partial')
  return { taskId, partial, suffix: slug }
}

/** The task of a report at `reports/…` (any path; its last segment is read). */
export function reportNameOfPath(path: string): ReportName | null {
  return readReportName(path.slice(path.lastIndexOf('/') + 1))
}

/**
 * Whether the report at `path` is named with a slug after its id
 * (`T01-seo-audit.md`): reportNameOfPath's suffix is not null. A slug follows
 * a `-` or `_`, so a name with neither (`T04.md`, the usual one) is answered
 * without reading it.
 */
export function hasSlug(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1)
  if (!base.includes('-') && !base.includes('_')) return false
  return (readReportName(base)?.suffix ?? null) !== null
}
