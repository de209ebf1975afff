import { memoByText } from '../../src/parse/memo.js'

describe('memoByText', () => {
  test('works each text out once, and gives back what the function gives', () => {
    const seen: string[] = []
    const upper = memoByText(t => {
      seen.push(t)
      return t.toUpperCase()
    }, 10)
    expect([upper('a'), upper('b'), upper('a'), upper('a')]).toEqual(['A', 'B', 'A', 'A'])
    expect(seen).toEqual(['a', 'b'])
  })

  test('keeps false and null answers as well', () => {
    let calls = 0
    const known = memoByText(t => {
      calls++
      return t === 'summary' ? true : t === '' ? null : false
    }, 10)
    for (const t of ['notes', 'notes', '', '', 'summary', 'summary']) known(t)
    expect(calls).toBe(3)
    expect([known('notes'), known(''), known('summary')]).toEqual([false, null, true])
  })

  test('keeps no more than its limit: full, it starts again', () => {
    const seen: string[] = []
    const same = memoByText(t => {
      seen.push(t)
      return t
    }, 2)
    for (const t of ['a', 'b', 'c', 'a']) same(t)
    // `c` found the map full (a, b) and emptied it, so `a` was worked out again.
    expect(seen).toEqual(['a', 'b', 'c', 'a'])
    same('c')
    expect(seen).toHaveLength(4)
  })
})
