// The sticky pull-request comment: one per pull request and check name, found
// by the hidden marker at its start AND by its author, so a person's comment
// that quotes the marker is never touched. The marker's state decides whether
// to write: same body hash, no write; a newer run's comment, left alone.
import type { Result } from '../model.js'
import { isOurComment, readMarker, type MarkerState } from '../marker.js'
import type { GitHubClient } from './client.js'
import { explain, httpStatus, isNotAccessible, type WriteResult } from './errors.js'
import { isNewerRun } from './run-order.js'

export interface StickyComment {
  owner: string
  repo: string
  issueNumber: number
  /** The check name that keys the comment. */
  check: string
  /** Login the action writes as (`github-actions[bot]` with GITHUB_TOKEN). */
  author: string
  /** Marker line and report, as posted. */
  body: string
  /** The state written in `body`'s marker. */
  state: MarkerState
  /** Our comments as `listStickyComments` found them, so they are not listed twice. */
  listed?: ExistingComment[]
}

type CommentAction = 'created' | 'updated' | 'unchanged' | 'kept-newer'

export interface CommentOutcome {
  action: CommentAction
  id: number
  url: string
  /** Our duplicate comments removed (left by runs that raced). */
  deleted: number[]
}

export interface ExistingComment {
  id: number
  url: string
  state: MarkerState | null
  /** As posted: the next report reads the state kept in it. */
  body: string
}

type Existing = ExistingComment

const SCOPE = 'pull-requests: write' as const

export async function upsertStickyComment(
  client: GitHubClient,
  comment: StickyComment
): Promise<WriteResult<CommentOutcome>> {
  try {
    return { ok: true, value: await upsert(client, comment) }
  } catch (err) {
    return {
      ok: false,
      error: explain(err, `write the comment on pull request #${comment.issueNumber}`, SCOPE),
      denied: isNotAccessible(err)
    }
  }
}

/**
 * This action's comments for this check on the pull request, oldest first:
 * the first is the one kept. Listing is the request upsertStickyComment starts
 * with; handing its answer on saves it.
 */
export async function listStickyComments(
  client: GitHubClient,
  where: Pick<StickyComment, 'owner' | 'repo' | 'issueNumber' | 'check' | 'author'>
): Promise<Result<ExistingComment[]>> {
  try {
    return { ok: true, value: await listOurs(client, where) }
  } catch (err) {
    return {
      ok: false,
      error: explain(err, `read the comments of pull request #${where.issueNumber}`, SCOPE)
    }
  }
}

async function upsert(client: GitHubClient, comment: StickyComment): Promise<CommentOutcome> {
  const ours = comment.listed ?? (await listOurs(client, comment))
  if (ours.length === 0) return createThenSettle(client, comment)

  const [keep, ...extra] = ours
  if (!keep) throw new Error('unreachable: a non-empty list has a first element')
  const deleted = await deleteAll(client, comment, extra)
  const outcome = await refresh(client, comment, keep)
  return { ...outcome, deleted }
}

/** Every comment on the issue that this action wrote for this check, oldest first. */
async function listOurs(
  client: GitHubClient,
  c: Pick<StickyComment, 'owner' | 'repo' | 'issueNumber' | 'check' | 'author'>
): Promise<Existing[]> {
  const all = await client.paginate(client.rest.issues.listComments, {
    owner: c.owner,
    repo: c.repo,
    issue_number: c.issueNumber,
    per_page: 100
  })
  return all
    .filter(x => isOurComment(x, c.check, c.author))
    .map(x => ({ id: x.id, url: x.html_url, state: readMarker(x.body ?? ''), body: x.body ?? '' }))
    .sort((a, b) => a.id - b.id)
}

/** Brings the kept comment up to date unless it already is, or a newer run wrote it. */
async function refresh(
  client: GitHubClient,
  c: StickyComment,
  keep: Existing
): Promise<Omit<CommentOutcome, 'deleted'>> {
  if (keep.state?.bodyHash === c.state.bodyHash) {
    return { action: 'unchanged', id: keep.id, url: keep.url }
  }
  if (keep.state !== null && isNewerRun(keep.state, c.state)) {
    return { action: 'kept-newer', id: keep.id, url: keep.url }
  }
  const updated = await client.rest.issues.updateComment({
    owner: c.owner,
    repo: c.repo,
    comment_id: keep.id,
    body: c.body
  })
  return { action: 'updated', id: updated.data.id, url: updated.data.html_url }
}

/**
 * Creates the comment, then lists again: when another run created one at the
 * same time, the oldest survives and the others of ours are deleted.
 */
async function createThenSettle(client: GitHubClient, c: StickyComment): Promise<CommentOutcome> {
  const created = await client.rest.issues.createComment({
    owner: c.owner,
    repo: c.repo,
    issue_number: c.issueNumber,
    body: c.body
  })
  const mine: Existing = {
    id: created.data.id,
    url: created.data.html_url,
    state: c.state,
    body: c.body
  }
  const ours = await listOurs(client, c)
  const keep = ours[0] ?? mine
  const deleted = await deleteAll(
    client,
    c,
    ours.filter(x => x.id !== keep.id)
  )
  if (keep.id === mine.id) return { action: 'created', id: mine.id, url: mine.url, deleted }
  const outcome = await refresh(client, c, keep)
  return { ...outcome, deleted }
}

async function deleteAll(
  client: GitHubClient,
  c: StickyComment,
  list: Existing[]
): Promise<number[]> {
  const deleted: number[] = []
  for (const x of list) {
    try {
      await client.rest.issues.deleteComment({ owner: c.owner, repo: c.repo, comment_id: x.id })
      deleted.push(x.id)
    } catch (err) {
      // A racing run may have deleted it first: that is the outcome wanted.
      if (httpStatus(err) !== 404) throw err
    }
  }
  return deleted
}
