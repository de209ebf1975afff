// `npm run bench`: medians and ratios, never pass/fail on time. Each figure
// is the median of several runs on the same machine, in the same process, so
// the ratios are what to read (these machines are shared and noisy).
import { execFileSync } from 'node:child_process'
import { performance } from 'node:perf_hooks'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { analyzeTrack } from '../src/analyze/index.js'
import { DEFAULT_OPTIONS } from '../src/analysis-options.js'
import type { ParsedTrack, RunResult, TrackFiles } from '../src/model.js'
import { SCHEMA_VERSION } from '../src/model.js'
import { loadMarkdownParser } from '../src/parse/markdown.js'
import { parseTrack } from '../src/parse/track.js'
import { BUDGETS, renderMarkdown } from '../src/render/markdown.js'
import { instructionsSection } from './instructions.js'
import { namedInstructionsSection } from './named-instructions.js'
import { startupSection } from './startup.js'
import { syntheticTrack, trackBytes } from './synthetic.js'

const OPTIONS = DEFAULT_OPTIONS

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2
}

/**
 * The median of at least `runs` timed calls, and of as many more as fit in
 * half a second: a fast step measured only a few times is measured before the
 * JIT has settled and mostly times the garbage left by the step before it.
 */
function time(runs: number, fn: () => void): number {
  fn() // warm-up: JIT and lazy module state
  const xs: number[] = []
  let spent = 0
  while (xs.length < runs || (spent < 500 && xs.length < 200)) {
    const t0 = performance.now()
    fn()
    const ms = performance.now() - t0
    xs.push(ms)
    spent += ms
  }
  return median(xs)
}

/** Times one call of `fn` into `xs`: for benches that interleave what they compare. */
function once(xs: number[], fn: () => unknown): void {
  const t0 = performance.now()
  fn()
  xs.push(performance.now() - t0)
}

const runsFor = (n: number) => (n >= 1000 ? 5 : n >= 100 ? 9 : 31)
const fmt = (ms: number) => `${ms.toFixed(2)} ms`
const mbps = (bytes: number, ms: number) => `${(bytes / 1e6 / (ms / 1000)).toFixed(2)} MB/s`

function plainParse(track: TrackFiles): void {
  const processor = unified().use(remarkParse).use(remarkGfm)
  for (const f of [track.plan, ...track.reports]) if (f) processor.parse(f.text)
}

function parseSection(): Map<number, { track: TrackFiles; parsed: ParsedTrack; parseMs: number }> {
  console.log('## Parse: whole model vs plain remark-parse + gfm of the same bytes\n')
  console.log(
    '| reports | bytes | ours (median) | plain remark (median) | ours/plain | ms per report |'
  )
  console.log('|---|---|---|---|---|---|')
  const out = new Map<number, { track: TrackFiles; parsed: ParsedTrack; parseMs: number }>()
  for (const n of [10, 100, 1000]) {
    // n reports: the generator leaves every third task without a report.
    const track = syntheticTrack({ tasks: Math.ceil((n * 3) / 2), filesPerTask: 8 })
    track.reports = track.reports.slice(0, n)
    const bytes = trackBytes(track)
    let parsed: ParsedTrack = parseTrack(track)
    const ours = time(runsFor(n), () => {
      parsed = parseTrack(track)
    })
    const plain = time(Math.max(3, Math.floor(runsFor(n) / 2)), () => plainParse(track))
    out.set(n, { track, parsed, parseMs: ours })
    console.log(
      `| ${n} | ${(bytes / 1024).toFixed(0)} KB | ${fmt(ours)} (${mbps(bytes, ours)}) | ${fmt(plain)} (${mbps(bytes, plain)}) | ${(ours / plain).toFixed(2)} | ${(ours / n).toFixed(3)} |`
    )
  }
  const per10 = (out.get(10)?.parseMs ?? 0) / 10
  const per1000 = (out.get(1000)?.parseMs ?? 0) / 1000
  console.log(
    `\nper-report time at 1,000 vs 10: ${(per1000 / per10).toFixed(2)}x (target <= 1.5x)\n`
  )
  return out
}

function analysisSection(): void {
  console.log('## Analysis: 30 file entries per report, long dependency chains\n')
  console.log(
    '| tasks | file entries | parse (median) | analyse (median) | analyse/parse | ms per task |'
  )
  console.log('|---|---|---|---|---|---|')
  const sizes = [100, 1000].map(n => {
    const track = syntheticTrack({ tasks: n, filesPerTask: 30 })
    let parsed = parseTrack(track)
    const parseMs = time(runsFor(n), () => {
      parsed = parseTrack(track)
    })
    return { n, entries: track.reports.length * 30, parsed, parseMs, analyse: [] as number[] }
  })
  // The two sizes are analysed in turn, so that drift on a shared machine hits both alike.
  for (const s of sizes) analyzeTrack(s.parsed, OPTIONS, null)
  for (let round = 0; round < 25; round++) {
    for (const s of sizes) {
      once(s.analyse, () => analyzeTrack(s.parsed, OPTIONS, null))
    }
  }
  const perTask = new Map<number, number>()
  for (const s of sizes) {
    const analyseMs = median(s.analyse)
    perTask.set(s.n, analyseMs / s.n)
    console.log(
      `| ${s.n} | ${s.entries} | ${fmt(s.parseMs)} | ${fmt(analyseMs)} | ${(analyseMs / s.parseMs).toFixed(3)} | ${(analyseMs / s.n).toFixed(4)} |`
    )
  }
  const ratio = (perTask.get(1000) ?? 0) / (perTask.get(100) ?? 1)
  console.log(`\nper-task analysis time at 1,000 vs 100: ${ratio.toFixed(2)}x (target <= 1.5x)`)
  console.log('analysis/parse target: < 0.1\n')
}

function renderSection(): void {
  console.log('## Render: a 1,000-task track\n')
  const track = syntheticTrack({ tasks: 1000, filesPerTask: 20 })
  const parsed = parseTrack(track)
  const result = analyzeTrack(parsed, OPTIONS, null)
  const run: RunResult = {
    schemaVersion: SCHEMA_VERSION,
    conclusion: result.verdict.conclusion,
    tracks: [result]
  }
  const full = (): string =>
    renderMarkdown(run, { budgetBytes: BUDGETS.jobSummary, fullReportHint: null })
  const comment = (): string =>
    renderMarkdown(run, {
      budgetBytes: BUDGETS.comment,
      fullReportHint: 'the job summary'
    })
  // Interleaved, so that drift on a shared machine hits the three alike.
  const samples = { parse: [] as number[], full: [] as number[], comment: [] as number[] }
  parseTrack(track)
  full()
  comment()
  for (let i = 0; i < 15; i++) {
    once(samples.parse, () => parseTrack(track))
    once(samples.full, full)
    once(samples.comment, comment)
  }
  const parseMs = median(samples.parse)
  const fullMs = median(samples.full)
  const commentMs = median(samples.comment)
  console.log('| parse (median) | render job summary | render comment | render/parse |')
  console.log('|---|---|---|---|')
  console.log(
    `| ${fmt(parseMs)} | ${fmt(fullMs)} | ${fmt(commentMs)} | ${(Math.max(fullMs, commentMs) / parseMs).toFixed(3)} (target < 0.2) |\n`
  )
}

async function apiSection(): Promise<void> {
  console.log('## GitHub API requests per run (emulator)\n')
  const mod = (await import('./api-requests.js')) as {
    measureApiRequests: () => Promise<{ firstRun: number; rerun: number; rerunWrites: number }>
  }
  const r = await mod.measureApiRequests()
  console.log('| first run | re-run, nothing changed | writes in the re-run |')
  console.log('|---|---|---|')
  console.log(`| ${r.firstRun} (target <= 6) | ${r.rerun} | ${r.rerunWrites} (target 0) |\n`)
}

async function main(): Promise<void> {
  const sections = new Set(process.argv.slice(2))
  const want = (s: string) => sections.size === 0 || sections.has(s)
  console.log(
    `# swarm-integration-report benchmarks (node ${process.version}, ${new Date().toISOString()})\n`
  )
  try {
    console.log(
      `commit ${execFileSync('git', ['rev-parse', '--short', 'HEAD']).toString().trim()}\n`
    )
  } catch {
    // not a checkout: the figures stand without a commit id
  }
  // The parse figures include the markdown parser, as a track with markup in its summaries needs it.
  await loadMarkdownParser()
  if (want('parse')) parseSection()
  if (want('analyze')) analysisSection()
  if (want('render')) renderSection()
  if (want('startup') || want('cold-start')) startupSection(21)
  if (want('api')) await apiSection()
  // Minutes under valgrind: only when asked for by name.
  if (sections.has('instructions')) instructionsSection()
  if (sections.has('functions')) namedInstructionsSection()
}

await main()
