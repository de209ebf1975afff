// Golden files: the rendered reports of hand-built models, compared byte for
// byte. `UPDATE_GOLDEN=1 npm test -- __tests__/render/golden` rewrites them;
// review the diff as a reader would before committing.

import { renderCheck } from '../../src/render/check.js'
import { BUDGETS, renderMarkdown } from '../../src/render/markdown.js'
import { run, trackChanges } from '../../__fixtures__/render/build.js'
import { checkRunDocument, expectGolden } from '../../__fixtures__/render/golden.js'
import {
  blockedTrack,
  cycleTrack,
  multiRun,
  typicalTrack
} from '../../__fixtures__/render/models.js'
import type { RunResult, SinceChanges } from '../../src/model.js'

function markdown(model: RunResult): string {
  return renderMarkdown(model, {
    budgetBytes: BUDGETS.jobSummary,
    fullReportHint: null
  })
}

function checkRun(model: RunResult): string {
  return checkRunDocument(renderCheck(model, { fullReportHint: 'the job summary' }))
}

/** Every kind of change once, and one kind past the per-kind limit. */
const sinceTypical: SinceChanges = {
  tracks: [
    trackChanges('2026-04-11-offline-sync', {
      becameComplete: ['T04'],
      becamePartial: ['T05'],
      blockersAppeared: [{ task: 'T05', title: 'The conflict banner design is not approved yet' }],
      blockersResolved: [{ task: 'T03', title: 'Journal migration ran before the schema change' }],
      gates: [
        { gate: 'I', from: 0.85, to: 0.928 },
        { gate: 'O', from: 0.801, to: 0.8 }
      ],
      iosmIndex: { from: 0.84, to: 0.893 },
      conflictsNew: [{ path: 'src/db/schema.ts', tasks: ['T03', 'T04'], kind: 'parallel' }],
      forecastCleared: [{ path: 'src/sync/', tasks: ['T04', 'T06'], kind: 'sequential' }],
      findingsNew: Array.from({ length: 12 }, (_, i) => ({
        kind: 'unreported' as const,
        task: null,
        path: `src/generated/file-${String(i + 1).padStart(2, '0')}.ts`
      })),
      findingsCleared: [{ kind: 'phantom', task: 'T02', path: 'src/sync/old.ts' }],
      tasksAdded: ['T06'],
      tasksRemoved: ['T07']
    })
  ]
}

const cases: Array<[string, () => string]> = [
  ['typical-track.md', () => markdown(run(typicalTrack()))],
  ['blocked-track.md', () => markdown(run(blockedTrack()))],
  ['cycle-track.md', () => markdown(run(cycleTrack()))],
  ['multi-track.md', () => markdown(multiRun())],
  ['typical-check-run.md', () => checkRun(run(typicalTrack()))],
  ['since-typical.md', () => markdown({ ...run(typicalTrack()), since: sinceTypical })],
  ['since-typical-check-run.md', () => checkRun({ ...run(typicalTrack()), since: sinceTypical })],
  [
    'since-multi.md',
    () => {
      const model = multiRun()
      const [first, second] = model.tracks
      const since: SinceChanges = {
        tracks: [first, second].flatMap(t =>
          t === undefined
            ? []
            : [
                trackChanges(t.track.id, {
                  becameBlocked: [t.tasks[0]?.id ?? 'T01'],
                  iosmIndex: { from: null, to: t.iosmIndex }
                })
              ]
        )
      }
      // The run's title and the block; the tracks' reports are other goldens' concern.
      const md = markdown({ ...model, since })
      return md.slice(0, md.indexOf('**Overall verdict'))
    }
  ]
]

describe('golden reports', () => {
  test.each(cases)('%s matches its golden file', (name, render) => {
    expectGolden(name, render())
  })
})
