import { analyzeGates, computeIndex, ratingFor } from '../../src/analyze/gates.js'
import { round3 } from '../../src/scores.js'
import {
  gateValue,
  iosm,
  plan,
  planTask,
  report,
  target
} from '../../__fixtures__/analyze/builders.js'
import type {
  GateKey,
  GateResult,
  GateTarget,
  NaPolicy,
  PlanTask,
  Report
} from '../../src/model.js'

type Task = { id: string; plan: PlanTask | null; report: Report | null }

const input = (over: {
  tasks?: Task[]
  planTargets?: Partial<Record<GateKey, GateTarget>> | null
  prdTargets?: Partial<Record<GateKey, GateTarget>>
  iosm?: ReturnType<typeof iosm> | null
}) => ({
  plan: over.planTargets === null ? null : plan([], { gateTargets: over.planTargets ?? {} }),
  prdTargets: over.prdTargets ?? {},
  iosm: over.iosm ?? null,
  tasks: over.tasks ?? []
})

const withGates = (id: string, gates: Partial<Record<GateKey, number>>): Task => ({
  id,
  plan: null,
  report: report(id, {
    gates: Object.fromEntries(Object.entries(gates).map(([g, v]) => [g, gateValue(v)]))
  })
})

describe('analyzeGates: scores and targets', () => {
  it('averages the tasks that evaluated a gate when there is no iosm_report', () => {
    const r = analyzeGates(
      input({
        tasks: [
          withGates('T01', { I: 0.8 }),
          withGates('T02', { I: 0.9, M: 0.7 }),
          withGates('T03', {})
        ]
      }),
      'exclude'
    )
    expect(r.gates.I).toEqual({
      score: 0.85,
      target: '≥0.70',
      status: 'pass',
      source: 'tasks',
      targetSource: 'default'
    })
    expect(r.gates.M).toMatchObject({ score: 0.7, target: '≥0.65', status: 'pass' })
    expect(r.gates.O).toEqual({
      score: null,
      target: '≥0.60',
      status: 'not-evaluated',
      source: 'none',
      targetSource: 'default'
    })
    expect(r.iosmIndex).toBe(0.775)
  })

  it('prefers iosm_report.md per gate and falls back to the tasks for gates it lacks', () => {
    const r = analyzeGates(
      input({ iosm: iosm({ I: 0.6 }), tasks: [withGates('T01', { I: 1, O: 0.5 })] }),
      'exclude'
    )
    expect(r.gates.I).toMatchObject({ score: 0.6, source: 'iosm-report', status: 'fail' })
    expect(r.gates.O).toMatchObject({ score: 0.5, source: 'tasks', status: 'fail' })
  })

  it('takes plan targets, then PRD targets, then the floors', () => {
    const r = analyzeGates(
      input({
        planTargets: { I: target('I', '≥0.75') },
        prdTargets: { I: target('I', '≥0.95', 'prd'), O: target('O', '>= 0.8', 'prd') },
        iosm: iosm({ I: 0.76, O: 0.79, S: 0.64, M: 0.65 })
      }),
      'exclude'
    )
    expect([r.gates.I.target, r.gates.I.targetSource, r.gates.I.status]).toEqual([
      '≥0.75',
      'plan',
      'pass'
    ])
    expect([r.gates.O.target, r.gates.O.targetSource, r.gates.O.status]).toEqual([
      '≥0.80',
      'prd',
      'fail'
    ])
    expect([r.gates.S.target, r.gates.S.targetSource, r.gates.S.status]).toEqual([
      '≥0.65',
      'default',
      'fail'
    ])
    expect([r.gates.M.target, r.gates.M.status]).toEqual(['≥0.65', 'pass'])
  })

  it('passes a binary target only at 1.0', () => {
    const targets = { O: target('O', 'tests pass'), M: target('M', 'pass (no cycles)') }
    const r = analyzeGates(
      input({
        planTargets: targets,
        tasks: [withGates('T01', { O: 1, M: 1 }), withGates('T02', { M: 0.99 })]
      }),
      'exclude'
    )
    expect(r.gates.O).toMatchObject({ target: 'pass', status: 'pass' })
    expect(r.gates.M).toMatchObject({ target: 'pass', status: 'fail', score: 0.995 })
  })

  it('skips a gate with a skip target but still shows its score; a skip in iosm_report skips too', () => {
    const r = analyzeGates(
      input({ planTargets: { S: target('S', 'N/A') }, iosm: iosm({ S: 0.4, O: 'skip' }) }),
      'exclude'
    )
    expect(r.gates.S).toMatchObject({ score: 0.4, target: 'skip', status: 'skip' })
    expect(r.gates.O).toMatchObject({
      score: null,
      target: '≥0.60',
      status: 'skip',
      source: 'iosm-report'
    })
  })

  it('clamps scores to [0, 1]', () => {
    const r = analyzeGates(input({ iosm: iosm({ I: 1.4, O: -0.2 }) }), 'exclude')
    expect([r.gates.I.score, r.gates.O.score]).toEqual([1, 0])
  })
})

describe('analyzeGates: diagnostics', () => {
  it('warns when the stated index is off by more than 0.01, at its line', () => {
    const off = analyzeGates(
      input({ iosm: iosm({ I: 0.89, O: 1, M: 1, S: 'skip' }, 0.85) }),
      'exclude'
    )
    expect(off.diagnostics).toEqual([
      {
        severity: 'warning',
        file: 'iosm_report.md',
        line: 7,
        message:
          'iosm_report.md states IOSM-Index 0.85, but its gate scores give 0.963 (na-policy exclude); 0.963 is used.'
      }
    ])
    const close = analyzeGates(input({ iosm: iosm({ I: 0.89, O: 1, M: 1 }, 0.955) }), 'exclude')
    expect(close.diagnostics).toEqual([])
  })

  it('warns when a planned gate check is missing from an existing report', () => {
    const planned = (id: string, checks: GateKey[]) =>
      planTask(id, { iosmChecks: checks, line: 12 })
    const r = analyzeGates(
      input({
        tasks: [
          {
            id: 'T01',
            plan: planned('T01', ['I', 'M']),
            report: report('T01', { gates: { I: gateValue(1) } })
          },
          { id: 'T02', plan: planned('T02', ['O']), report: null }
        ]
      }),
      'exclude'
    )
    expect(r.diagnostics).toEqual([
      {
        severity: 'warning',
        file: 'plan.md',
        line: 12,
        message: 'T01: the plan asks for Gate-M, but reports/T01.md does not evaluate it.'
      }
    ])
  })
})

describe('computeIndex and the na-policies', () => {
  const gate = (score: number | null, status: GateResult['status']): GateResult => ({
    score,
    target: '≥0.70',
    status,
    source: score === null ? 'none' : 'tasks',
    targetSource: 'default'
  })
  const gates = (s: GateResult): Record<GateKey, GateResult> => ({
    I: gate(0.89, 'pass'),
    O: gate(1, 'pass'),
    M: gate(1, 'pass'),
    S: s
  })

  it.each<[NaPolicy, GateResult, number | null]>([
    ['exclude', gate(null, 'skip'), 0.963],
    ['zero', gate(null, 'skip'), 0.723],
    ['strict', gate(null, 'skip'), null],
    ['exclude', gate(null, 'not-evaluated'), 0.963],
    ['zero', gate(null, 'not-evaluated'), 0.723],
    ['strict', gate(null, 'not-evaluated'), null],
    ['exclude', gate(0.5, 'skip'), 0.963],
    ['strict', gate(0.5, 'fail'), 0.848],
    ['zero', gate(0.5, 'fail'), 0.848]
  ])('%s with Gate-S %o gives %p', (policy, s, expected) => {
    expect(computeIndex(gates(s), policy)).toBe(expected)
  })

  it('is null under every policy when no gate was evaluated', () => {
    const none = gate(null, 'not-evaluated')
    for (const policy of ['exclude', 'zero', 'strict'] as const) {
      expect(computeIndex({ I: none, O: none, S: gate(null, 'skip'), M: none }, policy)).toBeNull()
    }
  })
})

describe('round3 and ratingFor', () => {
  it('rounds half away from zero despite binary noise', () => {
    expect(round3(0.9625)).toBe(0.963)
    expect(round3(1.0005)).toBe(1.001)
    expect(round3(0.72249)).toBe(0.722)
    expect(round3(-0.0005)).toBe(-0.001)
    expect(round3(2.89 / 3)).toBe(0.963)
  })

  it.each<[number | null, string | null]>([
    [1, 'Excellent'],
    [0.9, 'Excellent'],
    [0.8996, 'Excellent'],
    [0.8994, 'Good'],
    [0.8, 'Good'],
    [0.799, 'Acceptable'],
    [0.7, 'Acceptable'],
    [0.6, 'Needs Work'],
    [0.5999, 'Needs Work'],
    [0.599, 'Poor'],
    [null, null]
  ])('%p is %p', (index, rating) => {
    expect(ratingFor(index)).toBe(rating)
  })
})
