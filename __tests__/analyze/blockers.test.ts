import { collectBlockers } from '../../src/analyze/blockers.js'
import { planTask, report } from '../../__fixtures__/analyze/builders.js'
import type { SpawnCandidateResult, TaskStatus } from '../../src/model.js'

const sc = (task: string, severity: string, duplicate = false): SpawnCandidateResult => ({
  task,
  id: 'SC-01',
  subtask: 'CRITICAL: fix the migration',
  touches: [],
  effort: 'S',
  userInput: false,
  severity,
  dedupKey: 'k',
  accept: null,
  line: 70,
  duplicate
})

describe('collectBlockers', () => {
  it('collects every kind with its weight and location', () => {
    const r = report('T06', {
      status: 'blocked',
      statusText: '❌ Blocked',
      blockers: [
        { title: 'Migration fails on PostgreSQL 14', description: '', line: 30, resolved: false },
        { title: 'Old flake', description: '', line: 31, resolved: true }
      ],
      errors: [
        { id: 'E-01', type: 'test-failed', resolution: null, resolved: false, line: 50 },
        { id: 'E-02', type: 'timeout', resolution: 'retried', resolved: true, line: 55 }
      ],
      openQuestions: [{ title: 'Which TTL?', line: 35 }],
      escalations: [{ id: 'E-01', title: 'Pick a store', line: 60 }]
    })
    const out = collectBlockers(
      [{ id: 'T06', status: 'blocked', plan: null, report: r }],
      [sc('T06', 'critical')],
      'plan.md'
    )
    expect(out).toEqual([
      {
        task: 'T06',
        title: 'Migration fails on PostgreSQL 14',
        severity: 'critical',
        resolved: false,
        file: 'reports/T06.md',
        line: 30,
        kind: 'blocker'
      },
      {
        task: 'T06',
        title: 'Old flake',
        severity: 'critical',
        resolved: true,
        file: 'reports/T06.md',
        line: 31,
        kind: 'blocker'
      },
      {
        task: 'T06',
        title: 'E-01: test-failed',
        severity: 'critical',
        resolved: false,
        file: 'reports/T06.md',
        line: 50,
        kind: 'error'
      },
      {
        task: 'T06',
        title: 'E-02: timeout',
        severity: 'non-critical',
        resolved: true,
        file: 'reports/T06.md',
        line: 55,
        kind: 'error'
      },
      {
        task: 'T06',
        title: 'SC-01: fix the migration',
        severity: 'critical',
        resolved: false,
        file: 'reports/T06.md',
        line: 70,
        kind: 'spawn-candidate'
      },
      {
        task: 'T06',
        title: 'Which TTL?',
        severity: 'non-critical',
        resolved: false,
        file: 'reports/T06.md',
        line: 35,
        kind: 'question'
      },
      {
        task: 'T06',
        title: 'E-01: Pick a store',
        severity: 'non-critical',
        resolved: false,
        file: 'reports/T06.md',
        line: 60,
        kind: 'question'
      }
    ])
  })

  it('adds a status entry for blocked tasks without blocker bullets and for partial tasks', () => {
    const tasks: Array<{
      id: string
      status: TaskStatus
      plan: ReturnType<typeof planTask> | null
      report: ReturnType<typeof report> | null
    }> = [
      {
        id: 'T02',
        status: 'partial',
        plan: null,
        report: report('T02', { status: 'partial', statusText: '⚠️ Partial', statusLine: 6 })
      },
      {
        id: 'T01',
        status: 'blocked',
        plan: planTask('T01', {
          status: 'blocked',
          statusText: 'BLOCKED(reason: no credentials)',
          line: 12
        }),
        report: null
      }
    ]
    expect(collectBlockers(tasks, [], 'plan.md')).toEqual([
      {
        task: 'T01',
        title: 'no credentials',
        severity: 'critical',
        resolved: false,
        file: 'plan.md',
        line: 12,
        kind: 'status'
      },
      {
        task: 'T02',
        title: 'Task is only partially complete',
        severity: 'non-critical',
        resolved: false,
        file: 'reports/T02.md',
        line: 6,
        kind: 'status'
      }
    ])
  })

  it('says so when a blocked task gives no reason', () => {
    const r = report('T03', { status: 'blocked', statusText: '❌ Blocked', statusLine: 4 })
    expect(
      collectBlockers([{ id: 'T03', status: 'blocked', plan: null, report: r }], [], 'plan.md')
    ).toEqual([
      expect.objectContaining({
        title: 'No reason given',
        severity: 'critical',
        kind: 'status',
        line: 4
      })
    ])
  })

  it.each([
    ['❌ BLOCKED (waiting for the key)', 'waiting for the key'],
    ['BLOCKED ( ) then (Reason:  db down )', 'db down'],
    ['BLOCKED ( an unclosed bracket', 'No reason given'],
    ['BLOCKED (reason:)', 'No reason given']
  ])('takes the reason of %j from its first bracket with text', (statusText, title) => {
    const r = report('T03', { status: 'blocked', statusText, statusLine: 4 })
    const [entry] = collectBlockers(
      [{ id: 'T03', status: 'blocked', plan: null, report: r }],
      [],
      'plan.md'
    )
    expect(entry?.title).toBe(title)
  })

  it('gives no reason for an unclosed bracket followed by a long run of spaces', () => {
    const r = report('T03', {
      status: 'blocked',
      statusText: `BLOCKED (${' '.repeat(10000)}`,
      statusLine: 4
    })
    const [entry] = collectBlockers(
      [{ id: 'T03', status: 'blocked', plan: null, report: r }],
      [],
      'plan.md'
    )
    expect(entry?.title).toBe('No reason given')
  })

  it('skips duplicate and non-critical spawn candidates', () => {
    const tasks = [{ id: 'T01', status: 'complete' as const, plan: null, report: report('T01') }]
    expect(
      collectBlockers(tasks, [sc('T01', 'critical', true), sc('T01', 'high')], 'plan.md')
    ).toEqual([])
  })
})
