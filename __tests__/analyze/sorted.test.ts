import fc from 'fast-check'
import { sortedUnique, toSortedUnique, union } from '../../src/analyze/sorted.js'

// Paths that share prefixes, differ in case, hold digits of several widths and
// characters beyond Latin-1, so the order is by UTF-16 code unit.
const path = fc.constantFrom(
  'a.ts',
  'A.ts',
  'src/',
  'src/a.ts',
  'src/file10.ts',
  'src/file2.ts',
  'src/é.md',
  'src/✅.md',
  'src/y/',
  'src/y/z.ts',
  'srcx/q.ts'
)
const reference = (list: readonly string[]): string[] => [...new Set(list)].sort()

describe('sorted lists', () => {
  it('toSortedUnique sorts by code unit and drops repeats', () => {
    fc.assert(
      fc.property(fc.array(path), list => {
        expect(toSortedUnique([...list])).toEqual(reference(list))
      })
    )
    // One or two ascending runs are merged, more are sorted.
    expect(toSortedUnique(['b', 'c', 'a', 'b'])).toEqual(['a', 'b', 'c'])
    expect(toSortedUnique(['c', 'b', 'a', 'a'])).toEqual(['a', 'b', 'c'])
  })

  it('sortedUnique returns a sorted list without repeats and never changes its input', () => {
    fc.assert(
      fc.property(fc.array(path), list => {
        const before = [...list]
        expect(sortedUnique(list)).toEqual(reference(list))
        expect(list).toEqual(before)
      })
    )
    const ready = ['a', 'b', 'c']
    expect(sortedUnique(ready)).toBe(ready)
  })

  it('union merges two sorted lists into one without repeats', () => {
    const sortedList = fc.array(path).map(reference)
    fc.assert(
      fc.property(sortedList, sortedList, (a, b) => {
        expect(union(a, b)).toEqual(reference([...a, ...b]))
      })
    )
  })
})
