// Forecast conflicts in the report: their table under the real conflicts,
// and the held tasks that will collide when they land.

import { BUDGETS, renderMarkdown } from '../../src/render/markdown.js'
import type { ForecastConflict, TaskStatus } from '../../src/model.js'
import { run, task, track } from '../../__fixtures__/render/build.js'

const planned = (
  path: string,
  tasks: [string, string],
  over: Partial<ForecastConflict> = {}
): ForecastConflict => ({
  path,
  tasks,
  kind: 'planned',
  schedule: 'sequential',
  complete: [],
  ...over
})

function render(
  forecast: ForecastConflict[],
  statuses: Record<string, TaskStatus>,
  held: string[]
): string {
  const tasks = Object.entries(statuses).map(([id, status]) => task(id, { status }))
  const waves = tasks.filter(t => !held.includes(t.id)).map(t => [t.id])
  return renderMarkdown(
    run(track('f', { tasks, forecastConflicts: forecast, mergeOrder: { waves, held } })),
    {
      budgetBytes: BUDGETS.jobSummary,
      fullReportHint: null
    }
  )
}

const heldLines = (md: string): string[] =>
  md.split('\n').filter(l => l.startsWith('- ') && l.includes('not complete'))

describe('forecast conflicts in the report', () => {
  test('no forecast: no "still to come" paragraph', () => {
    expect(render([], { T01: 'complete' }, [])).not.toContain('Still to come')
  })

  test('parallel ones first, with the complete side named', () => {
    const md = render(
      [
        planned('a.ts', ['T01', 'T02'], { complete: ['T01'] }),
        planned('b.ts', ['T02', 'T03'], { schedule: 'parallel' })
      ],
      { T01: 'complete', T02: 'todo', T03: 'partial' },
      ['T02', 'T03']
    )
    const rows = md.split('\n').filter(l => /^\| `[ab]\.ts`/.test(l))
    expect(rows).toEqual([
      '| `b.ts` | T02, T03 | ⚠️ parallel: will need resolution | both plan to change it |',
      '| `a.ts` | T01, T02 | ℹ️ sequential | T02 plans to change what T01 changed |'
    ])
    expect(md).toContain(
      "2 forecast conflicts from the plan's Touches of tasks not yet complete (1 parallel"
    )
  })

  test('a held task names its partners in task order, three at most', () => {
    const md = render(
      [
        planned('x/5', ['T01', 'T05']),
        planned('x/2', ['T01', 'T02']),
        planned('x/4', ['T01', 'T04']),
        planned('x/3', ['T01', 'T03'])
      ],
      { T01: 'todo', T02: 'todo', T03: 'todo', T04: 'todo', T05: 'todo' },
      ['T01', 'T02', 'T03', 'T04', 'T05']
    )
    const t01 = heldLines(md).find(l => l.includes('**T01**'))
    expect(t01).toContain(
      'will collide with T02 (`x/2`), T03 (`x/3`), T04 (`x/4`) and 1 more when it lands'
    )
    const t05 = heldLines(md).find(l => l.includes('**T05**'))
    expect(t05).toContain('will collide with T01 (`x/5`) when it lands')
  })

  test('a held task with no forecast has no collision text', () => {
    const md = render(
      [planned('a.ts', ['T02', 'T03'])],
      { T01: 'todo', T02: 'todo', T03: 'todo' },
      ['T01', 'T02', 'T03']
    )
    expect(heldLines(md).find(l => l.includes('**T01**'))).not.toContain('collide')
  })

  test('a complete task held behind others is collided with by the planned work', () => {
    const md = render(
      [planned('a.ts', ['T01', 'T02'], { complete: ['T01'] })],
      { T01: 'complete', T02: 'todo' },
      ['T01', 'T02']
    )
    const t01 = md.split('\n').find(l => l.startsWith('- ') && l.includes('**T01**'))
    expect(t01).toContain('the planned work of T02 (`a.ts`) will collide with it')
  })
})
