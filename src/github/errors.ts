// Turns a failed GitHub request into a sentence a person can act on: what the
// action was doing, what GitHub answered, and for a refusal the permission the
// workflow's token lacks.

/** A workflow `permissions:` entry the action may need. */
export type Scope = 'pull-requests: write' | 'checks: write' | 'pull-requests: read'

/** The HTTP status of an octokit RequestError, or null for anything else. */
export function httpStatus(err: unknown): number | null {
  if (typeof err !== 'object' || err === null || !('status' in err)) return null
  const status = (err as { status: unknown }).status
  return typeof status === 'number' ? status : null
}

function githubMessage(err: unknown): string {
  if (typeof err !== 'object' || err === null) return String(err)
  const data = (err as { response?: { data?: unknown } }).response?.data
  if (typeof data === 'object' && data !== null && 'message' in data) {
    const message = (data as { message: unknown }).message
    if (typeof message === 'string' && message !== '') return message
  }
  return err instanceof Error ? (err.message.split(' - ')[0] ?? err.message) : String(err)
}

/**
 * `could not create the pull-request comment: GitHub answered 403 (Resource not
 * accessible by integration). The token needs `pull-requests: write` ...`
 */
export function explain(err: unknown, doing: string, scope: Scope | null = null): string {
  const status = httpStatus(err)
  const answer =
    status === null ? githubMessage(err) : `GitHub answered ${status} (${githubMessage(err)})`
  let advice = ''
  if (status === 401) {
    advice = ' The token is invalid or expired: check the github-token input.'
  } else if (status === 403 && /rate limit/i.test(githubMessage(err))) {
    advice = ' GitHub kept rate-limiting the request; re-run the job later.'
  } else if ((status === 403 || status === 404) && scope !== null) {
    advice = ` The token needs \`${scope}\`: add it to the workflow's \`permissions:\` block${
      status === 404 ? ' (GitHub answers 404 when the token cannot see the resource)' : ''
    }.`
  } else if (status !== null && status >= 500) {
    advice = ' GitHub failed after retries; re-run the job.'
  }
  return `could not ${doing}: ${answer}.${advice}`
}

/**
 * A write refused because the token lacks the permission: GitHub's answer to a
 * GITHUB_TOKEN whose `permissions:` leave the scope out. The run is then
 * treated as read-only, as a fork's is, instead of failing on it.
 */
export function isNotAccessible(err: unknown): boolean {
  return (
    httpStatus(err) === 403 && /resource not accessible by integration/i.test(githubMessage(err))
  )
}

/** A failed write says whether the token was refused the permission. */
export type WriteResult<T> = { ok: true; value: T } | { ok: false; error: string; denied: boolean }
