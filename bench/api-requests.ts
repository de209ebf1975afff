// GitHub API requests per action run, counted by the REST emulator: the first
// run on a pull request with fewer than 100 comments (target: at most 6), and
// a re-run with nothing changed (target: no write).
import { GitHubEmulator, PERSON, WRITE_TOKEN, type FileSpec } from '../__tests__/e2e/emulator.js'
import { pullRequestEvent } from '../__tests__/e2e/events.js'
import { FIXTURE_WORKSPACE, TRACK_DIR, runAction } from '../__tests__/e2e/harness.js'

export interface ApiRequestCounts {
  firstRun: number
  rerun: number
  rerunWrites: number
}

const HEAD = '0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c'
const PR = 77

const FILES: FileSpec[] = [
  { path: 'docs/upload-quota.md', status: 'added', additions: 40 },
  { path: 'server/quota/counter.ts', status: 'added', additions: 60 },
  { path: 'server/upload.ts', status: 'modified', additions: 12, deletions: 3 },
  { path: 'tests/quota.test.ts', status: 'added', additions: 45 },
  { path: `${TRACK_DIR}/plan.md`, status: 'added', additions: 70 }
]

export async function measureApiRequests(): Promise<ApiRequestCounts> {
  const emu = await GitHubEmulator.start()
  try {
    emu.addPull({ number: PR, headRef: 'quota', headSha: HEAD, files: FILES })
    // A realistic conversation: under one page of comments by people.
    for (let i = 0; i < 40; i++) emu.addComment(PR, `Review note ${i + 1}`, PERSON)
    const run = (runId: number) =>
      runAction({
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
        sha: 'f'.repeat(40),
        runId,
        inputs: { 'github-token': WRITE_TOKEN }
      })

    const first = await run(7000)
    if (first.code !== 0) throw new Error(`first run failed:\n${first.stdout}${first.stderr}`)
    const firstRun = emu.requests.length
    emu.clearRequests()

    const second = await run(7001)
    if (second.code !== 0) throw new Error(`re-run failed:\n${second.stdout}${second.stderr}`)
    if (emu.violations.length > 0) {
      throw new Error(`requests GitHub would refuse:\n${emu.violations.join('\n')}`)
    }
    return { firstRun, rerun: emu.requests.length, rerunWrites: emu.writes().length }
  } finally {
    await emu.stop()
  }
}
