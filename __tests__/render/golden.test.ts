// Golden files: the rendered reports of hand-built models, compared byte for
// byte. `UPDATE_GOLDEN=1 npm test -- __tests__/render/golden` rewrites them;
// review the diff as a reader would before committing.

import { renderCheck } from '../../src/render/check.js'
import { BUDGETS, renderMarkdown } from '../../src/render/markdown.js'
import { run } from '../../__fixtures__/render/build.js'
import { checkRunDocument, expectGolden } from '../../__fixtures__/render/golden.js'
import {
  blockedTrack,
  cycleTrack,
  multiRun,
  typicalTrack
} from '../../__fixtures__/render/models.js'
import type { RunResult } from '../../src/model.js'

function markdown(model: RunResult): string {
  return renderMarkdown(model, {
    budgetBytes: BUDGETS.jobSummary,
    marker: null,
    fullReportHint: null
  })
}

function checkRun(model: RunResult): string {
  return checkRunDocument(renderCheck(model, { fullReportHint: 'the job summary' }))
}

const cases: Array<[string, () => string]> = [
  ['typical-track.md', () => markdown(run(typicalTrack()))],
  ['blocked-track.md', () => markdown(run(blockedTrack()))],
  ['cycle-track.md', () => markdown(run(cycleTrack()))],
  ['multi-track.md', () => markdown(multiRun())],
  ['typical-check-run.md', () => checkRun(run(typicalTrack()))]
]

describe('golden reports', () => {
  test.each(cases)('%s matches its golden file', (name, render) => {
    expectGolden(name, render())
  })
})
