import type { Diagnostic } from '../../src/model.js'
import { parseIosmReport } from '../../src/parse/iosm-report.js'
import { readScore } from '../../src/parse/numbers.js'
import { parsePlan } from '../../src/parse/plan.js'
import { parsePrdTargets } from '../../src/parse/prd.js'
import { parseReport } from '../../src/parse/report.js'
import { readTarget } from '../../src/parse/targets.js'
import { brief, fixture, lineOf, source } from './helpers.js'

describe('numbers as people write them', () => {
  test.each([
    ['0.82', 0.82],
    ['0,82', 0.82],
    ['85%', 0.85],
    ['85 %', 0.85],
    ['78/100', 0.78],
    ['4/5', 0.8],
    ['1.5/5', 0.3],
    ['1,5 / 5', 0.3],
    ['0.9 / 1.0', 0.9],
    ['3 out of 4', 0.75],
    ['85', 0.85],
    ['1.4 / 1.0', 1.4],
    ['0.85 (Good)', 0.85],
    ['.9', 0.9]
  ])('%s reads as %d', (text, value) => {
    expect(readScore(text)).toEqual({ kind: 'value', value })
  })

  test.each(['1.5', '250', '-0.2', '3/0'])('%s is unreadable, not a guess', text => {
    expect(readScore(text).kind).toBe('unreadable')
  })

  test('no number at all', () => {
    expect(readScore('pending')).toEqual({ kind: 'none' })
  })

  test.each([
    ['≥ 0,75', 0.75],
    ['>= 75 %', 0.75],
    ['≥ 4/5', 0.8],
    ['at least 0,8', 0.8]
  ])('target %s', (raw, threshold) => {
    expect(readTarget(raw)).toEqual({ kind: 'numeric', threshold, known: true })
  })

  test('an unreadable numeric target says why', () => {
    expect(readTarget('≥ 1.5')).toMatchObject({ kind: 'numeric', threshold: null, known: false })
    expect(readTarget('≥ 1.5').unreadable).toMatch(/no scale/)
  })
})

describe('gate scores in other shapes', () => {
  test('heading score, unbolded bullet, bold bullet with a ratio, a Gate / Result table', () => {
    const text = fixture('drift/report-gate-shapes.md')
    const out: Diagnostic[] = []
    const report = parseReport(source('reports/T05.md', text), 'T05', false, out)
    expect(report.gates).toEqual({
      I: { score: 0.85, source: 'score', line: lineOf(text, '### Gate-I') },
      O: { score: 0.7, source: 'score', line: lineOf(text, 'Gate-O: 0,70') },
      S: { score: 0.8, source: 'score', line: lineOf(text, '**Gate-S:**') },
      M: { score: 0.78, source: 'score', line: lineOf(text, '| Gate-M') }
    })
    expect(brief(out)).toEqual([])
  })

  test('an unreadable score is a warning and the gate is not evaluated, never 0', () => {
    const text = fixture('drift/report-unreadable-scores.md')
    const out: Diagnostic[] = []
    const report = parseReport(source('reports/T06.md', text), 'T06', false, out)
    expect(report.gates).toEqual({
      M: { score: 0.9, source: 'score', line: lineOf(text, '0,9 / 1,0') }
    })
    expect(report.overallScore).toBeNull()
    expect(brief(out)).toEqual([
      `warning ${lineOf(text, 'Score:** high')}: Gate-I score "high" holds no number; Gate-I counts as not evaluated in this report`,
      `warning ${lineOf(text, 'Score:** 1.5')}: Gate-O score "1.5" cannot be read: 1.5 is above 1 and names no scale (write 1.5/5 or 1.5%); Gate-O counts as not evaluated in this report`,
      `warning ${lineOf(text, 'Overall IOSM')}: overall score "250" cannot be read: 250 is neither a fraction of 1 nor a percentage; it is left out`
    ])
  })

  test('a pass or fail word: the score written after it, else the word; prose naming a gate is not read', () => {
    const text = fixture('drift/report-gate-words.md')
    const out: Diagnostic[] = []
    const report = parseReport(source('reports/T07.md', text), 'T07', false, out)
    expect(report.gates).toEqual({
      I: { score: 0.92, source: 'score', line: lineOf(text, 'PASS — 92%') },
      O: { score: 0.4, source: 'score', line: lineOf(text, 'FAIL (0.40)') },
      S: { score: 1, source: 'checklist', line: lineOf(text, 'Gate-S: ✅ PASS') },
      M: { score: 0, source: 'checklist', line: lineOf(text, 'failed — 2 tests') }
    })
    expect(brief(out)).toEqual([])
  })

  test('a bold gate label heads its checklist; a mark after the name; a value that is none of these is a warning', () => {
    const text = fixture('drift/report-gate-labels.md')
    const out: Diagnostic[] = []
    const report = parseReport(source('reports/T08.md', text), 'T08', false, out)
    expect(report.gates).toEqual({
      I: { score: 1, source: 'checklist', line: lineOf(text, 'names are clear') },
      O: { score: 0.5, source: 'checklist', line: lineOf(text, 'no repeated queries') },
      S: { score: 1, source: 'checklist', line: lineOf(text, 'Gate-S (Shrink)') }
    })
    expect(brief(out)).toEqual([
      `warning ${lineOf(text, 'Gate-M: pending')}: Gate-M "pending" is neither a score, a pass or fail, nor N/A; it is not read, and Gate-M counts as not evaluated unless the report scores it elsewhere`
    ])
  })

  test('gate tables: a Score column beats a Status column, headers in Russian; a table with no value column is a warning when nothing else scores its gates', () => {
    const text = fixture('drift/report-gate-tables.md')
    const out: Diagnostic[] = []
    const report = parseReport(source('reports/T09.md', text), 'T09', false, out)
    expect(report.gates).toEqual({
      I: { score: 0.95, source: 'score', line: lineOf(text, '| Gate-I') },
      O: { score: 0.55, source: 'score', line: lineOf(text, '| Gate-O') },
      S: { score: 0.62, source: 'score', line: lineOf(text, '| Gate-S') }
    })
    expect(brief(out)).toEqual([
      `warning ${lineOf(text, '| Gate | Notes')}: this table names gates but has no Score, Final, Actual, Value, Result or Status column (columns: gate, notes); its rows are not read`
    ])
  })

  test('iosm_report.md: a table headed in Russian; its Score column beats its Result column', () => {
    const text = fixture('drift/iosm-report-ranked.md')
    const out: Diagnostic[] = []
    const iosm = parseIosmReport(source('iosm_report.md', text), out)
    expect(iosm.gates.I).toMatchObject({ score: 0.72, line: lineOf(text, '| Gate-I') })
    expect(iosm.gates.O).toMatchObject({ score: 0.41, line: lineOf(text, '| Gate-O') })
    expect(brief(out)).toEqual([])
  })

  test('iosm_report.md: a score written after PASS or FAIL is the value, as in a report', () => {
    const text = [
      '# IOSM Report',
      '| Gate | Final |',
      '|---|---|',
      '| Gate-I | ✅ PASS (0.55) |',
      '| Gate-O | ❌ FAIL — 0,40 |',
      '| Gate-M | PASS |'
    ].join('\n')
    const out: Diagnostic[] = []
    const iosm = parseIosmReport(source('iosm_report.md', text), out)
    expect([iosm.gates.I?.score, iosm.gates.O?.score, iosm.gates.M?.score]).toEqual([0.55, 0.4, 1])
    expect(brief(out)).toEqual([])
  })

  test('iosm_report.md: decimal commas in scores and the stated index; an unreadable final value is left out', () => {
    const text = fixture('drift/iosm-report-commas.md')
    const out: Diagnostic[] = []
    const iosm = parseIosmReport(source('iosm_report.md', text), out)
    expect(iosm.statedIndex).toEqual({ value: 0.81, line: lineOf(text, 'IOSM-Index') })
    expect(iosm.gates.I?.score).toBe(0.82)
    expect(iosm.gates.O?.score).toBe(0.85)
    expect(iosm.gates.S).toMatchObject({ score: null, skipped: true })
    expect(iosm.gates.M).toBeUndefined()
    expect(brief(out)).toEqual([
      `warning ${lineOf(text, '| Gate-M')}: Gate-M score "150" cannot be read (150 is neither a fraction of 1 nor a percentage); the task reports' scores are used instead`
    ])
  })
})

describe('targets in other shapes', () => {
  test('plan: bullets under Quality Gate Targets; an unreadable target falls back', () => {
    const text = fixture('drift/plan-target-shapes.md')
    const out: Diagnostic[] = []
    const plan = parsePlan(source('plan.md', text), out)
    expect(plan.gateTargets.I).toMatchObject({ kind: 'numeric', threshold: 0.75 })
    expect(plan.gateTargets.O).toMatchObject({ kind: 'numeric', threshold: 0.8 })
    expect(plan.gateTargets.S).toMatchObject({ kind: 'skip' })
    expect(plan.gateTargets.M).toBeUndefined()
    expect(brief(out)).toEqual([
      `warning ${lineOf(text, 'Gate-M:')}: Gate-M target "≥ 1,5,0" cannot be read (1,5 is above 1 and names no scale (write 1,5/5 or 1,5%)); the PRD's target or the default floor applies instead`
    ])
  })

  test('PRD: targets written as bullets', () => {
    const text = fixture('drift/prd-bullet-targets.md')
    const out: Diagnostic[] = []
    const targets = parsePrdTargets(source('PRD.md', text), out)
    expect(targets.I).toMatchObject({ kind: 'numeric', threshold: 0.8, source: 'prd' })
    expect(targets.O).toMatchObject({ kind: 'binary' })
    expect(targets.M).toMatchObject({ kind: 'numeric', threshold: 0.65 })
    expect(out).toEqual([])
  })

  test('a Gate Targets section with nothing readable is a warning', () => {
    const text = '# Plan\n\n## Gate Targets\n\nTargets are decided later.\n'
    const out: Diagnostic[] = []
    parsePlan(source('plan.md', text), out)
    expect(brief(out)).toContain(
      `warning 3: section "Gate Targets" holds no gate target the parser can read (a Gate / Target table or "- Gate-I: ≥ 0.80" bullets); the PRD's targets or the default floors apply`
    )
  })
})
