// Whole-process figures: the CLI and the action bundle as a user or a runner
// starts them, against the cheapest process the same Node can run. Each pair
// is timed interleaved, round by round, so that drift on a shared machine
// hits both sides alike; the figures are medians.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process'
import { existsSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { LARGE_REPORTS, writeLargeTrack } from './large-track.js'

const EXAMPLE = 'examples/swarm/tracks/2026-03-02-001'

interface Side {
  args: string[]
  options?: SpawnSyncOptions
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2
}

/** Medians of each side, the sides run in turn (the order rotating) `rounds` times after one warm-up each. */
function interleaved(node: string, sides: readonly Side[], rounds: number): number[] {
  const run = (s: Side): number => {
    const t0 = performance.now()
    const r = spawnSync(node, s.args, { stdio: 'ignore', ...s.options })
    const ms = performance.now() - t0
    if (r.error) throw r.error
    return ms
  }
  for (const s of sides) run(s)
  const samples = sides.map(() => [] as number[])
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < sides.length; k++) {
      const i = (round + k) % sides.length
      samples[i]?.push(run(sides[i] as Side))
    }
  }
  return samples.map(median)
}

/**
 * The Node 24 binary: $NODE24 when given, else the npm package
 * `node-<platform>-<arch>@24`, installed into a cache folder on first use (the
 * project does not depend on it).
 */
function findNode24(): string | null {
  const given = process.env['NODE24']
  if (given) return given
  if (process.versions.node.startsWith('24.')) return process.execPath
  const pkg = `node-${process.platform}-${process.arch}`
  const cache = join(
    process.env['XDG_CACHE_HOME'] || join(homedir(), '.cache'),
    'swarm-integration-report',
    'node24'
  )
  const bin = join(cache, 'node_modules', pkg, 'bin', 'node')
  if (!existsSync(bin)) {
    console.error(`(installing ${pkg}@24 into ${cache} for the Node 24 rows)`)
    spawnSync(
      'npm',
      ['install', '--prefix', cache, '--no-save', '--no-audit', '--no-fund', `${pkg}@24`],
      {
        stdio: ['ignore', 'ignore', 'inherit']
      }
    )
  }
  return existsSync(bin) ? bin : null
}

/** Reads the track's files as text, as any tool that looks at them must. */
const PLAIN_READ = [
  "const fs = require('node:fs'), path = require('node:path')",
  'const dir = process.argv[1]',
  "let n = fs.readFileSync(path.join(dir, 'plan.md'), 'utf8').length",
  "const reports = path.join(dir, 'reports')",
  "for (const f of fs.readdirSync(reports)) n += fs.readFileSync(path.join(reports, f), 'utf8').length",
  'if (n === 0) process.exit(1)'
].join('\n')

interface Figure {
  ratio: number
  ours: number
  base: number
}

interface Row {
  name: string
  target: string
  measure: (node: string) => Figure
}

export function startupSection(rounds: number): void {
  const large = writeLargeTrack('build/large-track')
  const quiet = { env: { PATH: process.env['PATH'] ?? '' } }
  const pair = (ours: Side, base: Side, n: number) => (node: string) => {
    const [b = 0, o = 0] = interleaved(node, [base, ours], n)
    return { ratio: o / b, ours: o, base: b }
  }
  const rows: Row[] = [
    {
      name: 'CLI on the example track / `node -e 0`',
      target: '<= 2.0',
      measure: pair({ args: ['dist/cli.js', EXAMPLE] }, { args: ['-e', '0'] }, rounds)
    },
    {
      name: `CLI --format json on ${LARGE_REPORTS} reports (16 MB) / a plain read of the files`,
      target: 'as low as it gets',
      measure: pair(
        { args: ['dist/cli.js', large, '--format', 'json'] },
        { args: ['-e', PLAIN_READ, large] },
        Math.max(5, Math.ceil(rounds / 3))
      )
    },
    {
      name: 'action bundle, import to early exit / `node -e 0`',
      target: '<= 2.0 (Node 24)',
      // No inputs: the action stops at the missing token, having loaded everything.
      measure: pair({ args: ['dist/index.js'], options: quiet }, { args: ['-e', '0'] }, rounds)
    }
  ]
  const nodes: Array<{ label: string; bin: string }> = []
  if (!process.versions.node.startsWith('24.')) {
    nodes.push({ label: `Node ${process.version}`, bin: process.execPath })
  }
  const node24 = findNode24()
  if (node24) {
    const v = spawnSync(node24, ['--version']).stdout.toString().trim()
    nodes.push({ label: `Node ${v}`, bin: node24 })
  }

  console.log('## Whole process: ours / the baseline on the same Node (medians, interleaved)\n')
  console.log(`| figure | ${nodes.map(n => n.label).join(' | ')} | target |`)
  console.log(`|---|${nodes.map(() => '---|').join('')}---|`)
  for (const row of rows) {
    const cells = nodes.map(n => {
      const f = row.measure(n.bin)
      return `${f.ratio.toFixed(2)}x (${f.ours.toFixed(0)} / ${f.base.toFixed(0)} ms)`
    })
    console.log(`| ${row.name} | ${cells.join(' | ')} | ${row.target} |`)
  }
  if (!node24) console.log('\n(no Node 24 binary: set NODE24=/path/to/node for its column)')
  console.log()
}
