// The file table of "Summary of changes": by kind of change, then by path,
// cut to the detail level's rows.

import { serialize } from '../../src/render/blocks.js'
import { summaryOfChanges } from '../../src/render/work.js'
import type { TrackResult } from '../../src/model.js'
import { task, track } from '../../__fixtures__/render/build.js'
import { sectionContext } from '../../__fixtures__/render/context.js'

function section(t: TrackResult, level: 0 | 1 | 2): string {
  const ctx = sectionContext(t, level)
  return serialize(summaryOfChanges(ctx))
}

function rows(t: TrackResult, level: 0 | 1 | 2): string[] {
  return section(t, level)
    .split('\n')
    .filter(line => line.startsWith('| `'))
}

const name = (i: number): string => `lib/f${String(i).padStart(2, '0')}.ts`
// Created files listed backwards over two tasks; modified ones sort before them by path.
const t = track('files', {
  tasks: [
    task('T01', {
      files: {
        created: Array.from({ length: 25 }, (_, i) => name(49 - i)),
        modified: ['a/z.ts', 'a/b.ts'],
        deleted: []
      }
    }),
    task('T02', {
      files: {
        created: Array.from({ length: 25 }, (_, i) => name(24 - i)),
        modified: ['a/m.ts', 'a/b.ts'],
        deleted: []
      }
    })
  ]
})

describe('the claimed files table', () => {
  test('lists created files, then modified ones, each by path', () => {
    const all = rows(t, 0)
    expect(all).toHaveLength(53)
    expect(all[0]).toBe('| `lib/f00.ts` | created | T02 |')
    expect(all[49]).toBe('| `lib/f49.ts` | created | T01 |')
    expect(all.slice(50)).toEqual([
      '| `a/b.ts` | modified | T01, T02 |',
      '| `a/m.ts` | modified | T02 |',
      '| `a/z.ts` | modified | T01 |'
    ])
  })

  test('keeps the first rows in that order and counts the rest', () => {
    const text = section(t, 2)
    const shown = rows(t, 2)
    expect(shown).toHaveLength(40)
    expect(shown[39]).toBe('| `lib/f39.ts` | created | T01 |')
    expect(text).toContain('_and 13 more files_')
    expect(text).toContain('**Files claimed by the reports:** 50 created · 3 modified · 0 deleted')
  })
})
