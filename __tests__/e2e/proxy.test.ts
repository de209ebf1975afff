// End to end behind a proxy: the built bundle with the runner's proxy
// variables, against the emulator reached through a local forward proxy. The
// API host does not resolve (.invalid), so a run that reaches GitHub at all
// went through the proxy.
import { GitHubEmulator, WRITE_TOKEN } from './emulator.js'
import { pullRequestEvent } from './events.js'
import { FIXTURE_WORKSPACE, runAction, type ActionRun } from './harness.js'
import { LocalProxy } from './proxy.js'

const HEAD = '4e1f0c2a9b8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f'
const PR = 12
const HOST = 'api.github.invalid'

let emu: GitHubEmulator
let proxy: LocalProxy

beforeEach(async () => {
  emu = await GitHubEmulator.start()
  emu.addPull({ number: PR, headRef: 'quota', headSha: HEAD, files: [] })
  proxy = await LocalProxy.start(Number(new URL(emu.url).port))
})

afterEach(async () => {
  const violations = [...emu.violations]
  await proxy.stop()
  await emu.stop()
  expect(violations).toEqual([])
})

function run(apiUrl: string, env: Record<string, string>): Promise<ActionRun> {
  return runAction({
    apiUrl,
    repository: emu.fullName,
    eventName: 'pull_request',
    payload: pullRequestEvent(emu, { number: PR, headSha: HEAD, headRef: 'quota' }),
    workspace: FIXTURE_WORKSPACE,
    inputs: { 'github-token': WRITE_TOKEN },
    env
  })
}

const withCredentials = (url: string) => url.replace('http://', 'http://octo:s%3Acret@')

test('HTTP_PROXY carries every request to an http API, with the credentials its URL holds', async () => {
  const apiUrl = `http://${HOST}:${new URL(emu.url).port}`
  const result = await run(apiUrl, { HTTP_PROXY: withCredentials(proxy.url) })
  expect({ code: result.code, errors: result.errors, stderr: result.stderr }).toEqual({
    code: 0,
    errors: [],
    stderr: ''
  })
  expect(emu.commentsOn(PR)).toHaveLength(1)
  expect(emu.checkRuns).toHaveLength(1)
  expect(proxy.seen.length).toBeGreaterThanOrEqual(1)
  const basic = `Basic ${Buffer.from('octo:s:cret').toString('base64')}`
  for (const seen of proxy.seen) {
    expect(seen.target).toContain(`${HOST}:`)
    expect(seen.authorization).toBe(basic)
  }
})

test('HTTPS_PROXY is where an https API is tunnelled to; HTTP_PROXY is not used for it', async () => {
  const unused = await LocalProxy.start(Number(new URL(emu.url).port))
  try {
    // The tunnel ends at the plain-HTTP emulator, so TLS fails: the run fails,
    // having asked the proxy, and only that proxy, for the API host.
    const result = await run(`https://${HOST}`, {
      HTTPS_PROXY: proxy.url,
      HTTP_PROXY: unused.url
    })
    expect(result.code).toBe(1)
    expect(proxy.seen.length).toBeGreaterThanOrEqual(1)
    for (const seen of proxy.seen)
      expect(seen).toMatchObject({ method: 'CONNECT', target: `${HOST}:443` })
    expect(unused.seen).toEqual([])
  } finally {
    await unused.stop()
  }
})

test('NO_PROXY naming the API host sends nothing to the proxy', async () => {
  const apiUrl = `http://${HOST}:${new URL(emu.url).port}`
  const result = await run(apiUrl, {
    HTTP_PROXY: proxy.url,
    HTTPS_PROXY: proxy.url,
    NO_PROXY: 'example.com, github.invalid'
  })
  // Direct, the host does not resolve: the run fails without reaching GitHub.
  expect(result.code).toBe(1)
  expect(result.errors.join('\n')).toContain(HOST)
  expect(proxy.seen).toEqual([])
  expect(emu.requests).toEqual([])
})
