// Lists in the result that would grow with the square of the input are
// capped, with a count of what they leave out.
import { analyzeTrack } from '../../src/analyze/index.js'
import { HELD_ON_LISTED, heldReason } from '../../src/analyze/assess.js'
import { findConflicts } from '../../src/analyze/conflicts.js'
import { indexTasks } from '../../src/analyze/id-graph.js'
import { CLAIMED_BY_LISTED, checkDiff } from '../../src/analyze/diff-check.js'
import { DEPENDS_ON_LISTED } from '../../src/analyze/graph.js'
import {
  changed,
  claims,
  options,
  plan,
  planTask,
  report,
  track
} from '../../__fixtures__/analyze/builders.js'

describe('"All Phase 1 tasks" on 1,000 tasks of 2,000', () => {
  // Pinned at a size where every dependency listed (1,000,000 ids) made the JSON 22 MB.
  const n = 2000
  const tasks = Array.from({ length: n }, (_, i) =>
    planTask(`T${i + 1}`, {
      phaseNumber: i < n / 2 ? 1 : 2,
      checked: true,
      // T1000 is not done: every task of phase 2 waits for it.
      status: i === n / 2 - 1 ? 'todo' : 'complete',
      statusText: null,
      dependsOnPhases:
        i < n / 2
          ? []
          : [
              { from: 1, to: 1 },
              { from: 1, to: 1 }
            ]
    })
  )
  const result = analyzeTrack(track({ plan: plan(tasks) }), options(), null)
  const byId = new Map(result.tasks.map(t => [t.id, t]))

  it('lists 50 dependencies of each, the held one first, counts the rest and keeps the reference', () => {
    const t = byId.get('T1500')
    const listed = [
      'T1000',
      ...Array.from({ length: DEPENDS_ON_LISTED - 1 }, (_, k) => `T${k + 1}`)
    ]
    expect(t?.dependsOn).toEqual([...listed.slice(1), 'T1000'])
    expect(t?.moreDependsOn).toBe(n / 2 - DEPENDS_ON_LISTED)
    expect(t?.dependsOnPhases).toEqual([{ from: 1, to: 1 }])
    expect(result.tasks.reduce((sum, x) => sum + x.dependsOn.length, 0)).toBe(
      (n / 2) * DEPENDS_ON_LISTED
    )
  })

  it('still holds phase 2 behind the held task, and says so', () => {
    expect(result.mergeOrder.held).toHaveLength(n / 2 + 1)
    expect(heldReason(result, 'T2000')).toEqual({ kind: 'waits', on: ['T1000'], more: 0 })
  })

  it('keeps short lists whole, without the count', () => {
    // As the JSON has it: a key without a value is left out there.
    const t5 = JSON.parse(JSON.stringify(byId.get('T5'))) as Record<string, unknown>
    expect(t5).not.toHaveProperty('moreDependsOn')
    expect(t5).not.toHaveProperty('dependsOnPhases')
  })
})

describe('a held task waiting for many held tasks', () => {
  it('names the first 10 and counts the rest', () => {
    const tasks = [
      ...Array.from({ length: 30 }, (_, i) => planTask(`T${i + 1}`, { status: 'todo' })),
      planTask('T31', {
        checked: true,
        status: 'complete',
        dependsOn: Array.from({ length: 30 }, (_, i) => `T${i + 1}`)
      })
    ]
    const result = analyzeTrack(track({ plan: plan(tasks) }), options(), null)
    expect(heldReason(result, 'T31')).toEqual({
      kind: 'waits',
      on: Array.from({ length: HELD_ON_LISTED }, (_, i) => `T${i + 1}`),
      more: 30 - HELD_ON_LISTED
    })
  })
})

describe('a folder half of 2,000 tasks claim, the paths of the other half inside it', () => {
  // Pinned at a size where a row per folder task and inner path (1,000,000 rows) made 190 MB of JSON.
  const n = 2000
  const ids = Array.from({ length: n }, (_, i) => `T${i + 1}`)
  const tasks = ids.map((id, i) => ({
    id,
    concurrency: 'write-local' as const,
    files: [i % 2 ? 'src/' : `src/m${i}.py`],
    // T1 <- T2: one sequential pair across the folder and a path inside it.
    dependsOn: i === 1 ? ['T1'] : [],
    notes: [],
    reportFile: null
  }))

  it('is one entry on the folder listing every task, its pairs counted', () => {
    const { conflicts } = findConflicts(indexTasks(tasks))
    expect(conflicts).toHaveLength(1)
    expect(conflicts[0]).toEqual({
      path: 'src/',
      tasks: ids,
      kind: 'parallel',
      reason: 'overlap',
      // The folder's 1,000 tasks pair among themselves and with each of the 1,000 inside.
      pairs: { parallel: (1000 * 999) / 2 + 1000 * 1000 - 1, sequential: 1 }
    })
  })

  it('lists 50 claimers of each changed file inside it and counts the rest', () => {
    const { diffCheck } = checkDiff(
      ids.map((id, i) => ({
        id,
        report: report(id, {
          files: {
            created: [],
            modified: [],
            deleted: [],
            touched: claims(tasks[i]?.files[0] ?? '')
          }
        })
      })),
      changed(ids.filter((_, i) => i % 2 === 0).map((_, k) => ({ path: `src/m${2 * k}.py` }))),
      'swarm/tracks/t'
    )
    expect(diffCheck.files).toHaveLength(n / 2)
    const first = diffCheck.files.find(f => f.path === 'src/m0.py')
    expect(first?.claimedBy).toEqual([
      'T1',
      ...Array.from({ length: CLAIMED_BY_LISTED - 1 }, (_, k) => `T${2 * k + 2}`)
    ])
    expect(first?.moreClaimedBy).toBe(1001 - CLAIMED_BY_LISTED)
  })
})
