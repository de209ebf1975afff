// Properties of the parser. Whatever the input, it returns a model and never
// throws, and every diagnostic and line number it gives points into the file.
// And the same report content written in the template's shape and in the
// shapes and languages agents drift to gives the same model: status, files,
// gate scores and blockers (each language's words from its table in
// parse/languages.ts).
import fc from 'fast-check'
import type { Diagnostic, ParsedTrack, Report, TaskStatus } from '../../src/model.js'
import { parseIosmReport } from '../../src/parse/iosm-report.js'
import { LANGUAGES, type Language } from '../../src/parse/languages.js'
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

interface Content {
  status: 'complete' | 'partial' | 'blocked'
  created: string[]
  modified: string[]
  /** Gate-I and Gate-O as twentieths (0.05 steps), or null when not evaluated. */
  gateI: number | null
  gateO: number | null
  blockers: string[]
}

const segment = fc.stringMatching(/^[a-z][a-z0-9]{0,7}$/)
const pathArb = fc
  .tuple(fc.array(segment, { minLength: 0, maxLength: 2 }), segment, fc.constantFrom('ts', 'py'))
  .map(([dirs, name, ext]) => [...dirs, `${name}.${ext}`].join('/'))
const titleArb = fc
  .array(fc.stringMatching(/^[A-Za-z]{2,9}$/), { minLength: 2, maxLength: 5 })
  .map(words => words.join(' '))
const twentieths = fc.option(fc.integer({ min: 0, max: 20 }), { nil: null })

const contentArb: fc.Arbitrary<Content> = fc
  .record({
    status: fc.constantFrom('complete' as const, 'partial' as const, 'blocked' as const),
    paths: fc.uniqueArray(pathArb, { minLength: 1, maxLength: 6 }),
    split: fc.nat(),
    gateI: twentieths,
    gateO: twentieths,
    blockers: fc.uniqueArray(titleArb, { maxLength: 3 })
  })
  .map(({ paths, split, ...rest }) => {
    const k = split % (paths.length + 1)
    return { ...rest, created: paths.slice(0, k), modified: paths.slice(k) }
  })

const decimal = (t: number): string => (t / 20).toFixed(2)

function templateShape(c: Content): string {
  const status = { complete: '✅ Complete', partial: '⚠️ Partial', blocked: '❌ Blocked' }[c.status]
  const gate = (name: string, t: number | null) =>
    t === null ? [] : [`### ${name}`, `- **Score:** ${decimal(t)} / 1.0`, '']
  return [
    '# Subagent Report: Task T04 — Upload quota',
    '',
    `**Status:** ${status}`,
    '',
    '## Summary',
    'The quota counter and its wiring.',
    '',
    '## Files Touched',
    '',
    '### Created',
    ...c.created.map(p => `- \`${p}\` - new`),
    '',
    '### Modified',
    ...c.modified.map(p => `- \`${p}\` - changed`),
    '',
    '## IOSM Quality Gate Results',
    '',
    ...gate('Gate-I (Improve)', c.gateI),
    ...gate('Gate-O (Optimize)', c.gateO),
    '## Blockers & Open Questions',
    '',
    '### Blockers (Issues preventing completion)',
    ...(c.blockers.length === 0 ? ['- None'] : c.blockers.map(b => `- ❌ **${b}:** details`)),
    ''
  ].join('\n')
}

/** The local word for a status, from a language's table. */
function localStatus(table: Record<string, TaskStatus>, status: TaskStatus, lang: string): string {
  const found = Object.entries(table).find(([, v]) => v === status)
  if (!found) throw new Error(`${lang} has no word for ${status}`)
  return found[0]
}

/** The local name of a section or field; a language that writes it as English does (German `Status`) has no entry. */
function localName(table: Record<string, string>, english: string): string {
  return Object.entries(table).find(([, v]) => v === english)?.[0] ?? english
}

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)

/** Unbolded fields, local names, bold labels as sub-headings, numbered lists, %, decimal commas. */
function driftShape(c: Content, lang: string, l: Language): string {
  const name = (english: string) => capital(localName(l.names, english))
  const status = capital(localStatus(l.statuses, c.status, lang))
  const gateLines = [
    ...(c.gateI === null ? [] : [`- Gate-I: ${c.gateI * 5}%`]),
    ...(c.gateO === null ? [] : [`- Gate-O: ${decimal(c.gateO).replace('.', ',')}`])
  ]
  return [
    '# T04 — Upload quota',
    '',
    `${name('status')}: ${status}`,
    '',
    `## ${name('summary')}`,
    'The quota counter and its wiring.',
    '',
    `## ${name('files touched')}`,
    '',
    `**${name('created')}:**`,
    ...c.created.map((p, i) => `${i + 1}. \`${p}\``),
    '',
    `**${name('modified')}:**`,
    ...c.modified.map((p, i) => `${i + 1}. \`${p}\``),
    '',
    `## ${name('iosm quality gate results')}`,
    '',
    ...gateLines,
    '',
    `## ${name('blockers')}`,
    '',
    ...(c.blockers.length === 0
      ? [`${capital(l.none[0] ?? 'none')}.`]
      : c.blockers.map(b => `- ❌ **${b}:** details`)),
    ''
  ].join('\n')
}

function model(text: string) {
  const diagnostics: Diagnostic[] = []
  const r: Report = parseReport({ path: 'reports/T04.md', text }, 'T04', false, diagnostics)
  return {
    status: r.status,
    created: r.files.created.map(f => f.path).sort(),
    modified: r.files.modified.map(f => f.path).sort(),
    gates: Object.fromEntries(Object.entries(r.gates).map(([k, g]) => [k, g?.score])),
    blockers: r.blockers.filter(b => !b.resolved).map(b => b.title),
    errors: diagnostics.filter(d => d.severity === 'error').map(d => d.message)
  }
}

describe.each(Object.entries(LANGUAGES))('reports in %s', (lang, table) => {
  test('give the model of the template shape with the same content', () => {
    fc.assert(
      fc.property(contentArb, c => {
        const expected = model(templateShape(c))
        expect(expected.created).toEqual([...c.created].sort())
        expect(expected.modified).toEqual([...c.modified].sort())
        expect(expected.status).toBe(c.status)
        expect(expected.gates['I']).toBe(c.gateI === null ? undefined : c.gateI / 20)
        expect(expected.blockers).toEqual(c.blockers)
        expect(model(driftShape(c, lang, table))).toEqual(expected)
      }),
      { numRuns: 150 }
    )
  })
})
