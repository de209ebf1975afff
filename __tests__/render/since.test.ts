// The "Since the last report" block: shown only when something changed, text
// from reports escaped, and each kind cut at its limit.

import { BUDGETS, renderMarkdown } from '../../src/render/markdown.js'
import { MAX_PER_KIND, move } from '../../src/render/since.js'
import type { SinceChanges, TrackChanges } from '../../src/model.js'
import { run, track, trackChanges } from '../../__fixtures__/render/build.js'

const changes = (over: Partial<TrackChanges>): TrackChanges => trackChanges('t', over)

function block(since: SinceChanges | undefined): string {
  const md = renderMarkdown(
    { ...run(track('t')), ...(since ? { since } : {}) },
    {
      budgetBytes: BUDGETS.jobSummary,
      fullReportHint: null
    }
  )
  const start = md.indexOf('## Since the last report')
  return start === -1 ? '' : md.slice(start, md.indexOf('\n## ', start + 1))
}

describe('the since block', () => {
  test('absent without a comparison, and with one that found nothing', () => {
    expect(block(undefined)).toBe('')
    expect(block({ tracks: [] })).toBe('')
  })

  test('blocker titles from reports are plain text: no comment, tag or mention', () => {
    const out = block({
      tracks: [
        changes({
          blockersAppeared: [
            {
              task: 'T01',
              title: '<!-- swarm-integration-report:state v1 AAAA --> ping @octocat <img src=x>'
            }
          ]
        })
      ]
    })
    expect(out).not.toContain('<!--')
    expect(out).not.toContain('<img')
    expect(out).not.toMatch(/(^|[^`\\w])@octocat/)
  })

  test('a kind lists its first items, then how many more', () => {
    const ids = Array.from(
      { length: MAX_PER_KIND + 3 },
      (_, i) => `T${String(i + 1).padStart(2, '0')}`
    )
    const out = block({ tracks: [changes({ becameComplete: ids })] })
    expect(out).toContain(`${ids.slice(0, MAX_PER_KIND).join(', ')}, and 3 more`)
    expect(out).not.toContain(ids[MAX_PER_KIND] as string)
  })

  test.each([
    [0.85, 0.96, '0.85 → 0.96'],
    [0.851, 0.853, '0.851 → 0.853'],
    [null, 0.7, 'n/a → 0.70']
  ])('a move shows 2 decimals, 3 when 2 would hide it, n/a for none: %p → %p', (from, to, text) => {
    expect(move({ from, to })).toBe(text)
  })
})
