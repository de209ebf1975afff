// Golden files: the rendered reports of hand-built models, compared byte for
// byte. `UPDATE_GOLDEN=1 npm test -- __tests__/render/golden` rewrites them;
// review the diff as a reader would before committing.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { renderCheck } from '../../src/render/check.js'
import { BUDGETS, renderMarkdown } from '../../src/render/markdown.js'
import { run } from '../../__fixtures__/render/build.js'
import {
  blockedTrack,
  cycleTrack,
  multiRun,
  typicalTrack
} from '../../__fixtures__/render/models.js'
import type { RunResult } from '../../src/model.js'

const GOLDEN_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '__golden__')
const update = process.env.UPDATE_GOLDEN === '1'

function markdown(model: RunResult): string {
  return renderMarkdown(model, {
    budgetBytes: BUDGETS.jobSummary,
    marker: null,
    fullReportHint: null
  })
}

function checkRun(model: RunResult): string {
  const out = renderCheck(model, { fullReportHint: 'the job summary' })
  const annotations = out.annotations
    .map(a => `- ${a.level} ${a.path}:${a.startLine} ${a.title}: ${a.message}`)
    .join('\n')
  return `# title\n\n${out.title}\n\n# summary\n\n${out.summary}\n# text\n\n${out.text}\n# annotations\n\n${annotations}\n`
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
    const file = join(GOLDEN_DIR, name)
    const actual = render()
    if (update) {
      mkdirSync(GOLDEN_DIR, { recursive: true })
      writeFileSync(file, actual)
    }
    expect(existsSync(file)).toBe(true)
    expect(actual).toBe(readFileSync(file, 'utf8'))
  })
})
