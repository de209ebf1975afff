import { explain, httpStatus } from '../../src/github/errors.js'

/** The shape of octokit's RequestError: a status and GitHub's JSON answer. */
function requestError(status: number, message: string): Error {
  return Object.assign(new Error(`${message} - https://docs.github.com/rest`), {
    status,
    response: { status, url: 'https://api.github.com/x', headers: {}, data: { message } }
  })
}

test('a refusal names the permission the token lacks', () => {
  expect(
    explain(
      requestError(403, 'Resource not accessible by integration'),
      'create the comment',
      'pull-requests: write'
    )
  ).toBe(
    "could not create the comment: GitHub answered 403 (Resource not accessible by integration). The token needs `pull-requests: write`: add it to the workflow's `permissions:` block."
  )
})

test('a 404 on a scoped write explains that GitHub hides what the token cannot see', () => {
  expect(
    explain(requestError(404, 'Not Found'), 'update the check run', 'checks: write')
  ).toContain('`checks: write`')
})

test('a rate limit is not blamed on permissions', () => {
  const text = explain(
    requestError(403, 'You have exceeded a secondary rate limit.'),
    'create the comment',
    'pull-requests: write'
  )
  expect(text).toContain('rate-limiting')
  expect(text).not.toContain('permissions')
})

test('bad credentials and server errors get their own advice', () => {
  expect(explain(requestError(401, 'Bad credentials'), 'list comments')).toContain(
    'github-token input'
  )
  expect(explain(requestError(503, 'Unavailable'), 'list comments')).toContain('re-run the job')
})

test('anything that is not an HTTP error keeps its message', () => {
  expect(explain(new Error('socket hang up'), 'list comments')).toBe(
    'could not list comments: socket hang up.'
  )
  expect(httpStatus(new Error('x'))).toBeNull()
  expect(httpStatus(requestError(422, 'Validation Failed'))).toBe(422)
})
