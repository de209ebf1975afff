// The octokit the action talks to GitHub with: retries on 5xx, waits out rate
// limits within a bounded total, and is handed to every github/ function as a
// parameter so the tests can point it at a local emulator.
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling'

export type GitHubClient = ReturnType<typeof getOctokit>

export interface ClientOptions {
  /** REST root; default GITHUB_API_URL, else https://api.github.com. */
  baseUrl?: string
  /** Rate-limit retries per request. */
  maxRateLimitRetries?: number
  /** Seconds the whole run may spend waiting out rate limits. */
  maxRateLimitWaitSeconds?: number
  /**
   * Test-only: drop the spacing the throttling plugin puts between writes (one
   * second, three for comments) and shorten the 5xx back-off, so a test run does
   * not wait seconds per write. Rate-limit answers are still honoured.
   */
  unthrottled?: boolean
  /** Where retry decisions are reported (a warning in the job log). */
  log?: (message: string) => void
}

/** Environment variable that turns on `unthrottled`; for the test suite only. */
export const UNTHROTTLED_ENV = 'SWARM_REPORT_UNTHROTTLED'

// GitHub answers 4xx for requests that will fail the same way again. The list
// replaces the plugin's default one, so it repeats it; 429 is added because the
// throttling plugin owns rate-limit answers.
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451]

type Limiter = NonNullable<Extract<ThrottlingOptions, { onRateLimit: unknown }>['write']>

/** Runs every job at once; stands in for the plugin's spaced write queues. */
function passThroughLimiter(): Limiter {
  const job = {
    schedule: (...args: unknown[]): Promise<unknown> => {
      const [first, ...rest] = args
      const [fn, ...fnArgs] = typeof first === 'function' ? [first, ...rest] : rest
      return Promise.resolve((fn as (...a: unknown[]) => unknown)(...fnArgs))
    }
  }
  return { key: () => job } as unknown as Limiter
}

export function createClient(token: string, options: ClientOptions = {}): GitHubClient {
  const maxRetries = options.maxRateLimitRetries ?? 3
  const maxWait = options.maxRateLimitWaitSeconds ?? 120
  const log = options.log ?? (() => undefined)
  let waited = 0

  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      request: { method: string; url: string },
      _octokit: unknown,
      retryCount: number
    ): boolean => {
      const what = `${request.method} ${request.url}`
      if (retryCount >= maxRetries) {
        log(`GitHub ${kind} on ${what}: giving up after ${retryCount} retries`)
        return false
      }
      if (waited + retryAfter > maxWait) {
        log(
          `GitHub ${kind} on ${what}: waiting ${retryAfter}s would exceed the ${maxWait}s allowed for rate limits; giving up`
        )
        return false
      }
      waited += retryAfter
      log(`GitHub ${kind} on ${what}: retrying in ${retryAfter}s`)
      return true
    }

  const throttle: ThrottlingOptions = {
    onRateLimit: onLimit('rate limit'),
    onSecondaryRateLimit: onLimit('secondary rate limit'),
    ...(options.unthrottled
      ? { write: passThroughLimiter(), notifications: passThroughLimiter() }
      : {})
  }
  return getOctokit(
    token,
    {
      ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
      retry: {
        doNotRetry: DO_NOT_RETRY,
        retries: 3,
        ...(options.unthrottled ? { retryAfterBaseValue: 20 } : {})
      },
      throttle
    },
    retry,
    throttling
  )
}
