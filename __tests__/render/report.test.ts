import { heldReason, integrationComplexity, readiness } from '../../src/analyze/assess.js'
import { BUDGETS, renderMarkdown } from '../../src/render/markdown.js'
import { workedIndex } from '../../src/render/overview.js'
import type { RunResult, TrackResult } from '../../src/model.js'
import {
  blocker,
  diffCheck,
  gate,
  gates,
  run,
  task,
  track
} from '../../__fixtures__/render/build.js'
import {
  blockedTrack,
  cleanTrack,
  cycleTrack,
  multiRun,
  typicalTrack
} from '../../__fixtures__/render/models.js'
import { bytes, inspect } from '../../__fixtures__/render/inspect.js'

function render(model: RunResult, budgetBytes: number = BUDGETS.jobSummary): string {
  return renderMarkdown(model, { budgetBytes, fullReportHint: 'the job summary' })
}

describe('the report of one track', () => {
  const out = render(run(typicalTrack()))

  test('has the seed report sections, in order', () => {
    const headings = out.split('\n').filter(l => /^##? /.test(l))
    expect(headings).toEqual([
      '# Integration report: Offline sync',
      '## Executive summary',
      '## Task graph',
      '## What changed',
      '## Summary of changes',
      '## Conflicts',
      '## Blockers and issues',
      '## Integration plan',
      '## IOSM gates',
      '## Claims vs diff',
      '## Follow-up tasks',
      '## Lessons learned',
      '## Diagnostics'
    ])
  })

  test('leaves out Claims vs diff when there was no diff to check', () => {
    expect(render(run(cleanTrack()))).not.toContain('## Claims vs diff')
  })

  test('ends with a footer saying what produced it', () => {
    expect(out.trimEnd().split('\n').pop()).toMatch(
      /^<sub>Produced by swarm-integration-report .*<\/sub>$/
    )
  })

  test('numbers merge steps across waves and lists held tasks with the reason', () => {
    expect(out).toContain('### Wave 3\n\n3. **T03**: Local change journal')
    expect(out).toContain('   - ➡️ Run the journal migration before starting the app.')
    expect(out).toContain('- ⚠️ **T05**: Sync settings screen — not complete (partial)')
  })

  test('shows the real line counts beside the claimed files', () => {
    expect(out).toContain(
      '**Modified (2):** `src/db/schema.ts` (+37 −4 · +15 claimed), `src/app.ts` (+6 −1)'
    )
    expect(out).toContain(
      '| `api/sync.schema.json` | created | T02 | ❔ not in diff · +60 claimed |'
    )
    expect(out).toContain('**Pull request diff:** 9 files changed, +840 −106 lines')
  })

  test('collapses the long per-task section', () => {
    expect(out).toContain(
      '## What changed\n\n<details>\n<summary>What changed: 6 tasks in 4 phases</summary>\n\n### Phase 0'
    )
  })
})

describe('several tracks', () => {
  const out = render(multiRun())

  test('start with a summary table, then one section per track', () => {
    const lines = out.split('\n')
    expect(lines[0]).toBe('# Integration report: 2 tracks')
    expect(out).toContain(
      '| Rate limiting · `2026-07-01-rate-limit` | ✅ Complete | 2/2 | 0.96 | Excellent | 0 | ✅ success |'
    )
    expect(out).toContain(
      '| Plugins · `2026-06-20-plugins` | ❌ Blocked | 4/4 | 0.96 | Excellent | 1 | ❌ failure |'
    )
    const tracks = lines.filter(l => l.startsWith('## '))
    expect(tracks).toEqual(['## Rate limiting', '## Plugins'])
    expect(out).toContain('### Executive summary')
  })
})

describe('the summary of tracks', () => {
  const rows = (out: string): string[] =>
    out
      .split('\n')
      .filter(l => l.startsWith('| ') && !l.startsWith('| Track') && !l.startsWith('| ---'))

  test('tells apart two tracks working on one feature', () => {
    const second = {
      ...cleanTrack(),
      track: {
        ...cleanTrack().track,
        id: '2026-07-09-rate-limit',
        dir: 'swarm/tracks/2026-07-09-rate-limit'
      }
    }
    const [a, b] = rows(render(run(cleanTrack(), second)))
    expect(a).toMatch(/^\| Rate limiting · `2026-07-01-rate-limit` \|/)
    expect(b).toMatch(/^\| Rate limiting · `2026-07-09-rate-limit` \|/)
  })

  test('names tracks of one id by their folder, and a track with no name by its id alone', () => {
    const other = {
      ...cleanTrack(),
      track: { ...cleanTrack().track, dir: 'services/api/swarm/tracks/2026-07-01-rate-limit' }
    }
    const unnamed = track('2026-08-01-x', {
      track: {
        id: '2026-08-01-x',
        dir: 'swarm/tracks/2026-08-01-x',
        feature: null,
        title: null,
        goal: null
      }
    })
    const [a, b, c] = rows(render(run(cleanTrack(), other, unnamed)))
    expect(a).toMatch(/^\| Rate limiting · `swarm\/tracks\/2026-07-01-rate-limit` \|/)
    expect(b).toMatch(
      /^\| Rate limiting · `services\/api\/swarm\/tracks\/2026-07-01-rate-limit` \|/
    )
    expect(c).toMatch(/^\| `2026-08-01-x` \|/)
  })

  test('counts open blockers and dependency cycles as open issues, not resolved blockers', () => {
    const cyclic = track('2026-08-02-loop', {
      track: {
        id: '2026-08-02-loop',
        dir: 'swarm/tracks/2026-08-02-loop',
        feature: 'Plugin loader',
        title: null,
        goal: null
      },
      status: 'blocked',
      cycles: [['T01', 'T02']],
      blockers: [
        blocker('T03', 'Fixed flaky test', { resolved: true }),
        blocker('T04', 'Migration fails')
      ]
    })
    const [, row] = rows(render(run(cleanTrack(), cyclic)))
    expect(row?.split(' | ')[5]).toBe('2')
  })
})

describe('an empty run', () => {
  test('says there was nothing to report', () => {
    expect(render(run())).toContain('No swarm-iosm track was found')
  })
})

describe('degrading to fit', () => {
  const big = (): TrackResult => {
    const tasks = Array.from({ length: 60 }, (_, i) =>
      task(`T${i + 1}`, {
        files: {
          created: Array.from({ length: 40 }, (_, k) => `src/module-${i}/file-${k}.ts`),
          modified: [],
          deleted: []
        },
        decisions: [
          { title: `Decision of task ${i + 1}`, decision: 'Because it reads better.', line: 1 }
        ],
        verification: [{ name: `Suite ${i + 1}`, status: 'pass', result: 'ok', line: 1 }]
      })
    )
    return track('big', { tasks, mergeOrder: { waves: tasks.map(t => [t.id]), held: [] } })
  }
  const full = render(run(big()))

  test('the whole report fits the job summary', () => {
    expect(full).not.toContain('shortened')
    expect(full).toContain('Decision of task 60')
    expect(full).toContain('src/module-59/file-39.ts')
  })

  test('in a comment, per-task detail goes first and the report says so', () => {
    const out = render(run(big()), BUDGETS.comment)
    expect(bytes(out)).toBeLessThanOrEqual(BUDGETS.comment)
    expect(bytes(full)).toBeGreaterThan(BUDGETS.comment)
    expect(out).toContain('This report was shortened to fit')
    expect(out).toContain('The full report is in the job summary.')
    expect(out).not.toContain('Decision of task')
    expect(inspect(out).detailsBalanced).toBe(true)
  })
})

describe('integrationComplexity', () => {
  test('names the facts that set the level', () => {
    expect(integrationComplexity(typicalTrack())).toMatchObject({
      level: 'High',
      because: ['1 parallel conflict']
    })
    expect(integrationComplexity(cycleTrack())).toMatchObject({
      level: 'Very High',
      because: ['1 dependency cycle']
    })
    expect(integrationComplexity(cleanTrack())).toMatchObject({ level: 'Low', because: [] })
  })

  test('rises with size and waves', () => {
    const tasks = Array.from({ length: 6 }, (_, i) => task(`T${i}`))
    const oneWave = { waves: [tasks.map(t => t.id)], held: [] }
    expect(integrationComplexity(track('x', { tasks, mergeOrder: oneWave }))).toMatchObject({
      level: 'Medium',
      because: ['6 tasks']
    })
    const many = Array.from({ length: 11 }, (_, i) => task(`T${i}`))
    expect(integrationComplexity(track('x', { tasks: many }))).toMatchObject({
      level: 'High',
      because: ['11 merge waves', '11 tasks']
    })
  })
})

describe('readiness', () => {
  test('no when the verdict fails', () => {
    expect(readiness(blockedTrack()).level).toBe('no')
  })

  test('yes for a clean passing track', () => {
    expect(readiness(cleanTrack())).toEqual({ level: 'yes', caveats: [] })
  })

  test('with caveats when it passes with open points', () => {
    const t = { ...cleanTrack(), diffCheck: diffCheck({ unreported: ['a.ts'], truncated: true }) }
    expect(readiness(t)).toEqual({
      level: 'caveats',
      caveats: [
        '1 changed file no report mentions',
        'the diff was truncated, so the claims were checked only in part'
      ]
    })
  })
})

describe('workedIndex', () => {
  test('mean over the evaluated gates, skipped ones left out', () => {
    const calc = workedIndex(cycleTrack())
    expect(calc.policy).toBe('exclude')
    expect(calc.disagrees).toBe(false)
    expect(calc.counted).toEqual(['I', 'O', 'M'])
    expect(calc.lines).toEqual([
      'IOSM-Index = mean of 3 evaluated gates',
      '           = (0.890 + 1.000 + 1.000) / 3',
      '           = 2.890 / 3',
      '           = 0.963'
    ])
  })

  test("writes out the track's na-policy zero: gates without a score count as 0 over four", () => {
    const t = { ...cycleTrack(), naPolicy: 'zero' as const, iosmIndex: 0.723 }
    const calc = workedIndex(t)
    expect(calc.policy).toBe('zero')
    expect(calc.lines[1]).toBe('           = (0.890 + 1.000 + 0 + 1.000) / 4')
    expect(calc.disagrees).toBe(false)
    expect(render(run(t))).toContain('Counted as 0: Gate-S (skipped) (na-policy `zero`).')
  })

  test('takes the policy from the track, even where the numbers fit another one', () => {
    // Every counted gate scored 0: the mean and the sum over four are both 0.
    const t = track('x', {
      gates: gates({ I: gate(0), O: gate(0), S: gate(null, { status: 'skip', target: 'skip' }) }),
      iosmIndex: 0,
      naPolicy: 'zero'
    })
    const calc = workedIndex(t)
    expect(calc.policy).toBe('zero')
    expect(calc.lines[1]).toBe('           = (0.000 + 0.000 + 0 + 0) / 4')
    const out = render(run(t))
    expect(out).toContain(
      'Counted as 0: Gate-S (skipped), Gate-M (not evaluated) (na-policy `zero`).'
    )
    expect(out).not.toContain('na-policy `exclude`')
  })

  test('strict with a gate missing: no index and no arithmetic; no gates: nothing to compute', () => {
    const strict = { ...cycleTrack(), naPolicy: 'strict' as const, iosmIndex: null }
    expect(workedIndex(strict)).toMatchObject({ policy: 'strict', lines: [] })
    expect(render(run(strict))).toContain(
      '**IOSM-Index:** n/a: Gate-S (skipped) has no score and the na-policy `strict` leaves the index undefined.'
    )
    expect(render(run(track('x')))).toContain(
      '**IOSM-Index:** n/a: no gate was evaluated, so there is nothing to average.'
    )
  })

  test('an index the scores do not explain is flagged in the report', () => {
    const t = track('x', { gates: gates({ I: gate(0.9), O: gate(0.5) }), iosmIndex: 0.1 })
    expect(workedIndex(t).disagrees).toBe(true)
    expect(render(run(t))).toContain(
      '⚠️ The analysis reports an IOSM-Index of 0.100, which is not the value worked out above.'
    )
  })

  test('stated and recomputed indexes are both shown when they differ', () => {
    expect(render(run(cycleTrack()))).toContain(
      '⚠️ iosm\\_report.md states 0.850; recomputed from the gate scores: 0.963. The recomputed value is used.'
    )
  })
})

describe('heldReason', () => {
  test('a cycle first, then the task status, then what it waits for', () => {
    const t = cycleTrack()
    expect(heldReason(t, 'T02')).toEqual({
      kind: 'cycle',
      cycle: ['T02', 'T03'],
      onCycle: true,
      group: ['T02', 'T03']
    })
    expect(heldReason(t, 'T04')).toEqual({ kind: 'waits', on: ['T03'], more: 0 })
    expect(heldReason(typicalTrack(), 'T06')).toEqual({ kind: 'status', status: 'todo' })
  })
  test('a task off the cycle listed, in its group, is held for the group', () => {
    const tasks = ['T01', 'T02', 'T03'].map(id => task(id, { status: 'todo' }))
    const t = track('knot', {
      tasks,
      status: 'blocked',
      mergeOrder: { waves: [], held: ['T01', 'T02', 'T03'] },
      cycles: [['T01', 'T02']],
      cycleGroups: [['T01', 'T02', 'T03']]
    })
    expect(render(run(t))).toContain(
      '**T03**: Task T03 — depends on itself: T01, T02, T03 depend on each other (one cycle: T01 → T02 → T01)'
    )
  })
})

describe('blockers and issues', () => {
  test('labels an error by whether it is still open', () => {
    const model = track('t', {
      tasks: [task('T01'), task('T02')],
      blockers: [
        blocker('T01', 'E-01: lock file held', {
          kind: 'error',
          resolved: false,
          severity: 'critical'
        }),
        blocker('T02', 'E-02: flaky port', {
          kind: 'error',
          resolved: true,
          severity: 'non-critical'
        })
      ]
    })
    const out = render(run(model))
    expect(out).toContain('**T01** · unresolved error: E-01: lock file held')
    expect(out).toContain('**T02** · error: E-02: flaky port')
    expect(out).not.toContain('unresolved error: E-02')
  })
})
