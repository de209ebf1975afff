// The fork-safe set-up of docs/publishing.md, end to end: a pull_request job
// with a read-only token computes the report and leaves its JSON result (the
// artifact), then a workflow_run job with a write token publishes that result
// without the fork's files anywhere in its workspace.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { GitHubEmulator, READ_TOKEN, WRITE_TOKEN, type FileSpec } from './emulator.js'
import { pullRequestEvent, workflowRunEvent } from './events.js'
import { FIXTURE_WORKSPACE, TRACK_DIR, cleanup, runAction, scratch } from './harness.js'

const FORK_HEAD = '6'.repeat(40)
const PR = 13
const FILES: FileSpec[] = [
  { path: 'server/quota/counter.ts', status: 'added', additions: 60 },
  { path: 'server/upload.ts', status: 'modified', additions: 12, deletions: 3 },
  { path: `${TRACK_DIR}/reports/T01.md`, status: 'added', additions: 50 }
]

let emu: GitHubEmulator
const dirs: string[] = []

beforeEach(async () => {
  emu = await GitHubEmulator.start()
  emu.addPull({
    number: PR,
    headRef: 'patch-1',
    headSha: FORK_HEAD,
    headRepo: 'fan/rocket',
    files: FILES
  })
})

afterEach(async () => {
  const violations = [...emu.violations]
  await emu.stop()
  for (const dir of dirs.splice(0)) cleanup(dir)
  expect(violations).toEqual([])
})

/** The first workflow: on pull_request from the fork, read-only, report only. */
async function artifactJob(): Promise<string> {
  const run = await runAction({
    apiUrl: emu.url,
    repository: emu.fullName,
    eventName: 'pull_request',
    payload: pullRequestEvent(emu, {
      number: PR,
      headSha: FORK_HEAD,
      headRef: 'patch-1',
      headRepo: 'fan/rocket',
      changedFiles: FILES.length
    }),
    workspace: FIXTURE_WORKSPACE,
    inputs: {
      'github-token': READ_TOKEN,
      comment: 'false',
      'check-run': 'false',
      'fail-job': 'false'
    }
  })
  expect({ code: run.code, warnings: run.warnings, errors: run.errors }).toEqual({
    code: 0,
    warnings: [],
    errors: []
  })
  expect(run.reportJson).not.toBeNull()
  return run.reportJson ?? ''
}

/** The second workflow: on workflow_run, in a workspace that holds only the downloaded result. */
function publishJob(resultJson: string, inputs: Record<string, string> = {}) {
  const workspace = scratch('publish')
  dirs.push(workspace)
  mkdirSync(join(workspace, 'result'))
  writeFileSync(join(workspace, 'result', 'report.json'), resultJson)
  return runAction({
    apiUrl: emu.url,
    repository: emu.fullName,
    eventName: 'workflow_run',
    // GitHub lists no pull request in workflow_run payloads from forks.
    payload: workflowRunEvent(emu, {
      headSha: FORK_HEAD,
      headBranch: 'patch-1',
      headRepo: 'fan/rocket',
      pullRequests: []
    }),
    workspace,
    sha: '7'.repeat(40),
    ref: 'refs/heads/main',
    inputs: { 'github-token': WRITE_TOKEN, 'publish-result': 'result/report.json', ...inputs }
  })
}

test('the artifact job makes no write; the publish job publishes the given result on the fork PR', async () => {
  const json = await artifactJob()
  expect(emu.writes()).toEqual([])
  expect(JSON.parse(json)).toMatchObject({ schemaVersion: 1, conclusion: 'success' })

  const run = await publishJob(json)
  expect({ code: run.code, warnings: run.warnings, errors: run.errors }).toEqual({
    code: 0,
    warnings: [],
    errors: []
  })
  const comments = emu.commentsOn(PR)
  expect(comments).toHaveLength(1)
  expect(comments[0]?.body).toContain('Per-client quota on the upload endpoint')
  expect(emu.checkRunsOn(FORK_HEAD)).toEqual([
    expect.objectContaining({ name: 'IOSM integration', conclusion: 'success' })
  ])
  expect(run.outputs).toMatchObject({
    conclusion: 'success',
    'tasks-total': '3',
    'comment-id': String(comments[0]?.id)
  })
  // No track was read (the workspace holds none) and no diff was listed again.
  expect(emu.requests.filter(r => r.operationId === 'pulls/list-files')).toHaveLength(1)
  expect(run.stdout).toContain('From result/report.json:')
})

test('the publish job fails by the verdict the result carries', async () => {
  const json = JSON.parse(await artifactJob()) as {
    conclusion: string
    tracks: Array<{ verdict: { conclusion: string; reasons: string[] } }>
  }
  json.conclusion = 'failure'
  const track = json.tracks[0]
  if (track) track.verdict = { conclusion: 'failure', reasons: ['1 task is blocked (T03).'] }
  const run = await publishJob(JSON.stringify(json))
  expect(run.code).toBe(1)
  expect(run.errors).toEqual([expect.stringContaining('1 task is blocked (T03).')])
  expect(emu.checkRunsOn(FORK_HEAD)[0]?.conclusion).toBe('failure')
})

test('a result that is not a result is refused with a message, and nothing is written', async () => {
  const run = await publishJob('{"schemaVersion": 1, "conclusion": "success", "tracks": [{}]}')
  expect(run.code).toBe(1)
  expect(run.errors).toEqual([
    expect.stringMatching(/^publish-result: result\/report\.json: tracks\[0\]\.track has no id/)
  ])
  expect(emu.writes()).toEqual([])
})
