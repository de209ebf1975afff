// Instructions a whole process executes, counted by valgrind's callgrind. The
// same build on the same input gives the same count within about 0.2% (the
// 16 MB track) to 1% (the example), whatever else the machine runs, where wall
// time on these shared machines moves by 10 to 20% between runs: this is the
// figure to compare two builds by (BENCH_DIST names the other build's dist/).
// The targets stay wall-time ratios; instructions are no stand-in for time
// spent waiting on memory or on the disk.
//
// Node runs with --single-threaded: V8's background compiler and garbage
// collector threads otherwise add a share that varies by ±10% from run to run.
// Under that flag Node cannot use the code it keeps for its own modules (it was
// compiled under other flags), which costs every process, `node -e 0` too, the
// same few tens of millions.
import { spawnSync } from 'node:child_process'
import { join, resolve } from 'node:path'
import { LARGE_REPORTS, writeLargeTrack } from './large-track.js'
import { DIST, EXAMPLE, findNode24 } from './startup.js'

/** Its own compile-cache folder: runs under other flags would replace the usual cache files. */
const ENV = { ...process.env, NODE_COMPILE_CACHE: resolve('build/instructions-cache') }

function count(node: string, args: readonly string[]): number | null {
  const r = spawnSync(
    'valgrind',
    ['--tool=callgrind', '--callgrind-out-file=/dev/null', node, '--single-threaded', ...args],
    {
      env: ENV,
      stdio: ['ignore', 'ignore', 'pipe'],
      maxBuffer: 1 << 26
    }
  )
  const m = /Collected\s*:\s*(\d+)/.exec(r.stderr.toString())
  return m ? Number(m[1]) : null
}

export function instructionsSection(): void {
  console.log(`## Instructions per process (callgrind, Node --single-threaded, ${DIST}/)\n`)
  if (spawnSync('valgrind', ['--version']).status !== 0) {
    console.log('(no valgrind on PATH: no instruction counts)\n')
    return
  }
  const node = findNode24() ?? process.execPath
  const version = spawnSync(node, ['--version']).stdout.toString().trim()
  const cli = join(DIST, 'cli.cjs')
  const large = writeLargeTrack('build/large-track')
  const runs: Array<[string, string[]]> = [
    ['`node -e 0`', ['-e', '0']],
    ['CLI on the example track', [cli, EXAMPLE]],
    ['CLI --format json on the example track', [cli, EXAMPLE, '--format', 'json']],
    [`CLI --format json on ${LARGE_REPORTS} reports (16 MB)`, [cli, large, '--format', 'json']]
  ]
  // Two plain runs first, so that the measured ones start from a complete code cache.
  for (const [, args] of runs.slice(1)) {
    for (let i = 0; i < 2; i++) {
      spawnSync(node, ['--single-threaded', ...args], { env: ENV, stdio: 'ignore' })
    }
  }
  console.log(`Node ${version}; one run each (the count repeats).\n`)
  console.log('| process | instructions | / `node -e 0` |')
  console.log('|---|---|---|')
  let base: number | null = null
  for (const [name, args] of runs) {
    const n = count(node, args)
    base ??= n
    const millions = n === null ? 'failed' : `${(n / 1e6).toFixed(1)} M`
    const ratio = n === null || base === null ? '' : `${(n / base).toFixed(2)}x`
    console.log(`| ${name} | ${millions} | ${ratio} |`)
  }
  console.log()
}
