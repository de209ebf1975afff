import fc from 'fast-check'
import { inFolder } from '../src/paths.js'

describe('inFolder', () => {
  // Short paths over few characters, so that prefixes, repeats and slashes meet often.
  const pathArb = fc
    .array(fc.constantFrom('a', 'b', 'ab', '/', '/', '.'), { maxLength: 8 })
    .map(p => p.join(''))

  it('is true exactly when the path starts with the folder and has no `/` after it', () => {
    fc.assert(
      fc.property(pathArb, pathArb, (path, dir) => {
        const expected = path.startsWith(dir) && path.indexOf('/', dir.length) === -1
        expect(inFolder(path, dir)).toBe(expected)
        // A folder cut from the path itself, as the rules cut it.
        const own = path.slice(0, path.lastIndexOf('/') + 1)
        expect(inFolder(path, own)).toBe(true)
      }),
      { numRuns: 2000 }
    )
  })

  it.each([
    ['a/b.ts', 'a/', true],
    ['a/b/c.ts', 'a/', false],
    ['x/a/b.ts', 'a/', false],
    ['b.ts', '', true],
    ['a/b.ts', '', false]
  ])('%s in %j', (path, dir, expected) => {
    expect(inFolder(path, dir)).toBe(expected)
  })
})
