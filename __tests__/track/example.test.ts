// The example track is what newcomers render first; it must load cleanly.
import { describe, expect, it } from '@jest/globals'
import { fileURLToPath } from 'node:url'
import { discoverTracks } from '../../src/track/discover.js'
import { loadTrack } from '../../src/track/load.js'

const repo = fileURLToPath(new URL('../../', import.meta.url))
const dir = 'examples/swarm/tracks/2026-03-02-001'

describe('the example track', () => {
  it('is found by the default pattern shape', async () => {
    expect(discoverTracks(repo, ['examples/swarm/tracks/*'])).toEqual({
      ok: true,
      value: [dir]
    })
  })

  it('loads every file without a single finding', async () => {
    const r = loadTrack(repo, dir)
    if (!r.ok) throw new Error(r.error)
    const t = r.value
    expect(t.id).toBe('2026-03-02-001')
    expect(t.dir).toBe(dir)
    expect([t.plan?.path, t.prd?.path, t.iosmReport?.path]).toEqual([
      'plan.md',
      'PRD.md',
      'iosm_report.md'
    ])
    expect(t.reports.map(f => f.path)).toEqual(
      ['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T07'].map(id => `reports/${id}.md`)
    )
    expect(t.diagnostics).toEqual([])
  })
})
