// The path rules the parser and the analysis share. Plain paths take a short
// way through normalisePath; these tests hold it to the same results as the
// general way, which decorated forms of the same path go through.
import fc from 'fast-check'
import { compactPath, normalisePath } from '../../src/parse/paths.js'

describe('normalisePath', () => {
  it.each([
    ['src/a.ts', 'src/a.ts'],
    ['  `src/a.ts`  ', 'src/a.ts'],
    ['"docs/"', 'docs/'],
    ['./src/./a.ts', 'src/a.ts'],
    ['src\\win\\a.ts', 'src/win/a.ts'],
    ['/abs//twice/a.ts', 'abs/twice/a.ts'],
    ['core/*.py', 'core/'],
    ['api/**', 'api/'],
    ['.github/workflows/ci.yml', '.github/workflows/ci.yml'],
    ['src/.env', 'src/.env'],
    ['a/b/.', 'a/b/.'],
    ['@scope/pkg+x/file-1.ts', '@scope/pkg+x/file-1.ts'],
    ['модуль/файл.ts', 'модуль/файл.ts']
  ])('%j -> %j', (raw, want) => {
    expect(normalisePath(raw)).toBe(want)
  })

  it.each([
    '',
    '   ',
    '[none]',
    'https://example.com/a',
    '../outside.ts',
    'a/../../b',
    '*.py',
    '.',
    '/'
  ])('%j is not a path', raw => {
    expect(normalisePath(raw)).toBeNull()
  })

  const segment = fc.stringMatching(/^[\w@+-][\w.@+-]{0,8}$/)
  const plainPath = fc
    .tuple(fc.array(segment, { minLength: 1, maxLength: 5 }), fc.boolean())
    .map(([segs, folder]) => segs.join('/') + (folder ? '/' : ''))

  it('a plain path is its own normal form', () => {
    fc.assert(fc.property(plainPath, p => normalisePath(p) === p))
  })

  it('decorations that the general rules remove give back the plain form', () => {
    fc.assert(
      fc.property(plainPath, fc.constantFrom('`', '"', "'", ''), fc.boolean(), (p, quote, dot) => {
        const decorated = ` ${quote}${dot ? './' : ''}${p}${quote} `
        expect(normalisePath(decorated)).toBe(p)
        expect(normalisePath(p.replace(/\//g, '\\'))).toBe(p)
      })
    )
  })
})

describe('compactPath', () => {
  it('returns an equal string for any text, including emoji and non-Latin paths', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), s => {
        expect(compactPath(s)).toBe(s)
      })
    )
  })

  it('returns one shared copy for equal paths cut from different texts', () => {
    const a = '✅ src/module/part/file.ts'.slice(2)
    const b = '❌ src/module/part/file.ts'.slice(2)
    expect(compactPath(a)).toBe(b)
    expect(Object.is(compactPath(a), compactPath(b))).toBe(true)
  })

  it('keeps paths longer than the copy limit as they are', () => {
    const long = `${'d/'.repeat(600)}x.ts`
    expect(compactPath(long)).toBe(long)
  })
})
