// Where the report goes: the commit the check run is attached to and the pull
// request the comment is written on, resolved from the event that started the
// workflow. pull_request events carry the pull request; push, workflow_dispatch
// and workflow_run find it through the API; merge_group has none by design.
import type { Result } from '../model.js'
import type { GitHubClient } from './client.js'
import { explain, httpStatus } from './errors.js'
import { errorText } from '../error-text.js'

export interface RunEnvironment {
  eventName: string
  /** The webhook payload (GITHUB_EVENT_PATH). */
  payload: Record<string, unknown>
  owner: string
  repo: string
  /** GITHUB_SHA. */
  sha: string
  /** GITHUB_REF. */
  ref: string
  runId: number | null
  runAttempt: number | null
  /** https://github.com, or the GitHub Enterprise host. */
  serverUrl: string
  actor: string | null
}

export interface PullRequestInfo {
  number: number
  headSha: string
  headRef: string
  /** `owner/name` of the head repository; null when a fork was deleted. */
  headRepo: string | null
  baseRepo: string
  /** GitHub's count of changed files, when the source gave it. */
  changedFiles: number | null
}

export interface PublishTarget {
  /** The commit the check run is attached to. */
  headSha: string
  pullRequest: PullRequestInfo | null
  /** False for merge_group: the queue entry has no conversation to comment on. */
  commentAllowed: boolean
  /** Why no pull request was found, worth a notice; null when found or not expected. */
  notice: string | null
  /** How the pull request was found, or why none was looked for, for the step log. */
  how: string
}

export interface RunEvent {
  /** GITHUB_EVENT_NAME; empty outside a workflow. */
  eventName: string
  payload: Record<string, unknown>
  /** Why the payload is empty although a file was named, for the step log; else null. */
  note: string | null
}

/**
 * The event that started the run: GITHUB_EVENT_NAME and the webhook payload in
 * the file GITHUB_EVENT_PATH names. As in the Actions toolkit, no variable or
 * a missing file is an empty payload; a file that is not a JSON object is an
 * error, since every later step would misread the run.
 */
export function readEvent(
  env: Readonly<Record<string, string | undefined>>,
  read: (path: string) => string
): Result<RunEvent> {
  const eventName = env['GITHUB_EVENT_NAME'] ?? ''
  const path = env['GITHUB_EVENT_PATH']
  if (!path) return { ok: true, value: { eventName, payload: {}, note: null } }
  let text: string
  try {
    text = read(path)
  } catch (err) {
    if ((err as { code?: unknown }).code === 'ENOENT') {
      const note = `GITHUB_EVENT_PATH ${path} does not exist: the event payload is empty`
      return { ok: true, value: { eventName, payload: {}, note } }
    }
    const why = errorText(err)
    return {
      ok: false,
      error: `cannot read the event payload GITHUB_EVENT_PATH names (${path}): ${why}`
    }
  }
  let payload: unknown
  try {
    payload = JSON.parse(text)
  } catch (err) {
    const why = errorText(err)
    return { ok: false, error: `the event payload ${path} (GITHUB_EVENT_PATH) is not JSON: ${why}` }
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    return {
      ok: false,
      error: `the event payload ${path} (GITHUB_EVENT_PATH) is not a JSON object`
    }
  }
  return { ok: true, value: { eventName, payload: payload as Record<string, unknown>, note: null } }
}

/** Reads the runner's environment; fails only when the repository cannot be known. */
export function readRunEnvironment(
  env: Readonly<Record<string, string | undefined>>,
  eventName: string,
  payload: Record<string, unknown>
): Result<RunEnvironment> {
  const repository = env['GITHUB_REPOSITORY'] || str(field(payload, 'repository', 'full_name'))
  const [owner, repo, ...rest] = (repository ?? '').split('/')
  if (!owner || !repo || rest.length > 0) {
    return {
      ok: false,
      error:
        'GITHUB_REPOSITORY is not set to owner/name: run this action as a step of a GitHub Actions workflow'
    }
  }
  return {
    ok: true,
    value: {
      eventName,
      payload,
      owner,
      repo,
      sha: env['GITHUB_SHA'] ?? '',
      ref: env['GITHUB_REF'] ?? '',
      runId: count(env['GITHUB_RUN_ID']),
      runAttempt: count(env['GITHUB_RUN_ATTEMPT']),
      serverUrl: (env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, ''),
      actor: env['GITHUB_ACTOR'] || null
    }
  }
}

/** The workflow run's page, where its job summary is shown. */
export function runUrl(run: RunEnvironment): string | null {
  if (run.runId === null) return null
  const base = `${run.serverUrl}/${run.owner}/${run.repo}/actions/runs/${run.runId}`
  return run.runAttempt !== null && run.runAttempt > 1 ? `${base}/attempts/${run.runAttempt}` : base
}

export async function resolveTarget(
  client: GitHubClient,
  run: RunEnvironment,
  prNumber: number | null
): Promise<Result<PublishTarget>> {
  const payload = run.payload
  switch (run.eventName) {
    case 'pull_request':
    case 'pull_request_target': {
      const pr = pullFromJson(payload['pull_request'])
      if (!pr) return { ok: false, error: `the ${run.eventName} event payload has no pull request` }
      // GITHUB_SHA is the test merge commit here; the checks belong on the head.
      return found(pr, pr.headSha, `from the ${run.eventName} event payload`)
    }
    case 'merge_group': {
      const sha = str(field(payload, 'merge_group', 'head_sha')) ?? run.sha
      return {
        ok: true,
        value: {
          headSha: sha,
          pullRequest: null,
          commentAllowed: false,
          notice: null,
          how: 'none: a merge_group run reports on the merge group commit, with no conversation to comment on'
        }
      }
    }
    case 'workflow_run':
      return fromWorkflowRun(client, run, prNumber)
    default:
      return fromBranch(client, run, prNumber)
  }
}

function found(pr: PullRequestInfo, headSha: string, how: string): Result<PublishTarget> {
  return {
    ok: true,
    value: { headSha, pullRequest: pr, commentAllowed: true, notice: null, how }
  }
}

function none(headSha: string, notice: string): Result<PublishTarget> {
  return {
    ok: true,
    value: { headSha, pullRequest: null, commentAllowed: true, notice, how: `none: ${notice}` }
  }
}

const NO_PR_TAIL =
  'publishing the check run and the job summary only (the pr-number input names one)'

/** push, workflow_dispatch and anything else run on a branch. */
async function fromBranch(
  client: GitHubClient,
  run: RunEnvironment,
  prNumber: number | null
): Promise<Result<PublishTarget>> {
  if (prNumber !== null) return byNumber(client, run, prNumber, 'from the pr-number input')
  const sha = (run.eventName === 'push' ? str(run.payload['after']) : null) ?? run.sha
  const ref = (run.eventName === 'push' ? str(run.payload['ref']) : null) ?? run.ref
  if (!ref.startsWith('refs/heads/')) {
    return none(
      sha,
      `${ref || 'this ref'} is not a branch, so it has no pull request; ${NO_PR_TAIL}`
    )
  }
  const branch = ref.slice('refs/heads/'.length)
  const pr = await byBranch(client, run, run.owner, branch)
  if (!pr.ok) return none(sha, `${pr.error}; ${NO_PR_TAIL}`)
  if (!pr.value)
    return none(sha, `no open pull request has ${run.owner}:${branch} as its head; ${NO_PR_TAIL}`)
  return found(
    pr.value,
    sha,
    `by branch lookup: the open pull request with head ${run.owner}:${branch}`
  )
}

/**
 * workflow_run: the pull requests GitHub lists in the payload (empty for forks),
 * else the open pull request whose head is the run's commit, else its branch.
 */
async function fromWorkflowRun(
  client: GitHubClient,
  run: RunEnvironment,
  prNumber: number | null
): Promise<Result<PublishTarget>> {
  const wr = run.payload['workflow_run']
  const sha = str(field(wr, 'head_sha')) ?? run.sha
  if (prNumber !== null) return byNumber(client, run, prNumber, 'from the pr-number input')
  const listed = field(wr, 'pull_requests')
  if (Array.isArray(listed)) {
    const entry = listed.find(p => str(field(p, 'head', 'sha')) === sha) ?? listed[0]
    const number = num(field(entry, 'number'))
    if (number !== null) {
      const pr = await byNumber(client, run, number, 'from the workflow_run event payload')
      if (pr.ok) return { ok: true, value: { ...pr.value, headSha: sha } }
    }
  }
  try {
    const response = await client.rest.repos.listPullRequestsAssociatedWithCommit({
      owner: run.owner,
      repo: run.repo,
      commit_sha: sha,
      per_page: 100
    })
    const open = response.data.filter(p => p.state === 'open')
    const pr = pullFromJson(open.find(p => p.head.sha === sha) ?? open[0])
    if (pr)
      return found(pr, sha, `by commit lookup: the open pull request with head ${sha.slice(0, 7)}`)
  } catch (err) {
    // A commit only in a fork is unknown to the base repository: fall through to the branch.
    if (httpStatus(err) !== 404 && httpStatus(err) !== 422) {
      return none(
        sha,
        `${explain(err, `find the pull request of ${sha.slice(0, 7)}`)}; ${NO_PR_TAIL}`
      )
    }
  }
  const branch = str(field(wr, 'head_branch'))
  const headOwner = str(field(wr, 'head_repository', 'owner', 'login')) ?? run.owner
  if (branch) {
    const pr = await byBranch(client, run, headOwner, branch)
    if (!pr.ok) return none(sha, `${pr.error}; ${NO_PR_TAIL}`)
    if (pr.value) {
      return found(
        pr.value,
        sha,
        `by branch lookup: the open pull request with head ${headOwner}:${branch}`
      )
    }
  }
  return none(sha, `no open pull request has commit ${sha.slice(0, 7)} as its head; ${NO_PR_TAIL}`)
}

async function byNumber(
  client: GitHubClient,
  run: RunEnvironment,
  number: number,
  how: string
): Promise<Result<PublishTarget>> {
  try {
    const response = await client.rest.pulls.get({
      owner: run.owner,
      repo: run.repo,
      pull_number: number
    })
    const pr = pullFromJson(response.data)
    if (!pr) return { ok: false, error: `pull request #${number} came back without a head commit` }
    return found(pr, pr.headSha, how)
  } catch (err) {
    if (httpStatus(err) === 404) {
      return {
        ok: false,
        error: `pr-number: ${run.owner}/${run.repo} has no pull request #${number} (or the token cannot see it)`
      }
    }
    return { ok: false, error: explain(err, `read pull request #${number}`, 'pull-requests: read') }
  }
}

async function byBranch(
  client: GitHubClient,
  run: RunEnvironment,
  headOwner: string,
  branch: string
): Promise<Result<PullRequestInfo | null>> {
  try {
    const response = await client.rest.pulls.list({
      owner: run.owner,
      repo: run.repo,
      state: 'open',
      head: `${headOwner}:${branch}`,
      per_page: 10
    })
    return { ok: true, value: pullFromJson(response.data[0]) }
  } catch (err) {
    return {
      ok: false,
      error: explain(err, `find the pull request of branch ${branch}`, 'pull-requests: read')
    }
  }
}

/** A pull request from a webhook payload or a REST answer (same shape). */
export function pullFromJson(value: unknown): PullRequestInfo | null {
  const number = num(field(value, 'number'))
  const headSha = str(field(value, 'head', 'sha'))
  const baseRepo = str(field(value, 'base', 'repo', 'full_name'))
  if (number === null || !headSha || !baseRepo) return null
  return {
    number,
    headSha,
    headRef: str(field(value, 'head', 'ref')) ?? '',
    headRepo: str(field(value, 'head', 'repo', 'full_name')),
    baseRepo,
    changedFiles: num(field(value, 'changed_files'))
  }
}

function field(value: unknown, ...keys: string[]): unknown {
  let node = value
  for (const key of keys) {
    if (typeof node !== 'object' || node === null) return undefined
    node = (node as Record<string, unknown>)[key]
  }
  return node
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null
}

function num(value: unknown): number | null {
  return typeof value === 'number' && Number.isSafeInteger(value) ? value : null
}

function count(text: string | undefined): number | null {
  if (text === undefined || !/^\d+$/.test(text)) return null
  const n = Number(text)
  return Number.isSafeInteger(n) ? n : null
}
