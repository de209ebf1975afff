// The step log of the built action, as a person reads it on the run's page:
// one group per phase, every retry and rate-limit wait on its own line, and the
// whole log of a first run kept as a golden file.
import { expectGolden } from '../../__fixtures__/render/golden.js'
import { GitHubEmulator, WRITE_TOKEN, secondaryRateLimit, type FileSpec } from './emulator.js'
import { pullRequestEvent } from './events.js'
import { FIXTURE_WORKSPACE, TRACK_DIR, runAction, type ActionRun } from './harness.js'

const HEAD = '4e1f0c2a9b8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f'
const PR = 12
const FILES: FileSpec[] = [
  { path: 'server/quota/counter.ts', status: 'added', additions: 60 },
  { path: 'server/upload.ts', status: 'modified', additions: 12, deletions: 3 },
  { path: `${TRACK_DIR}/reports/T01.md`, status: 'added', additions: 50 }
]

let emu: GitHubEmulator

beforeEach(async () => {
  emu = await GitHubEmulator.start()
  emu.addPull({ number: PR, headRef: 'quota', headSha: HEAD, files: FILES })
})

afterEach(async () => {
  const violations = [...emu.violations]
  await emu.stop()
  expect(violations).toEqual([])
})

function firstRun(): Promise<ActionRun> {
  return runAction({
    apiUrl: emu.url,
    repository: emu.fullName,
    eventName: 'pull_request',
    payload: pullRequestEvent(emu, {
      number: PR,
      headSha: HEAD,
      headRef: 'quota',
      changedFiles: FILES.length
    }),
    workspace: FIXTURE_WORKSPACE,
    sha: '9'.repeat(40),
    ref: `refs/pull/${PR}/merge`,
    inputs: { 'github-token': WRITE_TOKEN }
  })
}

/**
 * The log with what differs between machines and runs replaced by names. The
 * comment's marker state is left out: it carries a hash of the rendered body,
 * which the report goldens already pin down.
 */
function stable(run: ActionRun): string {
  return run.stdout
    .split('\n')
    .filter(line => !line.startsWith('::debug::Comment marker state:'))
    .join('\n')
    .replaceAll(emu.url, '$GITHUB_API_URL')
    .replace(/\S*sir-runner-[A-Za-z0-9]+/g, '$RUNNER')
}

function groups(run: ActionRun): string[] {
  return run.stdout
    .split('\n')
    .filter(line => line.startsWith('::group::'))
    .map(line => line.slice('::group::'.length))
}

test('the log of a first run matches its golden file', async () => {
  const run = await firstRun()
  expect(run.code).toBe(0)
  expectGolden('first-run-log.md', stable(run))
})

test('one group per phase, in order, and every group closed', async () => {
  const run = await firstRun()
  expect(groups(run)).toEqual([
    'Inputs',
    'Pull request',
    'Tracks',
    'Changed files',
    'Verdict',
    'Publish'
  ])
  expect(run.stdout.split('\n').filter(l => l === '::endgroup::')).toHaveLength(6)
  // The token is never in the log.
  expect(run.stdout).not.toContain(WRITE_TOKEN)
})

test('every retry and rate-limit wait is a line with status, request, attempt and delay', async () => {
  emu.inject({ operation: 'issues/create-comment', status: 502, times: 2 })
  emu.inject(secondaryRateLimit('checks/create', 1))
  const run = await firstRun()
  expect(run.code).toBe(0)
  const retries = run.stdout.split('\n').filter(l => l.startsWith('GitHub answered'))
  expect(retries).toEqual([
    `GitHub answered 502 to POST /repos/acme/rocket/issues/${PR}/comments; retry 1 of 3 in 20 ms`,
    `GitHub answered 502 to POST /repos/acme/rocket/issues/${PR}/comments; retry 2 of 3 in 80 ms`,
    'GitHub answered 403 (secondary rate limit) to POST /repos/acme/rocket/check-runs; retry 1 of 3 in 1 s'
  ])
})

test('a run that writes no comment says why', async () => {
  const run = await runAction({
    apiUrl: emu.url,
    repository: emu.fullName,
    eventName: 'workflow_dispatch',
    payload: {},
    workspace: FIXTURE_WORKSPACE,
    ref: 'refs/heads/lonely',
    inputs: { 'github-token': WRITE_TOKEN }
  })
  expect(run.code).toBe(0)
  expect(run.stdout).toContain('Pull request: none: no open pull request has acme:lonely')
  expect(run.stdout).toContain('No comment: no pull request was found')
  expect(run.stdout).toMatch(/Check run created: https:\/\/github\.com\/acme\/rocket\/runs\/\d+/)
})
