import { assembleTasks } from '../../src/analyze/tasks.js'
import { claims, plan, planTask, report, track } from '../../__fixtures__/analyze/builders.js'

describe('assembleTasks', () => {
  it('lets the report status win and warns at its status line', () => {
    const { tasks, diagnostics } = assembleTasks(
      track({
        plan: plan([planTask('T03', { status: 'in-progress', statusText: 'DOING' })]),
        reports: [report('T03', { status: 'complete', statusLine: 9 })]
      })
    )
    expect(tasks[0]?.status).toBe('complete')
    expect(diagnostics).toEqual([
      {
        severity: 'warning',
        file: 'reports/T03.md',
        line: 9,
        message: 'T03: plan status DOING disagrees with report status complete.'
      }
    ])
  })

  it('stays quiet when plan and report agree, and when the report status is unknown', () => {
    const { diagnostics } = assembleTasks(
      track({
        plan: plan([
          planTask('T01', { status: 'complete', statusText: 'DONE', checked: true }),
          planTask('T02', { status: 'todo' })
        ]),
        reports: [report('T01'), report('T02', { status: 'unknown' })]
      })
    )
    expect(diagnostics).toEqual([])
  })

  it('takes the plan status without a report; DONE or [x] means complete with a warning', () => {
    const { tasks, diagnostics } = assembleTasks(
      track({
        plan: plan([
          planTask('T01', { status: 'complete', statusText: 'DONE' }),
          planTask('T02', { status: null, statusText: null, checked: true }),
          planTask('T03', { status: 'blocked', statusText: 'BLOCKED' }),
          planTask('T04', { status: null, statusText: null })
        ])
      })
    )
    expect(tasks.map(t => t.status)).toEqual(['complete', 'complete', 'blocked', 'todo'])
    expect(diagnostics.map(d => d.message)).toEqual([
      'T01 is marked DONE in the plan: DONE without a report.',
      'T02 is marked [x] in the plan: DONE without a report.'
    ])
  })

  it('appends report-only tasks after the plan tasks, by id, with a warning', () => {
    const { tasks, diagnostics } = assembleTasks(
      track({
        plan: plan([planTask('T02'), planTask('T01')]),
        reports: [
          report('T10', { title: 'Late' }),
          report('T07'),
          report('T01', { status: 'todo', statusText: 'TODO' })
        ]
      })
    )
    expect(tasks.map(t => t.id)).toEqual(['T02', 'T01', 'T07', 'T10'])
    expect(tasks[3]).toMatchObject({ title: 'Late', plan: null, concurrency: 'write-local' })
    expect(
      diagnostics.filter(d => d.message.includes('no task in plan.md')).map(d => d.file)
    ).toEqual(['reports/T07.md', 'reports/T10.md'])
  })

  it('notes a report title that differs from the plan title, ignoring case and punctuation', () => {
    const { diagnostics } = assembleTasks(
      track({
        plan: plan([
          planTask('T01', { title: 'Add the cache' }),
          planTask('T02', { title: 'Write docs' })
        ]),
        reports: [
          report('T01', { title: 'add the cache.', status: 'todo', statusText: 'TODO' }),
          report('T02', {
            title: 'Write the API docs',
            status: 'todo',
            statusText: 'TODO',
            titleLine: 1
          })
        ]
      })
    )
    expect(diagnostics).toEqual([
      {
        severity: 'notice',
        file: 'reports/T02.md',
        line: 1,
        message:
          "T02: the report's title 'Write the API docs' differs from the plan's 'Write docs'."
      }
    ])
  })

  it('splits claims into files and touched, and builds the conflict file set', () => {
    const { tasks } = assembleTasks(
      track({
        reports: [
          report('T01', {
            files: {
              created: claims('b.ts', 'a.ts', 'a.ts'),
              modified: claims('c.ts'),
              deleted: claims('old.ts'),
              touched: claims('extra.md', 'a.ts', 'docs/', 'c.ts', 'extra.md', '0.md')
            }
          })
        ]
      })
    )
    const t = tasks[0]
    expect(t?.files).toEqual({ created: ['a.ts', 'b.ts'], modified: ['c.ts'], deleted: ['old.ts'] })
    expect(t?.touched).toEqual(['0.md', 'docs/', 'extra.md'])
    expect(t?.fileSet).toEqual(['0.md', 'a.ts', 'b.ts', 'c.ts', 'docs/', 'extra.md', 'old.ts'])
  })

  it('reports an error for a duplicate plan id and keeps the first', () => {
    const { tasks, diagnostics } = assembleTasks(
      track({
        plan: plan([
          planTask('T01', { title: 'One', line: 5 }),
          planTask('T01', { title: 'Two', line: 9 })
        ])
      })
    )
    expect(tasks.map(t => t.title)).toEqual(['One'])
    expect(diagnostics).toEqual([
      expect.objectContaining({
        severity: 'error',
        line: 9,
        message: expect.stringContaining('defined twice')
      })
    ])
  })

  it('prefers a full report over a -partial one, and treats a partial file as partial', () => {
    const partial = report('T06', {
      file: 'reports/T06-partial.md',
      partialFile: true,
      status: 'complete'
    })
    const full = report('T06', { status: 'blocked', statusText: 'BLOCKED' })
    const both = assembleTasks(track({ reports: [partial, full] }))
    expect(both.tasks[0]?.report?.file).toBe('reports/T06.md')
    expect(both.diagnostics).toEqual([
      expect.objectContaining({ severity: 'notice', file: 'reports/T06-partial.md' })
    ])
    const alone = assembleTasks(track({ reports: [partial] }))
    expect(alone.tasks[0]?.status).toBe('partial')
  })

  it('takes role from the plan, else the report', () => {
    const { tasks } = assembleTasks(
      track({
        plan: plan([planTask('T01', { ownerRole: 'Architect' }), planTask('T02')]),
        reports: [
          report('T01', { role: 'Someone' }),
          report('T02', { role: 'Implementer-B', status: 'todo', statusText: 'TODO' })
        ]
      })
    )
    expect(tasks.map(t => t.role)).toEqual(['Architect', 'Implementer-B'])
  })
})
