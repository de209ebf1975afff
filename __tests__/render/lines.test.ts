// Line counts the reports claim, shown beside the diff's real ones in What
// changed and Summary of changes.

import { type Block, serialize } from '../../src/render/blocks.js'
import type { SectionContext } from '../../src/render/context.js'
import { claimLookup, linesText } from '../../src/render/lines.js'
import { summaryOfChanges, whatChanged } from '../../src/render/work.js'
import type { DiffFileResult, TrackResult } from '../../src/model.js'
import { diffCheck, task, track } from '../../__fixtures__/render/build.js'
import { sectionContext } from '../../__fixtures__/render/context.js'

function render(t: TrackResult, build: (ctx: SectionContext) => Block): string {
  const ctx = sectionContext(t, 0)
  return serialize(build(ctx))
}

const changed = (
  path: string,
  additions: number | null,
  deletions: number | null
): DiffFileResult => ({
  path,
  status: 'modified',
  previousPath: null,
  additions,
  deletions,
  claimedBy: []
})

function claiming(diff: DiffFileResult[] | null): TrackResult {
  return track('lines', {
    tasks: [
      task('T01', {
        files: { created: ['src/new.ts'], modified: ['src/old.ts', 'src/quiet.ts'], deleted: [] },
        claimedLines: [
          { path: 'src/new.ts', added: 180, removed: null },
          { path: 'src/old.ts', added: 15, removed: null }
        ]
      }),
      task('T02', {
        files: { created: [], modified: ['src/old.ts'], deleted: [] },
        claimedLines: [{ path: 'src/old.ts', added: 5, removed: 2 }]
      })
    ],
    diffCheck: diff === null ? null : diffCheck({ files: diff })
  })
}

describe('linesText', () => {
  test('the claim alone when the diff gives no counts', () => {
    expect(linesText({ path: 'a', added: 180, removed: null }, undefined)).toBe('+180 claimed')
    expect(linesText({ path: 'a', added: null, removed: 40 }, changed('a', null, null))).toBe(
      '−40 claimed'
    )
  })

  test('the real counts, and whether they match every count the report gives', () => {
    expect(linesText({ path: 'a', added: 142, removed: null }, changed('a', 142, 7))).toBe(
      '+142 −7, as claimed'
    )
    expect(linesText({ path: 'a', added: 180, removed: 0 }, changed('a', 142, 0))).toBe(
      '+142 −0 · ⚠️ +180 −0 claimed'
    )
    expect(linesText({ path: 'a', added: 142, removed: 3 }, changed('a', 142, 0))).toBe(
      '+142 −0 · ⚠️ +142 −3 claimed'
    )
  })

  test('without a claim, the real counts as before', () => {
    expect(linesText(undefined, changed('a', 3, 1))).toBe('+3 −1')
    expect(linesText(undefined, undefined)).toBe('')
  })
})

describe('What changed', () => {
  test('lists each claimed count beside its file when there is no diff', () => {
    const out = render(claiming(null), whatChanged)
    expect(out).toContain('**Created (1):** `src/new.ts` (+180 claimed)')
    expect(out).toContain('**Modified (2):** `src/old.ts` (+15 claimed), `src/quiet.ts`')
    expect(out).toContain('**Modified (1):** `src/old.ts` (+5 −2 claimed)')
  })

  test("puts the diff's counts first and flags a claim that differs", () => {
    const out = render(
      claiming([
        changed('src/new.ts', 142, 0),
        changed('src/old.ts', 20, 2),
        changed('src/quiet.ts', 1, 1)
      ]),
      whatChanged
    )
    expect(out).toContain('**Created (1):** `src/new.ts` (+142 −0 · ⚠️ +180 claimed)')
    expect(out).toContain('`src/old.ts` (+20 −2 · ⚠️ +15 claimed), `src/quiet.ts` (+1 −1)')
  })
})

describe('a file several tasks changed', () => {
  // T02 changed src/old.ts as well, and claims nothing about it.
  const shared = (): TrackResult =>
    track('shared', {
      tasks: [
        task('T01', {
          files: { created: [], modified: ['src/old.ts'], deleted: [] },
          claimedLines: [{ path: 'src/old.ts', added: 15, removed: null }]
        }),
        task('T02', { files: { created: [], modified: ['src/old.ts'], deleted: [] } })
      ],
      diffCheck: diffCheck({
        files: [{ ...changed('src/old.ts', 37, 4), claimedBy: ['T01', 'T02'] }]
      })
    })

  test("a task's claim stands beside the diff's counts, unjudged", () => {
    expect(render(shared(), whatChanged)).toContain(
      '**Modified (1):** `src/old.ts` (+37 −4 · +15 claimed)'
    )
  })

  test('a row whose tasks do not all claim a count is not judged either', () => {
    expect(render(shared(), summaryOfChanges)).toContain(
      '| `src/old.ts` | modified | T01, T02 | modified +37 −4 · +15 claimed |'
    )
  })
})

describe('Summary of changes', () => {
  test('adds a Lines column of claims when there is no diff', () => {
    const out = render(claiming(null), summaryOfChanges)
    expect(out).toContain('| File | Change | Tasks | Lines |')
    expect(out).toContain('| `src/new.ts` | created | T01 | +180 claimed |')
    // Two tasks claim lines in one file: the claims add up.
    expect(out).toContain('| `src/old.ts` | modified | T01, T02 | +20 −2 claimed |')
    expect(out).toContain('| `src/quiet.ts` | modified | T01 | — |')
  })

  test('no Lines column when no report claims a count', () => {
    const out = render(
      track('plain', {
        tasks: [task('T01', { files: { created: ['a.ts'], modified: [], deleted: [] } })]
      }),
      summaryOfChanges
    )
    expect(out).toContain('| File | Change | Tasks |\n')
  })

  test("with a diff, shows the diff's counts beside the summed claims", () => {
    const out = render(
      claiming([changed('src/new.ts', 142, 0), changed('src/old.ts', 20, 2)]),
      summaryOfChanges
    )
    expect(out).toContain('| `src/new.ts` | created | T01 | modified +142 −0 · ⚠️ +180 claimed |')
    expect(out).toContain('| `src/old.ts` | modified | T01, T02 | modified +20 −2, as claimed |')
    expect(out).toContain('| `src/quiet.ts` | modified | T01 | ❔ not in diff |')
  })

  test('a claimed file outside the diff keeps its claim', () => {
    const out = render(claiming([changed('src/old.ts', 20, 2)]), summaryOfChanges)
    expect(out).toContain('| `src/new.ts` | created | T01 | ❔ not in diff · +180 claimed |')
  })
})

describe('claimLookup', () => {
  // A short claim list is scanned and a long one indexed: both must agree.
  test.each([3, 100])('with %i claims, finds each path and keeps the first claim', n => {
    const claims = Array.from({ length: n }, (_, i) => ({
      path: `src/f${i}.ts`,
      added: i,
      removed: null
    }))
    const t = task('T01', {
      claimedLines: [...claims, { path: 'src/f1.ts', added: 999, removed: 0 }]
    })
    const claimOf = claimLookup(track('x', { tasks: [t] }))
    expect(claimOf(t, 'src/f1.ts')).toEqual({ path: 'src/f1.ts', added: 1, removed: null })
    expect(claimOf(t, `src/f${n - 1}.ts`)?.added).toBe(n - 1)
    expect(claimOf(t, 'src/none.ts')).toBeUndefined()
  })
})

describe('What changed', () => {
  test('two tasks sharing one file list each show their own claims', () => {
    const shared = ['src/a.ts']
    const t = track('shared', {
      tasks: ['T01', 'T02'].map((id, i) =>
        task(id, {
          files: { created: [], modified: shared, deleted: [] },
          claimedLines: [{ path: 'src/a.ts', added: 5 + i, removed: null }]
        })
      )
    })
    const out = render(t, whatChanged)
    expect(out).toContain('**Modified (1):** `src/a.ts` (+5 claimed)')
    expect(out).toContain('**Modified (1):** `src/a.ts` (+6 claimed)')
  })
})
