import { mergeOrder, type MergeTask } from '../../src/analyze/merge-order.js'
import { indexTasks, type GraphTask } from '../../src/analyze/id-graph.js'

const t = (id: string, over: Partial<MergeTask & GraphTask> = {}): MergeTask & GraphTask => ({
  id,
  complete: true,
  concurrency: 'write-local',
  files: [],
  dependsOn: [],
  ...over
})

describe('mergeOrder', () => {
  it('layers complete tasks by dependency, ties by numeric id', () => {
    const order = mergeOrder(
      indexTasks([
        t('T10'),
        t('T2'),
        t('T3', { dependsOn: ['T2'] }),
        t('T11', { dependsOn: ['T10', 'T3'] })
      ]),
      new Set()
    )
    expect(order).toEqual({ waves: [['T2', 'T10'], ['T3'], ['T11']], held: [] })
  })

  it('holds incomplete tasks and everything downstream of them', () => {
    const order = mergeOrder(
      indexTasks([
        t('T01'),
        t('T02', { complete: false, dependsOn: ['T01'] }),
        t('T03', { dependsOn: ['T02'] }),
        t('T04', { dependsOn: ['T01'] })
      ]),
      new Set()
    )
    expect(order).toEqual({ waves: [['T01'], ['T04']], held: ['T02', 'T03'] })
  })

  it('moves the higher id of an overlapping pair to the next wave, its dependents with it', () => {
    const order = mergeOrder(
      indexTasks([
        t('T01', { files: ['app.py'] }),
        t('T02', { files: ['app.py', 'b.py'] }),
        t('T03', { files: ['c.py'] }),
        t('T04', { dependsOn: ['T02'] })
      ]),
      new Set()
    )
    expect(order.waves).toEqual([['T01', 'T03'], ['T02'], ['T04']])
  })

  it('treats a folder and a file inside it as overlapping, both ways', () => {
    const folderFirst = mergeOrder(
      indexTasks([t('T01', { files: ['api/'] }), t('T02', { files: ['api/v1/x.ts'] })]),
      new Set()
    )
    expect(folderFirst.waves).toEqual([['T01'], ['T02']])
    const fileFirst = mergeOrder(
      indexTasks([t('T01', { files: ['api/v1/x.ts'] }), t('T02', { files: ['api/'] })]),
      new Set()
    )
    expect(fileFirst.waves).toEqual([['T01'], ['T02']])
    const nested = mergeOrder(
      indexTasks([t('T01', { files: ['api/v1/'] }), t('T02', { files: ['api/'] })]),
      new Set()
    )
    expect(nested.waves).toEqual([['T01'], ['T02']])
    const siblings = mergeOrder(
      indexTasks([t('T01', { files: ['api/'] }), t('T02', { files: ['apix/a.ts'] })]),
      new Set()
    )
    expect(siblings.waves).toEqual([['T01', 'T02']])
  })

  it('gives a write-shared task a wave of its own', () => {
    const order = mergeOrder(
      indexTasks([
        t('T01'),
        t('T02', { concurrency: 'write-shared' }),
        t('T03'),
        t('T04', { concurrency: 'write-shared' })
      ]),
      new Set()
    )
    expect(order.waves).toEqual([['T01', 'T03'], ['T02'], ['T04']])
    const first = mergeOrder(
      indexTasks([t('T01', { concurrency: 'write-shared' }), t('T02'), t('T03')]),
      new Set()
    )
    expect(first.waves).toEqual([['T01'], ['T02', 'T03']])
  })

  it('holds tasks on a cycle and the tasks that depend on them', () => {
    const order = mergeOrder(
      indexTasks([
        t('T01', { dependsOn: ['T02'] }),
        t('T02', { dependsOn: ['T01'] }),
        t('T03', { dependsOn: ['T02'] }),
        t('T04')
      ]),
      new Set(['T01', 'T02'])
    )
    expect(order).toEqual({ waves: [['T04']], held: ['T01', 'T02', 'T03'] })
  })

  it('ignores dependencies on ids it does not know', () => {
    expect(mergeOrder(indexTasks([t('T01', { dependsOn: ['T99'] })]), new Set()).waves).toEqual([
      ['T01']
    ])
  })
})

describe('mergeOrder stays linear in its input', () => {
  it('20,000 write-shared tasks: a wave each, the other tasks merged first, together', () => {
    // Pinned at a size where re-sorting and re-reading every waiting task at each
    // wave (20,000 waves of 20,000) took many seconds.
    const n = 20_000
    const tasks = Array.from({ length: n }, (_, i) =>
      t(`T${i + 1}`, {
        concurrency: i === 0 || i === n - 1 ? 'write-local' : 'write-shared',
        files: [`src/f${i}.ts`],
        // One chain, so that a write-shared task also waits for its dependency.
        dependsOn: i === 5 ? ['T3'] : []
      })
    )
    const { waves, held } = mergeOrder(indexTasks(tasks), new Set())
    expect(held).toEqual([])
    expect(waves).toHaveLength(n - 1)
    expect(waves[0]).toEqual(['T1', `T${n}`])
    expect(waves.slice(1, 6)).toEqual([['T2'], ['T3'], ['T4'], ['T5'], ['T6']])
    expect(waves.at(-1)).toEqual([`T${n - 1}`])
  })
})
