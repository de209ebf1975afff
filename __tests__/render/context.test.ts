// The per-render cache of derived facts: one computation per fact and track,
// keyed by the fact, never by what it computes.
import { deriver, fact } from '../../src/render/context.js'
import type { TrackResult } from '../../src/model.js'
import { task, track } from '../../__fixtures__/render/build.js'

describe('deriver', () => {
  it('computes a fact once per render and returns the same value after', () => {
    let calls = 0
    const ids = fact('ids', (t: TrackResult) => {
      calls++
      return t.tasks.map(x => x.id)
    })
    const derive = deriver(track('a', { tasks: [task('T01'), task('T02')] }))
    const first = derive(ids)
    expect(first).toEqual(['T01', 'T02'])
    expect(derive(ids)).toBe(first)
    expect(calls).toBe(1)
  })

  it('keys by the fact: two facts of one function are two entries', () => {
    let calls = 0
    const count = (t: TrackResult): number => {
      calls++
      return t.tasks.length
    }
    const a = fact('count', count)
    const b = fact('count', count)
    const derive = deriver(track('a', { tasks: [task('T01')] }))
    expect([derive(a), derive(b), derive(a), derive(b)]).toEqual([1, 1, 1, 1])
    expect(calls).toBe(2)
  })

  it('hands a fact the same cache, so facts built on another share its one computation', () => {
    let calls = 0
    const ids = fact('ids', (t: TrackResult) => {
      calls++
      return t.tasks.map(x => x.id)
    })
    const count = fact('count', (_t: TrackResult, derive) => derive(ids).length)
    const derive = deriver(track('a', { tasks: [task('T01'), task('T02')] }))
    expect([derive(count), derive(ids)]).toEqual([2, ['T01', 'T02']])
    expect(calls).toBe(1)
  })

  it('starts empty for each render and each track', () => {
    const size = fact('size', (t: TrackResult) => t.tasks.length)
    expect(deriver(track('a', { tasks: [task('T01')] }))(size)).toBe(1)
    expect(deriver(track('b', { tasks: [] }))(size)).toBe(0)
  })
})
