import fc from 'fast-check'
import { checkDiff } from '../../src/analyze/diff-check.js'
import { findConflicts } from '../../src/analyze/conflicts.js'
import { indexTasks } from '../../src/analyze/id-graph.js'
import { mergeOrder } from '../../src/analyze/merge-order.js'
import { FolderIds } from '../../src/paths.js'
import { changed, claims, report } from '../../__fixtures__/analyze/builders.js'

/** The folder prefixes of a path as strings, the slow way the numbers stand for. */
function prefixes(path: string): string[] {
  const out: string[] = []
  for (let i = path.indexOf('/'); i !== -1 && i < path.length - 1; i = path.indexOf('/', i + 1))
    out.push(path.slice(0, i + 1))
  return out
}

const pathArb = fc
  .array(fc.constantFrom('a', 'b', 'ab', '/', '/', '.'), { maxLength: 8 })
  .map(p => p.join(''))

describe('FolderIds', () => {
  it('numbers two prefixes alike exactly when they are the same string', () => {
    fc.assert(
      fc.property(fc.array(pathArb, { maxLength: 8 }), pathArb, (paths, probe) => {
        const ids = new FolderIds()
        const seen = new Map<string, number>()
        for (const p of paths) {
          const numbers = ids.add(p)
          const strings = prefixes(p)
          expect(numbers).toHaveLength(strings.length)
          strings.forEach((s, i) => {
            const n = numbers[i] as number
            expect(seen.get(s) ?? n).toBe(n)
            seen.set(s, n)
          })
        }
        expect(new Set(seen.values()).size).toBe(seen.size)
        // known: the numbered prefixes of any path, up to the first never numbered.
        const known = prefixes(probe).filter(s => seen.has(s))
        expect(ids.known(probe)).toEqual(known.map(s => seen.get(s)))
        if (probe.endsWith('/')) expect(ids.folder(probe, false)).toBe(seen.get(probe))
        else expect(ids.folder(probe, true)).toBeUndefined()
      })
    )
  })
})

describe('very deep paths cost their length, not length times depth', () => {
  // Pinned at a size where a string per folder prefix (300 paths of 2,000
  // folders) took many seconds.
  const root = 'd/'.repeat(2000)
  const files = Array.from({ length: 300 }, (_, i) => `${root}f${i}.ts`).sort()
  const folder = 'd/'.repeat(1000)

  it('mergeOrder keeps a folder and the deep files in it apart', () => {
    const tasks = [
      { id: 'T1', complete: true, concurrency: 'write-local' as const, files, dependsOn: [] },
      {
        id: 'T2',
        complete: true,
        concurrency: 'write-local' as const,
        files: [folder],
        dependsOn: []
      },
      {
        id: 'T3',
        complete: true,
        concurrency: 'write-local' as const,
        files: [`${root}x.ts`],
        dependsOn: []
      }
    ]
    expect(mergeOrder(indexTasks(tasks), new Set()).waves).toEqual([['T1', 'T3'], ['T2']])
  })

  it('findConflicts finds the folder against every deep file in it', () => {
    const task = (id: string, paths: string[]) => ({
      id,
      concurrency: 'write-local' as const,
      files: paths,
      dependsOn: [],
      notes: [],
      reportFile: null
    })
    const { conflicts } = findConflicts(indexTasks([task('T1', files), task('T2', [folder])]))
    expect(conflicts).toHaveLength(files.length)
    expect(conflicts.every(c => c.tasks.join() === 'T1,T2')).toBe(true)
  })

  it('checkDiff gives each deep changed file to the task claiming its folder', () => {
    const { diffCheck } = checkDiff(
      [
        {
          id: 'T1',
          report: report('T1', {
            files: { created: [], modified: [], deleted: [], touched: claims(folder) }
          })
        },
        {
          id: 'T2',
          report: report('T2', {
            files: {
              created: [],
              modified: claims(files[0] as string),
              deleted: [],
              touched: claims(`${folder}e/`)
            }
          })
        }
      ],
      changed(files.map(path => ({ path }))),
      'swarm/tracks/t'
    )
    expect(diffCheck.unreported).toEqual([])
    expect(diffCheck.files.filter(f => f.claimedBy.length === 2).map(f => f.path)).toEqual([
      files[0]
    ])
    expect(diffCheck.phantom).toEqual([{ task: 'T2', path: `${folder}e/` }])
  })
})
