// Cheap string tests stand in front of (or in place of) patterns, so that
// most runs never compile them. Each case below sits on the edge of one such
// test: a false negative there would change the result.

import { firstParagraph } from '../../src/parse/blocks.js'
import { isPlaceholder, isStruck, listItem, plainLabel, slug } from '../../src/parse/inline.js'
import { notePaths } from '../../src/parse/note-paths.js'
import { readScore } from '../../src/parse/numbers.js'
import { normalisePath } from '../../src/parse/paths.js'
import { plainParagraph } from '../../src/parse/plain-paragraph.js'
import { scanText } from '../../src/parse/sections.js'
import { escapeInline, oneLine } from '../../src/render/escape.js'

describe('without patterns where a string test decides', () => {
  test.each([
    ['  abcdefgh  ', 4, 'abc…'],
    ['a\tbcdefgh', 6, 'a\tbcd…'],
    ['ab\ncdefgh', 6, 'ab cd…']
  ])('one line of a long text: %j', (text, max, line) => {
    expect(oneLine(text, max)).toBe(line)
  })

  test.each([
    ['1234567890. x', '1234567890. x'],
    ['123456789. x', '123456789\\. x'],
    ['12) x', '12\\) x'],
    ['=x', '\\=x'],
    ['2026 #3 @a', '2026 \\#\u200d3 @\u200da']
  ])('escapes block starters and sigils: %j', (text, escaped) => {
    expect(escapeInline(text)).toBe(escaped)
  })

  test('a link after a list marker is no box', () => {
    expect(listItem('- [x](http://a) b')).toMatchObject({ box: null, text: '[x](http://a) b' })
    expect(listItem('3) c')).toMatchObject({ ordered: true, marker: '3)' })
  })

  test('placeholders, labels, slugs and strike-through', () => {
    expect(isPlaceholder('see PATH/TO/file')).toBe(true)
    expect(isPlaceholder('[todo]')).toBe(true)
    expect(isPlaceholder('[ ]')).toBe(false)
    expect(plainLabel('# Report: x')).toBeNull()
    expect(plainLabel('Étape: deux')).toEqual({ label: 'Étape', value: 'deux' })
    expect(slug('--Hello, World--')).toBe('hello-world')
    expect(isStruck('- ~~a~~ b')).toBe(true)
  })

  test('block starts after white space other than spaces and tabs', () => {
    expect(plainParagraph(['a', '\u00a0'])).toBeNull()
    expect(plainParagraph(['\tcode'])).toBeNull()
    expect(plainParagraph(['   x'])).toBe('x')
    expect(plainParagraph(['see `a` at WWW.example.com'])).toBeNull()
    const doc = scanText('text\n\u00a0\u00a0- item')
    expect(firstParagraph(doc, 0, 9, () => false)).toEqual({ lines: ['text'], line: 1 })
  })

  test('paths, scores and note paths', () => {
    expect(normalisePath('HTTPS://example.com/a')).toBeNull()
    expect(normalisePath('//a//b/')).toBe('a/b/')
    expect(normalisePath('a\\b')).toBe('a/b')
    expect(readScore('85\t%')).toEqual({ kind: 'value', value: 0.85 })
    expect(notePaths('see `.env` and `store`')).toEqual(['.env'])
  })
})
