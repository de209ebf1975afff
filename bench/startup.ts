// Whole-process figures: the CLI and the action bundle as a user or a runner
// starts them, against the cheapest process the same Node can run. Each pair
// is timed interleaved, round by round, so that drift on a shared machine
// hits both sides alike; the figures are medians.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process'
import { existsSync, writeFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { LARGE_REPORTS, writeLargeTrack } from './large-track.js'

export const EXAMPLE = 'examples/swarm/tracks/2026-03-02-001'
/** The bundles to time: dist/, or another build's (to compare two commits on one machine). */
export const DIST = process.env['BENCH_DIST'] || 'dist'

interface Side {
  /** The program to run instead of the row's Node. */
  bin?: string
  args: string[]
  options?: SpawnSyncOptions
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2
}

/**
 * Loaded into every timed process: reports the CPU time the process used (all
 * its threads) on stderr as it exits. On a machine shared with other work,
 * wall time measures the queue for the cores as much as the program; CPU
 * time much less so, so both are shown.
 */
const CPU_PROBE = resolve('build/cpu-probe.cjs')
const CPU_MARK = 'bench-cpu-us '

interface Medians {
  wall: number
  cpu: number
}

/** Medians of each side, the sides run in turn (the order rotating) `rounds` times after one warm-up each. */
function interleaved(node: string, sides: readonly Side[], rounds: number): Medians[] {
  writeFileSync(
    CPU_PROBE,
    "process.on('exit', () => { const u = process.cpuUsage(); " +
      `process.stderr.write('\\n${CPU_MARK}' + (u.user + u.system) + '\\n') })\n`
  )
  const run = (s: Side): Medians => {
    const env = { ...(s.options?.env ?? process.env), NODE_OPTIONS: `--require ${CPU_PROBE}` }
    const t0 = performance.now()
    const r = spawnSync(s.bin ?? node, s.args, {
      ...s.options,
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
      maxBuffer: 1 << 26
    })
    const wall = performance.now() - t0
    if (r.error) throw r.error
    const mark = r.stderr.toString().lastIndexOf(CPU_MARK)
    const cpu = mark === -1 ? NaN : parseInt(r.stderr.toString().slice(mark + CPU_MARK.length), 10)
    return { wall, cpu: cpu / 1000 }
  }
  for (const s of sides) run(s)
  const samples = sides.map(() => ({ wall: [] as number[], cpu: [] as number[] }))
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < sides.length; k++) {
      const i = (round + k) % sides.length
      const m = run(sides[i] as Side)
      samples[i]?.wall.push(m.wall)
      samples[i]?.cpu.push(m.cpu)
    }
  }
  return samples.map(x => ({ wall: median(x.wall), cpu: median(x.cpu) }))
}

/**
 * The Node 24 binary: $NODE24 when given, else the npm package
 * `node-<platform>-<arch>@24`, installed into a cache folder on first use (the
 * project does not depend on it).
 */
export function findNode24(): string | null {
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

/**
 * The interpreter a `python3` on PATH runs, found by asking it: a version
 * manager's shim in front of it costs more than the script's own work.
 */
function realPython(): string | null {
  const given = process.env['PYTHON']
  const r = spawnSync(given || 'python3', ['-c', 'import sys; print(sys.executable)'])
  const path = r.status === 0 ? r.stdout.toString().trim() : ''
  return path === '' ? null : path
}

/**
 * Rows against swarm-iosm's own report summary script, when SUMMARIZE_REPORTS
 * names a copy of it (the project does not ship it). The script regex-scans each
 * report and prints counts; we compute far more, so these rows say what the
 * whole model costs beside the cheapest reading of the same files. The script's
 * side is the same on every Node column.
 */
function pythonRows(large: string, rounds: number, pair: Pair): Row[] {
  const script = process.env['SUMMARIZE_REPORTS']
  if (!script) return []
  const python = realPython()
  if (!python) {
    console.error('(SUMMARIZE_REPORTS is set but no python3 answers: no Python rows)')
    return []
  }
  const side = (track: string): Side => ({ bin: python, args: ['-c', PYTHON_PROBE, script, track] })
  return [
    {
      name: 'CLI on the example track / the Python script',
      target: '<= 1.5',
      measure: pair({ args: [join(DIST, 'cli.cjs'), EXAMPLE] }, side(EXAMPLE), rounds)
    },
    {
      name: `CLI --format json on ${LARGE_REPORTS} reports (16 MB) / the Python script on the same files`,
      target: '<= 2.0',
      measure: pair(
        { args: [join(DIST, 'cli.cjs'), large, '--format', 'json'] },
        side(large),
        Math.max(5, Math.ceil(rounds / 3))
      )
    }
  ]
}

/** Runs a Python script as `python file args…` would, and reports its CPU time as CPU_PROBE does. */
const PYTHON_PROBE = [
  'import atexit, resource, runpy, sys',
  'def _cpu():',
  '    u = resource.getrusage(resource.RUSAGE_SELF)',
  `    sys.stderr.write('\\n${CPU_MARK}%d\\n' % int((u.ru_utime + u.ru_stime) * 1e6))`,
  'atexit.register(_cpu)',
  'sys.argv = sys.argv[1:]',
  "runpy.run_path(sys.argv[0], run_name='__main__')"
].join('\n')

type Pair = (ours: Side, base: Side, rounds: number) => (node: string) => Figure

interface Figure {
  ours: Medians
  base: Medians
}

interface Row {
  name: string
  target: string
  measure: (node: string) => Figure
}

export function startupSection(rounds: number): void {
  const large = writeLargeTrack('build/large-track')
  const quiet = { env: { PATH: process.env['PATH'] ?? '' } }
  const pair: Pair = (ours, base, n) => node => {
    const [b, o] = interleaved(node, [base, ours], n)
    if (!b || !o) throw new Error('no figures')
    return { ours: o, base: b }
  }
  const rows: Row[] = [
    {
      name: 'CLI on the example track / `node -e 0`',
      target: '<= 2.0',
      measure: pair({ args: [join(DIST, 'cli.cjs'), EXAMPLE] }, { args: ['-e', '0'] }, rounds)
    },
    {
      // A first run, or a machine whose temporary folder is new each time (a hosted runner).
      name: 'CLI on the example track without its code cache / `node -e 0`',
      target: 'as low as it gets',
      measure: pair(
        {
          args: [join(DIST, 'cli.cjs'), EXAMPLE],
          options: { env: { ...process.env, NODE_DISABLE_COMPILE_CACHE: '1' } }
        },
        { args: ['-e', '0'] },
        rounds
      )
    },
    {
      name: `CLI --format json on ${LARGE_REPORTS} reports (16 MB) / a plain read of the files`,
      target: 'as low as it gets',
      measure: pair(
        { args: [join(DIST, 'cli.cjs'), large, '--format', 'json'] },
        { args: ['-e', PLAIN_READ, large] },
        Math.max(5, Math.ceil(rounds / 3))
      )
    },
    {
      // A hosted runner starts every job with an empty compile cache.
      name: "action bundle, import to early exit without Node's compile cache / `node -e 0`",
      target: 'as low as it gets',
      measure: pair(
        {
          args: [join(DIST, 'index.js')],
          options: { env: { ...quiet.env, NODE_DISABLE_COMPILE_CACHE: '1' } }
        },
        { args: ['-e', '0'] },
        rounds
      )
    },
    {
      name: 'action bundle, import to early exit / `node -e 0`',
      target: '<= 2.0 (Node 24)',
      // No inputs: the action stops at the missing token, having loaded everything.
      measure: pair(
        { args: [join(DIST, 'index.js')], options: quiet },
        { args: ['-e', '0'] },
        rounds
      )
    }
  ]
  rows.push(...pythonRows(large, rounds, pair))
  const nodes: Array<{ label: string; bin: string }> = []
  if (!process.versions.node.startsWith('24.')) {
    nodes.push({ label: `Node ${process.version}`, bin: process.execPath })
  }
  const node24 = findNode24()
  if (node24) {
    const v = spawnSync(node24, ['--version']).stdout.toString().trim()
    nodes.push({ label: `Node ${v}`, bin: node24 })
  }

  console.log(
    `## Whole process: ours (${DIST}/) / the baseline on the same Node (medians, interleaved)\n`
  )
  console.log(
    'Wall time, then CPU time (all threads) in brackets: on a shared machine the CPU ratio is the steadier one.\n'
  )
  console.log(`| figure | ${nodes.map(n => n.label).join(' | ')} | target |`)
  console.log(`|---|${nodes.map(() => '---|').join('')}---|`)
  const ms = (x: number) => x.toFixed(0)
  for (const row of rows) {
    const cells = nodes.map(n => {
      const f = row.measure(n.bin)
      const wall = `${(f.ours.wall / f.base.wall).toFixed(2)}x (${ms(f.ours.wall)} / ${ms(f.base.wall)} ms)`
      const cpu = `${(f.ours.cpu / f.base.cpu).toFixed(2)}x (${ms(f.ours.cpu)} / ${ms(f.base.cpu)} ms)`
      return `${wall} [cpu ${cpu}]`
    })
    console.log(`| ${row.name} | ${cells.join(' | ')} | ${row.target} |`)
  }
  if (!node24) console.log('\n(no Node 24 binary: set NODE24=/path/to/node for its column)')
  console.log()
}
