// Webhook payloads for the end-to-end runs: GitHub's own examples from
// @octokit/webhooks-examples, moved onto the emulator's repository and given
// the pull request, branch and commit a scenario needs.
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

interface ExampleGroup {
  name: string
  examples: Array<Record<string, unknown>>
}

const EXAMPLES = require('@octokit/webhooks-examples') as ExampleGroup[]

type Json = Record<string, unknown>

function example(name: string, pick: (e: Json) => boolean = () => true): Json {
  const group = EXAMPLES.find(g => g.name === name)
  const found = group?.examples.find(pick)
  if (!found) throw new Error(`no ${name} example in @octokit/webhooks-examples`)
  return structuredClone(found)
}

function obj(value: unknown): Json {
  if (typeof value !== 'object' || value === null)
    throw new Error('example payload lacks an expected object')
  return value as Json
}

export interface RepoRef {
  owner: string
  repo: string
}

function moveRepository(repository: unknown, full: string): void {
  const r = obj(repository)
  const [owner = '', name = ''] = full.split('/')
  r['full_name'] = full
  r['name'] = name
  obj(r['owner'])['login'] = owner
}

export interface PullRequestEvent {
  number: number
  headSha: string
  headRef: string
  /** A fork's `owner/name`; default the base repository. */
  headRepo?: string
  changedFiles?: number
}

export function pullRequestEvent(at: RepoRef, pr: PullRequestEvent, name = 'pull_request'): Json {
  const payload = example('pull_request', e => e['action'] === 'opened')
  const full = `${at.owner}/${at.repo}`
  moveRepository(payload['repository'], full)
  payload['number'] = pr.number
  const pull = obj(payload['pull_request'])
  pull['number'] = pr.number
  pull['changed_files'] = pr.changedFiles ?? 1
  const head = obj(pull['head'])
  head['sha'] = pr.headSha
  head['ref'] = pr.headRef
  moveRepository(head['repo'], pr.headRepo ?? full)
  obj(head['repo'])['fork'] = pr.headRepo !== undefined && pr.headRepo !== full
  head['label'] = `${(pr.headRepo ?? full).split('/')[0]}:${pr.headRef}`
  const base = obj(pull['base'])
  moveRepository(base['repo'], full)
  if (name !== 'pull_request') payload['action'] = 'synchronize'
  return payload
}

export function workflowDispatchEvent(at: RepoRef, ref: string): Json {
  const payload = example('workflow_dispatch')
  moveRepository(payload['repository'], `${at.owner}/${at.repo}`)
  payload['ref'] = ref
  return payload
}

export function pushEvent(at: RepoRef, ref: string, after: string): Json {
  const payload = example('push')
  moveRepository(payload['repository'], `${at.owner}/${at.repo}`)
  payload['ref'] = ref
  payload['after'] = after
  return payload
}

export function mergeGroupEvent(at: RepoRef, headSha: string, prNumber: number): Json {
  const payload = example('merge_group')
  moveRepository(payload['repository'], `${at.owner}/${at.repo}`)
  const group = obj(payload['merge_group'])
  group['head_sha'] = headSha
  group['head_ref'] = `refs/heads/gh-readonly-queue/main/pr-${prNumber}-${headSha}`
  return payload
}

export function workflowRunEvent(
  at: RepoRef,
  run: { headSha: string; headBranch: string; headRepo?: string; pullRequests: number[] }
): Json {
  const payload = example('workflow_run', e => e['action'] === 'completed')
  const full = `${at.owner}/${at.repo}`
  moveRepository(payload['repository'], full)
  const wr = obj(payload['workflow_run'])
  wr['head_sha'] = run.headSha
  wr['head_branch'] = run.headBranch
  wr['event'] = 'pull_request'
  moveRepository(wr['repository'], full)
  moveRepository(wr['head_repository'], run.headRepo ?? full)
  wr['pull_requests'] = run.pullRequests.map(n => ({
    id: 9000 + n,
    number: n,
    url: `https://api.github.com/repos/${full}/pulls/${n}`,
    head: { ref: run.headBranch, sha: run.headSha, repo: { id: 1, name: at.repo, url: '' } },
    base: { ref: 'main', sha: '0'.repeat(40), repo: { id: 1, name: at.repo, url: '' } }
  }))
  return payload
}
