import fc from 'fast-check'
import {
  idOrder,
  PLAIN_ID_ORDER,
  sortById,
  sortIdsBy,
  sortUniqueIds
} from '../../src/analyze/id-order.js'
import { compareIds, sortIds } from '../../src/task-ids.js'

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

describe('sortById', () => {
  it('sorts like a stable sort by compareIds, and copies', () => {
    const items = fc.array(fc.record({ id, n: fc.nat() }), { maxLength: 12 })
    fc.assert(
      fc.property(fc.oneof(order, fc.constant(PLAIN_ID_ORDER)), items, (o, list) => {
        const before = [...list]
        const sorted = sortById(list, o)
        expect(sorted).toEqual([...list].sort((a, b) => compareIds(a.id, b.id)))
        expect(sorted).not.toBe(list)
        expect(list).toEqual(before)
      })
    )
  })
})

describe('sortIdsBy and sortUniqueIds', () => {
  it('give the distinct ids in id order', () => {
    fc.assert(
      fc.property(fc.oneof(order, fc.constant(PLAIN_ID_ORDER)), fc.array(id), (o, ids) => {
        expect(sortIdsBy(ids, o)).toEqual(sortIds(ids))
        const copy = [...ids]
        expect(sortUniqueIds(copy, o)).toBe(copy)
        expect(copy).toEqual(sortIds(ids))
      })
    )
  })
})
