import fc from 'fast-check'
import {
  compareIds,
  idOrder,
  PLAIN_ID_ORDER,
  sortedById,
  sortedDistinctIds,
  sortedDistinctStrings,
  unionOfSortedStrings
} from '../src/order.js'

const POOL = ['T1', 'T2', 'T02', 'T10', 't3', 'T-AUTO-1', 'T-AUTO-02', 'X', 'T99', 'Task']
const id = fc.constantFrom(...POOL)
/** An order ranked on some of the pool, so that ranked and unranked ids meet. */
const order = fc.subarray(POOL).map(ranked => idOrder(ranked))
const sign = (n: number): number => Math.sign(n)

describe('idOrder', () => {
  it('orders every pair as compareIds does, ranked or not', () => {
    fc.assert(
      fc.property(order, id, id, (o, a, b) => {
        expect(sign(o.compare(a, b))).toBe(sign(compareIds(a, b)))
      })
    )
  })

  it('ranks distinct ids in id order from zero', () => {
    const o = idOrder(['T10', 'T2', 'T2', 'T-AUTO-1'])
    expect([...o.ranks]).toEqual([
      ['T2', 0],
      ['T10', 1],
      ['T-AUTO-1', 2]
    ])
  })
})

describe('sortedById', () => {
  it('sorts like a stable sort by compareIds, and copies', () => {
    const items = fc.array(fc.record({ id, n: fc.nat() }), { maxLength: 12 })
    fc.assert(
      fc.property(fc.oneof(order, fc.constant(PLAIN_ID_ORDER)), items, (o, list) => {
        const before = [...list]
        const sorted = sortedById(list, o)
        expect(sorted).toEqual([...list].sort((a, b) => compareIds(a.id, b.id)))
        expect(sorted).not.toBe(list)
        expect(list).toEqual(before)
      })
    )
  })
})

describe('sortedDistinctIds', () => {
  it('gives the distinct ids in id order, as a new list', () => {
    fc.assert(
      fc.property(fc.oneof(order, fc.constant(PLAIN_ID_ORDER)), fc.array(id), (o, ids) => {
        const before = [...ids]
        const sorted = sortedDistinctIds(ids, o)
        expect(sorted).toEqual([...new Set(ids)].sort(compareIds))
        expect(sorted).not.toBe(ids)
        expect(ids).toEqual(before)
      })
    )
  })
})

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

describe('sorted path lists', () => {
  it('sortedDistinctStrings sorts by code unit, drops repeats and never changes its input', () => {
    fc.assert(
      fc.property(fc.array(path), list => {
        const before = [...list]
        const sorted = sortedDistinctStrings(list)
        expect(sorted).toEqual(reference(list))
        expect(sorted).not.toBe(list)
        expect(list).toEqual(before)
      })
    )
    // One or two ascending runs are merged, more are sorted.
    expect(sortedDistinctStrings(['b', 'c', 'a', 'b'])).toEqual(['a', 'b', 'c'])
    expect(sortedDistinctStrings(['c', 'b', 'a', 'a'])).toEqual(['a', 'b', 'c'])
  })

  it('unionOfSortedStrings merges two sorted lists into one without repeats', () => {
    const sortedList = fc.array(path).map(reference)
    fc.assert(
      fc.property(sortedList, sortedList, (a, b) => {
        expect(unionOfSortedStrings(a, b)).toEqual(reference([...a, ...b]))
      })
    )
  })
})
