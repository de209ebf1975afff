import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { fileURLToPath } from 'node:url'
import { assembleTasks } from '../../src/analyze/tasks.js'
import { parseTrack } from '../../src/parse/track.js'
import { hasSlug, readReportName, reportNameOfPath } from '../../src/report-names.js'
import { loadTrack } from '../../src/track/load.js'

const fixtures = fileURLToPath(new URL('../../__fixtures__/track/', import.meta.url))

describe('report file names', () => {
  it.each([
    ['T04.md', { taskId: 'T04', partial: false, suffix: null }],
    ['T06-partial.md', { taskId: 'T06', partial: true, suffix: null }],
    ['T01-seo-audit.md', { taskId: 'T01', partial: false, suffix: 'seo-audit' }],
    ['T-AUTO-01_cleanup.md', { taskId: 'T-AUTO-01', partial: false, suffix: 'cleanup' }],
    ['T-AUTO-01-cleanup.md', { taskId: 'T-AUTO-01', partial: false, suffix: 'cleanup' }],
    ['T03-sitemap-partial.md', { taskId: 'T03', partial: true, suffix: 'sitemap-partial' }]
  ])('%s', (name, expected) => {
    expect(readReportName(name)).toEqual(expected)
  })

  it.each(['T01.txt', 'T01.5.md', 'T012x.md', 'T01-.md', 'notes.md', 'TASK-01.md'])(
    '%s is not a report name',
    name => {
      expect(readReportName(name)).toBeNull()
    }
  )

  it('a suffixed report is its task’s; the unsuffixed one wins a duplicate; -partial still holds', async () => {
    const loaded = loadTrack(fixtures, 'suffixed')
    if (!loaded.ok) throw new Error(loaded.error)
    expect(loaded.value.reports.map(r => r.path)).toEqual([
      'reports/T-AUTO-01_cleanup.md',
      'reports/T01-seo-audit.md',
      'reports/T01.md',
      'reports/T02_meta-tags.md',
      'reports/T03-sitemap-partial.md'
    ])
    expect(loaded.value.diagnostics).toEqual([])
    const parsed = parseTrack(loaded.value)
    const { tasks, diagnostics } = assembleTasks(parsed)
    expect(tasks.map(t => [t.id, t.report?.file, t.status])).toEqual([
      ['T01', 'reports/T01.md', 'complete'],
      ['T02', 'reports/T02_meta-tags.md', 'complete'],
      ['T03', 'reports/T03-sitemap-partial.md', 'partial'],
      ['T-AUTO-01', 'reports/T-AUTO-01_cleanup.md', 'complete']
    ])
    expect(diagnostics.map(d => `${d.severity} ${d.file}:${d.line} ${d.message}`)).toEqual([
      'warning reports/T01-seo-audit.md:1 reports/T01-seo-audit.md also reports on T01; reports/T01.md is used instead.',
      "notice plan.md:17 T02: reports/T02_meta-tags.md is read as its report by its name, but the plan's Artifacts do not name it.",
      'warning reports/T03-sitemap-partial.md:3 T03: plan status DOING disagrees with report status partial.',
      'warning reports/T-AUTO-01_cleanup.md:1 T-AUTO-01 has a report but no task in plan.md; it is analysed as an extra task.'
    ])
    expect(diagnostics.some(d => /without a report/.test(d.message))).toBe(false)
  })
})

describe('hasSlug', () => {
  // Names built the way report names are: folder, id, separator, slug, extension.
  const nameArb = fc
    .tuple(
      fc.constantFrom('', 'reports/', 'a-b/', 'x_y/'),
      fc.constantFrom('T01', 't7', 'T-AUTO-3', 't-auto-12', 'TX', 'T', ''),
      fc.constantFrom('', '-', '_', '.', '-_'),
      fc
        .array(fc.constantFrom('seo', 'partial', '-', '_', '2', '/', '.'), { maxLength: 4 })
        .map(parts => parts.join('')),
      fc.constantFrom('.md', '.txt', '')
    )
    .map(parts => parts.join(''))

  it('answers as the name reader does, with or without a `-` or `_`', () => {
    fc.assert(
      fc.property(nameArb, path => {
        expect(hasSlug(path)).toBe((reportNameOfPath(path)?.suffix ?? null) !== null)
      }),
      { numRuns: 2000 }
    )
  })

  it.each([
    ['reports/T04.md', false],
    ['reports/T06-partial.md', false],
    ['reports/T01-seo-audit.md', true],
    ['reports/T-AUTO-01_cleanup.md', true],
    ['reports/T01_cleanup.md', true],
    ['a-b/T04.md', false]
  ])('%s', (path, expected) => {
    expect(hasSlug(path)).toBe(expected)
  })
})
