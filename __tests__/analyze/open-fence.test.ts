// A blocker read from past a code fence left open still counts (the fence ends at
// the next level-2 heading), but GitHub shows it as code: the verdict says so.
import { readFileSync } from 'node:fs'
import { analyzeTrack } from '../../src/analyze/index.js'
import { parseTrack } from '../../src/parse/track.js'
import { options } from '../../__fixtures__/analyze/builders.js'

const text = readFileSync(
  new URL('../../__fixtures__/parse/report-open-fence.md', import.meta.url),
  'utf8'
)
const lineOf = (needle: string): number => text.split('\n').findIndex(l => l.includes(needle)) + 1

function verdictOf(report: string) {
  const parsed = parseTrack({
    id: 't',
    dir: 'swarm/tracks/t',
    plan: null,
    prd: null,
    iosmReport: null,
    reports: [{ path: 'reports/T03.md', text: report }],
    unreadableReports: [],
    diagnostics: []
  })
  return analyzeTrack(parsed, options(), null).verdict
}

test('the reason names the blocker line and the fence left open before it', () => {
  const reasons = verdictOf(text).reasons.filter(r => r.includes('Quota table migration'))
  expect(reasons).toEqual([
    `T03 reports an unresolved blocker: Quota table migration not applied ` +
      `(reports/T03.md:${lineOf('Quota table migration')}, ` +
      `after a code fence left open at line ${lineOf('```ts')}).`
  ])
})

test('with the fence closed, the same blocker reads as before', () => {
  const closed = text.replace('counter.increment(userId)\n', 'counter.increment(userId)\n```\n')
  const reasons = verdictOf(closed).reasons.filter(r => r.includes('Quota table migration'))
  expect(reasons).toHaveLength(1)
  expect(reasons[0]).not.toContain('code fence')
})
