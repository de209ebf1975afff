// Each task's impact in What changed: High when it shares a file with another
// task or touches more than 10 files; Medium past 3 files or when it changes
// existing files; Low otherwise.

import { taskImpacts } from '../../src/analyze/assess.js'
import { serialize } from '../../src/render/blocks.js'
import type { SectionContext } from '../../src/render/context.js'
import { whatChanged } from '../../src/render/work.js'
import type { TaskFiles, TrackResult } from '../../src/model.js'
import { task, track } from '../../__fixtures__/render/build.js'
import { sectionContext } from '../../__fixtures__/render/context.js'

const files = (n: number, prefix: string): string[] =>
  Array.from({ length: n }, (_, i) => `${prefix}/f${i}.ts`)
const only = (created: string[], modified: string[] = [], deleted: string[] = []): TaskFiles => ({
  created,
  modified,
  deleted
})

const model = (): TrackResult =>
  track('impact', {
    tasks: [
      task('T01', { files: only(files(2, 'a')) }),
      task('T02', { files: only([], ['b/existing.ts']) }),
      task('T03', { files: only(files(4, 'c')) }),
      task('T04', { files: only(files(11, 'd')) }),
      task('T05', { files: only([], ['shared.ts']) }),
      task('T06', { files: only(['e/new.ts'], ['shared.ts']) }),
      task('T07', { files: only([], [], ['old.ts']) }),
      task('T08', { files: only([]), touched: files(4, 'g') })
    ],
    conflicts: [
      { path: 'shared.ts', tasks: ['T05', 'T06'], kind: 'parallel', reason: 'overlap' },
      // A hand-off note is not a shared file.
      { path: '*', tasks: ['T01', 'T03'], kind: 'parallel', reason: 'note', note: 'may clash' }
    ]
  })

describe('taskImpacts', () => {
  const t = model()
  const impact = taskImpacts(t)
  const level = (id: string): string => {
    const found = t.tasks.find(x => x.id === id)
    if (found === undefined) return 'no such task'
    return impact(found).level
  }

  test('Low for a few new files', () => {
    expect(level('T01')).toBe('Low')
  })

  test.each(['T02', 'T03', 'T07', 'T08'])(
    'Medium past 3 files, or for a modified or deleted file: %s',
    id => {
      expect(level(id)).toBe('Medium')
    }
  )

  test.each(['T04', 'T05', 'T06'])(
    'High past 10 files, or for a file another task also changes: %s',
    id => {
      expect(level(id)).toBe('High')
    }
  )
})

describe('What changed', () => {
  const ctx = (t: TrackResult, level: 0 | 2): SectionContext => sectionContext(t, level)

  test('states each task impact on one line, with the fact that set it', () => {
    const out = serialize(whatChanged(ctx(model(), 0)))
    expect(out).toContain('- **Impact:** Low — 2 files')
    expect(out).toContain('- **Impact:** Medium — changes an existing file')
    expect(out).toContain('- **Impact:** Medium — 4 files')
    expect(out).toContain('- **Impact:** High — 11 files')
    expect(out).toContain('- **Impact:** High — shares files with T06')
    expect(out).toContain('- **Impact:** High — shares files with T05')
  })

  test('keeps the line at the shortest detail level', () => {
    const out = serialize(whatChanged(ctx(model(), 2)))
    expect(out.match(/\*\*Impact:\*\*/g)).toHaveLength(8)
  })

  test('no impact line for a task with no files', () => {
    const t = track('empty', { tasks: [task('T01'), task('T02', { files: only(['a.ts']) })] })
    const out = serialize(whatChanged(ctx(t, 0)))
    expect(out.match(/\*\*Impact:\*\*/g)).toHaveLength(1)
    expect(out).toContain('- **Files:** none reported\n- **Report:**')
  })

  test('names the other tasks by id order, at most three', () => {
    const shared = ['T09', 'T10', 'T02', 'T05'].map(id => task(id, { files: only([], ['x.ts']) }))
    const t = track('crowd', {
      tasks: shared,
      conflicts: [
        { path: 'x.ts', tasks: ['T05', 'T09', 'T10'], kind: 'parallel', reason: 'overlap' },
        { path: 'x.ts', tasks: ['T02', 'T05'], kind: 'parallel', reason: 'overlap' }
      ]
    })
    const out = serialize(whatChanged(ctx(t, 0)))
    expect(out).toContain('- **Impact:** High — shares files with T02, T09, T10')
    expect(out).toContain('- **Impact:** High — shares files with T05')
    expect(out).not.toContain('and 1 more')
    const wide = track('wide', {
      tasks: shared,
      conflicts: [
        {
          path: 'x.ts',
          tasks: ['T02', 'T05', 'T09', 'T10', 'T11'],
          kind: 'parallel',
          reason: 'overlap'
        }
      ]
    })
    expect(serialize(whatChanged(ctx(wide, 0)))).toContain(
      '- **Impact:** High — shares files with T05, T09, T10 and 1 more'
    )
  })
})
