// The same report content written in the template's shape and in the shapes and
// languages agents drift to must give the same model: status, files, gate scores
// and blockers. Each language's words come from its table in parse/languages.ts.
import fc from 'fast-check'
import type { Diagnostic, Report, TaskStatus } from '../../src/model.js'
import { LANGUAGES, type Language } from '../../src/parse/languages.js'
import { parseReport } from '../../src/parse/report.js'

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
