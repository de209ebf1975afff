import type { ChangedFiles } from '../../src/model.js'
import { selectChangedTracks } from '../../src/pipeline.js'

const changed = (...paths: Array<[string, string | null]>): ChangedFiles => ({
  files: paths.map(([path, previousPath]) => ({
    path,
    previousPath,
    status: previousPath ? 'renamed' : 'modified',
    additions: 1,
    deletions: 0
  })),
  truncated: false,
  source: 'test'
})

describe('selectChangedTracks', () => {
  const dirs = ['swarm/tracks/a', 'swarm/tracks/ab', 'swarm/tracks/c']

  it('keeps the tracks holding a changed file, by folder boundary', () => {
    expect(selectChangedTracks(dirs, changed(['swarm/tracks/ab/reports/T01.md', null]))).toEqual([
      'swarm/tracks/ab'
    ])
  })

  it('follows a rename out of a track', () => {
    expect(
      selectChangedTracks(dirs, changed(['elsewhere/T01.md', 'swarm/tracks/c/reports/T01.md']))
    ).toEqual(['swarm/tracks/c'])
  })

  it('keeps every track when no change touches one', () => {
    expect(selectChangedTracks(dirs, changed(['src/app.ts', null]))).toEqual(dirs)
  })
})
