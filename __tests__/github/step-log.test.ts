import { changedLines, targetLines, verdictLines } from '../../src/github/step-log.js'
import { readInputs } from '../../src/github/inputs.js'
import type { PublishTarget } from '../../src/github/context.js'
import type { ChangedFiles } from '../../src/model.js'
import { run, track } from '../../__fixtures__/render/build.js'

function inputs(values: Record<string, string> = {}) {
  const read = readInputs(name => values[name] ?? (name === 'github-token' ? 't' : ''))
  if (!read.ok) throw new Error(read.error)
  return read.value
}

const PR_TARGET: PublishTarget = {
  headSha: 'a'.repeat(40),
  pullRequest: {
    number: 7,
    headSha: 'a'.repeat(40),
    headRef: 'patch-1',
    headRepo: 'fan/rocket',
    baseRepo: 'acme/rocket',
    changedFiles: 1
  },
  commentAllowed: true,
  notice: null,
  how: 'from the pull_request event payload'
}

const changed = (...paths: string[]): ChangedFiles => ({
  files: paths.map(path => ({
    path,
    status: 'modified' as const,
    previousPath: null,
    additions: null,
    deletions: null
  })),
  truncated: false,
  source: 'pull request #7'
})

const TRACKS = ['swarm/tracks/a', 'swarm/tracks/b']

test('the pull request line says which one, from where, and how it was found', () => {
  expect(targetLines(PR_TARGET)).toEqual([
    'Pull request #7 (from fan/rocket), found from the pull_request event payload',
    `Head: patch-1 at ${'a'.repeat(40)}`,
    'GitHub counts 1 changed file'
  ])
})

test('changed-only names the tracks it keeps, and says when it keeps all', () => {
  const some = changedLines(inputs(), PR_TARGET, changed('swarm/tracks/b/plan.md'), TRACKS, [
    'swarm/tracks/b'
  ])
  expect(some).toEqual([
    '1 changed file from pull request #7',
    'Diff check: on',
    'Reporting 1 of 2 tracks, those with changed files (changed-only):',
    '  swarm/tracks/b'
  ])
  const none = changedLines(inputs(), PR_TARGET, changed('README.md'), TRACKS, TRACKS)
  expect(none.at(-1)).toBe(
    'Reporting all 2 tracks (changed-only found none with changed files, and then reports all)'
  )
})

test('why no changed files were read', () => {
  const off = inputs({ 'diff-check': 'false', 'changed-only': 'false' })
  expect(changedLines(off, PR_TARGET, null, TRACKS, TRACKS)[0]).toBe(
    'Changed files not read: diff-check and changed-only are both false'
  )
  const noPr = { ...PR_TARGET, pullRequest: null }
  expect(changedLines(inputs(), noPr, null, TRACKS, TRACKS)).toEqual([
    'Changed files not read: no pull request to read them from',
    'Diff check: off (no changed files)',
    'Reporting all 2 tracks: no changed files to select by'
  ])
})

test('each track shows its verdict with every reason', () => {
  const failing = track('t1', {
    verdict: { conclusion: 'failure', reasons: ['1 task is blocked (T03).', 'Gate Shrink fails.'] }
  })
  const lines = verdictLines({ ...run(failing), conclusion: 'failure' })
  expect(lines[0]).toMatch(/^t1: failure \(/)
  expect(lines).toContain('  - 1 task is blocked (T03).')
  expect(lines).toContain('  - Gate Shrink fails.')
  expect(lines.at(-1)).toBe('Overall verdict: failure')
})
