import type { PublishTarget, RunEnvironment } from '../../src/github/context.js'
import { neededScopes, readOnlyReason, readOnlyWarning } from '../../src/github/permissions.js'

function run(eventName: string, actor: string | null = 'someone'): RunEnvironment {
  return {
    eventName,
    payload: {},
    owner: 'acme',
    repo: 'rocket',
    sha: '',
    ref: '',
    runId: 1,
    runAttempt: 1,
    serverUrl: 'https://github.com',
    actor
  }
}

function target(headRepo: string | null): PublishTarget {
  return {
    headSha: 'a'.repeat(40),
    commentAllowed: true,
    notice: null,
    how: 'from the pull_request event payload',
    pullRequest: {
      number: 7,
      headSha: 'a'.repeat(40),
      headRef: 'x',
      headRepo,
      baseRepo: 'acme/rocket',
      changedFiles: 1
    }
  }
}

test('a pull_request from a fork has a read-only token', () => {
  expect(readOnlyReason(run('pull_request'), target('fan/rocket'))).toContain('the fork fan/rocket')
  expect(readOnlyReason(run('pull_request'), target(null))).toContain('a deleted fork')
})

test('a pull_request from the same repository can write', () => {
  expect(readOnlyReason(run('pull_request'), target('acme/rocket'))).toBeNull()
})

test('pull_request_target and workflow_run get a write token even for forks', () => {
  expect(readOnlyReason(run('pull_request_target'), target('fan/rocket'))).toBeNull()
  expect(readOnlyReason(run('workflow_run'), target('fan/rocket'))).toBeNull()
})

test('Dependabot pull requests have a read-only token', () => {
  expect(readOnlyReason(run('pull_request', 'dependabot[bot]'), target('acme/rocket'))).toContain(
    'Dependabot'
  )
})

test('the warning names exactly the permissions the enabled outputs need, and the recipe', () => {
  const both = readOnlyWarning('a reason', neededScopes({ comment: true, checkRun: true }))
  expect(both).toContain('`pull-requests: write` and `checks: write`')
  expect(both).toContain('workflow_run')
  const checkOnly = readOnlyWarning('a reason', neededScopes({ comment: false, checkRun: true }))
  expect(checkOnly).toContain('`checks: write`')
  expect(checkOnly).not.toContain('pull-requests')
})
