import { listPullFiles } from '../../src/github/pr-files.js'
import { GITHUB_FILES_CAP } from '../../src/model.js'
import { GitHubEmulator, type FileSpec } from '../e2e/emulator.js'
import { clientFor, stopAndCheck } from './helpers.js'

let emu: GitHubEmulator

beforeEach(async () => {
  emu = await GitHubEmulator.start()
})

afterEach(() => stopAndCheck(emu))

function files(n: number): FileSpec[] {
  return Array.from({ length: n }, (_, i) => ({ path: `src/f${i}.ts`, additions: 2, deletions: 1 }))
}

async function list(pullNumber: number, changedFiles: number | null) {
  const result = await listPullFiles(clientFor(emu), {
    owner: 'acme',
    repo: 'rocket',
    pullNumber,
    changedFiles
  })
  if (!result.ok) throw new Error(result.error)
  return result.value
}

test('maps every field of the changed files', async () => {
  emu.addPull({
    number: 3,
    headRef: 'x',
    headSha: 'd'.repeat(40),
    files: [
      { path: 'a.ts', status: 'added', additions: 10, deletions: 0 },
      { path: 'b/new.ts', status: 'renamed', previousPath: 'b/old.ts', additions: 1, deletions: 1 },
      { path: 'gone.ts', status: 'removed', additions: 0, deletions: 7 },
      { path: 'logo.png', status: 'modified', additions: 0, deletions: 0 }
    ]
  })
  const out = await list(3, 4)
  expect(out).toEqual({
    truncated: false,
    source: 'pull request #3',
    files: [
      { path: 'a.ts', status: 'added', previousPath: null, additions: 10, deletions: 0 },
      { path: 'b/new.ts', status: 'renamed', previousPath: 'b/old.ts', additions: 1, deletions: 1 },
      { path: 'gone.ts', status: 'removed', previousPath: null, additions: 0, deletions: 7 },
      // No patch and no counts: a binary file, whose line counts are unknown.
      { path: 'logo.png', status: 'modified', previousPath: null, additions: null, deletions: null }
    ]
  })
})

test('reads every page', async () => {
  emu.addPull({ number: 4, headRef: 'x', headSha: 'd'.repeat(40), files: files(250) })
  const out = await list(4, 250)
  expect(out.files.map(f => f.path)).toEqual(files(250).map(f => f.path))
  expect(out.truncated).toBe(false)
  expect(emu.requests.filter(r => r.operationId === 'pulls/list-files')).toHaveLength(3)
})

test("stops at GitHub's 3,000-file cap and says the list is cut", async () => {
  emu.addPull({ number: 6, headRef: 'x', headSha: 'd'.repeat(40), files: files(3200) })
  const out = await list(6, 3200)
  expect(out.files).toHaveLength(GITHUB_FILES_CAP)
  expect(out.truncated).toBe(true)
  expect(emu.requests.filter(r => r.operationId === 'pulls/list-files')).toHaveLength(30)
})

test('exactly 3,000 files with a known count of 3,000 is complete', async () => {
  emu.addPull({ number: 8, headRef: 'x', headSha: 'd'.repeat(40), files: files(3000) })
  expect((await list(8, 3000)).truncated).toBe(false)
})

test('without a known count, a full 3,000 is taken as cut', async () => {
  emu.addPull({ number: 9, headRef: 'x', headSha: 'd'.repeat(40), files: files(3000) })
  expect((await list(9, null)).truncated).toBe(true)
})

test('a missing pull request is an error, not an empty diff', async () => {
  const result = await listPullFiles(clientFor(emu), {
    owner: 'acme',
    repo: 'rocket',
    pullNumber: 404,
    changedFiles: null
  })
  expect(result).toEqual({ ok: false, error: expect.stringContaining('pull request #404') })
})
