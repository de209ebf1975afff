// A parser bug in one file must not lose the others: the spawn-candidate
// reader is replaced by one that fails on a marker line.
import { describe, expect, jest, test } from '@jest/globals'

jest.unstable_mockModule('../../src/parse/spawn.js', () => ({
  readSpawnCandidates: (doc: { lines: string[] }) => {
    if (doc.lines.includes('EXPLODE')) throw new Error('reader failed')
    return { candidates: [], found: true }
  }
}))

const { parseTrack } = await import('../../src/parse/track.js')

describe('per-file isolation', () => {
  test('a report whose parsing throws becomes an unknown report with an error', () => {
    const track = parseTrack({
      id: 't',
      dir: 't',
      plan: null,
      prd: null,
      iosmReport: null,
      reports: [
        {
          path: 'reports/T01.md',
          text: '# Subagent Report: T01 — A\n**Status:** Complete\nEXPLODE\n'
        },
        { path: 'reports/T02.md', text: '# Subagent Report: T02 — B\n**Status:** Complete\n' }
      ],
      unreadableReports: [],
      diagnostics: []
    })
    expect(track.reports.map(r => [r.taskId, r.status])).toEqual([
      ['T01', 'unknown'],
      ['T02', 'complete']
    ])
    expect(track.diagnostics).toContainEqual({
      severity: 'error',
      file: 'reports/T01.md',
      line: 1,
      message:
        'could not be parsed (reader failed); its content is left out and the verdict cannot be trusted'
    })
  })
})
