import { createClient, describeRequest, proxiedFetch, seconds } from '../../src/github/client.js'
import { httpStatus } from '../../src/github/errors.js'
import { GitHubEmulator, WRITE_TOKEN, secondaryRateLimit } from '../e2e/emulator.js'
import { LocalProxy } from '../e2e/proxy.js'
import { stopAndCheck } from './helpers.js'

let emu: GitHubEmulator
let log: string[]

beforeEach(async () => {
  emu = await GitHubEmulator.start()
  emu.addPull({ number: 1, headRef: 'x', headSha: 'e'.repeat(40) })
  log = []
})

afterEach(() => stopAndCheck(emu))

function client(options: { maxRateLimitRetries?: number; maxRateLimitWaitSeconds?: number } = {}) {
  return createClient(WRITE_TOKEN, {
    baseUrl: emu.url,
    unthrottled: true,
    log: m => log.push(m),
    ...options
  })
}

const getPull = (c: ReturnType<typeof client>) =>
  c.rest.pulls.get({ owner: 'acme', repo: 'rocket', pull_number: 1 })

function statuses(): number[] {
  return emu.requests.map(r => r.status)
}

test('retries server errors until one succeeds', async () => {
  emu.inject({ operation: 'pulls/get', status: 500, times: 2 })
  const response = await getPull(client())
  expect(response.data.number).toBe(1)
  expect(statuses()).toEqual([500, 500, 200])
  // Each retry is in the log with status, method, path, attempt and delay.
  expect(log).toEqual([
    'GitHub answered 500 to GET /repos/acme/rocket/pulls/1; retry 1 of 3 in 20 ms',
    'GitHub answered 500 to GET /repos/acme/rocket/pulls/1; retry 2 of 3 in 80 ms'
  ])
})

test('every request and its answer is a debug line', async () => {
  const debug: string[] = []
  emu.inject({ operation: 'pulls/get', status: 502 })
  await createClient(WRITE_TOKEN, {
    baseUrl: emu.url,
    unthrottled: true,
    debug: m => debug.push(m)
  }).rest.pulls.get({ owner: 'acme', repo: 'rocket', pull_number: 1 })
  expect(debug).toEqual([
    'GET /repos/acme/rocket/pulls/1: 502',
    'GET /repos/acme/rocket/pulls/1: 200'
  ])
})

test('delays and requests read in the log as a person writes them', () => {
  expect([20, 1000, 1500, 9000].map(seconds)).toEqual(['20 ms', '1 s', '1.5 s', '9 s'])
  expect(
    describeRequest({
      method: 'POST',
      url: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
      owner: 'acme',
      repo: 'rocket',
      issue_number: 12
    })
  ).toBe('POST /repos/acme/rocket/issues/12/comments')
  expect(
    describeRequest({
      method: 'GET',
      url: 'https://api.github.com/repositories/1/issues/12/comments?per_page=100&page=2'
    })
  ).toBe('GET /repositories/1/issues/12/comments')
})

test('gives up after three retries of a server error', async () => {
  emu.inject({ operation: 'pulls/get', status: 502, times: 10 })
  const err: unknown = await getPull(client()).catch((e: unknown) => e)
  expect(httpStatus(err)).toBe(502)
  expect(statuses()).toEqual([502, 502, 502, 502])
  expect(log.at(-1)).toBe(
    'GitHub answered 502 to GET /repos/acme/rocket/pulls/1; giving up after 3 retries'
  )
})

test('does not retry a client error', async () => {
  emu.inject({ operation: 'pulls/get', status: 404 })
  const err: unknown = await getPull(client()).catch((e: unknown) => e)
  expect(httpStatus(err)).toBe(404)
  expect(statuses()).toEqual([404])
  expect(log).toEqual([])
})

test('waits out a secondary rate limit for the time retry-after asks', async () => {
  emu.inject(secondaryRateLimit('pulls/get', 1))
  await getPull(client())
  expect(statuses()).toEqual([403, 200])
  expect(log).toEqual([
    'GitHub answered 403 (secondary rate limit) to GET /repos/acme/rocket/pulls/1; retry 1 of 3 in 1 s'
  ])
})

function primaryLimit(resetInSeconds: number) {
  emu.inject({
    operation: 'pulls/get',
    status: 403,
    message: 'API rate limit exceeded for installation ID 1.',
    headers: {
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + resetInSeconds)
    }
  })
}

test('retries a spent primary limit once x-ratelimit-reset has passed', async () => {
  primaryLimit(0)
  await getPull(client())
  expect(statuses()).toEqual([403, 200])
  // The reset is this second: the wait rounds to 0 or 1 s depending on where in the second the test runs.
  expect(log).toEqual([
    expect.stringMatching(
      /^GitHub answered 403 \(rate limit\) to GET \/repos\/acme\/rocket\/pulls\/1; retry 1 of 3 in [01] s$/
    )
  ])
})

test('takes the wait of a spent primary limit from x-ratelimit-reset', async () => {
  primaryLimit(20)
  const err: unknown = await getPull(client({ maxRateLimitWaitSeconds: 5 })).catch(
    (e: unknown) => e
  )
  expect(httpStatus(err)).toBe(403)
  expect(log).toEqual([expect.stringMatching(/waiting 2[01] s would exceed the 5 s allowed/)])
})

test('does not wait beyond the allowed total', async () => {
  emu.inject(secondaryRateLimit('pulls/get', 30))
  const err: unknown = await getPull(client({ maxRateLimitWaitSeconds: 10 })).catch(
    (e: unknown) => e
  )
  expect(httpStatus(err)).toBe(403)
  expect(statuses()).toEqual([403])
  expect(log[0]).toContain('would exceed the 10 s allowed')
})

test('stops after the allowed number of rate-limit retries', async () => {
  emu.inject({ ...secondaryRateLimit('pulls/get', 1), times: 5 })
  const err: unknown = await getPull(client({ maxRateLimitRetries: 1 })).catch((e: unknown) => e)
  expect(httpStatus(err)).toBe(403)
  expect(statuses()).toEqual([403, 403])
  expect(log.at(-1)).toContain('giving up after 1 retries')
})

describe('the proxy the runner names', () => {
  const names = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy']
  const saved = names.map(name => [name, process.env[name]] as const)
  afterEach(() => {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
  })
  const setProxy = (vars: Record<string, string>) => {
    for (const name of names) delete process.env[name]
    Object.assign(process.env, vars)
  }

  test('applies by scheme, except to loopback hosts and hosts NO_PROXY names', () => {
    setProxy({ HTTPS_PROXY: 'http://proxy.corp:3128' })
    expect(proxiedFetch('https://api.github.com')).toEqual(expect.any(Function))
    expect(proxiedFetch('http://ghe.corp/api/v3')).toBeNull()
    expect(proxiedFetch('https://127.0.0.1:8443')).toBeNull()
    setProxy({ HTTPS_PROXY: 'http://proxy.corp:3128', NO_PROXY: 'ghe.corp,.github.com' })
    expect(proxiedFetch('https://api.github.com')).toBeNull()
    expect(proxiedFetch('https://ghe.corp/api/v3')).toBeNull()
    expect(proxiedFetch('https://github.example.org')).toEqual(expect.any(Function))
    setProxy({})
    expect(proxiedFetch('https://api.github.com')).toBeNull()
  })

  test('a client whose API host only the proxy reaches goes through it', async () => {
    const proxy = await LocalProxy.start(Number(new URL(emu.url).port))
    try {
      setProxy({ HTTP_PROXY: proxy.url })
      const viaProxy = createClient(WRITE_TOKEN, {
        baseUrl: `http://api.github.invalid:${new URL(emu.url).port}`,
        unthrottled: true
      })
      const response = await getPull(viaProxy)
      expect(response.data.number).toBe(1)
      expect(proxy.seen).toEqual([
        expect.objectContaining({ target: expect.stringContaining('api.github.invalid:') })
      ])
    } finally {
      await proxy.stop()
    }
  })
})

test('the client sends the runner orchestration id in its user agent, and the API URL of the run', async () => {
  const seen: Array<{ url: string; agent: string | null }> = []
  const c = createClient(WRITE_TOKEN, {
    env: { GITHUB_API_URL: emu.url, ACTIONS_ORCHESTRATION_ID: 'run 7/job:1' },
    unthrottled: true
  })
  c.hook.before('request', options => {
    seen.push({ url: String(options.baseUrl), agent: options.headers['user-agent'] ?? null })
  })
  await getPull(c)
  expect(seen).toEqual([
    {
      url: emu.url,
      agent: expect.stringMatching(/^actions_orchestration_id\/run_7_job_1 octokit-core\.js\//)
    }
  ])
})
