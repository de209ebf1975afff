import type { TrackFiles } from '../../src/model.js'
import { loadMarkdownParser } from '../../src/parse/markdown.js'
import { parseTrack } from '../../src/parse/track.js'
import { brief, fixture, source } from './helpers.js'

function files(partial: Partial<TrackFiles>): TrackFiles {
  return {
    id: '2026-02-03-001',
    dir: 'swarm/tracks/2026-02-03-001',
    plan: null,
    prd: null,
    iosmReport: null,
    reports: [],
    unreadableReports: [],
    diagnostics: [],
    ...partial
  }
}

// Summaries with markup are read here and now, as the pipeline does once it has loaded the parser.
await loadMarkdownParser()

describe('parseTrack', () => {
  test('every part parsed, loader diagnostics kept first', () => {
    const loaderFinding = {
      severity: 'warning' as const,
      file: 'reports/x.txt',
      line: 1,
      message: 'skipped'
    }
    const track = parseTrack(
      files({
        plan: source('plan.md', fixture('plan-table-style.md')),
        prd: source(
          'PRD.md',
          '## 10. IOSM Targets\n| Gate | Target |\n|---|---|\n| Gate-O | pass |\n'
        ),
        iosmReport: source('iosm_report.md', fixture('iosm-report.md')),
        reports: [
          source('reports/T01.md', fixture('report-readonly.md')),
          source('reports/T04.md', fixture('report-template-style.md'))
        ],
        diagnostics: [loaderFinding]
      })
    )
    expect(track.id).toBe('2026-02-03-001')
    expect(track.dir).toBe('swarm/tracks/2026-02-03-001')
    expect(track.plan?.tasks.map(t => t.id)).toEqual(['T01', 'T02', 'T03', 'T04'])
    expect(track.prdTargets.O?.kind).toBe('binary')
    expect(track.iosm?.statedIndex?.value).toBe(0.96)
    expect(track.reports.map(r => [r.file, r.taskId, r.status])).toEqual([
      ['reports/T01.md', 'T01', 'complete'],
      ['reports/T04.md', 'T04', 'partial']
    ])
    expect(track.diagnostics[0]).toEqual(loaderFinding)
    expect(track.diagnostics.every(d => d.file === 'reports/x.txt' || d.file === 'plan.md')).toBe(
      true
    )
  })

  test('no plan: a warning, and the reports still parse', () => {
    const track = parseTrack(
      files({
        reports: [source('reports/T02.md', '# Subagent Report: T02 — X\n**Status:** Complete\n')]
      })
    )
    expect(track.plan).toBeNull()
    expect(track.reports).toHaveLength(1)
    expect(track.diagnostics[0]).toEqual({
      severity: 'warning',
      file: 'reports/T02.md',
      line: 1,
      message: 'no plan.md: tasks come from the reports alone'
    })
  })

  test('no plan: the warning goes on the first report file, readable or not', () => {
    const track = parseTrack(
      files({
        reports: [source('reports/T05.md', '# Subagent Report: T05 — X\n**Status:** Complete\n')],
        unreadableReports: [{ path: 'reports/T04.md', reason: 'not a regular file' }]
      })
    )
    expect(track.diagnostics.filter(d => d.message.startsWith('no plan.md'))).toEqual([
      {
        severity: 'warning',
        file: 'reports/T04.md',
        line: 1,
        message: 'no plan.md: tasks come from the reports alone'
      }
    ])
  })

  test('T##-partial.md maps to its task with the partial flag; odd names are skipped', () => {
    const track = parseTrack(
      files({
        reports: [
          source(
            'reports/T06-partial.md',
            '# Subagent Report: T06 — Half done\n**Status:** ✅ Complete\n'
          ),
          source(
            'reports/t-auto-02.md',
            '# Subagent Report: T-AUTO-02 — Spawned\n**Status:** Partial\n'
          ),
          source('reports/notes.md', 'scratch')
        ]
      })
    )
    expect(track.reports.map(r => [r.taskId, r.partialFile, r.status])).toEqual([
      ['T06', true, 'partial'],
      ['T-AUTO-02', false, 'partial']
    ])
    expect(brief(track.diagnostics.filter(d => d.file === 'reports/notes.md'))).toEqual([
      'error 1: report file name is not T##.md, T##-partial.md or T##-slug.md; the report is skipped'
    ])
  })

  test('an unreadable report becomes an unknown report with an error; the rest still parses', () => {
    const track = parseTrack(
      files({
        plan: source('plan.md', fixture('plan-table-style.md')),
        reports: [
          source('reports/T01.md', fixture('report-readonly.md')),
          source('reports/T04.md', fixture('report-template-style.md'))
        ],
        unreadableReports: [
          { path: 'reports/T03.md', reason: '6.2 MB is over the 5 MB limit for one file' },
          { path: 'reports/T02-partial.md', reason: 'read error EACCES' }
        ]
      })
    )
    expect(track.plan?.tasks.map(t => t.id)).toEqual(['T01', 'T02', 'T03', 'T04'])
    expect(track.reports.map(r => [r.file, r.taskId, r.partialFile, r.status])).toEqual([
      ['reports/T01.md', 'T01', false, 'complete'],
      ['reports/T02-partial.md', 'T02', true, 'unknown'],
      ['reports/T03.md', 'T03', false, 'unknown'],
      ['reports/T04.md', 'T04', false, 'partial']
    ])
    expect(track.diagnostics).toContainEqual({
      severity: 'error',
      file: 'reports/T03.md',
      line: 1,
      message:
        'could not be read: 6.2 MB is over the 5 MB limit for one file; T03 counts as status unknown and the verdict cannot be trusted'
    })
    expect(track.diagnostics).toContainEqual({
      severity: 'error',
      file: 'reports/T02-partial.md',
      line: 1,
      message:
        'could not be read: read error EACCES; T02 counts as status unknown and the verdict cannot be trusted'
    })
  })
})

describe('ids written with other zeros', () => {
  const report = (id: string, extra = ''): string =>
    [
      `# Subagent Report: ${id} — X`,
      `**Task ID:** ${id}`,
      '**Status:** Complete',
      '## Summary',
      'Done.',
      '## Files Touched',
      `- \`src/${id}.ts\` - new`,
      extra
    ].join('\n')
  const planText = (ids: string[]) =>
    [
      '# Plan',
      ...ids.map(
        (id, i) => `- [ ] **${id}**: Task ${i}\n  - **Depends on:** ${i === 0 ? 'none' : 'T1'}`
      )
    ].join('\n')

  test('reports/T1.md and a dependency on T1 are T01 of the plan, with a notice each', () => {
    const track = parseTrack(
      files({
        plan: source('plan.md', planText(['T01', 'T02'])),
        reports: [
          source('reports/T1.md', report('T1')),
          source('reports/T02.md', report('T02', '## Handoff Notes\n**Depends on T1:** the schema'))
        ]
      })
    )
    expect(track.reports.map(r => r.taskId)).toEqual(['T01', 'T02'])
    expect(track.plan?.tasks.map(t => t.dependsOn)).toEqual([[], ['T01']])
    expect(track.reports[1]?.dependsOn.map(r => r.id)).toEqual(['T01'])
    expect(brief(track.diagnostics).filter(d => d.includes('zeros'))).toEqual([
      "notice 5: T02 depends on T1: read as the plan's T01, the same numbers written with other zeros",
      "notice 1: T1 is read as the plan's T01: the same number, written with other zeros"
    ])
    expect(brief(track.diagnostics).some(d => d.includes('differs'))).toBe(false)
  })

  test('a plan with both T1 and T01 leaves every id as written', () => {
    const track = parseTrack(
      files({
        plan: source('plan.md', planText(['T1', 'T01'])),
        reports: [source('reports/T001.md', report('T001'))]
      })
    )
    expect(track.reports.map(r => r.taskId)).toEqual(['T001'])
    expect(brief(track.diagnostics).some(d => d.includes('zeros'))).toBe(false)
  })
})
