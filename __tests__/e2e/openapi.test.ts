// The emulator's checks are only as good as the description they use: it must
// be valid OpenAPI, cover every call the action makes, and catch bad traffic.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { OpenAPIBackend, type Document } from 'openapi-backend'
import { createClient } from '../../src/github/client.js'
import { addFormats, GitHubEmulator, WRITE_TOKEN } from './emulator.js'
import { cleanup, ROOT, scratch } from './harness.js'

const SPEC = join(ROOT, '__fixtures__', 'openapi', 'github-trimmed.json')

function description(): Document {
  return JSON.parse(readFileSync(SPEC, 'utf8')) as Document
}

test('the trimmed description is a valid OpenAPI document', async () => {
  const api = new OpenAPIBackend({
    definition: description(),
    strict: true,
    customizeAjv: addFormats
  })
  await expect(api.init()).resolves.toBe(api)
})

test('it describes every REST call made under src/github', () => {
  const client = createClient('t', { baseUrl: 'http://127.0.0.1:9' })
  const dir = join(ROOT, 'src', 'github')
  const calls = new Set<string>()
  for (const file of readdirSync(dir)) {
    const text = readFileSync(join(dir, file), 'utf8')
    for (const m of text.matchAll(/\.rest\.(\w+)\.(\w+)/g)) calls.add(`${m[1]}.${m[2]}`)
  }
  expect(calls.size).toBeGreaterThanOrEqual(10)
  const paths = (description() as { paths: Record<string, Record<string, unknown>> }).paths
  for (const call of calls) {
    const [scope = '', method = ''] = call.split('.')
    const group = client.rest[scope as keyof typeof client.rest] as unknown as Record<
      string,
      { endpoint: { DEFAULTS: { method: string; url: string } } }
    >
    const defaults = group[method]?.endpoint.DEFAULTS
    expect(defaults).toBeDefined()
    if (!defaults) continue
    expect({
      call,
      described: paths[defaults.url]?.[defaults.method.toLowerCase()] !== undefined
    }).toEqual({
      call,
      described: true
    })
  }
})

describe('the emulator', () => {
  let emu: GitHubEmulator
  beforeEach(async () => {
    emu = await GitHubEmulator.start()
  })
  afterEach(() => emu.stop())

  test('records a request GitHub would refuse', async () => {
    const client = createClient(WRITE_TOKEN, { baseUrl: emu.url, unthrottled: true })
    const annotations = Array.from({ length: 51 }, (_, i) => ({
      path: 'a.md',
      start_line: i + 1,
      end_line: i + 1,
      annotation_level: 'notice' as const,
      message: 'm'
    }))
    await expect(
      client.rest.checks.create({
        owner: 'acme',
        repo: 'rocket',
        name: 'x',
        head_sha: 'a'.repeat(40),
        output: { title: 't', summary: 's', annotations }
      })
    ).rejects.toMatchObject({ status: 422 })
    expect(emu.violations).toEqual([
      expect.stringContaining('request does not match the description')
    ])
  })

  test('records a call to an operation outside the description', async () => {
    const client = createClient(WRITE_TOKEN, { baseUrl: emu.url, unthrottled: true })
    await expect(client.rest.repos.get({ owner: 'acme', repo: 'rocket' })).rejects.toMatchObject({
      status: 404
    })
    expect(emu.violations).toEqual([
      expect.stringContaining('not an operation the action is known to call')
    ])
  })

  test('refuses an unknown token', async () => {
    const client = createClient('ghs_nobody', { baseUrl: emu.url, unthrottled: true })
    emu.addPull({ number: 1, headRef: 'x', headSha: 'a'.repeat(40) })
    await expect(
      client.rest.pulls.get({ owner: 'acme', repo: 'rocket', pull_number: 1 })
    ).rejects.toMatchObject({
      status: 401
    })
  })
})

test('the trim script keeps the operations asked for and everything they reference', () => {
  const dir = scratch('openapi')
  try {
    const pkg = join(dir, 'pkg')
    mkdirSync(join(pkg, 'generated'), { recursive: true })
    writeFileSync(join(pkg, 'package.json'), JSON.stringify({ version: '0.0.1' }))
    const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })
    const op = (schema: unknown) => ({
      operationId: 'x',
      description: 'long prose',
      responses: { '200': { description: 'Response', content: { 'application/json': { schema } } } }
    })
    const spec = {
      openapi: '3.0.3',
      info: { title: 'GitHub', version: '1' },
      paths: Object.fromEntries(
        [
          ['/repos/{owner}/{repo}/issues/{issue_number}/comments', ['get', 'post']],
          ['/repos/{owner}/{repo}/issues/comments/{comment_id}', ['patch', 'delete']],
          ['/repos/{owner}/{repo}/commits/{ref}/check-runs', ['get']],
          ['/repos/{owner}/{repo}/check-runs', ['post']],
          ['/repos/{owner}/{repo}/check-runs/{check_run_id}', ['patch']],
          ['/repos/{owner}/{repo}/pulls', ['get']],
          ['/repos/{owner}/{repo}/pulls/{pull_number}', ['get']],
          ['/repos/{owner}/{repo}/pulls/{pull_number}/files', ['get']],
          ['/repos/{owner}/{repo}/commits/{commit_sha}/pulls', ['get']],
          ['/unused', ['get']]
        ].map(([path, methods]) => [
          path,
          Object.fromEntries(
            (methods as string[]).map(m => [
              m,
              op(path === '/unused' ? ref('unused') : ref('comment'))
            ])
          )
        ])
      ),
      components: {
        schemas: {
          comment: {
            type: 'object',
            description: 'prose',
            properties: { description: ref('user'), body: { type: 'string' } }
          },
          user: {
            type: 'object',
            properties: { state: { type: 'string', nullable: true, enum: ['a', 'b'] } }
          },
          unused: { type: 'object' }
        }
      }
    }
    writeFileSync(join(pkg, 'generated', 'api.github.com.json'), JSON.stringify(spec))
    const out = join(dir, 'trimmed.json')
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'trim-openapi.mjs'), pkg, out])
    const trimmed = JSON.parse(readFileSync(out, 'utf8')) as {
      paths: Record<
        string,
        Record<
          string,
          { description?: string; responses: Record<string, { description?: string }> }
        >
      >
      components: {
        schemas: Record<string, { description?: unknown; properties?: Record<string, unknown> }>
      }
    }
    expect(Object.keys(trimmed.paths)).not.toContain('/unused')
    expect(Object.keys(trimmed.components.schemas).sort()).toEqual(['comment', 'user'])
    // Prose goes, except a Response Object's description (required) and a field named description.
    const get = trimmed.paths['/repos/{owner}/{repo}/pulls']?.['get']
    expect(get?.description).toBeUndefined()
    expect(get?.responses['200']?.description).toBe('Response')
    expect(trimmed.components.schemas['comment']?.description).toBeUndefined()
    expect(trimmed.components.schemas['comment']?.properties?.['description']).toEqual(ref('user'))
    expect(trimmed.components.schemas['user']?.properties?.['state']).toEqual({
      type: 'string',
      nullable: true,
      enum: ['a', 'b', null]
    })
  } finally {
    cleanup(dir)
  }
})
