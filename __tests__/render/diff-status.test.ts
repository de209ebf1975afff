// How the diff's change status of a file is shown: a source that does not say
// how a file changed (`git diff --numstat`, a plain list) reads as "changed".

import { type Block, serialize } from '../../src/render/blocks.js'
import type { SectionContext } from '../../src/render/context.js'
import { claimsVsDiff } from '../../src/render/findings.js'
import { summaryOfChanges } from '../../src/render/work.js'
import type { ChangeStatus, TrackResult } from '../../src/model.js'
import { diffCheck, task, track } from '../../__fixtures__/render/build.js'
import { sectionContext } from '../../__fixtures__/render/context.js'

function render(t: TrackResult, build: (ctx: SectionContext) => Block | null): string {
  const ctx = sectionContext(t, 0)
  const block = build(ctx)
  return block === null ? '' : serialize(block)
}

const file = (path: string, status: ChangeStatus, claimedBy: string[]) => ({
  path,
  status,
  previousPath: null,
  additions: 4,
  deletions: 1,
  claimedBy
})

const numstat = (a: ChangeStatus = 'unknown', b: ChangeStatus = 'unknown'): TrackResult =>
  track('numstat', {
    tasks: [task('T01', { files: { created: [], modified: ['src/a.ts'], deleted: [] } })],
    diffCheck: diffCheck({
      files: [file('src/a.ts', a, ['T01']), file('src/b.ts', b, [])],
      unreported: ['src/b.ts'],
      mismatch: [{ task: 'T01', path: 'src/a.ts', claimed: 'deleted', actual: a }]
    })
  })

describe('a change status the diff source did not give', () => {
  test('reads as changed in Summary of changes', () => {
    expect(render(numstat(), summaryOfChanges)).toContain(
      '| `src/a.ts` | modified | T01 | changed +4 −1 |'
    )
  })

  test('reads as changed in Claims vs diff', () => {
    const out = render(numstat(), claimsVsDiff)
    expect(out).toContain('| `src/b.ts` | changed | +4 −1 |')
    expect(out).toContain('| T01 | `src/a.ts` | deleted | changed |')
    expect(out).not.toContain('unknown')
  })

  test('the statuses the source does give are shown as they are', () => {
    const t = numstat('renamed', 'removed')
    expect(render(t, summaryOfChanges)).toContain('| `src/a.ts` | modified | T01 | renamed +4 −1 |')
    expect(render(t, claimsVsDiff)).toContain('| `src/b.ts` | removed | +4 −1 |')
  })
})
