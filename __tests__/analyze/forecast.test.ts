import fc from 'fast-check'
import { findConflicts } from '../../src/analyze/conflicts.js'
import { forecastConflicts, plansApart, type ForecastTask } from '../../src/analyze/forecast.js'
import { indexTasks, withTasks, type GraphTask } from '../../src/analyze/id-graph.js'
import { sortedDistinctStrings } from '../../src/order.js'
import { analyzeTrack } from '../../src/analyze/index.js'
import type { Conflict } from '../../src/model.js'
import {
  claims,
  options,
  plan,
  planTask,
  report,
  track
} from '../../__fixtures__/analyze/builders.js'

const t = (id: string, over: Partial<ForecastTask & GraphTask> = {}): ForecastTask & GraphTask => ({
  id,
  complete: false,
  concurrency: 'write-local',
  planned: [],
  files: [],
  dependsOn: [],
  ...over
})

describe('forecastConflicts', () => {
  it('pairs two incomplete tasks planning one path: parallel when unlinked, sequential when linked', () => {
    const out = forecastConflicts(
      indexTasks([
        t('T01', { planned: ['src/app.ts'] }),
        t('T02', { planned: ['src/app.ts'] }),
        t('T03', { planned: ['src/app.ts'], dependsOn: ['T01'] })
      ]),
      []
    )
    expect(out).toEqual([
      {
        path: 'src/app.ts',
        tasks: ['T01', 'T02'],
        kind: 'planned',
        schedule: 'parallel',
        complete: []
      },
      {
        path: 'src/app.ts',
        tasks: ['T01', 'T03'],
        kind: 'planned',
        schedule: 'sequential',
        complete: []
      },
      {
        path: 'src/app.ts',
        tasks: ['T02', 'T03'],
        kind: 'planned',
        schedule: 'parallel',
        complete: []
      }
    ])
  })

  it('is folder-aware: a planned folder meets a file inside it on the file', () => {
    const out = forecastConflicts(
      indexTasks([
        t('T01', { planned: ['api/'] }),
        t('T02', { planned: ['api/v1/users.ts', 'apix/x.ts'] })
      ]),
      []
    )
    expect(out.map(c => [c.path, ...c.tasks])).toEqual([['api/v1/users.ts', 'T01', 'T02']])
  })

  it("meets a complete task's changed files, not its plan, and names the complete side", () => {
    const out = forecastConflicts(
      indexTasks([
        t('T01', { complete: true, planned: ['docs/'], files: ['src/db.ts'] }),
        t('T02', { planned: ['src/'] }),
        t('T03', { planned: ['docs/guide.md'] })
      ]),
      []
    )
    expect(out).toEqual([
      {
        path: 'src/db.ts',
        tasks: ['T01', 'T02'],
        kind: 'planned',
        schedule: 'parallel',
        complete: ['T01']
      }
    ])
  })

  it('leaves two complete tasks to the real conflicts, and read-only tasks out', () => {
    const out = forecastConflicts(
      indexTasks([
        t('T01', { complete: true, planned: ['a.ts'], files: ['a.ts'] }),
        t('T02', { complete: true, planned: ['a.ts'], files: ['a.ts'] }),
        t('T03', { concurrency: 'read-only', planned: ['a.ts'] })
      ]),
      []
    )
    expect(out).toEqual([])
  })

  it('does not repeat a pair already in real conflict on that path, but keeps its other paths', () => {
    const real: Conflict[] = [
      { path: 'a.ts', tasks: ['T01', 'T02'], kind: 'parallel', reason: 'overlap' }
    ]
    const out = forecastConflicts(
      indexTasks([
        t('T01', { planned: ['a.ts', 'b.ts'], files: ['a.ts'] }),
        t('T02', { planned: ['a.ts', 'b.ts'], files: ['a.ts'] })
      ]),
      real
    )
    expect(out.map(c => c.path)).toEqual(['b.ts'])
  })

  it('reads planned paths in any order, repeats included', () => {
    const out = forecastConflicts(
      indexTasks([
        t('T01', { planned: ['z.ts', 'a.ts', 'z.ts'] }),
        t('T02', { planned: ['z.ts'] })
      ]),
      []
    )
    expect(out.map(c => c.path)).toEqual(['z.ts'])
  })
})

describe('forecast conflicts in the analysis', () => {
  const parsed = track({
    plan: plan([
      planTask('T01', { touches: ['src/core/'], status: 'complete', statusText: 'DONE' }),
      planTask('T02', { touches: ['src/core/engine.ts'] }),
      planTask('T03', { touches: ['src/core/engine.ts'], dependsOn: ['T02'] })
    ]),
    reports: [
      report('T01', {
        files: { created: claims('src/core/engine.ts'), modified: [], deleted: [], touched: [] }
      })
    ]
  })

  it('lists the planned pairs and never fails the verdict on them, even with fail-on conflicts', () => {
    const result = analyzeTrack(parsed, options({ failOn: ['conflicts'] }), null)
    expect(result.conflicts).toEqual([])
    expect(result.forecastConflicts.map(c => [c.path, c.schedule, ...c.tasks])).toEqual([
      ['src/core/engine.ts', 'parallel', 'T01', 'T02'],
      ['src/core/engine.ts', 'parallel', 'T01', 'T03'],
      ['src/core/engine.ts', 'sequential', 'T02', 'T03']
    ])
    expect(result.verdict.conclusion).toBe('success')
  })
})

describe('tasks that plan apart', () => {
  // Few folders and names, so that planned and changed paths often meet.
  const pathArb = fc.constantFrom(
    'a.ts',
    'src/a.ts',
    'src/b.ts',
    'src/',
    'src/x/c.ts',
    'src/x/',
    'doc/d.md',
    'lib/e.ts'
  )
  const ids = ['T1', 'T2', 'T3', 'T4', 'T5']
  const taskArb = fc.record({
    complete: fc.boolean(),
    concurrency: fc.constantFrom(
      'write-local' as const,
      'write-shared' as const,
      'read-only' as const
    ),
    planned: fc.option(fc.array(pathArb, { maxLength: 3 }), { nil: null }),
    files: fc.array(pathArb, { maxLength: 3 }),
    dependsOn: fc.array(fc.constantFrom(...ids), { maxLength: 2 })
  })
  const tasksArb = fc
    .array(taskArb, { minLength: ids.length, maxLength: ids.length })
    .map(list =>
      list.map((t, i) => ({ ...t, id: ids[i] as string, files: sortedDistinctStrings(t.files) }))
    )

  it('have no conflict of planned or changed paths with an incomplete task in it', () => {
    let apart = 0
    fc.assert(
      fc.property(tasksArb, tasks => {
        if (!plansApart(tasks)) return
        apart++
        // The sides the forecast compares, searched in full.
        const sides = withTasks(indexTasks(tasks), t => ({
          concurrency:
            t.concurrency === 'read-only' ? ('read-only' as const) : ('write-local' as const),
          files: t.complete ? t.files : sortedDistinctStrings(t.planned ?? []),
          notes: [],
          reportFile: null
        }))
        const open = new Set(tasks.filter(t => !t.complete).map(t => t.id))
        const found = findConflicts(sides).conflicts.filter(c => c.tasks.some(id => open.has(id)))
        expect(found).toEqual([])
        expect(forecastConflicts(indexTasks(tasks), [])).toEqual([])
      }),
      { numRuns: 2000 }
    )
    // The shortcut is taken often enough for the property to mean something.
    expect(apart).toBeGreaterThan(100)
  })
})
