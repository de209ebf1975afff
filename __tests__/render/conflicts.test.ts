// Rows of the conflicts table for the reasons that name no shared change:
// a hand-off note that names no file, and a task that must merge alone.

import { BUDGETS, renderMarkdown } from '../../src/render/markdown.js'
import type { Conflict } from '../../src/model.js'
import { run, task, track } from '../../__fixtures__/render/build.js'

function conflictRows(conflicts: Conflict[], sharedIds: string[] = []): string[] {
  const tasks = ['T01', 'T02', 'T03'].map(id =>
    task(id, { concurrency: sharedIds.includes(id) ? 'write-shared' : 'write-local' })
  )
  const out = renderMarkdown(run(track('c', { tasks, conflicts })), {
    budgetBytes: BUDGETS.jobSummary,
    fullReportHint: null
  })
  const section = out.slice(out.indexOf('## Conflicts'), out.indexOf('## Blockers and issues'))
  return section.split('\n').filter(line => /^\| (?!Path|---)/.test(line))
}

describe('the conflicts table', () => {
  test('a note that names no file shows no path, not `*`', () => {
    const rows = conflictRows([
      { path: '*', tasks: ['T01', 'T02'], kind: 'parallel', reason: 'note', note: 'same queue' }
    ])
    expect(rows).toEqual([
      '| — | T01, T02 | ⚠️ parallel: needs resolution | 📝 noted in a report: same queue |'
    ])
  })

  test('a file that is really named `*` is still shown as code', () => {
    const rows = conflictRows([
      { path: '*', tasks: ['T01', 'T02'], kind: 'parallel', reason: 'overlap' }
    ])
    expect(rows).toEqual(['| `*` | T01, T02 | ⚠️ parallel: needs resolution | both change it |'])
  })

  test('a write-shared task is said to merge alone, not that both change the file', () => {
    const rows = conflictRows(
      [
        { path: 'db/schema.sql', tasks: ['T01', 'T02'], kind: 'sequential', reason: 'write-shared' }
      ],
      ['T02']
    )
    expect(rows).toEqual([
      '| `db/schema.sql` | T01, T02 | ℹ️ sequential: informational | a write-shared task (T02) must merge alone |'
    ])
    expect(rows.join('\n')).not.toContain('both change it')
  })

  test('a write-shared task with no files shows no path', () => {
    const rows = conflictRows(
      [{ path: '*', tasks: ['T01', 'T03'], kind: 'parallel', reason: 'write-shared' }],
      ['T01', 'T03']
    )
    expect(rows).toEqual([
      '| — | T01, T03 | ⚠️ parallel: needs resolution | write-shared tasks (T01, T03) must merge alone |'
    ])
  })
})
