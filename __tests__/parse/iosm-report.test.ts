import type { Diagnostic } from '../../src/model.js'
import { parseIosmReport } from '../../src/parse/iosm-report.js'
import { parsePrdTargets } from '../../src/parse/prd.js'
import { brief, fixture, lineOf, source } from './helpers.js'

describe('iosm_report.md', () => {
  test('per-gate Score wins over the table; binary words and SKIP read; formula index', () => {
    const text = fixture('iosm-report.md')
    const diagnostics: Diagnostic[] = []
    const iosm = parseIosmReport(source('iosm_report.md', text), diagnostics)
    expect(iosm.gates).toEqual({
      I: { score: 0.88, skipped: false, raw: '0.88 / 1.0', line: lineOf(text, '**Score:** 0.88') },
      O: { score: 1, skipped: false, raw: 'All pass', line: lineOf(text, '**Gate-O** (Optimize)') },
      S: {
        score: null,
        skipped: true,
        raw: 'N/A (skipped — no surface change)',
        line: lineOf(text, '**Score:** N/A')
      },
      M: { score: 1, skipped: false, raw: 'PASS', line: lineOf(text, '**Gate-M** (Modularize)') }
    })
    expect(Object.keys(iosm.gates)).toEqual(['I', 'O', 'S', 'M'])
    expect(iosm.statedIndex).toEqual({ value: 0.96, line: lineOf(text, '**IOSM-Index:**') })
    expect(diagnostics).toEqual([])
  })

  test('Final Index wins over a formula line; failing and unreadable final cells', () => {
    const text = [
      '# Report',
      '**IOSM-Index:** 0.70',
      '**Final Index:** 0.81',
      '',
      '| Gate | Target | Final | Status |',
      '|---|---|---|---|',
      '| Gate-I | ≥0.8 | FAIL | ❌ |',
      '| Gate-O | pass | N/A | - |',
      '| Gate-M | pass | unclear | ? |'
    ].join('\n')
    const diagnostics: Diagnostic[] = []
    const iosm = parseIosmReport(source('iosm_report.md', text), diagnostics)
    expect(iosm.statedIndex).toEqual({ value: 0.81, line: 3 })
    expect(iosm.gates).toEqual({
      I: { score: 0, skipped: false, raw: 'FAIL', line: 7 },
      O: { score: null, skipped: true, raw: 'N/A', line: 8 }
    })
    expect(brief(diagnostics)).toEqual([
      'warning 9: Gate-M final value "unclear" is neither a score nor pass/fail'
    ])
  })

  test('a gate-heavy report still reads its first score (no spread of every heading)', () => {
    // 200,000 gate headings: spreading their levels into Math.min overflowed the stack.
    const text =
      '## Gate-I: Improve\n**Score:** 0.30 / 1.0\n' + '## Gate-I: Improve\n'.repeat(200_000)
    const diagnostics: Diagnostic[] = []
    const iosm = parseIosmReport(source('iosm_report.md', text), diagnostics)
    expect(iosm.gates.I).toEqual({ score: 0.3, skipped: false, raw: '0.30 / 1.0', line: 2 })
  })

  test('no index and no gates', () => {
    const iosm = parseIosmReport(source('iosm_report.md', '# Nothing here\n'), [])
    expect(iosm).toEqual({ file: 'iosm_report.md', gates: {}, statedIndex: null })
  })
})

describe('PRD §10 targets', () => {
  test('the Gate | Baseline | Target | Expected Δ table', () => {
    const text = [
      '# PRD',
      '## 9. Rollout',
      '| Gate | Target |',
      '|---|---|',
      '| Gate-I | 0.99 |',
      '## 10. IOSM Targets',
      '',
      '| Gate | Baseline | Target | Expected Δ |',
      '|------|----------|--------|-----------|',
      '| **Gate-I** | 0.6 | ≥0.70 | +0.1 |',
      '| **Gate-O** | 2 failing | All pass | fixed |',
      '| **Gate-S** | N/A | N/A | none |',
      '| **Gate-M** | ok | whatever we get | - |'
    ].join('\n')
    const diagnostics: Diagnostic[] = []
    const targets = parsePrdTargets(source('PRD.md', text), diagnostics)
    expect(targets.I).toMatchObject({
      kind: 'numeric',
      threshold: 0.7,
      source: 'prd',
      file: 'PRD.md',
      line: 10
    })
    expect(targets.O).toMatchObject({ kind: 'binary', raw: 'All pass', line: 11 })
    expect(targets.S).toMatchObject({ kind: 'skip' })
    expect(targets.M).toMatchObject({ kind: 'binary', raw: 'whatever we get' })
    expect(brief(diagnostics)).toEqual([
      'warning 13: Gate-M target "whatever we get" is not a number, pass or N/A; read as pass/fail'
    ])
  })

  test('per-gate bullets: only a gate-level Target line counts', () => {
    const text = [
      '## 10. IOSM Targets',
      '### Gate-I (Improve) Targets',
      '- Semantic clarity: ≥0.95',
      '- **Target:** ≥0.85',
      '### Gate-O (Optimize) Targets',
      '- P95 latency: ≤200ms',
      '### Gate-M (Modularize) Targets',
      '- Target: pass'
    ].join('\n')
    const targets = parsePrdTargets(source('PRD.md', text), [])
    expect(Object.keys(targets)).toEqual(['I', 'M'])
    expect(targets.I).toMatchObject({ kind: 'numeric', threshold: 0.85, line: 4 })
    expect(targets.M).toMatchObject({ kind: 'binary', line: 8 })
  })

  test('no §10: no targets', () => {
    expect(parsePrdTargets(source('PRD.md', '# PRD\n## 1. Problem\n'), [])).toEqual({})
  })
})
