import { analyzeRun } from '../../src/analyze/index.js'
import { splitChangesByTrack } from '../../src/analyze/run-diff.js'
import {
  changed,
  claims,
  options,
  plan,
  planTask,
  report,
  track
} from '../../__fixtures__/analyze/builders.js'

const files = (created: string[]) => ({
  created: claims(...created),
  modified: [],
  deleted: [],
  touched: []
})

const one = track({
  id: 'one',
  dir: 'swarm/tracks/one',
  plan: plan([planTask('T01', { status: 'complete' })]),
  reports: [report('T01', { files: files(['src/a.ts', 'docs/']) })]
})
const two = track({
  id: 'two',
  dir: 'swarm/tracks/two',
  plan: plan([planTask('T01', { status: 'complete' })]),
  reports: [report('T01', { files: files(['src/b.ts']) })]
})
const diff = changed([
  { path: 'src/a.ts', status: 'added' },
  { path: 'docs/guide.md', status: 'added' },
  { path: 'src/b.ts', status: 'added' },
  { path: 'swarm/tracks/two/reports/T01.md', status: 'added' },
  { path: 'src/stray.ts' }
])

describe('several tracks in one pull request', () => {
  it("keeps each track's view to its own changes and nobody's", () => {
    const [a, b] = splitChangesByTrack([one, two], diff)
    expect(a?.files.map(f => f.path)).toEqual(['src/a.ts', 'docs/guide.md', 'src/stray.ts'])
    expect(b?.files.map(f => f.path)).toEqual([
      'src/b.ts',
      'swarm/tracks/two/reports/T01.md',
      'src/stray.ts'
    ])
  })

  it("does not report another track's files as unreported", () => {
    const run = analyzeRun([one, two], options({ failOn: ['unreported'] }), diff)
    expect(run.tracks.map(t => t.diffCheck?.unreported)).toEqual([
      ['src/stray.ts'],
      ['src/stray.ts']
    ])
    expect(run.tracks.map(t => t.diffCheck?.phantom)).toEqual([[], []])
  })

  it('passes a lone track the whole diff', () => {
    expect(splitChangesByTrack([one], diff)).toEqual([diff])
  })
})
