import { criticalPath } from '../../src/analyze/critical-path.js'
import { indexTasks } from '../../src/analyze/id-graph.js'

const t = (id: string, effortMinutes: number, dependsOn: string[] = []) => ({
  id,
  effortMinutes,
  dependsOn
})

describe('criticalPath', () => {
  it('returns the heaviest chain first to last', () => {
    const tasks = [
      t('T01', 10),
      t('T02', 100, ['T01']),
      t('T03', 5, ['T01']),
      t('T04', 10, ['T02', 'T03'])
    ]
    expect(criticalPath(indexTasks(tasks), new Set())).toEqual(['T01', 'T02', 'T04'])
  })

  it('prefers a heavier chain over a longer one', () => {
    const tasks = [t('T01', 10), t('T02', 10, ['T01']), t('T03', 10, ['T02']), t('T09', 100)]
    expect(criticalPath(indexTasks(tasks), new Set())).toEqual(['T09'])
  })

  it('breaks ties by the lower id: of the last task, then of each predecessor', () => {
    const tasks = [t('T10', 5), t('T02', 5), t('T03', 5, ['T10']), t('T04', 5, ['T02'])]
    expect(criticalPath(indexTasks(tasks), new Set())).toEqual(['T10', 'T03'])
    const diamond = [
      t('T01', 1),
      t('T05', 3, ['T01']),
      t('T03', 3, ['T01']),
      t('T09', 1, ['T05', 'T03'])
    ]
    expect(criticalPath(indexTasks(diamond), new Set())).toEqual(['T01', 'T03', 'T09'])
  })

  it('leaves out tasks on a cycle and their edges', () => {
    const tasks = [
      t('T01', 50, ['T02']),
      t('T02', 50, ['T01']),
      t('T03', 10, ['T01']),
      t('T04', 20)
    ]
    expect(criticalPath(indexTasks(tasks), new Set(['T01', 'T02']))).toEqual(['T04'])
  })

  it('handles a chain of ten thousand tasks without recursion', () => {
    const tasks = Array.from({ length: 10000 }, (_, i) =>
      t(`T${i + 1}`, 1, i === 0 ? [] : [`T${i}`])
    )
    const path = criticalPath(indexTasks(tasks.reverse()), new Set())
    expect(path).toHaveLength(10000)
    expect(path[0]).toBe('T1')
    expect(path[9999]).toBe('T10000')
  })

  it('is empty for no tasks', () => {
    expect(criticalPath(indexTasks([]), new Set())).toEqual([])
  })
})
