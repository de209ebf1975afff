import {
  pullFromJson,
  readEvent,
  readRunEnvironment,
  resolveTarget,
  runUrl,
  type RunEnvironment
} from '../../src/github/context.js'
import { GitHubEmulator } from '../e2e/emulator.js'
import {
  mergeGroupEvent,
  pullRequestEvent,
  pushEvent,
  workflowDispatchEvent,
  workflowRunEvent
} from '../e2e/events.js'
import { clientFor, stopAndCheck } from './helpers.js'

const HEAD = '1'.repeat(40)
const MERGE = '2'.repeat(40)
const OTHER = '3'.repeat(40)

let emu: GitHubEmulator

beforeEach(async () => {
  emu = await GitHubEmulator.start()
})

afterEach(() => stopAndCheck(emu))

function environment(
  eventName: string,
  payload: Record<string, unknown>,
  extra: Record<string, string> = {}
): RunEnvironment {
  const env = readRunEnvironment(
    {
      GITHUB_REPOSITORY: 'acme/rocket',
      GITHUB_SHA: MERGE,
      GITHUB_REF: 'refs/heads/quota',
      GITHUB_RUN_ID: '555',
      GITHUB_RUN_ATTEMPT: '2',
      ...extra
    },
    eventName,
    payload
  )
  if (!env.ok) throw new Error(env.error)
  return env.value
}

async function resolve(run: RunEnvironment, prNumber: number | null = null) {
  const target = await resolveTarget(clientFor(emu), run, prNumber)
  if (!target.ok) throw new Error(target.error)
  return target.value
}

test('pull_request: the head SHA comes from the payload, not GITHUB_SHA (the merge commit)', async () => {
  const payload = pullRequestEvent(emu, { number: 12, headSha: HEAD, headRef: 'quota' })
  const target = await resolve(environment('pull_request', payload))
  expect(target).toMatchObject({
    headSha: HEAD,
    commentAllowed: true,
    notice: null,
    how: 'from the pull_request event payload'
  })
  expect(target.pullRequest).toMatchObject({
    number: 12,
    headSha: HEAD,
    headRef: 'quota',
    headRepo: 'acme/rocket',
    baseRepo: 'acme/rocket'
  })
  expect(emu.requests).toEqual([])
})

test('pull_request_target resolves like pull_request', async () => {
  const payload = pullRequestEvent(emu, {
    number: 13,
    headSha: HEAD,
    headRef: 'q',
    headRepo: 'fan/rocket'
  })
  const target = await resolve(environment('pull_request_target', payload))
  expect(target.headSha).toBe(HEAD)
  expect(target.pullRequest?.headRepo).toBe('fan/rocket')
})

test('workflow_dispatch finds the open pull request whose head is the branch', async () => {
  emu.addPull({ number: 20, headRef: 'other', headSha: OTHER })
  emu.addPull({ number: 21, headRef: 'quota', headSha: MERGE })
  emu.addPull({ number: 19, headRef: 'quota', headSha: OTHER, state: 'closed' })
  const target = await resolve(
    environment('workflow_dispatch', workflowDispatchEvent(emu, 'refs/heads/quota'))
  )
  expect(target.pullRequest?.number).toBe(21)
  expect(target.headSha).toBe(MERGE)
  expect(emu.requests.map(r => r.path)).toEqual([
    '/repos/acme/rocket/pulls?state=open&head=acme%3Aquota&per_page=10'
  ])
})

test('push uses the pushed commit and finds the pull request of the branch', async () => {
  emu.addPull({ number: 22, headRef: 'quota', headSha: OTHER })
  const target = await resolve(environment('push', pushEvent(emu, 'refs/heads/quota', HEAD)))
  expect(target).toMatchObject({
    headSha: HEAD,
    pullRequest: { number: 22 },
    how: 'by branch lookup: the open pull request with head acme:quota'
  })
})

test('no open pull request for the branch: a notice, and no pull request', async () => {
  const target = await resolve(
    environment('workflow_dispatch', workflowDispatchEvent(emu, 'refs/heads/quota'))
  )
  expect(target.pullRequest).toBeNull()
  expect(target.notice).toMatch(
    /no open pull request has acme:quota as its head.*check run and the job summary only/
  )
})

test('a tag has no pull request and is not looked up', async () => {
  const target = await resolve(environment('push', pushEvent(emu, 'refs/tags/v1', HEAD)))
  expect(target.pullRequest).toBeNull()
  expect(target.notice).toContain('refs/tags/v1 is not a branch')
  expect(emu.requests).toEqual([])
})

test('the pr-number input overrides the branch lookup and puts the check on that head', async () => {
  emu.addPull({ number: 30, headRef: 'elsewhere', headSha: OTHER, changedFiles: 4 })
  const target = await resolve(
    environment('workflow_dispatch', workflowDispatchEvent(emu, 'refs/heads/main')),
    30
  )
  expect(target).toMatchObject({
    headSha: OTHER,
    pullRequest: { number: 30, changedFiles: 4 },
    how: 'from the pr-number input'
  })
})

test('a pr-number that does not exist is an error naming the input', async () => {
  const target = await resolveTarget(
    clientFor(emu),
    environment('workflow_dispatch', workflowDispatchEvent(emu, 'refs/heads/main')),
    31
  )
  expect(target).toEqual({
    ok: false,
    error: expect.stringMatching(/^pr-number: acme\/rocket has no pull request #31/)
  })
})

test('merge_group: the check goes on the merge group head, and no comment is allowed', async () => {
  const target = await resolve(environment('merge_group', mergeGroupEvent(emu, HEAD, 12)))
  expect(target).toEqual({
    headSha: HEAD,
    pullRequest: null,
    commentAllowed: false,
    notice: null,
    how: expect.stringMatching(/^none: a merge_group run/)
  })
  expect(emu.requests).toEqual([])
})

test('workflow_run: the pull request listed in the payload', async () => {
  emu.addPull({ number: 40, headRef: 'quota', headSha: HEAD })
  const payload = workflowRunEvent(emu, { headSha: HEAD, headBranch: 'quota', pullRequests: [40] })
  const target = await resolve(environment('workflow_run', payload))
  expect(target).toMatchObject({
    headSha: HEAD,
    pullRequest: { number: 40 },
    how: 'from the workflow_run event payload'
  })
})

test('workflow_run from a fork (empty pull_requests): found by the head SHA', async () => {
  emu.addPull({ number: 41, headRef: 'patch-1', headSha: HEAD, headRepo: 'fan/rocket' })
  const payload = workflowRunEvent(emu, {
    headSha: HEAD,
    headBranch: 'patch-1',
    headRepo: 'fan/rocket',
    pullRequests: []
  })
  const target = await resolve(environment('workflow_run', payload))
  expect(target).toMatchObject({
    headSha: HEAD,
    pullRequest: { number: 41, headRepo: 'fan/rocket' },
    how: `by commit lookup: the open pull request with head ${HEAD.slice(0, 7)}`
  })
})

test('workflow_run: falls back to the fork branch when the SHA is not found', async () => {
  emu.addPull({ number: 42, headRef: 'patch-2', headSha: OTHER, headRepo: 'fan/rocket' })
  const payload = workflowRunEvent(emu, {
    headSha: HEAD,
    headBranch: 'patch-2',
    headRepo: 'fan/rocket',
    pullRequests: []
  })
  const target = await resolve(environment('workflow_run', payload))
  expect(target).toMatchObject({
    headSha: HEAD,
    pullRequest: { number: 42 },
    how: expect.stringMatching(/^by branch lookup: the open pull request with head \S+:/)
  })
  expect(emu.requests.at(-1)?.path).toContain('head=fan%3Apatch-2')
})

test('the run environment needs owner/name and reads the run id and attempt', () => {
  expect(readRunEnvironment({}, 'push', {})).toEqual({
    ok: false,
    error: expect.stringContaining('GITHUB_REPOSITORY')
  })
  const fromPayload = readRunEnvironment({}, 'push', { repository: { full_name: 'o/r' } })
  expect(fromPayload.ok && fromPayload.value.owner).toBe('o')
  const env = environment('push', {}, { GITHUB_SERVER_URL: 'https://ghe.example.com/' })
  expect(runUrl(env)).toBe('https://ghe.example.com/acme/rocket/actions/runs/555/attempts/2')
  expect(runUrl({ ...env, runAttempt: 1 })).toBe(
    'https://ghe.example.com/acme/rocket/actions/runs/555'
  )
  expect(runUrl({ ...env, runId: null })).toBeNull()
})

test('a pull request without a head commit is not a pull request', () => {
  expect(pullFromJson({ number: 1, base: { repo: { full_name: 'a/b' } } })).toBeNull()
  expect(pullFromJson(null)).toBeNull()
})

test('the event is read from the file GITHUB_EVENT_PATH names; a broken file is an error naming it', () => {
  const files: Record<string, string> = {
    '/ev/push.json': '{"ref":"refs/heads/main"}',
    '/ev/broken.json': '{"ref":',
    '/ev/list.json': '[1]'
  }
  const read = (path: string): string => {
    const text = files[path]
    if (text !== undefined) return text
    throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), {
      code: path.startsWith('/ev/') ? 'ENOENT' : 'EACCES'
    })
  }
  const event = (path?: string) =>
    readEvent({ GITHUB_EVENT_NAME: 'push', ...(path ? { GITHUB_EVENT_PATH: path } : {}) }, read)
  expect(event('/ev/push.json')).toEqual({
    ok: true,
    value: { eventName: 'push', payload: { ref: 'refs/heads/main' }, note: null }
  })
  expect(event()).toEqual({ ok: true, value: { eventName: 'push', payload: {}, note: null } })
  expect(event('/ev/gone.json')).toEqual({
    ok: true,
    value: {
      eventName: 'push',
      payload: {},
      note: expect.stringContaining('/ev/gone.json does not exist')
    }
  })
  expect(event('/ev/broken.json')).toEqual({
    ok: false,
    error: expect.stringMatching(
      /^the event payload \/ev\/broken\.json \(GITHUB_EVENT_PATH\) is not JSON: /
    )
  })
  expect(event('/ev/list.json')).toEqual({
    ok: false,
    error: expect.stringContaining('not a JSON object')
  })
  expect(event('/locked/event.json')).toEqual({
    ok: false,
    error: expect.stringContaining(
      'cannot read the event payload GITHUB_EVENT_PATH names (/locked/event.json)'
    )
  })
  expect(readEvent({}, read)).toEqual({
    ok: true,
    value: { eventName: '', payload: {}, note: null }
  })
})
