// What ships in dist/ besides the code: the third-party licences of what was
// bundled, and source maps that make a stack trace name src/ files and lines.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT } from '../e2e/root.js'

const dist = (name: string) => join(ROOT, 'dist', name)

interface PackageJson {
  dependencies: Record<string, string>
  devDependencies: Record<string, string>
}

test('licenses.txt names every runtime dependency, with its licence text, and no dev tool', () => {
  const text = readFileSync(dist('licenses.txt'), 'utf8')
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as PackageJson
  for (const name of Object.keys(pkg.dependencies)) {
    // Plugins are bundled by name@version; @octokit/plugin-* and @actions/* alike.
    expect(text).toMatch(new RegExp(`^${name.replace(/[/@.-]/g, '\\$&')}@\\d+\\.\\d+\\.\\d+ \\(`, 'm'))
  }
  for (const tool of ['jest', 'typescript', 'rollup', 'eslint', 'playwright-core']) {
    expect(text).not.toMatch(new RegExp(`^${tool}@`, 'm'))
  }
  expect(text).toContain('Permission is hereby granted')
})

test('a stack trace from the built CLI points into src/, on Node with source maps on', () => {
  // A current folder removed under the process makes process.cwd() throw inside src/cli.ts.
  const gone = mkdtempSync(join(tmpdir(), 'swarm-map-'))
  const run = spawnSync(
    'sh',
    ['-c', 'cd "$0" && rmdir "$0" && exec "$1" "$2" --debug', gone, process.execPath, dist('cli.cjs')],
    { encoding: 'utf8', timeout: 30000 }
  )
  expect(run.status).toBe(3)
  const frames = run.stderr.split('\n').filter(line => /^\s+at /.test(line))
  expect(frames.some(f => /[/\\]src[/\\]cli\.ts:\d+:\d+\)?$/.test(f))).toBe(true)
  expect(frames.some(f => /cli-bundle\.cjs:/.test(f))).toBe(false)
})

test('each source map maps only into src/, and stays small next to its bundle', () => {
  for (const [map, bundle] of [
    ['action.js.map', 'action.js'],
    ['cli-bundle.cjs.map', 'cli-bundle.cjs']
  ] as const) {
    const parsed = JSON.parse(readFileSync(dist(map), 'utf8')) as { sources: string[] }
    expect(parsed.sources.length).toBeGreaterThan(10)
    for (const source of parsed.sources) expect(source).toMatch(/^\.\.\/src\/.+\.ts$/)
    expect(readFileSync(dist(map)).length).toBeLessThan(readFileSync(dist(bundle)).length / 4)
  }
})

test('every bundle and chunk is ASCII, so V8 holds its source at one byte a character', () => {
  const code = readdirSync(join(ROOT, 'dist')).filter(f => /\.c?js$/.test(f))
  expect(code.length).toBeGreaterThan(5)
  for (const file of code) {
    const text = readFileSync(dist(file), 'utf8')
    const at = text.search(/[\u0080-\uffff]/)
    expect({ file, outsideAscii: at === -1 ? null : text.slice(Math.max(0, at - 20), at + 20) }).toEqual({
      file,
      outsideAscii: null
    })
  }
})

/** The chunks a file loads before it runs: itself and its static imports, transitively. */
function staticallyLoaded(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen
  seen.add(file)
  const code = readFileSync(dist(file), 'utf8')
  for (const m of code.matchAll(/^import (?:[^'"]* from )?'\.\/([^']+)';?/gm)) {
    if (m[1]) staticallyLoaded(m[1], seen)
  }
  for (const m of code.matchAll(/^await import\('\.\/([^']+)'\)/gm)) {
    if (m[1]) staticallyLoaded(m[1], seen)
  }
  return seen
}

test('the action loads undici only through the proxy path, as a chunk of its own', () => {
  // An error code undici defines, and nothing else in the bundle does.
  const undici = (file: string) => readFileSync(dist(file), 'utf8').includes('UND_ERR_CONNECT_TIMEOUT')
  const loaded = staticallyLoaded('index.js')
  expect(loaded.has('action.js')).toBe(true)
  expect([...loaded].filter(undici)).toEqual([])
  const main = readFileSync(dist('action.js'), 'utf8')
  const lazy = [...main.matchAll(/\bimport\('\.\/([^']+)'\)/g)].map(m => m[1] ?? '')
  expect(lazy.filter(undici)).toHaveLength(1)
})
