// analyzeTrack ranks the ids and indexes the tasks once, then hands that one
// index to each rule; a rule must answer on it as on an index of its own.
import fc from 'fast-check'
import { findConflicts } from '../../src/analyze/conflicts.js'
import { criticalPath } from '../../src/analyze/critical-path.js'
import { findCycles } from '../../src/analyze/graph.js'
import { indexTasks, withTasks } from '../../src/analyze/id-graph.js'
import { idOrder, sortedDistinctStrings } from '../../src/order.js'
import { mergeOrder } from '../../src/analyze/merge-order.js'
import { unplannedInSorted, unplannedTouches } from '../../src/analyze/unplanned.js'
import type { ConcurrencyClass, TaskRef } from '../../src/model.js'

const IDS = ['T1', 'T2', 'T3', 'T4', 'T10', 'T02', 'T-AUTO-1']
const PATHS = ['a.ts', 'src/', 'src/x.ts', 'src/y/', 'src/y/z.ts', 'docs/readme.md']
const CLASSES: ConcurrencyClass[] = ['read-only', 'write-local', 'write-shared']

const task = fc.record({
  id: fc.constantFrom(...IDS),
  dependsOn: fc.array(fc.constantFrom(...IDS, 'T99'), { maxLength: 3 }),
  files: fc.array(fc.constantFrom(...PATHS), { maxLength: 4 }),
  planned: fc.option(fc.array(fc.constantFrom(...PATHS), { maxLength: 2 }), { nil: null }),
  complete: fc.boolean(),
  concurrency: fc.constantFrom(...CLASSES),
  effortMinutes: fc.integer({ min: 0, max: 300 }),
  notes: fc.array(
    fc.record({
      id: fc.constantFrom(...IDS),
      note: fc.constant(''),
      line: fc.nat(9),
      paths: fc.constant<string[]>([])
    }),
    { maxLength: 1 }
  ) satisfies fc.Arbitrary<TaskRef[]>
})
const tasksArb = fc.array(task, { maxLength: 9 })

describe('rules given the shared index', () => {
  it('answer as they do on an index of their own', () => {
    fc.assert(
      fc.property(tasksArb, tasks => {
        const shared = indexTasks(tasks, idOrder(tasks.map(t => t.id)))
        const { cyclic } = findCycles(shared)
        expect(findCycles(indexTasks(tasks)).cyclic).toEqual(cyclic)
        expect(mergeOrder(shared, cyclic)).toEqual(mergeOrder(indexTasks(tasks), cyclic))
        expect(criticalPath(shared, cyclic)).toEqual(criticalPath(indexTasks(tasks), cyclic))
        const withFile = tasks.map(t => ({ ...t, reportFile: null }))
        expect(findConflicts(withTasks(shared, t => ({ ...t, reportFile: null })))).toEqual(
          findConflicts(indexTasks(withFile))
        )
      })
    )
  })

  it('criticalPath answers without the tasks it leaves out as if they had never been indexed', () => {
    fc.assert(
      fc.property(tasksArb, fc.subarray(IDS), (tasks, left) => {
        const out = new Set(left)
        const kept = tasks.filter(t => !out.has(t.id))
        expect(criticalPath(indexTasks(tasks), out)).toEqual(
          criticalPath(indexTasks(kept), new Set())
        )
      })
    )
  })

  it('unplannedInSorted matches unplannedTouches once the files are sorted', () => {
    fc.assert(
      fc.property(tasksArb, tasks => {
        const sorted = tasks.map(t => ({ ...t, files: sortedDistinctStrings(t.files) }))
        const order = idOrder(tasks.map(t => t.id))
        expect(unplannedInSorted(sorted, 'docs', order)).toEqual(unplannedTouches(tasks, 'docs'))
      })
    )
  })
})
