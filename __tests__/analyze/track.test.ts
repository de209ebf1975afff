import { analyzeRun, analyzeTrack } from '../../src/analyze/index.js'
import { heldReason } from '../../src/analyze/assess.js'
import type { FailOn } from '../../src/model.js'
import {
  cachingTrack,
  claims,
  gateValue,
  iosm,
  options,
  plan,
  planTask,
  report,
  track
} from '../../__fixtures__/analyze/builders.js'

describe('analyzeTrack on a demo-shaped track', () => {
  const result = analyzeTrack(cachingTrack(), options(), null)

  it('keeps plan order and resolves statuses, report over plan', () => {
    expect(result.tasks.map(t => [t.id, t.status])).toEqual([
      ['T01', 'complete'],
      ['T02', 'complete'],
      ['T03', 'complete'],
      ['T04', 'todo'],
      ['T05', 'todo'],
      ['T06', 'todo']
    ])
    expect(result.status).toBe('in-progress')
  })

  it('merges the finished chain in three waves and holds the rest', () => {
    expect(result.mergeOrder).toEqual({
      waves: [['T01'], ['T02'], ['T03']],
      held: ['T04', 'T05', 'T06']
    })
  })

  it('follows the longest chain, taking the lower id on a tie', () => {
    expect(result.criticalPath).toEqual(['T01', 'T02', 'T03', 'T04', 'T06'])
    expect(result.tasks.map(t => t.effortMinutes)).toEqual([60, 120, 180, 120, 120, 120])
  })

  it('scores the gates from iosm_report.md against the plan targets', () => {
    expect(result.gates.I).toMatchObject({
      score: 0.89,
      target: '≥0.75',
      status: 'pass',
      source: 'iosm-report'
    })
    expect(result.gates.O).toMatchObject({ score: 1, target: 'pass', status: 'pass' })
    expect(result.gates.M).toMatchObject({ score: 1, target: 'pass', status: 'pass' })
    expect(result.gates.S).toMatchObject({ score: null, target: 'skip', status: 'skip' })
    expect(result.iosmIndex).toBe(0.963)
    expect(result.rating).toBe('Excellent')
    expect(result.statedIndex).toBe(0.85)
    expect(result.indexThreshold).toBe(0.8)
  })

  it('warns about the stated index, naming both numbers', () => {
    const w = result.diagnostics.find(d => d.file === 'iosm_report.md')
    expect(w?.severity).toBe('warning')
    expect(w?.line).toBe(7)
    expect(w?.message).toContain('0.85')
    expect(w?.message).toContain('0.963')
  })

  it('warns about status drift and a DONE task without a report', () => {
    const drift = result.diagnostics.find(d => d.message.includes('disagrees'))
    expect(drift).toMatchObject({
      severity: 'warning',
      file: 'reports/T03.md',
      line: 5,
      message: 'T03: plan status DOING disagrees with report status complete.'
    })
    expect(
      result.diagnostics.some(
        d => d.message.includes('T02') && d.message.includes('DONE without a report')
      )
    ).toBe(true)
    expect(
      result.diagnostics.some(
        d => d.severity === 'notice' && d.message.includes("'Cache client wrapper'")
      )
    ).toBe(true)
  })

  it('lists the unplanned touches of T03', () => {
    expect(result.unplannedTouches).toEqual([
      { task: 'T03', path: 'server/app.py' },
      { task: 'T03', path: 'server/tests/test_cache.py' }
    ])
  })

  it('fails by default, naming the open tasks, and passes without incomplete', () => {
    expect(result.verdict.conclusion).toBe('failure')
    expect(result.verdict.reasons).toEqual(['3 tasks are not complete: T04, T05, T06 (todo).'])
    const lenient = analyzeTrack(
      cachingTrack(),
      options({ failOn: ['blockers', 'gates', 'cycles'] }),
      null
    )
    expect(lenient.verdict).toEqual({ conclusion: 'success', reasons: [] })
  })

  it('fails the production threshold when skipped gates count as zero', () => {
    const zero = analyzeTrack(cachingTrack(), options({ naPolicy: 'zero' }), null)
    expect(zero.iosmIndex).toBe(0.723)
    expect(zero.rating).toBe('Acceptable')
    expect(zero.verdict.reasons).toContain(
      'IOSM-Index 0.723 is below the production threshold 0.80.'
    )
  })

  it('sorts diagnostics by file then line, keeping the parser findings', () => {
    const parsed = cachingTrack()
    parsed.diagnostics.push({
      severity: 'error',
      file: 'reports/T03.md',
      line: 2,
      message: 'from the parser'
    })
    const r = analyzeTrack(parsed, options(), null)
    expect(r.diagnostics.some(d => d.message === 'from the parser')).toBe(true)
    const keys = r.diagnostics.map(d => [d.file, d.line] as const)
    const sorted = [...keys].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]))
    expect(keys).toEqual(sorted)
  })
})

describe('analyzeTrack on broken graphs', () => {
  it('reports a cycle, an unknown dependency and a duplicate id without hanging', () => {
    const parsed = track({
      plan: plan([
        planTask('T01', { line: 10, dependsOn: ['T03'] }),
        planTask('T02', { line: 20, dependsOn: ['T01', 'T99'] }),
        planTask('T03', { line: 30, dependsOn: ['T02'] }),
        planTask('T02', { line: 40, title: 'Again' })
      ])
    })
    const r = analyzeTrack(parsed, options(), null)
    expect(r.cycles).toEqual([['T01', 'T03', 'T02']])
    expect(r.status).toBe('blocked')
    expect(r.mergeOrder).toEqual({ waves: [], held: ['T01', 'T02', 'T03'] })
    expect(r.criticalPath).toEqual([])
    const bySeverity = (severity: string) =>
      r.diagnostics.filter(d => d.severity === severity).map(d => d.message)
    expect(bySeverity('error')).toEqual(
      expect.arrayContaining([
        expect.stringContaining('T02 depends on T99, which is not a task of this track'),
        expect.stringContaining('T02 is defined twice in the plan (lines 20 and 40)')
      ])
    )
    // The cycle is its own fail-on condition: a warning, so `errors` does not count it again.
    expect(bySeverity('warning')).toEqual(
      expect.arrayContaining([expect.stringContaining('Dependency cycle: T01 → T03 → T02 → T01.')])
    )
    expect(r.verdict.reasons).toContain('Dependency cycle: T01 → T03 → T02 → T01.')
    expect(r.tasks.map(t => t.id)).toEqual(['T01', 'T02', 'T03'])
  })

  it('fails a cycle by cycles, not by errors: without cycles in fail-on it passes', () => {
    const parsed = track({
      plan: plan([
        planTask('T01', { line: 10, dependsOn: ['T02'] }),
        planTask('T02', { line: 20, dependsOn: ['T01'] })
      ])
    })
    const failOn = (conditions: FailOn[]) =>
      analyzeTrack(parsed, options({ failOn: conditions }), null).verdict
    expect(failOn(['errors']).conclusion).toBe('success')
    expect(failOn(['errors', 'cycles']).reasons).toEqual(['Dependency cycle: T01 → T02 → T01.'])
  })

  it('lists one cycle per group of tasks that depend on each other, with the whole group', () => {
    const parsed = track({
      plan: plan([
        planTask('T01', { line: 10, dependsOn: ['T02'] }),
        planTask('T02', { line: 20, dependsOn: ['T01', 'T03'] }),
        planTask('T03', { line: 30, dependsOn: ['T02'] })
      ])
    })
    const r = analyzeTrack(parsed, options(), null)
    expect(r.cycles).toEqual([['T01', 'T02']])
    expect(r.cycleGroups).toEqual([['T01', 'T02', 'T03']])
    expect(r.verdict.reasons).toContain('Dependency cycle: T01 → T02 → T01.')
    // T03 is off the cycle listed, but held for the cycle all the same.
    expect(heldReason(r, 'T03')).toEqual({
      kind: 'cycle',
      cycle: ['T01', 'T02'],
      onCycle: false,
      group: ['T01', 'T02', 'T03']
    })
  })

  it('reports each effort it cannot read once, with the duration it assumes instead', () => {
    const parsed = track({
      plan: plan([
        planTask('T01', { line: 10, effort: null }),
        planTask('T02', {
          line: 20,
          effort: 'a while',
          fields: { effort: { label: 'Effort', value: 'a while', line: 23 } }
        }),
        planTask('T03', { line: 30, effort: '1.5h' }),
        planTask('T04', { line: 40, effort: null }),
        planTask('T05', { line: 50, effort: null })
      ]),
      reports: [report('T04', { effort: 'a while' }), report('T05', { effort: '45m' })]
    })
    const r = analyzeTrack(parsed, options(), null)
    const effort = r.diagnostics.filter(d => d.message.includes('minutes are assumed'))
    expect(effort).toEqual([
      {
        severity: 'warning',
        file: 'plan.md',
        line: 10,
        message: 'T01: no effort estimate; 120 minutes are assumed for the critical path.'
      },
      {
        severity: 'notice',
        file: 'plan.md',
        line: 23,
        message:
          "T02: effort 'a while' is not a size (S, M, L, XL) or a duration; 120 minutes are assumed for the critical path."
      },
      {
        severity: 'warning',
        file: 'plan.md',
        line: 40,
        message:
          "T04: no effort in the plan, and the report's 'a while' is not a size (S, M, L, XL) or a duration; 120 minutes are assumed for the critical path."
      }
    ])
    // T05's report gives a duration the plan lacks: it is used, with no finding.
    expect(r.tasks.map(t => t.effortMinutes)).toEqual([120, 120, 90, 120, 45])
  })

  it('builds tasks from the reports alone when there is no plan', () => {
    const r = analyzeTrack(
      track({ reports: [report('T02', { title: 'Second' }), report('T01', { title: 'First' })] }),
      options(),
      null
    )
    expect(r.tasks.map(t => [t.id, t.title])).toEqual([
      ['T01', 'First'],
      ['T02', 'Second']
    ])
    expect(r.status).toBe('complete')
    expect(r.diagnostics.some(d => d.message.includes('no task in'))).toBe(false)
  })
})

describe('analyzeTrack extras', () => {
  it('keeps the line counts a report claims, once per path, and the na-policy used', () => {
    const counted = (path: string, linesAdded: number | null, linesRemoved: number | null) => ({
      path,
      line: 12,
      linesAdded,
      linesRemoved,
      note: null
    })
    const parsed = track({
      plan: plan([planTask('T01')]),
      reports: [
        report('T01', {
          files: {
            created: [counted('src/new.ts', 180, null)],
            modified: [counted('src/app.ts', 15, 2), counted('src/quiet.ts', null, null)],
            deleted: [],
            touched: [counted('src/app.ts', 99, 99)]
          }
        })
      ]
    })
    const result = analyzeTrack(parsed, options({ naPolicy: 'zero' }), null)
    expect(result.tasks[0]?.claimedLines).toEqual([
      { path: 'src/new.ts', added: 180, removed: null },
      { path: 'src/app.ts', added: 15, removed: 2 }
    ])
    expect(result.naPolicy).toBe('zero')
  })

  it('maps each task to its public record', () => {
    const parsed = track({
      plan: plan([
        planTask('T01', {
          phase: 'Phase 1 — Build',
          ownerRole: 'Implementer-A',
          effort: 'L',
          concurrency: 'write-shared'
        }),
        planTask('T02', { dependsOn: ['T01'], effort: 'whenever' })
      ]),
      reports: [
        report('T01', {
          summary: 'Did it.',
          gates: { I: gateValue(0.95), O: gateValue(0.85) },
          blockers: [
            { title: 'Key missing', description: '', line: 8, resolved: false },
            { title: 'Fixed', description: '', line: 9, resolved: true }
          ],
          files: {
            created: claims('a.ts'),
            modified: [],
            deleted: [],
            touched: claims('a.ts', 'b/')
          },
          integrationInstructions: ['Merge first']
        }),
        report('T02', {
          status: 'blocked',
          statusText: 'BLOCKED',
          dependsOn: [{ id: 'T01', note: '', line: 3, paths: [] }]
        })
      ]
    })
    const r = analyzeTrack(parsed, options(), null)
    expect(r.tasks[0]).toMatchObject({
      id: 'T01',
      phase: 'Phase 1 — Build',
      role: 'Implementer-A',
      report: 'reports/T01.md',
      files: { created: ['a.ts'], modified: [], deleted: [] },
      touched: ['b/'],
      gates: { I: 0.95, O: 0.85 },
      blockers: ['Key missing'],
      concurrency: 'write-shared',
      effortMinutes: 480,
      summary: 'Did it.',
      integrationInstructions: ['Merge first']
    })
    expect(r.tasks[1]).toMatchObject({ dependsOn: ['T01'], effortMinutes: 120, status: 'blocked' })
    expect(r.status).toBe('blocked')
    expect(r.diagnostics).toContainEqual(
      expect.objectContaining({
        severity: 'notice',
        message: expect.stringContaining("T02: effort 'whenever'")
      })
    )
  })

  it('marks repeated spawn candidates, first task by id wins', () => {
    const sc = (id: string, key: string, severity = 'low') => ({
      id,
      subtask: `work ${id}`,
      touches: [],
      effort: 'S',
      userInput: false,
      severity,
      dedupKey: key,
      accept: null,
      line: 50
    })
    const r = analyzeTrack(
      track({
        reports: [
          report('T05', {
            spawnCandidates: [sc('SC-01', 'cache.py|type-annot'), sc('SC-02', 'x|fix')]
          }),
          report('T02', { spawnCandidates: [sc('SC-01', 'Cache.py|type-annot', 'critical')] })
        ]
      }),
      options(),
      null
    )
    expect(r.spawnCandidates.map(s => [s.task, s.id, s.duplicate])).toEqual([
      ['T02', 'SC-01', false],
      ['T05', 'SC-01', true],
      ['T05', 'SC-02', false]
    ])
    expect(r.verdict.reasons).toContain('T02 raises a critical spawn candidate SC-01: work SC-01.')
  })

  it('fills the diff check only when changed files are given', () => {
    const parsed = track({
      reports: [
        report('T01', {
          files: { created: claims('a.ts'), modified: [], deleted: [], touched: [] }
        })
      ]
    })
    expect(analyzeTrack(parsed, options(), null).diffCheck).toBeNull()
    const r = analyzeTrack(parsed, options({ failOn: ['unreported'] }), {
      files: [
        { path: 'a.ts', status: 'added', previousPath: null, additions: 1, deletions: 0 },
        { path: 'b.ts', status: 'modified', previousPath: null, additions: 1, deletions: 1 }
      ],
      truncated: false,
      source: 'test'
    })
    expect(r.diffCheck?.unreported).toEqual(['b.ts'])
    expect(r.verdict.reasons).toEqual(['1 changed file is not claimed by any report: b.ts.'])
  })

  it('fails the run when any track fails', () => {
    const ok = track({ reports: [report('T01')], iosm: iosm({ I: 0.9, O: 0.9, S: 0.9, M: 0.9 }) })
    const open = track({ id: 'open', plan: plan([planTask('T01')]) })
    expect(analyzeRun([ok], options(), null).conclusion).toBe('success')
    const run = analyzeRun([ok, open], options(), null)
    expect(run.schemaVersion).toBe(1)
    expect(run.conclusion).toBe('failure')
    expect(run.tracks.map(t => t.verdict.conclusion)).toEqual(['success', 'failure'])
  })
})

describe('task results in every shape', () => {
  // The contract's key order, which the JSON keeps: a task with a report adds
  // coverage; one with more than 50 dependencies counts the rest after the list.
  const KEYS = [
    'id',
    'title',
    'phase',
    'role',
    'status',
    'dependsOn',
    'report',
    'files',
    'gates',
    'blockers',
    'concurrency',
    'effortMinutes',
    'touched',
    'summary',
    'decisions',
    'verification',
    'integrationInstructions',
    'claimedLines'
  ]
  const many = Array.from({ length: 55 }, (_, i) => `T${i + 10}`)
  const reported = report('T02', {
    summary: 'Added the cache.',
    decisions: [{ title: 'Cache', decision: 'LRU', line: 9 }],
    verification: [{ name: 'tests', status: 'pass', result: '12 passed', line: 12 }],
    integrationInstructions: ['Run the migration.'],
    files: { created: claims('src/cache.ts'), modified: [], deleted: [], touched: [] }
  })
  const result = analyzeTrack(
    track({
      plan: plan([
        planTask('T01', { dependsOn: many, dependsOnPhases: [{ from: 2, to: 1 }] }),
        planTask('T02', { dependsOn: ['T01'] }),
        planTask('T03'),
        planTask('T04', { dependsOn: many }),
        ...many.map(id => planTask(id))
      ]),
      reports: [reported]
    }),
    options(),
    null
  )
  const task = (id: string): Record<string, unknown> =>
    result.tasks.find(t => t.id === id) as unknown as Record<string, unknown>
  // The keys as the JSON holds them: a key without a value is left out there.
  const jsonKeys = (id: string): string[] => Object.keys(JSON.parse(JSON.stringify(task(id))))

  it('keeps the key order with a report, without one, and with dependencies counted', () => {
    expect(jsonKeys('T03')).toEqual(KEYS)
    expect(jsonKeys('T02')).toEqual([...KEYS.slice(0, -1), 'coverage', 'claimedLines'])
    expect(jsonKeys('T01')).toEqual([
      ...KEYS.slice(0, 6),
      'moreDependsOn',
      'dependsOnPhases',
      ...KEYS.slice(6)
    ])
    expect(jsonKeys('T04')).toEqual([...KEYS.slice(0, 6), 'moreDependsOn', ...KEYS.slice(6)])
  })

  it("takes the report's fields, and empty ones without a report", () => {
    expect(task('T02')).toMatchObject({
      dependsOn: ['T01'],
      report: 'reports/T02.md',
      files: { created: ['src/cache.ts'], modified: [], deleted: [] },
      summary: reported.summary,
      decisions: reported.decisions,
      verification: reported.verification,
      integrationInstructions: reported.integrationInstructions,
      coverage: reported.coverage
    })
    expect(task('T03')).toMatchObject({
      dependsOn: [],
      report: null,
      summary: null,
      decisions: [],
      verification: [],
      integrationInstructions: [],
      claimedLines: []
    })
    expect(task('T01')).toMatchObject({ moreDependsOn: 5, dependsOnPhases: [{ from: 1, to: 2 }] })
  })
})
