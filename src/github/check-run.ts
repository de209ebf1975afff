// The check run: one per head SHA and check name, the status check a branch
// protection rule can require. An existing run of ours is updated in place, or
// left alone when it already shows this report or a newer run wrote it.
// Annotations go 50 per request, as the API takes them.
import type { Annotation, CheckOutput } from '../model.js'
import type { GitHubClient } from './client.js'
import { explain, isNotAccessible, type WriteResult } from './errors.js'
import { isNewerRun, type RunStamp } from './run-order.js'

const ANNOTATIONS_PER_REQUEST = 50

export type CheckConclusion = 'success' | 'failure' | 'neutral'

export interface CheckRunRequest {
  owner: string
  repo: string
  name: string
  headSha: string
  conclusion: CheckConclusion
  output: CheckOutput
  /** Link from the check to the workflow run that produced it. */
  detailsUrl: string | null
  run: RunStamp
}

type CheckAction = 'created' | 'updated' | 'unchanged' | 'kept-newer'

export interface CheckRunOutcome {
  action: CheckAction
  id: number
  url: string
}

const SCOPE = 'checks: write' as const
const EXTERNAL_ID = /^swarm-integration-report run=(\d+) attempt=(\d+)$/

/** Marks our check runs and says which workflow run wrote them. */
export function externalId(run: RunStamp): string {
  return `swarm-integration-report run=${run.runId ?? 0} attempt=${run.runAttempt ?? 1}`
}

export function readExternalId(value: string | null | undefined): RunStamp | null {
  const m = EXTERNAL_ID.exec(value ?? '')
  if (!m) return null
  const runId = Number(m[1])
  return { runId: runId === 0 ? null : runId, runAttempt: Number(m[2]) }
}

interface ExistingRun {
  id: number
  html_url: string | null
  url: string
  status: string
  conclusion: string | null
  external_id: string | null
  output: {
    title: string | null
    summary: string | null
    text: string | null
    annotations_count: number
  }
}

export async function publishCheckRun(
  client: GitHubClient,
  request: CheckRunRequest
): Promise<WriteResult<CheckRunOutcome>> {
  let doing = `read the check runs of ${request.headSha.slice(0, 7)}`
  try {
    const existing = await findOurs(client, request)
    if (existing) {
      const stamp = readExternalId(existing.external_id)
      if (stamp !== null && isNewerRun(stamp, request.run)) {
        return { ok: true, value: outcome('kept-newer', existing) }
      }
      if (sameReport(existing, request)) return { ok: true, value: outcome('unchanged', existing) }
    }
    // GitHub appends the annotations of every update to the ones a run already
    // has, so a run that carries annotations is replaced by a new one (the
    // checks list shows the newest run of a name) rather than updated.
    const reuse = existing !== null && existing.output.annotations_count === 0
    doing = `${reuse ? 'update' : 'create'} the check run '${request.name}'`
    const [first = [], ...rest] = batches(request.output.annotations)
    const body = {
      owner: request.owner,
      repo: request.repo,
      status: 'completed' as const,
      conclusion: request.conclusion,
      completed_at: new Date().toISOString(),
      external_id: externalId(request.run),
      ...(request.detailsUrl === null ? {} : { details_url: request.detailsUrl }),
      output: { ...textOf(request.output), annotations: first.map(toApi) }
    }
    const written = reuse
      ? await client.rest.checks.update({ ...body, check_run_id: existing.id })
      : await client.rest.checks.create({ ...body, name: request.name, head_sha: request.headSha })
    doing = `add annotations to the check run '${request.name}'`
    for (const batch of rest) {
      await client.rest.checks.update({
        owner: request.owner,
        repo: request.repo,
        check_run_id: written.data.id,
        output: { ...textOf(request.output), annotations: batch.map(toApi) }
      })
    }
    return { ok: true, value: outcome(reuse ? 'updated' : 'created', written.data) }
  } catch (err) {
    return { ok: false, error: explain(err, doing, SCOPE), denied: isNotAccessible(err) }
  }
}

async function findOurs(
  client: GitHubClient,
  request: CheckRunRequest
): Promise<ExistingRun | null> {
  const response = await client.rest.checks.listForRef({
    owner: request.owner,
    repo: request.repo,
    ref: request.headSha,
    check_name: request.name,
    filter: 'latest',
    per_page: 100
  })
  const ours = response.data.check_runs
    .filter(r => r.name === request.name && readExternalId(r.external_id) !== null)
    .sort((a, b) => b.id - a.id)
  return ours[0] ?? null
}

function sameReport(existing: ExistingRun, request: CheckRunRequest): boolean {
  const out = request.output
  return (
    existing.status === 'completed' &&
    existing.conclusion === request.conclusion &&
    existing.output.title === out.title &&
    existing.output.summary === out.summary &&
    (existing.output.text ?? '') === out.text &&
    existing.output.annotations_count === out.annotations.length
  )
}

function outcome(
  action: CheckAction,
  run: { id: number; html_url: string | null; url: string }
): CheckRunOutcome {
  return { action, id: run.id, url: run.html_url ?? run.url }
}

function textOf(output: CheckOutput): { title: string; summary: string; text?: string } {
  return output.text === ''
    ? { title: output.title, summary: output.summary }
    : { title: output.title, summary: output.summary, text: output.text }
}

function batches(annotations: readonly Annotation[]): Annotation[][] {
  const out: Annotation[][] = []
  for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST) {
    out.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST))
  }
  return out
}

function toApi(a: Annotation): {
  path: string
  start_line: number
  end_line: number
  annotation_level: 'notice' | 'warning' | 'failure'
  title: string
  message: string
} {
  return {
    path: a.path,
    start_line: a.startLine,
    end_line: a.endLine,
    annotation_level: a.level,
    title: a.title,
    message: a.message
  }
}
