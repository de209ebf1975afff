// The reports' file claims against the pull request's real diff: changed
// files nobody reported, claimed files the diff does not touch, and claims
// whose kind (created / modified / deleted) the diff contradicts.
//
// Renames: a claim on either side of a rename matches it. The new path may be
// claimed as created or modified (a moved file is new at its destination), the
// old path as deleted or modified.

import type {
  ChangedFile,
  ChangedFiles,
  ChangeStatus,
  Diagnostic,
  DiffCheck,
  DiffFileResult,
  DiffMismatch,
  FileClaim,
  Report
} from '../model.js'
import { FolderIds, isFolder } from '../paths.js'
import { PLAIN_ID_ORDER, sortedById, type IdOrder } from '../order.js'

export interface DiffTask {
  id: string
  report: Report | null
}

export interface DiffResult {
  diffCheck: DiffCheck
  diagnostics: Diagnostic[]
}

type ClaimKind = 'created' | 'modified' | 'deleted' | 'touched'

const FITS: Record<
  Exclude<ClaimKind, 'touched'>,
  { atPath: ChangeStatus[]; atOldPath: boolean }
> = {
  created: { atPath: ['added', 'copied', 'renamed'], atOldPath: false },
  modified: { atPath: ['modified', 'changed', 'renamed'], atOldPath: true },
  deleted: { atPath: ['removed'], atOldPath: true }
}

export function checkDiff(
  tasks: readonly DiffTask[],
  changed: ChangedFiles,
  trackDir: string,
  order: IdOrder = PLAIN_ID_ORDER
): DiffResult {
  const own = trackDir.replace(/\/+$/, '') + '/'
  const changes = changed.files.filter(f => f.status !== 'unchanged')
  const index = indexChanges(changes)
  const ordered = sortedById(tasks, order)
  const files = claimedFiles(changes, ordered, index.ids, order)
  const unreported = files
    .filter(f => f.claimedBy.length === 0 && !f.path.startsWith(own))
    .map(f => f.path)
  const { phantom, mismatch, diagnostics } = checkClaims(ordered, changed.truncated, index)
  return {
    diffCheck: {
      files,
      unreported,
      phantom: phantom.sort(
        (a, b) => order.compare(a.task, b.task) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)
      ),
      mismatch,
      truncated: changed.truncated
    },
    diagnostics
  }
}

/** The pull request's changes by path, by the old path of a rename, and the folders they touch. */
interface ChangeIndex {
  /** Folders by number: a deep path's prefixes as strings cost its length times its depth. */
  ids: FolderIds
  byPath: Map<string, ChangedFile>
  byOldPath: Map<string, ChangedFile>
  changedFolders: Set<number>
}

function indexChanges(changes: readonly ChangedFile[]): ChangeIndex {
  const byPath = new Map<string, ChangedFile>()
  const byOldPath = new Map<string, ChangedFile>()
  const ids = new FolderIds()
  const changedFolders = new Set<number>()
  for (const f of changes) {
    byPath.set(f.path, f)
    for (const p of ids.add(f.path)) changedFolders.add(p)
    if (f.status === 'renamed' && f.previousPath) {
      byOldPath.set(f.previousPath, f)
      for (const p of ids.add(f.previousPath)) changedFolders.add(p)
    }
  }
  return { ids, byPath, byOldPath, changedFolders }
}

/** Each changed file with the tasks that claim it, by its path or a folder holding it; by path. */
function claimedFiles(
  changes: readonly ChangedFile[],
  ordered: readonly DiffTask[],
  ids: FolderIds,
  order: IdOrder
): DiffCheck['files'] {
  const exact = new Map<string, Set<string>>()
  const folders = new Map<number, Set<string>>()
  for (const t of ordered) {
    for (const { claim } of claimsOf(t.report)) {
      const folder = ids.folder(claim.path, true)
      const set = (folder === undefined ? exact.get(claim.path) : folders.get(folder)) ?? new Set()
      set.add(t.id)
      if (folder === undefined) exact.set(claim.path, set)
      else folders.set(folder, set)
    }
  }
  return changes
    .map(f => {
      const owners = new Set<string>()
      const sides = f.status === 'renamed' && f.previousPath ? [f.path, f.previousPath] : [f.path]
      for (const side of sides) {
        for (const id of exact.get(side) ?? []) owners.add(id)
        for (const prefix of ids.known(side))
          for (const id of folders.get(prefix) ?? []) owners.add(id)
      }
      return {
        path: f.path,
        status: f.status,
        previousPath: f.previousPath,
        additions: f.additions,
        deletions: f.deletions,
        ...listedClaimers([...owners].sort(order.compare))
      }
    })
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

/**
 * Claims the diff does not bear out: paths it does not change (phantom) and
 * changes of another kind than claimed (mismatch), each with its warning.
 */
function checkClaims(
  ordered: readonly DiffTask[],
  truncated: boolean,
  index: ChangeIndex
): Pick<DiffCheck, 'phantom' | 'mismatch'> & { diagnostics: Diagnostic[] } {
  const { ids, byPath, byOldPath, changedFolders } = index
  const diagnostics: Diagnostic[] = []
  const phantom: DiffCheck['phantom'] = []
  const mismatch: DiffMismatch[] = []
  const seen = new Set<string>()
  for (const t of ordered) {
    const r = t.report
    if (!r) continue
    for (const { kind, claim } of claimsOf(r)) {
      const p = claim.path
      if (isFolder(p)) {
        // A truncated diff may hold the missing change beyond its cap.
        const folder = ids.folder(p, false)
        if (truncated || byPath.has(p)) continue
        if (folder !== undefined && changedFolders.has(folder)) continue
        if (once(seen, `p ${t.id} ${p}`)) {
          phantom.push({ task: t.id, path: p })
          diagnostics.push(
            warn(
              r.file,
              claim,
              `${t.id} claims the folder ${p}, but the diff changes nothing in it.`
            )
          )
        }
        continue
      }
      const atPath = byPath.get(p)
      const atOld = atPath ? undefined : byOldPath.get(p)
      if (!atPath && !atOld) {
        if (truncated) continue
        if (once(seen, `p ${t.id} ${p}`)) {
          phantom.push({ task: t.id, path: p })
          diagnostics.push(
            warn(r.file, claim, `${t.id} claims ${p}, but the diff does not change it.`)
          )
        }
        continue
      }
      if (kind === 'touched') continue
      const fits = FITS[kind]
      const actual = (atPath ?? (atOld as ChangedFile)).status
      // A source that does not say how a file changed contradicts no claim.
      const ok = actual === 'unknown' || (atPath ? fits.atPath.includes(actual) : fits.atOldPath)
      if (ok || !once(seen, `m ${t.id} ${p} ${kind}`)) continue
      mismatch.push({ task: t.id, path: p, claimed: kind, actual })
      const shown = atPath ? actual : `renamed to ${(atOld as ChangedFile).path}`
      diagnostics.push(
        warn(r.file, claim, `${t.id} says it ${kind} ${p}, but the diff shows it ${shown}.`)
      )
    }
  }
  return { phantom, mismatch, diagnostics }
}

/** Claimers a changed file lists: a folder many tasks claim would list them all on every file in it. */
export const CLAIMED_BY_LISTED = 50

function listedClaimers(ids: string[]): Pick<DiffFileResult, 'claimedBy' | 'moreClaimedBy'> {
  if (ids.length <= CLAIMED_BY_LISTED) return { claimedBy: ids }
  return {
    claimedBy: ids.slice(0, CLAIMED_BY_LISTED),
    moreClaimedBy: ids.length - CLAIMED_BY_LISTED
  }
}

function claimsOf(report: Report | null): Array<{ kind: ClaimKind; claim: FileClaim }> {
  if (!report) return []
  const f = report.files
  return [
    ...f.created.map(claim => ({ kind: 'created' as const, claim })),
    ...f.modified.map(claim => ({ kind: 'modified' as const, claim })),
    ...f.deleted.map(claim => ({ kind: 'deleted' as const, claim })),
    ...f.touched.map(claim => ({ kind: 'touched' as const, claim }))
  ]
}

function once(seen: Set<string>, key: string): boolean {
  if (seen.has(key)) return false
  seen.add(key)
  return true
}

function warn(file: string, claim: FileClaim, message: string): Diagnostic {
  return { severity: 'warning', file, line: Math.max(1, claim.line), message }
}
