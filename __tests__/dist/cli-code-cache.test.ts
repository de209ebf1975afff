// The built CLI keeps V8 code between runs (src/cli/code-cache.ts): the first
// run of a report writes it, later runs use it, and none of that changes what
// the CLI prints.
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT } from '../e2e/root.js'

const TRACK = join(ROOT, 'examples', 'swarm', 'tracks', '2026-03-02-001')

let cacheRoot: string
beforeEach(() => {
  cacheRoot = mkdtempSync(join(tmpdir(), 'swarm-cli-cache-'))
})
afterEach(() => rmSync(cacheRoot, { recursive: true, force: true }))

function cli(args: string[], env: NodeJS.ProcessEnv = { NODE_COMPILE_CACHE: cacheRoot }) {
  const { NODE_COMPILE_CACHE: _, NODE_DISABLE_COMPILE_CACHE: __, ...rest } = process.env
  const run = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.cjs'), ...args], {
    encoding: 'utf8',
    env: { ...rest, ...env },
    timeout: 30000
  })
  return { status: run.status, stdout: run.stdout, stderr: run.stderr }
}

const cacheFiles = () => {
  try {
    return readdirSync(join(cacheRoot, 'swarm-report'))
  } catch {
    return []
  }
}

test('the first report writes the cache, the next ones run from it and print the same', () => {
  const plain = cli([TRACK, '--format', 'json'], { NODE_DISABLE_COMPILE_CACHE: '1' })
  expect(plain.stdout).toContain('"conclusion"')

  const first = cli([TRACK, '--format', 'json'])
  expect(first).toEqual(plain)
  const files = cacheFiles()
  expect(files).toHaveLength(1)
  const cache = join(cacheRoot, 'swarm-report', files[0] ?? '')
  const written = statSync(cache)

  const second = cli([TRACK, '--format', 'json'])
  expect(second).toEqual(plain)
  // Used, so not written again: the file is the same one.
  expect(statSync(cache).ino).toBe(written.ino)
  expect(cli([TRACK, '--format', 'markdown'])).toEqual(
    cli([TRACK, '--format', 'markdown'], { NODE_DISABLE_COMPILE_CACHE: '1' })
  )
})

test('a report of another kind writes the cache again, once, and output stays the same', () => {
  // The JSON run compiles no markdown renderer; the markdown run that follows does.
  cli([TRACK, '--format', 'json'])
  const [name] = cacheFiles()
  const cache = join(cacheRoot, 'swarm-report', name ?? '')
  const fromJson = statSync(cache)

  const markdown = cli([TRACK, '--format', 'markdown'])
  expect(markdown).toEqual(cli([TRACK, '--format', 'markdown'], { NODE_DISABLE_COMPILE_CACHE: '1' }))
  const both = statSync(cache)
  expect(both.ino).not.toBe(fromJson.ino)
  expect(both.size).toBeGreaterThan(fromJson.size)

  cli([TRACK, '--format', 'markdown'])
  cli([TRACK, '--format', 'json'])
  expect(statSync(cache).ino).toBe(both.ino)
  expect(cacheFiles()).toEqual([name])
})

test('a damaged cache file is passed over and written anew', () => {
  cli([TRACK, '--format', 'json'])
  const [name] = cacheFiles()
  const cache = join(cacheRoot, 'swarm-report', name ?? '')
  writeFileSync(cache, Buffer.alloc(statSync(cache).size, 0x41), { mode: 0o600 })
  const damaged = statSync(cache)

  const run = cli([TRACK, '--format', 'json'])
  expect(run).toEqual(cli([TRACK, '--format', 'json'], { NODE_DISABLE_COMPILE_CACHE: '1' }))
  expect(statSync(cache).ino).not.toBe(damaged.ino)
})

test('help, a usage error and a turned-off cache write nothing', () => {
  expect(cli(['--help']).status).toBe(0)
  expect(cli(['--no-such-flag']).status).toBe(2)
  expect(cacheFiles()).toEqual([])
  expect(cli([TRACK], { NODE_DISABLE_COMPILE_CACHE: '1', NODE_COMPILE_CACHE: cacheRoot }).stdout)
    .not.toBe('')
  expect(cacheFiles()).toEqual([])
})

test('a missing bundle (a broken install) is an internal error, exit 3, not a verdict', () => {
  const broken = join(cacheRoot, 'install')
  mkdirSync(broken)
  copyFileSync(join(ROOT, 'dist', 'cli.cjs'), join(broken, 'cli.cjs'))
  writeFileSync(join(broken, 'package.json'), '{"type":"module"}')
  const run = spawnSync(process.execPath, [join(broken, 'cli.cjs'), TRACK], {
    encoding: 'utf8',
    timeout: 30000
  })
  expect(run.status).toBe(3)
  expect(run.stderr).toMatch(/^swarm-report: internal error, not a verdict: .*ENOENT.*cli-bundle\.cjs/)
  expect(run.stderr.trim().split('\n')).toHaveLength(1)
})
