// Whatever the input, the parser returns a model and never throws, and every
// diagnostic and every line number it gives points into the file.
import fc from 'fast-check'
import type { Diagnostic, ParsedTrack, Report, TaskStatus } from '../../src/model.js'
import { parseIosmReport } from '../../src/parse/iosm-report.js'
import { parsePlan } from '../../src/parse/plan.js'
import { parsePrdTargets } from '../../src/parse/prd.js'
import { loadMarkdownParser } from '../../src/parse/markdown.js'
import { parseReport } from '../../src/parse/report.js'
import { parseTrack } from '../../src/parse/track.js'
import { fixture } from './helpers.js'

const REPORTS = [
  'report-template-style.md',
  'report-tree-style.md',
  'report-readonly.md',
  'report-unfilled.md'
].map(fixture)
const PLANS = ['plan-table-style.md', 'plan-fenced-targets.md', 'plan-legacy.md'].map(fixture)
const IOSM = fixture('iosm-report.md')

const FRAGMENTS = [
  '```',
  '~~~',
  '````markdown',
  '<!--',
  '-->',
  '| Gate | Target | Final | Status |',
  '|---|---|---|---|',
  '| **Gate-I** | ≥0.8 | 0.9 | ⚪ SKIP |',
  '| SC-01 | x | `a.py` | S | false | low | `a.py|b` | ok | extra |',
  '| a | b',
  '|',
  '#',
  '## ',
  '## Files Touched',
  '### Touches Actual (observed) — v1.1.1',
  '### Created',
  '### Gate-I (Improve) N/A',
  '## IOSM Quality Checks',
  '## SpawnCandidates',
  '## Errors Encountered',
  '### E-01: [Error Type]',
  '**Example:**',
  '## Handoff Notes',
  '- **Blocks T05, T-AUTO-2:** x',
  '- [x] **Gate-I:** ok',
  '- [⚠️] half',
  '- **Score:** 7 / 0',
  '**Score:** N/A',
  '**Status:** ✅ Complete | ⚠️ Partial',
  '**Status:**',
  '**Final Index:** = = =',
  '├── a/ ..... NEW (',
  '│   └── ....... MODIFIED (+-3 lines)',
  '└── ',
  '../../etc/passwd ..... DELETED',
  'BLOCKER:',
  '- ❌ **:** ',
  '~~- ❌ **x:** y',
  '### Phase 9 — x',
  '#### Stream',
  '- [ ] **T01**: again',
  '- [ ] **T1**:',
  '- [x] **nope**: no id',
  '### Task T03:',
  '  - **Depends on:** All Phase 9-1 tasks',
  '  - **Touches:** [x], `',
  '  - **Acceptance:**',
  '      - deeper',
  '\t- tabbed',
  '`unclosed code',
  '\u0000',
  '\uFEFF',
  '\u200D\uFE0F',
  '\uD800',
  ''
]

const lineArb = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom(...FRAGMENTS, 'a ', ' ', '`', '*', '.', '1'),
        fc.integer({ min: 100, max: 12_000 })
      )
      .map(([s, n]) => s.repeat(Math.ceil(n / Math.max(1, s.length))))
  }
)

type Mutation =
  | { op: 'insert'; at: number; line: string }
  | { op: 'delete'; at: number; count: number }
  | { op: 'replace'; at: number; line: string }
  | { op: 'join'; at: number }
  | { op: 'copy'; at: number; count: number; to: number }

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), line: lineArb }),
  fc.record({
    op: fc.constant('delete' as const),
    at: fc.nat(),
    count: fc.integer({ min: 1, max: 20 })
  }),
  fc.record({ op: fc.constant('replace' as const), at: fc.nat(), line: lineArb }),
  fc.record({ op: fc.constant('join' as const), at: fc.nat() }),
  fc.record({
    op: fc.constant('copy' as const),
    at: fc.nat(),
    count: fc.integer({ min: 1, max: 30 }),
    to: fc.nat()
  })
)

function mutate(text: string, mutations: Mutation[], eol: string, bom: boolean): string {
  const lines = text.split('\n')
  for (const m of mutations) {
    const at = lines.length === 0 ? 0 : m.at % lines.length
    if (m.op === 'insert') lines.splice(at, 0, m.line)
    else if (m.op === 'delete') lines.splice(at, m.count)
    else if (m.op === 'replace') lines[at] = m.line
    else if (m.op === 'join') lines.splice(at, 2, `${lines[at] ?? ''}${lines[at + 1] ?? ''}`)
    else lines.splice(m.to % (lines.length + 1), 0, ...lines.slice(at, at + m.count))
  }
  return (bom ? '\uFEFF' : '') + lines.join(eol)
}

const docArb = (bases: string[]) =>
  fc
    .tuple(
      fc.constantFrom(...bases),
      fc.array(mutationArb, { maxLength: 25 }),
      fc.constantFrom('\n', '\r\n', '\r'),
      fc.boolean()
    )
    .map(([base, mutations, eol, bom]) => mutate(base, mutations, eol, bom))

const STATUSES: TaskStatus[] = ['complete', 'partial', 'blocked', 'in-progress', 'todo', 'unknown']

function lineCount(text: string): number {
  return text.split(/\r\n|\r|\n/).length
}

function checkDiagnostics(diagnostics: Diagnostic[], files: Map<string, string>): void {
  for (const d of diagnostics) {
    expect(typeof d.file).toBe('string')
    expect(d.file).not.toBe('')
    expect(Number.isInteger(d.line) && d.line >= 1).toBe(true)
    expect(['error', 'warning', 'notice']).toContain(d.severity)
    expect(d.message).not.toBe('')
    const text = files.get(d.file)
    if (text !== undefined) expect(d.line).toBeLessThanOrEqual(lineCount(text))
  }
}

function checkReport(report: Report, text: string): void {
  const last = lineCount(text)
  expect(STATUSES).toContain(report.status)
  for (const g of Object.values(report.gates)) {
    expect(g.score).toBeGreaterThanOrEqual(0)
    expect(g.score).toBeLessThanOrEqual(1)
    expect(Math.round(g.score * 1000) / 1000).toBe(g.score)
    expect(g.line).toBeGreaterThanOrEqual(1)
    expect(g.line).toBeLessThanOrEqual(last)
  }
  const claims = [
    ...report.files.created,
    ...report.files.modified,
    ...report.files.deleted,
    ...report.files.touched
  ]
  for (const c of claims) {
    expect(c.path).not.toBe('')
    expect(c.path.startsWith('./') || c.path.startsWith('/') || c.path.includes('\\')).toBe(false)
    expect(c.path.split('/')).not.toContain('..')
    expect(c.line).toBeGreaterThanOrEqual(1)
    expect(c.line).toBeLessThanOrEqual(last)
  }
  const lines = [
    report.statusLine,
    report.titleLine,
    ...report.blockers.map(b => b.line),
    ...report.errors.map(e => e.line),
    ...report.spawnCandidates.map(s => s.line),
    ...report.dependsOn.map(r => r.line),
    ...report.blocks.map(r => r.line)
  ]
  for (const l of lines) {
    expect(Number.isInteger(l) && l >= 1 && l <= last).toBe(true)
  }
}

const RUNS = { numRuns: 1500 }

// Summaries with markup are read here and now, as the pipeline does once it has loaded the parser.
await loadMarkdownParser()

describe('parser properties', () => {
  test('mutated reports parse without throwing', () => {
    fc.assert(
      fc.property(docArb(REPORTS), fc.boolean(), (text, partial) => {
        const diagnostics: Diagnostic[] = []
        const report = parseReport({ path: 'reports/T07.md', text }, 'T07', partial, diagnostics)
        checkReport(report, text)
        if (partial) expect(report.status).not.toBe('complete')
        checkDiagnostics(diagnostics, new Map([['reports/T07.md', text]]))
      }),
      RUNS
    )
  })

  test('mutated plans parse without throwing; ids unique and well-formed', () => {
    fc.assert(
      fc.property(docArb(PLANS), text => {
        const diagnostics: Diagnostic[] = []
        const plan = parsePlan({ path: 'plan.md', text }, diagnostics)
        const ids = plan.tasks.map(t => t.id)
        expect(new Set(ids).size).toBe(ids.length)
        for (const t of plan.tasks) {
          expect(t.id).toMatch(/^(?:T\d+|T-AUTO-\d+)$/)
          expect(t.line).toBeGreaterThanOrEqual(1)
          expect(t.line).toBeLessThanOrEqual(lineCount(text))
          for (const p of t.dependsOnPhases) expect(p.from).toBeLessThanOrEqual(p.to)
        }
        for (const g of Object.values(plan.gateTargets)) {
          if (g.threshold !== null) expect(g.threshold >= 0 && g.threshold <= 1).toBe(true)
        }
        checkDiagnostics(diagnostics, new Map([['plan.md', text]]))
      }),
      RUNS
    )
  })

  test('mutated iosm reports and PRDs parse without throwing', () => {
    fc.assert(
      fc.property(docArb([IOSM, ...REPORTS]), text => {
        const diagnostics: Diagnostic[] = []
        const iosm = parseIosmReport({ path: 'iosm_report.md', text }, diagnostics)
        for (const g of Object.values(iosm.gates)) {
          if (g.score !== null) expect(g.score >= 0 && g.score <= 1).toBe(true)
          expect(g.skipped).toBe(g.score === null)
        }
        parsePrdTargets({ path: 'PRD.md', text: `## 10. IOSM Targets\n${text}` }, diagnostics)
        checkDiagnostics(diagnostics, new Map([['iosm_report.md', text]]))
      }),
      { numRuns: 1000 }
    )
  })

  test('random text as every file of a track', () => {
    const textArb = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 300 }),
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.array(lineArb, { maxLength: 60 }).map(ls => ls.join('\n'))
    )
    fc.assert(
      fc.property(textArb, textArb, textArb, (a, b, c) => {
        const track: ParsedTrack = parseTrack({
          id: 't',
          dir: 'swarm/tracks/t',
          plan: { path: 'plan.md', text: a },
          prd: { path: 'PRD.md', text: b },
          iosmReport: { path: 'iosm_report.md', text: c },
          reports: [
            { path: 'reports/T01.md', text: b },
            { path: 'reports/T02-partial.md', text: a }
          ],
          unreadableReports: [],
          diagnostics: []
        })
        expect(track.reports).toHaveLength(2)
        expect(track.diagnostics.some(d => d.message.startsWith('could not be parsed'))).toBe(false)
        checkDiagnostics(
          track.diagnostics,
          new Map([
            ['plan.md', a],
            ['PRD.md', b],
            ['iosm_report.md', c],
            ['reports/T01.md', b],
            ['reports/T02-partial.md', a]
          ])
        )
      }),
      { numRuns: 1000 }
    )
  })
})
