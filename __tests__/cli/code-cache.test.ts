// The CLI's own V8 code cache: which folder, when a run is worth keeping, and
// that a cache file is used only when it is whole, this user's and V8's match.
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  codeCacheDir,
  codeCacheFile,
  runWithCodeCache,
  worthSaving
} from '../../src/cli/code-cache.js'

describe('codeCacheDir', () => {
  test("lives inside Node's compile-cache folder when Node has one", () => {
    expect(codeCacheDir({}, '/n/cache', '/tmp')).toBe(join('/n/cache', 'swarm-report'))
  })

  test('takes NODE_COMPILE_CACHE, then the temporary folder, where Node has no cache of its own', () => {
    expect(codeCacheDir({ NODE_COMPILE_CACHE: '/mine' }, undefined, '/tmp')).toBe(
      join('/mine', 'swarm-report')
    )
    expect(codeCacheDir({}, undefined, '/tmp')).toBe(
      join('/tmp', 'node-compile-cache', 'swarm-report')
    )
  })

  test("is off when Node's compile cache is turned off", () => {
    expect(codeCacheDir({ NODE_DISABLE_COMPILE_CACHE: '1' }, '/n/cache', '/tmp')).toBeNull()
  })
})

test('a cache file is named by the bundle key, the V8 version and the architecture', () => {
  const a = codeCacheFile('/c', 'aaaa')
  expect(a).toContain(process.versions.v8)
  expect(a).toContain(process.arch)
  expect(codeCacheFile('/c', 'bbbb')).not.toBe(a)
})

describe('worthSaving', () => {
  test('keeps the code of a run that printed a report, pass or fail', () => {
    expect(worthSaving(0, ['track'])).toBe(true)
    expect(worthSaving(1, ['track'])).toBe(true)
    expect(worthSaving(undefined, ['track'])).toBe(true)
  })

  test('not of a usage error, a crash, help or the version', () => {
    expect(worthSaving(2, ['track'])).toBe(false)
    expect(worthSaving(3, ['track'])).toBe(false)
    for (const flag of ['-h', '--help', '-v', '--version']) {
      expect(worthSaving(0, [flag])).toBe(false)
    }
  })
})

describe('runWithCodeCache', () => {
  let dir: string
  let seen: string
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'swarm-code-cache-'))
    seen = join(dir, 'seen.json')
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  /** A CommonJS script that records what Node's wrapper gives it, in a file. */
  function script(name: string, extra = ''): string {
    const file = join(dir, name)
    writeFileSync(
      file,
      [
        `const { writeFileSync } = require('node:fs')`,
        `function square(x) { return x * x }${extra}`,
        `writeFileSync(${JSON.stringify(seen)}, JSON.stringify({`,
        `  filename: __filename, dirname: __dirname,`,
        `  exportsIsModuleExports: exports === module.exports, thisIsExports: this === exports,`,
        `  square: square(7)`,
        `}))`
      ].join('\n')
    )
    return file
  }

  const seenRun = () => JSON.parse(readFileSync(seen, 'utf8')) as Record<string, unknown>

  /** A run that could not use the cache still runs the script, and its save makes one the next run uses. */
  function expectReplaced(file: string, cache: string, use: string): void {
    const run = runWithCodeCache(file, cache)
    expect(run.use).toBe(use)
    expect(seenRun()['square']).toBe(49)
    expect(run.save(1)).toBe(true)
    expect(runWithCodeCache(file, cache).use).toBe('used')
  }

  test('runs the script as a CommonJS module', () => {
    const file = script('a.cjs')
    expect(runWithCodeCache(file, null).use).toBe('off')
    expect(seenRun()).toEqual({
      filename: file,
      dirname: dir,
      exportsIsModuleExports: true,
      thisIsExports: true,
      square: 49
    })
  })

  test('writes the code after a run without a cache, then runs from it without writing again', () => {
    const file = script('a.cjs')
    const cache = join(dir, 'cache', 'a.bin')
    const first = runWithCodeCache(file, cache)
    expect(first.use).toBe('none')
    expect(first.save(1)).toBe(true)
    const written = statSync(cache)
    if (process.platform !== 'win32') expect(written.mode & 0o777).toBe(0o600)

    rmSync(seen)
    const second = runWithCodeCache(file, cache)
    expect(second.use).toBe('used')
    expect(seenRun()['square']).toBe(49)
    expect(second.save(1)).toBe(false)
    expect(statSync(cache).ino).toBe(written.ino)
  })

  test('a run that did another kind of work writes the cache again, with the code of both runs', () => {
    // The script calls the function that call.txt names; the other stays uncompiled.
    const file = join(dir, 'two.cjs')
    const call = join(dir, 'call.txt')
    writeFileSync(
      file,
      [
        'function small(x) { return x + 1 }',
        `function large(x) { let s = 0; ${'s += x * 3 + (s % 7); '.repeat(200)}return s }`,
        `const which = require('node:fs').readFileSync(${JSON.stringify(call)}, 'utf8')`,
        `module.exports.value = which === 'large' ? large(2) : small(2)`
      ].join('\n')
    )
    const cache = join(dir, 'two.bin')
    const runAs = (which: string) => {
      writeFileSync(call, which)
      return runWithCodeCache(file, cache)
    }
    expect(runAs('small').save(1)).toBe(true)
    const first = statSync(cache)

    const again = runAs('small')
    expect(again.use).toBe('used')
    expect(again.save(1)).toBe(false)
    expect(statSync(cache).ino).toBe(first.ino)

    const other = runAs('large')
    expect(other.use).toBe('used')
    expect((other.exports as { value: number }).value).toBeGreaterThan(3)
    expect(other.save(2)).toBe(true)
    const second = statSync(cache)
    expect(second.ino).not.toBe(first.ino)
    expect(second.size).toBeGreaterThan(first.size)

    // Both kinds are on record now: neither alone, nor the two together, write it again.
    for (const work of [1, 2, 3]) expect(runAs('small').save(work)).toBe(false)
    expect(statSync(cache).ino).toBe(second.ino)
    expect(runAs('small').save(4)).toBe(true)
  })

  test('without a cache folder nothing is saved', () => {
    const run = runWithCodeCache(script('a.cjs'), null)
    expect(run.save(1)).toBe(false)
  })

  test.each([
    ['the code of the first copy', 0.3],
    ['the code of the second copy', 0.8],
    ['the kinds of work of the second copy', 0.5]
  ])('a cache damaged in %s is not used, and is written anew', (_where, share) => {
    const file = script('a.cjs')
    const cache = join(dir, 'a.bin')
    runWithCodeCache(file, cache).save(1)
    const bytes = readFileSync(cache)
    const at = Math.floor(bytes.length * share)
    bytes[at] = (bytes[at] ?? 0) ^ 0xff
    writeFileSync(cache, bytes, { mode: 0o600 })
    expectReplaced(file, cache, 'none')
  })

  test('a cache holds its contents twice: the kinds of work, then the code', () => {
    const file = script('a.cjs')
    const cache = join(dir, 'a.bin')
    runWithCodeCache(file, cache).save(5)
    const bytes = readFileSync(cache)
    const half = bytes.length / 2
    expect(bytes.subarray(0, half).equals(bytes.subarray(half))).toBe(true)
    expect(bytes.readUInt32LE(0)).toBe(5)
    expect(bytes.readUInt32LE(half)).toBe(5)
  })

  test('a cache of another script is refused by V8 and replaced', () => {
    const cache = join(dir, 'a.bin')
    runWithCodeCache(script('a.cjs'), cache).save(1)
    const other = script('b.cjs', '\nfunction cube(x) { return x * x * x }')
    expectReplaced(other, cache, 'rejected')
  })

  test('a truncated or empty cache file is not used', () => {
    const file = script('a.cjs')
    const cache = join(dir, 'a.bin')
    runWithCodeCache(file, cache).save(1)
    const whole = readFileSync(cache)
    writeFileSync(cache, whole.subarray(0, 100), { mode: 0o600 })
    expect(runWithCodeCache(file, cache).use).toBe('none')
    // One byte short of whole: the copies no longer line up.
    writeFileSync(cache, whole.subarray(0, whole.length - 1), { mode: 0o600 })
    expect(runWithCodeCache(file, cache).use).toBe('none')
    // The first copy alone.
    writeFileSync(cache, whole.subarray(0, whole.length / 2), { mode: 0o600 })
    expect(runWithCodeCache(file, cache).use).toBe('none')
    writeFileSync(cache, '', { mode: 0o600 })
    expect(runWithCodeCache(file, cache).use).toBe('none')
  })

  if (process.platform !== 'win32') {
    test('a cache file that others may write, or a link to one, is not trusted', () => {
      const file = script('a.cjs')
      const cache = join(dir, 'a.bin')
      runWithCodeCache(file, cache).save(1)
      chmodSync(cache, 0o620)
      expect(runWithCodeCache(file, cache).use).toBe('none')
      chmodSync(cache, 0o602)
      expect(runWithCodeCache(file, cache).use).toBe('none')
      chmodSync(cache, 0o600)
      expect(runWithCodeCache(file, cache).use).toBe('used')

      const link = join(dir, 'link.bin')
      symlinkSync(cache, link)
      expect(runWithCodeCache(file, link).use).toBe('none')
    })
  }

  test('a new cache file leaves the newest eight in its folder, itself among them', () => {
    const folder = join(dir, 'cache')
    mkdirSync(folder)
    const old = (i: number) => join(folder, `cli-old${i}-v8-x64.bin`)
    for (let i = 0; i < 10; i++) {
      writeFileSync(old(i), 'x')
      // Older the higher i: file 0 is the newest of them.
      const when = new Date(Date.now() - (i + 1) * 60_000)
      utimesSync(old(i), when, when)
    }
    writeFileSync(join(folder, 'unrelated.txt'), 'kept')
    const cache = join(folder, 'cli-new-v8-x64.bin')
    expect(runWithCodeCache(script('a.cjs'), cache).save(1)).toBe(true)
    expect(readdirSync(folder).sort()).toEqual(
      [
        'cli-new-v8-x64.bin',
        ...[0, 1, 2, 3, 4, 5, 6].map(i => `cli-old${i}-v8-x64.bin`),
        'unrelated.txt'
      ].sort()
    )
  })

  test('a cache that cannot be written is left out, and the run is not disturbed', () => {
    const file = script('a.cjs')
    // Its folder would be inside a regular file.
    const blocker = join(dir, 'blocker')
    writeFileSync(blocker, '')
    const run = runWithCodeCache(file, join(blocker, 'a.bin'))
    expect(run.use).toBe('none')
    expect(seenRun()['square']).toBe(49)
    expect(run.save(1)).toBe(false)
  })
})
