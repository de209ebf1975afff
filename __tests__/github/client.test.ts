import { createClient } from '../../src/github/client.js'
import { httpStatus } from '../../src/github/errors.js'
import { GitHubEmulator, WRITE_TOKEN, secondaryRateLimit } from '../e2e/emulator.js'
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
})

test('gives up after three retries of a server error', async () => {
  emu.inject({ operation: 'pulls/get', status: 502, times: 10 })
  const err: unknown = await getPull(client()).catch((e: unknown) => e)
  expect(httpStatus(err)).toBe(502)
  expect(statuses()).toEqual([502, 502, 502, 502])
})

test('does not retry a client error', async () => {
  emu.inject({ operation: 'pulls/get', status: 404 })
  const err: unknown = await getPull(client()).catch((e: unknown) => e)
  expect(httpStatus(err)).toBe(404)
  expect(statuses()).toEqual([404])
})

test('waits out a secondary rate limit for the time retry-after asks', async () => {
  emu.inject(secondaryRateLimit('pulls/get', 1))
  await getPull(client())
  expect(statuses()).toEqual([403, 200])
  expect(log).toEqual([
    expect.stringMatching(/^GitHub secondary rate limit on GET .*: retrying in 1s$/)
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
  expect(log).toEqual([expect.stringMatching(/^GitHub rate limit on GET .*: retrying in [01]s$/)])
})

test('takes the wait of a spent primary limit from x-ratelimit-reset', async () => {
  primaryLimit(20)
  const err: unknown = await getPull(client({ maxRateLimitWaitSeconds: 5 })).catch(
    (e: unknown) => e
  )
  expect(httpStatus(err)).toBe(403)
  expect(log).toEqual([expect.stringMatching(/waiting 2[01]s would exceed the 5s allowed/)])
})

test('does not wait beyond the allowed total', async () => {
  emu.inject(secondaryRateLimit('pulls/get', 30))
  const err: unknown = await getPull(client({ maxRateLimitWaitSeconds: 10 })).catch(
    (e: unknown) => e
  )
  expect(httpStatus(err)).toBe(403)
  expect(statuses()).toEqual([403])
  expect(log[0]).toContain('would exceed the 10s allowed')
})

test('stops after the allowed number of rate-limit retries', async () => {
  emu.inject({ ...secondaryRateLimit('pulls/get', 1), times: 5 })
  const err: unknown = await getPull(client({ maxRateLimitRetries: 1 })).catch((e: unknown) => e)
  expect(httpStatus(err)).toBe(403)
  expect(statuses()).toEqual([403, 403])
  expect(log.at(-1)).toContain('giving up after 1 retries')
})
