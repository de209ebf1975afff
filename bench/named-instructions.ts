// Instructions by function and by regular expression, for the 16 MB track: where
// the instructions section says how many, this says whose. callgrind names the
// functions of Node and V8 but not the code V8 generates at run time (compiled
// JavaScript, compiled patterns), which it shows as bare addresses; with
// --perf-basic-prof V8 writes a map from those addresses to names
// (/tmp/perf-<pid>.map), and with --interpreted-frames-native-stack each
// interpreted function enters through a copy of the interpreter's entry of its
// own, so it has an address too. The bytecode handlers an interpreted function
// runs stay shared, and are listed under their own names.
//
// The flags change what V8 compiles a little (the count runs about 2% above the
// instructions section's); compare lists made by this section with each other.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { LARGE_REPORTS, writeLargeTrack } from './large-track.js'
import { DIST, findNode24 } from './startup.js'

const FLAGS = ['--single-threaded', '--perf-basic-prof', '--interpreted-frames-native-stack']
/** A compile cache of its own: code compiled under these flags is kept apart from the usual. */
const ENV = { ...process.env, NODE_COMPILE_CACHE: resolve('build/named-instructions-cache') }

interface CodeRange {
  start: number
  end: number
  name: string
}

function readPerfMap(file: string): CodeRange[] {
  const ranges: CodeRange[] = []
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [start, size, ...name] = line.split(' ')
    if (start === undefined || size === undefined || name.length === 0) continue
    const s = parseInt(start, 16)
    ranges.push({ start: s, end: s + parseInt(size, 16), name: shortName(name.join(' ')) })
  }
  return ranges.sort((a, b) => a.start - b.start)
}

/** `JS:*'scanLines /…/dist/cli-bundle.cjs:4603:19` -> `JS:*'scanLines cli-bundle.cjs:4603`. */
function shortName(name: string): string {
  const m = /^(\S+ )(\/\S+):(\d+):\d+$/.exec(name)
  const short = m ? `${m[1]}${basename(m[2] ?? '')}:${m[3]}` : name
  return short.length > 110 ? `${short.slice(0, 107)}...` : short
}

/** A C++ or C function without its parameters, or a C library file's path. */
function nativeName(where: string): string {
  const name = where.replace(/^\?\?\?:/, '').replace(/^\.\/\S*:(\w+)$/, '$1')
  const open = name.indexOf('(')
  return (open > 0 ? name.slice(0, open) : name).slice(0, 110)
}

function nameAt(ranges: readonly CodeRange[], address: number): string | null {
  let lo = 0
  let hi = ranges.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((ranges[mid]?.start ?? 0) <= address) lo = mid + 1
    else hi = mid
  }
  const r = ranges[lo - 1]
  return r && address < r.end ? r.name : null
}

/** Self instructions per name, from callgrind_annotate's listing. */
function selfCounts(listing: string, ranges: readonly CodeRange[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const line of listing.split('\n')) {
    const m = /^\s*([\d,]+) \([^)]*\)\s+(.+?)(?: \[[^\]]*\])?$/.exec(line)
    if (!m || m[2] === 'PROGRAM TOTALS') continue
    const where = m[2] ?? ''
    const address = /^\?\?\?:0x([0-9a-f]+)$/.exec(where)
    const name = address
      ? (nameAt(ranges, parseInt(address[1] ?? '0', 16)) ?? 'generated code without a name')
      : nativeName(where)
    counts.set(name, (counts.get(name) ?? 0) + Number((m[1] ?? '0').replaceAll(',', '')))
  }
  return counts
}

export function namedInstructionsSection(limit = 40): void {
  console.log(`## Instructions by function and pattern (callgrind, ${DIST}/)\n`)
  // callgrind_annotate exits with 255 even for --version: only a failed start says it is missing.
  for (const tool of ['valgrind', 'callgrind_annotate']) {
    if (spawnSync(tool, ['--version']).error !== undefined) {
      console.log(`(no ${tool} on PATH: no list)\n`)
      return
    }
  }
  const node = findNode24() ?? process.execPath
  const args = [...FLAGS, join(resolve(DIST), 'cli.cjs'), '--format', 'json']
  args.push(resolve(writeLargeTrack('build/large-track')))
  // V8 writes a log file per process into the working folder under these flags.
  const work = mkdtempSync(join(tmpdir(), 'named-instructions-'))
  try {
    for (let i = 0; i < 2; i++) spawnSync(node, args, { cwd: work, env: ENV, stdio: 'ignore' })
    const out = join(work, 'callgrind.out')
    const run = spawnSync(
      'valgrind',
      ['--tool=callgrind', `--callgrind-out-file=${out}`, node, ...args],
      {
        cwd: work,
        env: ENV,
        stdio: ['ignore', 'ignore', 'pipe'],
        maxBuffer: 1 << 26
      }
    )
    const map = `/tmp/perf-${run.pid}.map`
    let ranges: CodeRange[] = []
    try {
      ranges = readPerfMap(map)
    } finally {
      rmSync(map, { force: true })
    }
    const listing = spawnSync('callgrind_annotate', ['--threshold=100', out], {
      maxBuffer: 1 << 28
    }).stdout.toString()
    const total = /^\s*([\d,]+) \([^)]*\)\s+PROGRAM TOTALS/m.exec(listing)?.[1] ?? '?'
    console.log(
      `CLI --format json on ${LARGE_REPORTS} reports (16 MB), one run: ${total} instructions.`
    )
    console.log(
      'Self instructions; `JS:` is compiled JavaScript (`*` optimised, `+` Maglev, `^` baseline),'
    )
    console.log('`RegExp:` a compiled pattern, the rest Node, V8 and the C library.\n')
    console.log('| millions | function or pattern |')
    console.log('|---|---|')
    const rows = [...selfCounts(listing, ranges)].sort((a, b) => b[1] - a[1]).slice(0, limit)
    for (const [name, n] of rows) {
      console.log(
        `| ${(n / 1e6).toFixed(1)} | \`${name.replaceAll('|', '\\|').replaceAll('`', "'")}\` |`
      )
    }
    console.log()
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}
