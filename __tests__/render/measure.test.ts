// Blocks are serialised in one pass and their sizes worked out without
// serialising them: both must agree with the definition for any tree, empty
// parts included.

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

// The markdown of a block, by definition.
function reference(block: Block): string {
  if (block.kind === 'leaf') return block.text
  const inner = block.children.map(reference).filter(text => text !== '')
  const body = (block.head === null ? inner : [block.head, ...inner]).join(block.sep)
  if (block.tail === null) return body
  return body === '' ? block.tail : `${body}\n\n${block.tail}`
}

describe('serialize', () => {
  test('joins the head and the non-empty children, then the tail after a blank line', () => {
    fc.assert(
      fc.property(blockArb, block => {
        expect(serialize(block)).toBe(reference(block))
      }),
      { numRuns: 500 }
    )
  })

  test('a document is its non-empty blocks apart by blank lines, with a final newline', () => {
    fc.assert(
      fc.property(fc.array(blockArb, { maxLength: 6 }), blocks => {
        const text = blocks
          .map(reference)
          .filter(t => t !== '')
          .join('\n\n')
        expect(serializeDocument(blocks)).toBe(text === '' ? '' : `${text}\n`)
      }),
      { numRuns: 300 }
    )
  })
})

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
