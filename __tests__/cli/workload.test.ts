// The kinds of work a CLI run reports to its code cache: each kind a run can
// do without another sets a bit of its own, and the same run gives the same bits.
import { workOf } from '../../src/cli/workload.js'
import { run, task, track } from '../../__fixtures__/render/build.js'

const withReports = run(track('a', { tasks: [task('T01'), task('T02', { report: null })] }))
const planOnly = run(track('a', { tasks: [task('T01', { report: null })] }))
const none = { diff: false, previous: false }

test('each format is a kind of its own', () => {
  const bits = (['markdown', 'json', 'check'] as const).map(f => workOf(f, planOnly, none))
  expect(new Set(bits).size).toBe(3)
  for (const b of bits) expect(b & (b - 1)).toBe(0)
})

test('reports read, a diff checked and a previous result compared each add a kind', () => {
  const base = workOf('markdown', planOnly, none)
  const added = [
    workOf('markdown', withReports, none),
    workOf('markdown', planOnly, { diff: true, previous: false }),
    workOf('markdown', planOnly, { diff: false, previous: true })
  ].map(w => w & ~base)
  expect(added.every(bit => bit !== 0 && (bit & (bit - 1)) === 0)).toBe(true)
  expect(new Set(added).size).toBe(3)
  expect(added.every(bit => (bit & workOf('json', planOnly, none)) === 0)).toBe(true)
})

test('a track without reports beside one with them still counts as reading reports', () => {
  const both = run(planOnly.tracks[0] ?? track('a'), track('b'))
  expect(workOf('json', both, none)).toBe(workOf('json', withReports, none))
})
