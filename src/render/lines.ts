// Line counts shown beside a file: the diff's real ones when the pull request's
// diff gives them, and the report's own claim beside them where the two
// differ, so a reader sees at once which reports over- or under-state work.

import type { LineClaim, TaskResult, TrackResult } from '../model.js'
import { lineDelta, thousands } from './format.js'

/** What the diff says about one file's lines, when the file is in the diff. */
export interface DiffLines {
  additions: number | null
  deletions: number | null
}

/** `+180 −2 claimed`, `+15 claimed`, `−40 claimed`; '' for no claim. */
export function claimText(claim: LineClaim | undefined): string {
  if (claim === undefined) return ''
  const { added, removed } = claim
  if (added === null) return removed === null ? '' : `−${thousands(removed)} claimed`
  return removed === null
    ? `+${thousands(added)} claimed`
    : `+${thousands(added)} −${thousands(removed)} claimed`
}

/**
 * The diff's `+a −d` with the claim beside it: `, as claimed` when every count
 * the report gives matches, `· ⚠️ +180 claimed` when one does not. When the
 * diff's counts hold other tasks' work too (`comparable` false), the two stand
 * side by side unjudged. Without the diff's counts (no diff, a file outside
 * it, a binary file), the claim alone. '' when there is neither.
 */
export function linesText(
  claim: LineClaim | undefined,
  diff: DiffLines | undefined,
  comparable = true
): string {
  const real = diff === undefined ? '' : lineDelta(diff.additions, diff.deletions)
  const claimed = claimText(claim)
  if (claimed === '' || claim === undefined) return real
  if (real === '' || diff === undefined) return claimed
  if (!comparable) return `${real} · ${claimed}`
  const agrees =
    (claim.added === null || claim.added === (diff.additions ?? 0)) &&
    (claim.removed === null || claim.removed === (diff.deletions ?? 0))
  return agrees ? `${real}, as claimed` : `${real} · ⚠️ ${claimed}`
}

/** The diff credits no task but these with the file, so their claims can account for all of it. */
export function onlyBy(
  tasks: readonly string[],
  file: { claimedBy: readonly string[]; moreClaimedBy?: number }
): boolean {
  // Claimers past the list are not known here, so `tasks` cannot be shown to cover them.
  if ((file.moreClaimedBy ?? 0) > 0) return false
  return file.claimedBy.every(id => tasks.includes(id))
}

/** Several tasks' claims on one file, added up; undefined when none gives a count. */
export function sumClaims(claims: ReadonlyArray<LineClaim | undefined>): LineClaim | undefined {
  let added: number | null = null
  let removed: number | null = null
  let path: string | null = null
  for (const claim of claims) {
    if (claim === undefined) continue
    path ??= claim.path
    if (claim.added !== null) added = (added ?? 0) + claim.added
    if (claim.removed !== null) removed = (removed ?? 0) + claim.removed
  }
  return path === null || (added === null && removed === null)
    ? undefined
    : { path, added, removed }
}

/**
 * A task's claim on a path, the first claim on it winning (the analysis lists
 * it first). Derived once per render (see SectionContext.derive). A task
 * claims a few dozen paths at most, as a rule: those are scanned, which costs
 * less than building an index per task; longer lists are indexed when first
 * asked about.
 */
export const claimLookup = (
  _track: TrackResult
): ((task: TaskResult, path: string) => LineClaim | undefined) => {
  const byTask = new Map<TaskResult, Map<string, LineClaim>>()
  return (task, path) => {
    const list = task.claimedLines
    if (list.length <= SCAN_LIMIT) {
      for (let i = 0; i < list.length; i++) if ((list[i] as LineClaim).path === path) return list[i]
      return undefined
    }
    let claims = byTask.get(task)
    if (claims === undefined) {
      claims = new Map()
      for (const claim of list) if (!claims.has(claim.path)) claims.set(claim.path, claim)
      byTask.set(task, claims)
    }
    return claims.get(path)
  }
}

const SCAN_LIMIT = 32
