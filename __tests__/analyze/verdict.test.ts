import { decideVerdict, type VerdictInput } from '../../src/analyze/verdict.js'
import { options } from '../../__fixtures__/analyze/builders.js'
import type { BlockerResult, Diagnostic, GateKey, GateResult, Profile } from '../../src/model.js'

const gate = (
  score: number | null,
  status: GateResult['status'],
  target = '≥0.70'
): GateResult => ({
  score,
  target,
  status,
  source: score === null ? 'none' : 'tasks',
  targetSource: 'plan'
})

const passing: Record<GateKey, GateResult> = {
  I: gate(0.9, 'pass'),
  O: gate(0.9, 'pass'),
  S: gate(0.9, 'pass'),
  M: gate(0.9, 'pass')
}

const base = (over: Partial<VerdictInput> = {}): VerdictInput => ({
  tasks: [{ id: 'T01', status: 'complete' }],
  blockers: [],
  gates: passing,
  iosmIndex: 0.9,
  indexThreshold: 0.8,
  cycles: [],
  conflicts: [],
  diffCheck: null,
  diagnostics: [],
  ...over
})

const blocker = (over: Partial<BlockerResult>): BlockerResult => ({
  task: 'T06',
  title: 'Migration script fails on PostgreSQL 14',
  severity: 'critical',
  resolved: false,
  file: 'reports/T06.md',
  line: 3,
  kind: 'blocker',
  ...over
})

describe('decideVerdict', () => {
  it('succeeds with no reasons when nothing is wrong', () => {
    expect(decideVerdict(base(), options())).toEqual({ conclusion: 'success', reasons: [] })
  })

  it('names incomplete tasks in one sentence, with their status', () => {
    const same = base({
      tasks: ['T01', 'T04', 'T06', 'T05'].map(id => ({
        id,
        status: id === 'T01' ? 'complete' : 'todo'
      }))
    })
    expect(decideVerdict(same, options()).reasons).toEqual([
      '3 tasks are not complete: T04, T05, T06 (todo).'
    ])
    const mixed = base({
      tasks: [
        { id: 'T02', status: 'partial' },
        { id: 'T10', status: 'in-progress' }
      ]
    })
    expect(decideVerdict(mixed, options()).reasons).toEqual([
      '2 tasks are not complete: T02 (partial), T10 (in-progress).'
    ])
    expect(
      decideVerdict(base({ tasks: [{ id: 'T09', status: 'unknown' }] }), options()).reasons
    ).toEqual(['1 task is not complete: T09 (unknown).'])
  })

  it('turns critical unresolved blockers into reasons and ignores the rest', () => {
    const v = decideVerdict(
      base({
        tasks: [
          { id: 'T04', status: 'complete' },
          { id: 'T05', status: 'complete' },
          { id: 'T06', status: 'blocked' }
        ],
        blockers: [
          blocker({ title: 'Migration script fails on PostgreSQL 14.' }),
          blocker({ task: 'T04', title: `Waiting for a key ${'. '.repeat(5000)}\u2003` }),
          blocker({ task: 'T05', kind: 'error', title: 'E-01: test-failed' }),
          blocker({ task: 'T05', kind: 'spawn-candidate', title: 'SC-02: patch the schema' }),
          blocker({ task: 'T05', kind: 'question', severity: 'non-critical', title: 'Which TTL?' }),
          blocker({ task: 'T05', resolved: true, title: 'Old problem' })
        ]
      }),
      options({ failOn: ['blockers'] })
    )
    expect(v.reasons).toEqual([
      'T06 is blocked: Migration script fails on PostgreSQL 14.',
      'T04 reports an unresolved blocker: Waiting for a key.',
      'T05 has an unresolved error E-01: test-failed.',
      'T05 raises a critical spawn candidate SC-02: patch the schema.'
    ])
  })

  it('reports failing gates against their targets', () => {
    const gates = { ...passing, I: gate(0.62, 'fail', '≥0.75'), O: gate(0.5, 'fail', 'pass') }
    expect(decideVerdict(base({ gates }), options({ failOn: ['gates'] })).reasons).toEqual([
      'Gate-I scored 0.62, below its target ≥0.75.',
      'Gate-O scored 0.50, below its target pass (1.00 required).'
    ])
  })

  it.each<[Profile, number | null, boolean]>([
    ['production', 0.8, true],
    ['experimental', 0.7, false],
    ['hotfix', 0.6, false],
    ['prototype', null, false]
  ])('checks the index against the %s profile', (profile, threshold, fails) => {
    const v = decideVerdict(
      base({ iosmIndex: 0.723, indexThreshold: threshold }),
      options({ profile, failOn: ['gates'] })
    )
    expect(v.conclusion).toBe(fails ? 'failure' : 'success')
    if (fails)
      expect(v.reasons).toEqual(['IOSM-Index 0.723 is below the production threshold 0.80.'])
  })

  it('names an explicit threshold as such, and passes at exactly the threshold', () => {
    const o = options({ indexThreshold: 0.85, failOn: ['gates'] })
    expect(decideVerdict(base({ iosmIndex: 0.84, indexThreshold: 0.85 }), o).reasons).toEqual([
      'IOSM-Index 0.840 is below the threshold 0.85 (index-threshold).'
    ])
    expect(decideVerdict(base({ iosmIndex: 0.85, indexThreshold: 0.85 }), o).conclusion).toBe(
      'success'
    )
  })

  it('fails an undefined index under the strict policy, naming the gates', () => {
    const gates = { ...passing, S: gate(null, 'skip'), O: gate(null, 'not-evaluated') }
    const v = decideVerdict(
      base({ gates, iosmIndex: null, indexThreshold: null }),
      options({ naPolicy: 'strict', profile: 'prototype', failOn: ['gates'] })
    )
    expect(v.reasons).toEqual([
      'IOSM-Index is undefined (na-policy strict): Gate-S is skipped and Gate-O was not evaluated.'
    ])
  })

  it('fails for insufficient data when no gate was evaluated and a threshold applies', () => {
    const none = gate(null, 'not-evaluated')
    const gates = { I: none, O: none, S: none, M: none }
    const input = base({ gates, iosmIndex: null })
    expect(decideVerdict(input, options({ failOn: ['gates'] })).reasons).toEqual([
      'No IOSM gate was evaluated: insufficient data to check the IOSM-Index against the production threshold 0.80.'
    ])
    expect(
      decideVerdict({ ...input, indexThreshold: null }, options({ profile: 'prototype' }))
        .conclusion
    ).toBe('success')
    const skipped = gate(null, 'skip')
    const allSkipped = base({
      gates: { I: skipped, O: skipped, S: skipped, M: skipped },
      iosmIndex: null
    })
    expect(decideVerdict(allSkipped, options()).conclusion).toBe('success')
  })

  it('lists cycles, parallel conflicts and unreported files when selected', () => {
    const v = decideVerdict(
      base({
        cycles: [['T02', 'T05']],
        conflicts: [
          { path: 'a.py', tasks: ['T04', 'T05'], kind: 'parallel', reason: 'overlap' },
          { path: 'b.py', tasks: ['T04', 'T05'], kind: 'parallel', reason: 'overlap' },
          { path: 'c.py', tasks: ['T01', 'T04'], kind: 'sequential', reason: 'overlap' },
          { path: '*', tasks: ['T01', 'T07'], kind: 'parallel', reason: 'write-shared' },
          { path: '*', tasks: ['T02', 'T03'], kind: 'parallel', reason: 'note' }
        ],
        diffCheck: {
          files: [],
          unreported: ['x.ts', 'y.ts'],
          phantom: [],
          mismatch: [],
          truncated: false
        }
      }),
      options({ failOn: ['cycles', 'conflicts', 'unreported'] })
    )
    expect(v.reasons).toEqual([
      'Dependency cycle: T02 → T05 → T02.',
      'T04 and T05 both change a.py, b.py with no dependency between them.',
      'T01 and T07 run in parallel although one of them is write-shared; no dependency orders them.',
      '2 changed files are not claimed by any report: x.ts, y.ts.'
    ])
  })

  it('ignores conditions that are not selected', () => {
    const v = decideVerdict(
      base({ cycles: [['T01', 'T02']], tasks: [{ id: 'T01', status: 'todo' }], iosmIndex: 0.1 }),
      options({ failOn: [] })
    )
    expect(v).toEqual({ conclusion: 'success', reasons: [] })
  })

  it('gives at most ten sentences per condition, then counts the rest', () => {
    const blockers = Array.from({ length: 13 }, (_, i) =>
      blocker({ task: `T${i + 1}`, title: `Problem ${i + 1}` })
    )
    const reasons = decideVerdict(base({ blockers }), options({ failOn: ['blockers'] })).reasons
    expect(reasons).toHaveLength(11)
    expect(reasons[9]).toBe('T10 reports an unresolved blocker: Problem 10.')
    expect(reasons[10]).toBe('3 more unresolved blockers.')
  })

  it('shortens very long lists', () => {
    const tasks = Array.from({ length: 25 }, (_, i) => ({
      id: `T${i + 1}`,
      status: 'todo' as const
    }))
    const [reason] = decideVerdict(base({ tasks }), options()).reasons
    expect(reason).toMatch(/^25 tasks are not complete: T1, T2, .*T20 and 5 more \(todo\)\.$/)
  })

  it('fails on input it could not read, one sentence per file, when errors is selected', () => {
    const diagnostics: Diagnostic[] = [
      {
        severity: 'error',
        file: 'plan.md',
        line: 1,
        message: 'could not be read: 6.0 MB is over the 5 MB limit; the verdict cannot be trusted'
      },
      { severity: 'warning', file: 'reports/T01.md', line: 3, message: 'a warning only' },
      { severity: 'error', file: 'reports/T02.md', line: 4, message: 'status "x" is not known' },
      { severity: 'error', file: 'reports/T02.md', line: 9, message: 'no Summary section' }
    ]
    expect(decideVerdict(base({ diagnostics }), options({ failOn: ['errors'] }))).toEqual({
      conclusion: 'failure',
      reasons: [
        'plan.md could not be read: 6.0 MB is over the 5 MB limit; the verdict cannot be trusted.',
        'reports/T02.md:4: status "x" is not known. (1 more error in this file.)'
      ]
    })
    // Errors are on by default, and off when a person leaves them out.
    expect(decideVerdict(base({ diagnostics }), options()).conclusion).toBe('failure')
    const without = options({ failOn: ['blockers', 'gates', 'cycles', 'incomplete'] })
    expect(decideVerdict(base({ diagnostics }), without).conclusion).toBe('success')
    const warnings = diagnostics.filter(d => d.severity !== 'error')
    expect(decideVerdict(base({ diagnostics: warnings }), options()).conclusion).toBe('success')
  })

  it('names at most ten files with errors, then counts the rest', () => {
    const diagnostics: Diagnostic[] = Array.from({ length: 5000 }, (_, i) => ({
      severity: 'error' as const,
      file: `reports/T${i + 1}.md`,
      line: 1,
      message: 'could not be read: read error EIO; the verdict cannot be trusted'
    }))
    const reasons = decideVerdict(base({ diagnostics }), options({ failOn: ['errors'] })).reasons
    expect(reasons).toHaveLength(11)
    expect(reasons[10]).toBe('4990 more files with input errors.')
  })
})

describe('conflict reasons for entries of many pairs', () => {
  it('names a few tasks of a shared path and counts its parallel pairs', () => {
    const tasks = Array.from({ length: 2000 }, (_, i) => `T${i + 1}`)
    const conflicts = [
      {
        path: 'package.json',
        tasks,
        kind: 'parallel' as const,
        reason: 'overlap' as const,
        pairs: { parallel: 1_999_000, sequential: 0 }
      }
    ]
    expect(decideVerdict(base({ conflicts }), options({ failOn: ['conflicts'] })).reasons).toEqual([
      'T1, T2, T3, T4, T5 and 1995 more tasks all change package.json (1999000 pairs with no dependency between their tasks).'
    ])
  })
})
