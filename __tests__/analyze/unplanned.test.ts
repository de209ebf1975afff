import { unplannedTouches } from '../../src/analyze/unplanned.js'

describe('unplannedTouches', () => {
  it('subtracts planned files and everything under planned folders', () => {
    const out = unplannedTouches(
      [
        {
          id: 'T02',
          planned: ['api/', 'docs/readme.md'],
          files: ['api/v1/users.ts', 'docs/readme.md', 'docs/other.md', 'apix/file.ts', 'api/']
        }
      ],
      'swarm/tracks/x'
    )
    expect(out).toEqual([
      { task: 'T02', path: 'apix/file.ts' },
      { task: 'T02', path: 'docs/other.md' }
    ])
  })

  it('does not let a planned file cover a claimed folder', () => {
    expect(unplannedTouches([{ id: 'T01', planned: ['lib/a.ts'], files: ['lib/'] }], 'd')).toEqual([
      { task: 'T01', path: 'lib/' }
    ])
  })

  it('skips tasks without a plan entry and files in the track folder', () => {
    const out = unplannedTouches(
      [
        { id: 'T07', planned: null, files: ['x.ts'] },
        { id: 'T01', planned: [], files: ['swarm/tracks/x/reports/T01.md', 'y.ts'] }
      ],
      'swarm/tracks/x'
    )
    expect(out).toEqual([{ task: 'T01', path: 'y.ts' }])
  })

  it('sorts by task id then path', () => {
    const out = unplannedTouches(
      [
        { id: 'T10', planned: [], files: ['b', 'a'] },
        { id: 'T2', planned: [], files: ['c'] }
      ],
      'd'
    )
    expect(out.map(u => `${u.task}:${u.path}`)).toEqual(['T2:c', 'T10:a', 'T10:b'])
  })
})
