import { checkTitle, MAX_ANNOTATIONS, renderCheck, repoPath } from '../../src/render/check.js'
import { BUDGETS, renderMarkdown } from '../../src/render/markdown.js'
import { blocker, run, task, track } from '../../__fixtures__/render/build.js'
import {
  blockedTrack,
  cleanTrack,
  cycleTrack,
  typicalTrack
} from '../../__fixtures__/render/models.js'

describe('checkTitle', () => {
  test('one track: index, rating, tasks, open blockers and other open issues', () => {
    expect(checkTitle(run(typicalTrack()))).toBe(
      'IOSM 0.89 Good · 4/6 tasks · 0 blockers · 2 issues'
    )
    expect(checkTitle(run(cleanTrack()))).toBe('IOSM 0.96 Excellent · 2/2 tasks · 0 blockers')
  })

  test('a blocked track never reads 0 blockers: its cycles and blocked tasks are counted', () => {
    expect(checkTitle(run(cycleTrack()))).toBe('IOSM 0.96 Excellent · 4/4 tasks · 1 cycle')
    const quiet = track('x', {
      status: 'blocked',
      tasks: [task('T01', { status: 'blocked' }), task('T02', { status: 'blocked' })],
      blockers: [blocker('T02', 'Waiting on the vendor')]
    })
    expect(checkTitle(run(quiet))).toBe('IOSM n/a · 0/2 tasks · 1 blocker · 1 blocked task')
    expect(checkTitle(run(cleanTrack(), cycleTrack(), quiet))).toBe(
      '3 tracks · IOSM 0.96 (some n/a) · 6/8 tasks · 1 blocker · 1 cycle · 1 blocked task'
    )
  })

  test('says n/a when there is no index', () => {
    expect(checkTitle(run(track('x', { tasks: [] })))).toBe('IOSM n/a · 0/0 tasks · 0 blockers')
  })

  test('several tracks: the range of indexes and the totals', () => {
    expect(checkTitle(run(cleanTrack(), blockedTrack()))).toBe(
      '2 tracks · IOSM 0.70–0.96 · 3/5 tasks · 3 blockers'
    )
    expect(checkTitle(run(cleanTrack(), track('y')))).toBe(
      '2 tracks · IOSM 0.96 (some n/a) · 3/3 tasks · 0 blockers'
    )
  })

  test('no tracks', () => {
    expect(checkTitle(run())).toBe('No swarm-iosm tracks found')
  })
})

describe('renderCheck', () => {
  const out = renderCheck(run(typicalTrack()), { fullReportHint: 'the job summary' })

  test('the summary is the executive part and the gate table', () => {
    expect(out.summary).toContain('## Executive summary')
    expect(out.summary).toContain('## IOSM gates')
    expect(out.summary).toContain('| Gate-I (Improve) | 0.93 |')
    expect(out.summary).not.toContain('## What changed')
  })

  test('the text is the detail, in report order', () => {
    const order = [
      '## Task graph',
      '## What changed',
      '## Summary of changes',
      '## Conflicts',
      '## Blockers and issues',
      '## Integration plan',
      '## Claims vs diff',
      '## Follow-up tasks',
      '## Lessons learned',
      '## Diagnostics'
    ]
    const positions = order.map(h => out.text.indexOf(h))
    expect(positions.every(p => p >= 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
    expect(out.text).not.toContain('## Executive summary')
  })

  test("summary and text hold the comment's sections between them, once each, in its order", () => {
    const headings = (md: string): string[] => md.match(/^## .+$/gm) ?? []
    const comment = headings(
      renderMarkdown(run(typicalTrack()), { budgetBytes: BUDGETS.jobSummary, fullReportHint: null })
    )
    const summary = headings(out.summary)
    expect(summary.length).toBeGreaterThan(0)
    expect(comment.filter(h => summary.includes(h))).toEqual(summary)
    expect(comment.filter(h => !summary.includes(h))).toEqual(headings(out.text))
  })

  test('diagnostics become annotations on repository paths, by severity', () => {
    const t = typicalTrack()
    const diag = out.annotations.filter(a => a.title.startsWith('Track input'))
    expect(diag).toEqual([
      {
        path: `${t.track.dir}/reports/T05.md`,
        startLine: 3,
        endLine: 3,
        level: 'warning',
        title: 'Track input warning',
        message: 'The plan says DONE but the report says partial; the report wins.'
      },
      {
        path: `${t.track.dir}/plan.md`,
        startLine: 42,
        endLine: 42,
        level: 'notice',
        title: 'Track input notice',
        message: 'T06 has no report yet.'
      }
    ])
  })

  test('open blockers are annotated at their report line; resolved ones are not', () => {
    const t = blockedTrack()
    const res = renderCheck(run(t), { fullReportHint: null })
    const blockers = res.annotations.filter(a => !a.title.startsWith('Track input'))
    expect(blockers.map(a => [a.path, a.startLine, a.level, a.title])).toEqual([
      [`${t.track.dir}/reports/T02.md`, 14, 'failure', 'Critical blocker in T02'],
      [`${t.track.dir}/reports/T02.md`, 3, 'failure', 'Critical blocker in T02'],
      [`${t.track.dir}/reports/T02.md`, 40, 'failure', 'Critical blocker in T02']
    ])
    const typical = out.annotations.filter(a => !a.title.startsWith('Track input'))
    expect(typical.map(a => a.startLine)).toEqual([33, 3])
  })

  test('errors map to failures and come first when the cap applies', () => {
    const diagnostics = [
      ...Array.from({ length: 400 }, (_, i) => ({
        severity: 'notice' as const,
        file: 'plan.md',
        line: i + 1,
        message: 'n'
      })),
      ...Array.from({ length: 200 }, (_, i) => ({
        severity: 'error' as const,
        file: 'plan.md',
        line: i + 1,
        message: 'e'
      }))
    ]
    const res = renderCheck(run(track('x', { diagnostics })), { fullReportHint: null })
    expect(res.annotations).toHaveLength(MAX_ANNOTATIONS)
    expect(res.annotations.slice(0, 200).every(a => a.level === 'failure')).toBe(true)
    expect(res.annotations.slice(200).every(a => a.level === 'notice')).toBe(true)
    expect(res.summary).toContain('600 findings would be annotated; the 500 most severe are')
  })

  test('a line below 1 is annotated on line 1', () => {
    const res = renderCheck(
      run(
        track('x', {
          blockers: [blocker('T01', 'b', { line: null })],
          diagnostics: [{ severity: 'error', file: 'plan.md', line: 0, message: 'm' }]
        })
      ),
      { fullReportHint: null }
    )
    expect(res.annotations.map(a => a.startLine)).toEqual([1, 1])
  })

  test('several tracks: a summary table, then each track', () => {
    const res = renderCheck(run(cleanTrack(), cycleTrack()), { fullReportHint: null })
    expect(res.summary).toMatch(/^\| Track \| Status \| Tasks \|/)
    expect(res.summary).toContain('## Rate limiting · ✅ Complete')
    expect(res.summary).toContain('## Plugins · ❌ Blocked')
    expect(res.text).toContain('### Task graph')
  })
})

describe('repoPath', () => {
  test.each([
    ['reports/T01.md', 'swarm/tracks/x/reports/T01.md'],
    ['./plan.md', 'swarm/tracks/x/plan.md'],
    ['\\reports\\T02.md', 'swarm/tracks/x/reports/T02.md'],
    ['', 'swarm/tracks/x']
  ])('joins the track folder and a track-relative path: %j', (file, path) => {
    expect(repoPath(track('x'), file)).toBe(path)
  })
})
