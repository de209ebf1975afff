// End to end: the built bundle, spawned as the runner spawns it, against the
// REST emulator. Each test is one scenario of the action's life on GitHub.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  GitHubEmulator,
  PERSON,
  READ_TOKEN,
  WRITE_TOKEN,
  secondaryRateLimit,
  type FileSpec
} from './emulator.js'
import {
  mergeGroupEvent,
  pullRequestEvent,
  workflowDispatchEvent,
  workflowRunEvent
} from './events.js'
import {
  FIXTURE_WORKSPACE,
  TRACK_DIR,
  cleanup,
  copyWorkspace,
  runAction,
  type ActionRun,
  type ActionRunOptions
} from './harness.js'
import type { RunResult } from '../../src/model.js'

const HEAD = '4e1f0c2a9b8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f'
/** GITHUB_SHA of a pull_request run: the test merge commit, not the head. */
const MERGE = '9f8e7d6c5b4a39281706f5e4d3c2b1a098765432'
const CHECK = 'IOSM integration'
const PR = 12

/** What the fixture track's reports claim, plus the track's own files. */
const CLAIMED: FileSpec[] = [
  { path: 'docs/upload-quota.md', status: 'added', additions: 40 },
  { path: 'server/quota/counter.ts', status: 'added', additions: 60 },
  { path: 'server/upload.ts', status: 'modified', additions: 12, deletions: 3 },
  { path: 'tests/quota.test.ts', status: 'added', additions: 45 },
  { path: `${TRACK_DIR}/plan.md`, status: 'added', additions: 70 },
  { path: `${TRACK_DIR}/reports/T01.md`, status: 'added', additions: 50 }
]

let emu: GitHubEmulator
const scratchDirs: string[] = []

beforeEach(async () => {
  emu = await GitHubEmulator.start()
  emu.addPull({ number: PR, headRef: 'quota', headSha: HEAD, files: CLAIMED })
})

afterEach(async () => {
  const violations = [...emu.violations]
  await emu.stop()
  for (const dir of scratchDirs.splice(0)) cleanup(dir)
  expect(violations).toEqual([])
})

function workspaceCopy(): string {
  const dir = copyWorkspace()
  scratchDirs.push(dir)
  return dir
}

function pullRequestRun(overrides: Partial<ActionRunOptions> = {}): Promise<ActionRun> {
  return runAction({
    apiUrl: emu.url,
    repository: emu.fullName,
    eventName: 'pull_request',
    payload: pullRequestEvent(emu, {
      number: PR,
      headSha: HEAD,
      headRef: 'quota',
      changedFiles: CLAIMED.length
    }),
    workspace: FIXTURE_WORKSPACE,
    sha: MERGE,
    ref: `refs/pull/${PR}/merge`,
    runId: 4100,
    ...overrides,
    inputs: { 'github-token': WRITE_TOKEN, ...overrides.inputs }
  })
}

function ourComments() {
  return emu.commentsOn(PR).filter(c => c.user.login === 'github-actions[bot]')
}

/** Marks one task blocked, so the verdict fails. */
function blockTask(workspace: string): void {
  const report = join(workspace, TRACK_DIR, 'reports', 'T03.md')
  const text = readFileSync(report, 'utf8')
    .replace('**Status:** ✅ Complete', '**Status:** ❌ Blocked')
    .replace(
      '### Blockers\nNone.',
      '### Blockers\n- ❌ **No staging bucket:** the quota tests need a bucket nobody has created yet'
    )
  writeFileSync(report, text)
}

test('pull_request: one comment, one check run on the head SHA, outputs, job summary, exit 0 on success', async () => {
  const run = await pullRequestRun()
  expect({ code: run.code, errors: run.errors, stderr: run.stderr }).toEqual({
    code: 0,
    errors: [],
    stderr: ''
  })

  const comments = ourComments()
  expect(comments).toHaveLength(1)
  expect(comments[0]?.body).toMatch(/^<!-- swarm-integration-report \{/)
  expect(comments[0]?.body).toContain('Per-client quota on the upload endpoint')

  expect(emu.checkRuns).toHaveLength(1)
  expect(emu.checkRuns[0]).toMatchObject({
    name: CHECK,
    headSha: HEAD,
    status: 'completed',
    conclusion: 'success',
    detailsUrl: 'https://github.com/acme/rocket/actions/runs/4100'
  })
  expect(emu.checkRunsOn(MERGE)).toEqual([])

  expect(run.outputs).toMatchObject({
    conclusion: 'success',
    'iosm-index': expect.stringMatching(/^0\.\d{3}$/),
    rating: expect.stringMatching(/^(Excellent|Good|Acceptable|Needs Work|Poor)$/),
    'tasks-complete': '3',
    'tasks-total': '3',
    'comment-id': String(comments[0]?.id),
    'comment-url': `https://github.com/acme/rocket/pull/${PR}#issuecomment-${comments[0]?.id}`,
    'check-run-id': String(emu.checkRuns[0]?.id),
    'check-run-url': `https://github.com/acme/rocket/runs/${emu.checkRuns[0]?.id}`
  })
  expect(run.outputs['report-json']).toMatch(/runner-temp\/.*\.json$/)
  const json = JSON.parse(run.reportJson ?? 'null') as { schemaVersion: number; conclusion: string }
  expect(json).toMatchObject({ schemaVersion: 1, conclusion: 'success' })
  expect(run.reportMarkdown).toContain('Per-client quota')
  expect(run.summary).toContain('Per-client quota on the upload endpoint')
  // PR files, comments listed, created, listed again; check runs listed, created.
  expect(emu.requests.length).toBeLessThanOrEqual(6)
})

test('pull_request: a failing verdict fails the step, and still publishes', async () => {
  const workspace = workspaceCopy()
  blockTask(workspace)
  const run = await pullRequestRun({ workspace })
  expect(run.code).toBe(1)
  expect(run.errors).toEqual([expect.stringMatching(/^Integration verdict: failure\./)])
  expect(run.outputs['conclusion']).toBe('failure')
  expect(ourComments()).toHaveLength(1)
  expect(emu.checkRuns[0]?.conclusion).toBe('failure')
})

test('fail-job: false reports a failing verdict without failing the step', async () => {
  const workspace = workspaceCopy()
  blockTask(workspace)
  const run = await pullRequestRun({ workspace, inputs: { 'fail-job': 'false' } })
  expect(run.code).toBe(0)
  expect(run.outputs['conclusion']).toBe('failure')
})

test('the same run again: still one comment, one check run, and no write at all', async () => {
  const first = await pullRequestRun()
  expect(first.code).toBe(0)
  emu.clearRequests()
  const again = await pullRequestRun({ runId: 4100, runAttempt: 2 })
  expect(again.code).toBe(0)
  expect(ourComments()).toHaveLength(1)
  expect(emu.checkRuns).toHaveLength(1)
  expect(emu.writes()).toEqual([])
  expect(again.outputs['comment-id']).toBe(first.outputs['comment-id'])
  expect(again.outputs['check-run-id']).toBe(first.outputs['check-run-id'])
})

test('two copies started together leave one comment, and check runs that agree', async () => {
  emu.latencyMs = 25
  const [a, b] = await Promise.all([pullRequestRun(), pullRequestRun()])
  expect([a.code, b.code]).toEqual([0, 0])
  expect(ourComments()).toHaveLength(1)
  // Check runs cannot be deleted: both copies may create one. GitHub shows the
  // newest of a name, so they must carry the same report.
  const runs = emu.checkRunsOn(HEAD)
  expect(runs.length).toBeGreaterThanOrEqual(1)
  expect(runs.length).toBeLessThanOrEqual(2)
  const shown = runs.map(r => [r.status, r.conclusion, r.output.title, r.output.summary])
  expect(new Set(shown.map(x => JSON.stringify(x))).size).toBe(1)
})

test('workflow_dispatch without pr-number finds the pull request by branch and comments on it', async () => {
  const run = await runAction({
    apiUrl: emu.url,
    repository: emu.fullName,
    eventName: 'workflow_dispatch',
    payload: workflowDispatchEvent(emu, 'refs/heads/quota'),
    workspace: FIXTURE_WORKSPACE,
    sha: HEAD,
    ref: 'refs/heads/quota',
    inputs: { 'github-token': WRITE_TOKEN }
  })
  expect(run.code).toBe(0)
  expect(ourComments()).toHaveLength(1)
  expect(emu.checkRunsOn(HEAD)).toHaveLength(1)
  expect(run.notices).toEqual([])
})

test('workflow_dispatch on a branch without a pull request: check run and job summary, with a notice', async () => {
  const run = await runAction({
    apiUrl: emu.url,
    repository: emu.fullName,
    eventName: 'workflow_dispatch',
    payload: workflowDispatchEvent(emu, 'refs/heads/lonely'),
    workspace: FIXTURE_WORKSPACE,
    sha: MERGE,
    ref: 'refs/heads/lonely',
    inputs: { 'github-token': WRITE_TOKEN }
  })
  expect(run.code).toBe(0)
  expect(run.notices).toEqual([expect.stringContaining('no open pull request has acme:lonely')])
  expect(emu.comments).toEqual([])
  expect(emu.checkRunsOn(MERGE)).toHaveLength(1)
  expect(run.summary).toContain('Per-client quota')
})

test('a fork pull request with a read-only token: summary, one warning naming the permissions, exit by verdict', async () => {
  const payload = pullRequestEvent(emu, {
    number: PR,
    headSha: HEAD,
    headRef: 'quota',
    headRepo: 'fan/rocket',
    changedFiles: CLAIMED.length
  })
  const ok = await pullRequestRun({ payload, inputs: { 'github-token': READ_TOKEN } })
  expect(ok.code).toBe(0)
  expect(ok.warnings).toHaveLength(1)
  expect(ok.warnings[0]).toContain('`pull-requests: write` and `checks: write`')
  expect(ok.warnings[0]).toContain('workflow_run')
  expect(ok.summary).toContain('Per-client quota')
  expect(emu.writes()).toEqual([])
  expect(emu.comments).toEqual([])
  expect(emu.checkRuns).toEqual([])

  const workspace = workspaceCopy()
  blockTask(workspace)
  const failing = await pullRequestRun({
    payload,
    workspace,
    inputs: { 'github-token': READ_TOKEN }
  })
  expect(failing.code).toBe(1)
  expect(failing.warnings).toHaveLength(1)
})

test('the fork-safe workflow_run recipe publishes on the fork pull request', async () => {
  const forkPull = 13
  const forkHead = '6'.repeat(40)
  emu.addPull({
    number: forkPull,
    headRef: 'quota',
    headSha: forkHead,
    headRepo: 'fan/rocket',
    files: CLAIMED
  })
  const run = await runAction({
    apiUrl: emu.url,
    repository: emu.fullName,
    eventName: 'workflow_run',
    // GitHub lists no pull request in workflow_run payloads from forks.
    payload: workflowRunEvent(emu, {
      headSha: forkHead,
      headBranch: 'quota',
      headRepo: 'fan/rocket',
      pullRequests: []
    }),
    workspace: FIXTURE_WORKSPACE,
    sha: '7'.repeat(40),
    ref: 'refs/heads/main',
    inputs: { 'github-token': WRITE_TOKEN }
  })
  expect(run.code).toBe(0)
  expect(run.warnings).toEqual([])
  expect(emu.commentsOn(forkPull)).toHaveLength(1)
  expect(emu.commentsOn(PR)).toEqual([])
  expect(emu.checkRunsOn(forkHead)).toHaveLength(1)
})

test('a same-repository token without write permission: one warning naming it, summary, exit by verdict', async () => {
  const ok = await pullRequestRun({ inputs: { 'github-token': READ_TOKEN } })
  expect({ code: ok.code, errors: ok.errors }).toEqual({ code: 0, errors: [] })
  expect(ok.warnings).toHaveLength(1)
  expect(ok.warnings[0]).toContain('Resource not accessible by integration')
  expect(ok.warnings[0]).toContain('`pull-requests: write` and `checks: write`')
  expect(ok.warnings[0]).toContain("the workflow's `permissions:` block")
  expect(ok.summary).toContain('Per-client quota')
  expect(ok.outputs).toMatchObject({ conclusion: 'success', 'comment-id': '', 'check-run-id': '' })
  // The first refusal settles it: no check run is even tried.
  expect(emu.writes().map(w => `${w.method} ${w.status}`)).toEqual(['POST 403'])

  const workspace = workspaceCopy()
  blockTask(workspace)
  const reported = await pullRequestRun({
    workspace,
    inputs: { 'github-token': READ_TOKEN, 'fail-job': 'false' }
  })
  expect({ code: reported.code, errors: reported.errors }).toEqual({ code: 0, errors: [] })
  expect(reported.warnings).toHaveLength(1)
  expect(reported.outputs['conclusion']).toBe('failure')
  expect(reported.summary).toContain('No staging bucket')

  const failing = await pullRequestRun({ workspace, inputs: { 'github-token': READ_TOKEN } })
  expect(failing.code).toBe(1)
  expect(failing.errors).toEqual([expect.stringMatching(/^Integration verdict: failure\./)])
  expect(emu.comments).toEqual([])
  expect(emu.checkRuns).toEqual([])
})

test('a write refused for another reason fails the step with a message naming the scope', async () => {
  emu.inject({ operation: 'checks/create', status: 403, message: 'Must have admin rights' })
  const run = await pullRequestRun()
  expect(run.code).toBe(1)
  expect(run.errors.join('\n')).toContain('`checks: write`')
  expect(run.warnings).toEqual([])
  expect(ourComments()).toHaveLength(1)
})

test('faults: a 502 on the first comment and a secondary rate limit on the first check run', async () => {
  emu.inject({ operation: 'issues/create-comment', status: 502 })
  emu.inject(secondaryRateLimit('checks/create', 1))
  const run = await pullRequestRun()
  expect(run.code).toBe(0)
  expect(ourComments()).toHaveLength(1)
  expect(emu.checkRuns).toHaveLength(1)
  const statuses = (op: string) => emu.requests.filter(r => r.operationId === op).map(r => r.status)
  expect(statuses('issues/create-comment')).toEqual([502, 201])
  expect(statuses('checks/create')).toEqual([403, 201])
})

test("a person's comment carrying a copy of the marker is never edited or deleted", async () => {
  await pullRequestRun()
  const ours = ourComments()[0]
  if (!ours) throw new Error('no comment written')
  const copied = ours.body
  const copy = emu.addComment(PR, copied, PERSON)

  const workspace = workspaceCopy()
  blockTask(workspace)
  await pullRequestRun({ workspace, runId: 4200 })
  await pullRequestRun({ runId: 4300 })

  expect(emu.commentsOn(PR).find(c => c.id === copy.id)?.body).toBe(copied)
  expect(ours.body).not.toBe(copied)
  expect(emu.requests.filter(r => r.path.includes(`/comments/${copy.id}`))).toEqual([])
  expect(ourComments().map(c => c.id)).toEqual([ours.id])
})

test('a huge track: the comment stays within 65,536 characters and says where the full report is', async () => {
  const workspace = workspaceCopy()
  writeHugeTrack(workspace, 'swarm/tracks/2026-03-02-009', 400)
  const run = await pullRequestRun({
    workspace,
    inputs: { 'github-token': WRITE_TOKEN, 'changed-only': 'false' }
  })
  const body = ourComments()[0]?.body ?? ''
  expect(body.length).toBeGreaterThan(10_000)
  expect(body.length).toBeLessThanOrEqual(65_536)
  expect(Buffer.byteLength(body)).toBeLessThanOrEqual(65_536)
  expect(body).toContain('The full report is in the job summary of workflow run 4100')
  expect(Buffer.byteLength(run.summary)).toBeGreaterThan(Buffer.byteLength(body))
  const check = emu.checkRuns[0]
  expect(check?.output.summary?.length ?? Infinity).toBeLessThanOrEqual(65_535)
  expect(check?.output.text?.length ?? Infinity).toBeLessThanOrEqual(65_535)
  // The step's exit code follows the verdict the check run carries.
  expect(check?.conclusion).toMatch(/^(success|failure)$/)
  expect(run.code).toBe(check?.conclusion === 'failure' ? 1 : 0)
})

test('merge_group: a check run on the merge group SHA, and no comment', async () => {
  const groupSha = '5'.repeat(40)
  const run = await runAction({
    apiUrl: emu.url,
    repository: emu.fullName,
    eventName: 'merge_group',
    payload: mergeGroupEvent(emu, groupSha, PR),
    workspace: FIXTURE_WORKSPACE,
    sha: groupSha,
    ref: `refs/heads/gh-readonly-queue/main/pr-${PR}-${groupSha}`,
    inputs: { 'github-token': WRITE_TOKEN }
  })
  expect(run.code).toBe(0)
  expect(emu.checkRunsOn(groupSha)).toHaveLength(1)
  expect(emu.comments).toEqual([])
  expect(emu.requests.filter(r => r.operationId?.startsWith('issues/'))).toEqual([])
  expect(run.notices).toEqual([])
})

test('an older run finishing after a newer one leaves the newer report in place', async () => {
  const newer = await pullRequestRun({ runId: 5000 })
  expect(newer.code).toBe(0)
  const before = ourComments()[0]?.body
  const checkBefore = { ...emu.checkRuns[0]?.output }

  const workspace = workspaceCopy()
  blockTask(workspace)
  const older = await pullRequestRun({ workspace, runId: 4999 })
  expect(older.code).toBe(1)
  expect(ourComments()).toHaveLength(1)
  expect(ourComments()[0]?.body).toBe(before)
  expect(emu.checkRuns).toHaveLength(1)
  expect(emu.checkRuns[0]?.output).toEqual(checkBefore)
  expect(emu.checkRuns[0]?.conclusion).toBe('success')
})

test('diff check: a changed file no report claims is listed in the comment', async () => {
  emu.setPullFiles(PR, [
    ...CLAIMED,
    { path: 'server/unclaimed-helper.ts', status: 'added', additions: 9 }
  ])
  const run = await pullRequestRun({
    inputs: { 'github-token': WRITE_TOKEN, 'fail-on': 'unreported' }
  })
  expect(run.code).toBe(1)
  const body = ourComments()[0]?.body ?? ''
  expect(body).toContain('unclaimed-helper.ts')
  expect(body).toMatch(/[Cc]hanged but claimed by no report: 1\b/)
  const json = JSON.parse(run.reportJson ?? 'null') as {
    tracks: Array<{ diffCheck: { unreported: string[] } | null }>
  }
  expect(json.tracks[0]?.diffCheck?.unreported).toEqual(['server/unclaimed-helper.ts'])
})

test('no track in scope: a notice, a neutral check run, no comment, exit 0', async () => {
  const run = await pullRequestRun({ inputs: { 'github-token': WRITE_TOKEN, tracks: 'nowhere/*' } })
  expect(run.code).toBe(0)
  expect(run.notices).toEqual([expect.stringContaining('No swarm-iosm track matched `nowhere/*`')])
  expect(emu.comments).toEqual([])
  expect(emu.checkRuns).toHaveLength(1)
  expect(emu.checkRuns[0]).toMatchObject({ headSha: HEAD, conclusion: 'neutral' })
  expect(run.outputs).toMatchObject({ conclusion: 'neutral', 'tasks-total': '0' })
})

test('a bad input fails the step with a message naming it, before any request', async () => {
  const run = await pullRequestRun({ inputs: { 'github-token': WRITE_TOKEN, profile: 'lenient' } })
  expect(run.code).toBe(1)
  expect(run.errors).toEqual([expect.stringMatching(/^profile: .*lenient.*production/)])
  expect(emu.requests).toEqual([])
})

/** A track of `tasks` complete tasks with wordy reports, far over the comment budget. */
function writeHugeTrack(workspace: string, dir: string, tasks: number): void {
  const root = join(workspace, dir)
  mkdirSync(join(root, 'reports'), { recursive: true })
  const id = (i: number) => `T${String(i).padStart(3, '0')}`
  const lines = [
    `# Implementation Plan — ${dir.split('/').pop()}`,
    '',
    '**Feature:** A very large migration split into many small tasks',
    '**Status:** In Progress',
    '',
    '## Phases',
    '',
    '### Phase 1 — Migration',
    ''
  ]
  for (let i = 1; i <= tasks; i++) {
    lines.push(
      `- [x] **${id(i)}**: Move module ${i} onto the new storage layer`,
      '  - **Owner role:** Implementer-A',
      `  - **Depends on:** ${i > 1 ? id(i - 1) : 'None'}`,
      `  - **Touches:** \`lib/module${i}/store.ts\`, \`lib/module${i}/index.ts\``,
      '  - **Effort:** S (1 hour)',
      '  - **Status:** DONE',
      ''
    )
    const summary = `Module ${i} now reads and writes through the storage layer. `.repeat(12)
    writeFileSync(
      join(root, 'reports', `${id(i)}.md`),
      [
        `# Subagent Report: Task ${id(i)} — Move module ${i} onto the new storage layer`,
        '',
        `**Task ID:** ${id(i)}`,
        '**Role:** Implementer-A',
        '**Status:** ✅ Complete',
        '',
        '## Summary (What Was Done)',
        '',
        summary,
        '',
        '## Files Touched',
        '',
        '### Modified',
        `- \`lib/module${i}/store.ts\` - reads through the new layer`,
        `- \`lib/module${i}/index.ts\` - exports the new reader`,
        '',
        '## SpawnCandidates',
        '',
        'None identified.',
        ''
      ].join('\n')
    )
  }
  writeFileSync(join(root, 'plan.md'), lines.join('\n'))
}

test('since the last report: a task completed and its blocker fixed open the edited comment, with no extra request', async () => {
  const workspace = workspaceCopy()
  blockTask(workspace)
  const first = await pullRequestRun({ workspace, inputs: { 'fail-job': 'false' } })
  expect(first.code).toBe(0)
  const before = ourComments()[0]?.body ?? ''
  expect(before).not.toContain('Since the last report')

  emu.clearRequests()
  const second = await pullRequestRun({ runId: 4101 })
  expect(second.code).toBe(0)
  const comments = ourComments()
  expect(comments).toHaveLength(1)
  const body = comments[0]?.body ?? ''
  const block = body.slice(
    body.indexOf('## Since the last report'),
    body.indexOf('## Executive summary')
  )
  expect(block).toBe(
    [
      '## Since the last report',
      '',
      '- ✅ **Became complete:** T03',
      '- ✔️ **Blockers resolved:**',
      '  - T03: No staging bucket',
      '',
      ''
    ].join('\n')
  )
  // This run's check run, job summary and JSON file carry the same changes.
  expect(emu.checkRuns.at(-1)?.output.summary).toMatch(new RegExp(`^${escapeRegExp(block)}`))
  expect(second.summary).toContain(block)
  const json = JSON.parse(second.reportJson ?? '{}') as RunResult
  expect(json.since?.tracks[0]?.becameComplete).toEqual(['T03'])
  expect(first.summary).not.toContain('Since the last report')
  expect((JSON.parse(first.reportJson ?? '{}') as RunResult).since).toBeUndefined()
  // The comment is listed once, as the write needs anyway, then edited.
  expect(emu.requests.map(r => r.operationId)).toEqual([
    'pulls/list-files',
    'issues/list-comments',
    'issues/update-comment',
    'checks/list-for-ref',
    'checks/create'
  ])

  // Re-run with nothing new: the same block from the same base, so the comment is not written.
  emu.clearRequests()
  const rerun = await pullRequestRun({ runId: 4101, runAttempt: 2 })
  expect(rerun.code).toBe(0)
  expect(ourComments()[0]?.body).toBe(body)
  expect(emu.writes().filter(r => r.operationId?.startsWith('issues/'))).toEqual([])
})

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
