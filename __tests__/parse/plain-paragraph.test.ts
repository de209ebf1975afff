// The summary's plain-prose shortcut must give exactly what the markdown
// parser gives, for every paragraph it accepts.
import fc from 'fast-check'
import { parseSlice, plainText } from '../../src/parse/markdown.js'
import { plainParagraph } from '../../src/parse/report.js'

function viaParser(lines: string[]): string {
  const root = parseSlice(lines, 1)
  const first = root.children.find(n => n.type === 'paragraph') ?? root
  return plainText(first)
}

const chars = [...'abcdefghij XYZ 0123456789 .,:;()!?#-+=\t—✅éß"\'/%$@{}'].map(c => c)

describe('plainParagraph', () => {
  test('agrees with the markdown parser on every paragraph it takes', () => {
    const line = fc.string({ unit: fc.constantFrom(...chars), minLength: 1, maxLength: 60 })
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 5 }), lines => {
        const fast = plainParagraph(lines)
        if (fast === null) return
        expect(fast).toBe(viaParser(lines))
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 3000) }
    )
  })

  test('takes plain prose and hands markup to the parser', () => {
    expect(plainParagraph(['Added the cache layer,', 'with retries (3 attempts).'])).toBe(
      'Added the cache layer, with retries (3 attempts).'
    )
    for (const lines of [
      ['Uses `redis-py` now'],
      ['See [the ADR](docs/adr.md)'],
      ['first line', '- a list item'],
      ['a &amp; b'],
      ['**bold** start'],
      ['text', '---']
    ]) {
      expect(plainParagraph(lines)).toBeNull()
    }
  })
})
