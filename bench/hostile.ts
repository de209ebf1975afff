// `npm run bench:hostile`: each hostile shape at three sizes, each size in a
// child process of its own, so that its time and peak memory (max RSS) are its
// own. Prints the growth per doubling of size: linear work stays near 2×.
// Never pass/fail on time; read the ratios (these machines are shared).
//   node build/hostile.js [name filter]
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { performance } from 'node:perf_hooks'
import { DEFAULT_OPTIONS } from '../src/analysis-options.js'
import { parseChangedFiles } from '../src/diff/changed-files.js'
import { runPipeline } from '../src/pipeline.js'
import { renderCheck } from '../src/render/check.js'
import { BUDGETS, renderMarkdown } from '../src/render/markdown.js'
import { SHAPES } from './hostile-shapes.js'

const SELF = fileURLToPath(import.meta.url)
/** A child that takes longer is stopped and shown as a timeout. */
const CHILD_TIMEOUT_MS = 60_000

interface Measure {
  ms: number
  rssMb: number
  jsonMb: number
  markdownKb: number
}

/** Child: the CLI's work on one generated track (pipeline, JSON, markdown, check output). */
async function child(dir: string, changedFile: string | undefined): Promise<void> {
  const t0 = performance.now()
  let changed = null
  if (changedFile) {
    const parsed = parseChangedFiles(readFileSync(changedFile, 'utf8'), 'changed.txt')
    if (!parsed.ok) throw new Error(parsed.error)
    changed = parsed.value
  }
  const run = await runPipeline({
    workspace: dir,
    patterns: [],
    dirs: ['swarm/tracks/t'],
    options: DEFAULT_OPTIONS,
    changed
  })
  if (!run.ok) throw new Error(run.error)
  const json = JSON.stringify(run.value, null, 2)
  const markdown = renderMarkdown(run.value, {
    budgetBytes: BUDGETS.jobSummary,
    fullReportHint: null
  })
  renderCheck(run.value, { fullReportHint: null })
  const ms = performance.now() - t0
  const out: Measure = {
    ms,
    rssMb: process.resourceUsage().maxRSS / 1024,
    jsonMb: Buffer.byteLength(json) / 1e6,
    markdownKb: Buffer.byteLength(markdown) / 1e3
  }
  process.stdout.write(JSON.stringify(out))
}

function generate(root: string, shape: (typeof SHAPES)[number], n: number): string | undefined {
  const input = shape.build(n)
  const track = join(root, 'swarm', 'tracks', 't')
  for (const [name, text] of Object.entries(input.files)) {
    mkdirSync(dirname(join(track, name)), { recursive: true })
    writeFileSync(join(track, name), text)
  }
  if (input.changed === undefined) return undefined
  const changed = join(root, 'changed.txt')
  writeFileSync(changed, input.changed)
  return changed
}

function measure(shape: (typeof SHAPES)[number], n: number): Measure | string {
  const root = mkdtempSync(join(tmpdir(), 'hostile-'))
  try {
    const changed = generate(root, shape, n)
    // HOSTILE_PROFILE=dir writes a CPU profile of each child there.
    const profile = process.env.HOSTILE_PROFILE
    const flags = profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : []
    const args = [...flags, SELF, '--child', root, ...(changed ? [changed] : [])]
    const r = spawnSync(process.execPath, args, {
      encoding: 'utf8',
      timeout: CHILD_TIMEOUT_MS,
      maxBuffer: 1 << 20
    })
    if (r.error)
      return (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT' ? 'timeout' : 'error'
    if (r.status !== 0) {
      const line = r.stderr.split('\n').find(l => /Error|heap/i.test(l)) ?? `exit ${r.status}`
      return `crash: ${line.trim().slice(0, 60)}`
    }
    return JSON.parse(r.stdout) as Measure
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}

const size = (n: number, unit: string): string =>
  unit === 'bytes' ? `${(n / (1024 * 1024)).toFixed(2)} MB` : `${n} ${unit}`
const ratio = (a: number, b: number): string => `${(b / a).toFixed(2)}×`

const WIDTHS = [44, 13, 10, 9, 9, 9, 8, 7]

function printRow(cells: readonly string[]): void {
  console.log(
    cells
      .map((cell, c) => cell.padEnd(WIDTHS[c] ?? 0))
      .join(' ')
      .trimEnd()
  )
}

function parent(filter: string | undefined): void {
  printRow(['shape', 'size', 'time', 'peak RSS', 'JSON', 'markdown', 'time ×2', 'RSS ×2'])
  let worst = 0
  let slowest = 0
  for (const shape of SHAPES) {
    if (filter && !shape.name.toLowerCase().includes(filter.toLowerCase())) continue
    let prev: Measure | null = null
    for (const n of shape.sizes) {
      const m = measure(shape, n)
      if (typeof m === 'string') {
        printRow([shape.name, size(n, shape.unit), m])
        prev = null
        continue
      }
      // Growth of the time above a floor: a few milliseconds are all start-up noise.
      if (prev && prev.ms > 50) worst = Math.max(worst, m.ms / prev.ms)
      slowest = Math.max(slowest, m.ms)
      printRow([
        shape.name,
        size(n, shape.unit),
        `${m.ms.toFixed(0)} ms`,
        `${m.rssMb.toFixed(0)} MB`,
        `${m.jsonMb.toFixed(2)} MB`,
        `${m.markdownKb.toFixed(0)} kB`,
        prev ? ratio(prev.ms, m.ms) : '',
        prev ? ratio(prev.rssMb, m.rssMb) : ''
      ])
      prev = m
    }
  }
  console.log(`\nworst time growth per doubling (from sizes over 50 ms): ${worst.toFixed(2)}×`)
  console.log(`slowest size: ${(slowest / 1000).toFixed(1)} s`)
}

const args = process.argv.slice(2)
if (args[0] === '--child') await child(args[1] ?? '.', args[2])
else parent(args[0])
