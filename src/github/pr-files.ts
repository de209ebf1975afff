// The pull request's changed files, for the diff check and for choosing the
// tracks in scope. GitHub lists at most 3,000 files of a pull request; past
// that the list is marked truncated rather than silently short.
import {
  GITHUB_FILES_CAP,
  type ChangedFile,
  type ChangedFiles,
  type ChangeStatus,
  type Result
} from '../model.js'
import type { GitHubClient } from './client.js'
import { explain } from './errors.js'

const STATUSES: readonly ChangeStatus[] = [
  'added',
  'modified',
  'removed',
  'renamed',
  'copied',
  'changed',
  'unchanged'
]

export interface PullFilesRequest {
  owner: string
  repo: string
  pullNumber: number
  /** The pull request's `changed_files`, when known: tells a cut list from a full one. */
  changedFiles: number | null
}

export async function listPullFiles(
  client: GitHubClient,
  request: PullFilesRequest
): Promise<Result<ChangedFiles>> {
  const files: ChangedFile[] = []
  try {
    await client.paginate(
      client.rest.pulls.listFiles,
      { owner: request.owner, repo: request.repo, pull_number: request.pullNumber, per_page: 100 },
      (response, done) => {
        for (const f of response.data) files.push(toChangedFile(f))
        if (files.length >= GITHUB_FILES_CAP) done()
        return []
      }
    )
  } catch (err) {
    return {
      ok: false,
      error: explain(
        err,
        `list the files of pull request #${request.pullNumber}`,
        'pull-requests: read'
      )
    }
  }
  const kept = files.slice(0, GITHUB_FILES_CAP)
  const truncated =
    request.changedFiles !== null
      ? request.changedFiles > kept.length
      : kept.length >= GITHUB_FILES_CAP
  return {
    ok: true,
    value: { files: kept, truncated, source: `pull request #${request.pullNumber}` }
  }
}

function toChangedFile(f: {
  filename: string
  status: string
  previous_filename?: string
  additions: number
  deletions: number
  patch?: string
}): ChangedFile {
  const status = STATUSES.find(s => s === f.status) ?? 'modified'
  // GitHub gives a binary file no patch and zero counts: the counts are unknown, not zero.
  const binary =
    f.patch === undefined &&
    f.additions === 0 &&
    f.deletions === 0 &&
    (status === 'added' || status === 'modified' || status === 'removed')
  return {
    path: f.filename,
    status,
    previousPath: f.previous_filename ?? null,
    additions: binary ? null : f.additions,
    deletions: binary ? null : f.deletions
  }
}
