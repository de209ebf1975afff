// A track written the way agents drift from the templates: tasks as headings,
// unbolded fields and a task table; suffixed report names; reports in French
// and Russian; decimal commas, percentages and x/N scores; CRLF in some files.
// The JSON result is a golden reviewed by hand, and so is the rendered report.
// `UPDATE_GOLDEN=1 npm test -- __tests__/pipeline/drift` rewrites both.

import { resolve } from 'node:path'
import { DEFAULT_OPTIONS } from '../../src/analysis-options.js'
import type { RunResult } from '../../src/model.js'
import { runPipeline } from '../../src/pipeline.js'
import { BUDGETS, renderMarkdown } from '../../src/render/markdown.js'
import { expectGolden } from '../../__fixtures__/render/golden.js'

const TRACK = '__fixtures__/drift-track'

describe('the drift track, end to end', () => {
  let run: RunResult
  beforeAll(async () => {
    const r = await runPipeline({
      workspace: resolve('.'),
      patterns: [],
      dirs: [TRACK],
      options: DEFAULT_OPTIONS,
      changed: null
    })
    if (!r.ok) throw new Error(r.error)
    run = r.value
  })

  test('its JSON result is the reviewed golden', () => {
    expectGolden('drift-track.json', `${JSON.stringify(run, null, 2)}\n`)
  })

  test('its rendered report is the golden', () => {
    expectGolden(
      'drift-track.md',
      renderMarkdown(run, { budgetBytes: BUDGETS.jobSummary, fullReportHint: null })
    )
  })

  test('every task of the plan is read, in every shape, with its report', () => {
    const track = run.tracks[0]
    expect(track?.tasks.map(t => [t.id, t.report, t.status])).toEqual([
      ['T01', 'reports/T01.md', 'complete'],
      ['T02', 'reports/T02-form-design.md', 'complete'],
      ['T03', 'reports/T03_endpoint.md', 'complete'],
      ['T04', 'reports/T04.md', 'complete'],
      ['T05', 'reports/T05.md', 'complete'],
      ['T06', 'reports/T06.md', 'complete'],
      ['T07', 'reports/T07-docs.md', 'complete'],
      ['T08', 'reports/T08-cleanup-partial.md', 'partial']
    ])
    const messages = track?.diagnostics.map(d => d.message).join('\n') ?? ''
    expect(messages).not.toMatch(/without a report|has a report but no task|states IOSM-Index 0\b/)
  })
})
