// The octokit the action talks to GitHub with: retries on 5xx, waits out rate
// limits within a bounded total, and is handed to every github/ function as a
// parameter so the tests can point it at a local emulator.
//
// It is assembled here rather than taken from @actions/github, which sends
// every request through a bundled copy of undici: loading that costs each run
// tens of milliseconds before its first line. The requests go over node:http
// and node:https instead (node-fetch.ts), and undici is loaded only when a
// proxy applies (below).
import { getProxyUrl } from '@actions/http-client/lib/proxy'
import { Octokit } from '@octokit/core'
import { paginateRest } from '@octokit/plugin-paginate-rest'
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods'
import { retry } from '@octokit/plugin-retry'
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling'
import { httpStatus } from './errors.js'
import { nodeFetch, type OctokitFetch } from './node-fetch.js'
import { errorText } from '../error-text.js'

const GitHub = Octokit.plugin(restEndpointMethods, paginateRest)

export type GitHubClient = InstanceType<typeof GitHub>

export interface ClientOptions {
  /** REST root; default GITHUB_API_URL, else https://api.github.com. */
  baseUrl?: string
  /** Where GITHUB_API_URL and ACTIONS_ORCHESTRATION_ID are read; default process.env. */
  env?: Readonly<Record<string, string | undefined>>
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
  /** Where retries and rate-limit waits are reported (the step log). */
  log?: (message: string) => void
  /** Where every request and its answer is reported (debug lines of the step log). */
  debug?: (message: string) => void
}

/** Environment variable that turns on `unthrottled`; for the test suite only. */
export const UNTHROTTLED_ENV = 'SWARM_REPORT_UNTHROTTLED'

// GitHub answers 4xx for requests that will fail the same way again. The list
// replaces the plugin's default one, so it repeats it; 429 is added because the
// throttling plugin owns rate-limit answers.
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451]
const RETRIES = 3
const RETRY_BASE_MS = 1000
const RETRY_BASE_MS_UNTHROTTLED = 20

/** The request options octokit hands to hooks: a route template and its parameters. */
interface RouteOptions {
  method: string
  url: string
  [parameter: string]: unknown
}

/** How many retries the retry plugin has made of this request so far. */
function retriesSoFar(route: RouteOptions): number {
  const request = route['request']
  if (typeof request !== 'object' || request === null) return 0
  const count = (request as { retryCount?: unknown }).retryCount
  return typeof count === 'number' ? count : 0
}

/** `POST /repos/acme/rocket/issues/12/comments`: the template filled in, host and query left out. */
export function describeRequest(options: RouteOptions): string {
  const path = options.url.replace(/\{([^}]+)\}/g, (whole, name: string) => {
    const value = options[name]
    return typeof value === 'string' || typeof value === 'number' ? String(value) : whole
  })
  // Pagination follows the `link` header, whose URLs are absolute: keep the path.
  const relative = /^https?:\/\//.test(path) ? new URL(path).pathname : path
  return `${options.method} ${relative.split('?')[0] ?? relative}`
}

/** `4 s`, `1.5 s`, `20 ms`: a delay as the log shows it. */
export function seconds(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Number((ms / 1000).toFixed(1))} s`
}

/**
 * The retry plugin decides a 5xx retry inside its hooks and says nothing; this
 * plugin goes first, so its hook is the innermost and sees every attempt's
 * answer. It logs each request (debug), each retry the retry plugin is about to
 * make (same rule and back-off as the plugin), and remembers the status of a
 * rate-limited answer for the throttling callbacks, which are not given it.
 */
function attemptLog(options: {
  log: (message: string) => void
  debug: (message: string) => void
  retryBaseMs: number
  lastStatus: WeakMap<object, number>
}) {
  return (octokit: Octokit): void => {
    octokit.hook.wrap('request', async (request, route) => {
      const what = describeRequest(route)
      try {
        const response = await request(route)
        options.debug(`${what}: ${response.status}`)
        return response
      } catch (err) {
        const status = httpStatus(err)
        options.debug(`${what}: ${status ?? errorText(err)}`)
        if (status !== null) options.lastStatus.set(route, status)
        if (status !== null && status >= 400 && !DO_NOT_RETRY.includes(status)) {
          const done = retriesSoFar(route)
          options.log(
            done < RETRIES
              ? `GitHub answered ${status} to ${what}; retry ${done + 1} of ${RETRIES} in ${seconds((done + 1) ** 2 * options.retryBaseMs)}`
              : `GitHub answered ${status} to ${what}; giving up after ${RETRIES} retries`
          )
        }
        throw err
      }
    })
  }
}

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
  const debug = options.debug ?? (() => undefined)
  const lastStatus = new WeakMap<object, number>()
  const retryBaseMs = options.unthrottled ? RETRY_BASE_MS_UNTHROTTLED : RETRY_BASE_MS
  let waited = 0

  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: RouteOptions, _octokit: unknown, retryCount: number): boolean => {
      const answered = `GitHub answered ${lastStatus.get(request) ?? 'a rate limit'} (${kind}) to ${describeRequest(request)}`
      if (retryCount >= maxRetries) {
        log(`${answered}; giving up after ${retryCount} retries`)
        return false
      }
      if (waited + retryAfter > maxWait) {
        log(
          `${answered}; waiting ${retryAfter} s would exceed the ${maxWait} s allowed for rate limits, so no retry`
        )
        return false
      }
      waited += retryAfter
      log(`${answered}; retry ${retryCount + 1} of ${maxRetries} in ${retryAfter} s`)
      return true
    }

  const throttle: ThrottlingOptions = {
    onRateLimit: onLimit('rate limit'),
    onSecondaryRateLimit: onLimit('secondary rate limit'),
    ...(options.unthrottled
      ? { write: passThroughLimiter(), notifications: passThroughLimiter() }
      : {})
  }
  const env = options.env ?? process.env
  const baseUrl = options.baseUrl || env['GITHUB_API_URL'] || 'https://api.github.com'
  const userAgent = orchestrationTag(env['ACTIONS_ORCHESTRATION_ID'])
  const fetch: OctokitFetch | Fetch = proxiedFetch(baseUrl) ?? nodeFetch
  const Client = GitHub.plugin(
    attemptLog({ log, debug, retryBaseMs, lastStatus }),
    retry,
    throttling
  )
  return new Client({
    baseUrl,
    auth: `token ${token}`,
    ...(userAgent ? { userAgent } : {}),
    request: { fetch },
    retry: { doNotRetry: DO_NOT_RETRY, retries: RETRIES, retryAfterBaseValue: retryBaseMs },
    throttle
  })
}

/**
 * The runner's orchestration id as a user-agent word, as the Actions toolkit
 * sends it, so that GitHub can tie the requests to the job.
 */
function orchestrationTag(id: string | undefined): string | null {
  const trimmed = id?.trim()
  return trimmed ? `actions_orchestration_id/${trimmed.replace(/[^a-z0-9_.-]/gi, '_')}` : null
}

type Fetch = typeof globalThis.fetch

/**
 * A fetch through the proxy the runner's variables name for this URL
 * (HTTPS_PROXY or HTTP_PROXY, unless NO_PROXY matches; the rules of the Actions
 * toolkit), or null when none applies and the request goes direct. Node's
 * fetch honours those variables only when the process starts with
 * NODE_USE_ENV_PROXY, which an action cannot set, so a proxied request goes
 * through undici's ProxyAgent; undici is a chunk of its own, loaded by the
 * first request that needs it.
 */
export function proxiedFetch(url: string): Fetch | null {
  const proxy = getProxyUrl(new URL(url))
  if (!proxy?.hostname) return null
  let loaded: Promise<Fetch> | null = null
  const load = async (): Promise<Fetch> => {
    const undici = await import('undici')
    const user = proxy.username || proxy.password
    // As the toolkit builds it: one request per connection, credentials from the URL.
    const dispatcher = new undici.ProxyAgent({
      uri: proxy.href,
      pipelining: 0,
      ...(user
        ? {
            token: `Basic ${Buffer.from(`${proxy.username}:${proxy.password}`).toString('base64')}`
          }
        : {})
    })
    return (input, init) => undici.fetch(input, { ...init, dispatcher })
  }
  return async (input, init) => (await (loaded ??= load()))(input, init)
}
