// Sizes are worked out from the blocks, without serialising them: they must
// agree with the serialised text for any tree, empty parts included.

import fc from 'fast-check'
import {
  type Block,
  collapseIfLong,
  documentBytes,
  group,
  leaf,
  measure,
  serialize,
  serializeDocument
} from '../../src/render/blocks.js'

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8')
const newlines = (text: string): number => text.split('\n').length - 1

const piece = fc.oneof(
  fc.constant(''),
  fc.constantFrom('a', 'é', '✅', '𝄞', '\n', 'line one\nline two', '<details>'),
  fc.string({ unit: 'grapheme', maxLength: 12 })
)

const blockArb: fc.Arbitrary<Block> = fc.letrec<{ block: Block }>(tie => ({
  block: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    piece.map(leaf),
    fc
      .record({
        children: fc.array(tie('block'), { maxLength: 5 }),
        head: fc.option(piece),
        tail: fc.option(piece),
        sep: fc.constantFrom('\n' as const, '\n\n' as const)
      })
      .map(({ children, head, tail, sep }) => group(children, { head, tail, sep }))
  )
})).block

describe('measure', () => {
  test('gives the bytes and line breaks of the serialised block', () => {
    fc.assert(
      fc.property(blockArb, block => {
        const text = serialize(block)
        expect(measure(block)).toEqual({ bytes: bytes(text), newlines: newlines(text) })
      }),
      { numRuns: 500 }
    )
  })

  test('documentBytes is the size of the serialised document', () => {
    fc.assert(
      fc.property(fc.array(blockArb, { maxLength: 6 }), blocks => {
        expect(documentBytes(blocks)).toBe(bytes(serializeDocument(blocks)))
      }),
      { numRuns: 300 }
    )
  })

  test('collapseIfLong collapses exactly when the joined children pass a limit', () => {
    fc.assert(
      fc.property(
        fc.array(blockArb, { maxLength: 6 }),
        fc.integer({ min: 0, max: 80 }),
        fc.integer({ min: 1, max: 8 }),
        (children, maxBytes, maxRows) => {
          const text = children.map(serialize).join('\n\n')
          const long = bytes(text) > maxBytes || text.split('\n').length > maxRows
          const out = collapseIfLong('summary', children, { bytes: maxBytes, rows: maxRows })
          expect(out === children).toBe(!long)
        }
      ),
      { numRuns: 300 }
    )
  })
})
