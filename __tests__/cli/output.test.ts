// The CLI writes to its descriptors directly, and hands over to the stream
// for good once a descriptor refuses: nothing lost, nothing out of order.

import fc from 'fast-check'
import { descriptorWriter, utf8Bytes } from '../../src/cli/output.js'

/** A descriptor that takes at most `step` bytes a call, and refuses after `refuseAfter` calls. */
function descriptor(step: number, refuseAfter = Infinity) {
  const taken: number[] = []
  let calls = 0
  const write = (_fd: number, bytes: Uint8Array, offset: number): number => {
    if (++calls > refuseAfter) throw Object.assign(new Error('EAGAIN'), { code: 'EAGAIN' })
    const part = bytes.subarray(offset, offset + step)
    taken.push(...part)
    return part.length
  }
  return { write, taken, calls: () => calls }
}

function stream() {
  const got: number[] = []
  return { write: (chunk: Uint8Array) => got.push(...chunk), got }
}

const text = (bytes: number[]) => Buffer.from(bytes).toString('utf8')

test('all of the text goes to the descriptor, in as many writes as it takes', () => {
  const d = descriptor(3)
  const s = stream()
  descriptorWriter(1, () => s, d.write, true)('héllo, wörld ✅\n')
  expect(text(d.taken)).toBe('héllo, wörld ✅\n')
  expect(s.got).toEqual([])
})

test('once the descriptor refuses, the rest and every later write go to the stream', () => {
  const d = descriptor(4, 2)
  const s = stream()
  const write = descriptorWriter(1, () => s, d.write, true)
  write('0123456789')
  write('abc')
  expect(text(d.taken)).toBe('01234567')
  expect(text(s.got)).toBe('89abc')
  // The descriptor is not tried again: it was refused on the third call.
  expect(d.calls()).toBe(3)
})

test('a descriptor that takes no bytes hands over instead of looping', () => {
  const s = stream()
  descriptorWriter(
    1,
    () => s,
    () => 0,
    true
  )('text')
  expect(text(s.got)).toBe('text')
})

test('where direct writes are off (Windows), the stream has it all', () => {
  const d = descriptor(100)
  const s = stream()
  descriptorWriter(2, () => s, d.write, false)('text')
  expect(d.calls()).toBe(0)
  expect(text(s.got)).toBe('text')
})

test('a reader that has gone (EPIPE) gets nothing more, and nothing goes to the stream', () => {
  const s = stream()
  let calls = 0
  const write = descriptorWriter(
    1,
    () => s,
    () => {
      calls++
      throw Object.assign(new Error('EPIPE'), { code: 'EPIPE' })
    },
    true
  )
  write('one')
  write('two')
  expect(calls).toBe(1)
  expect(s.got).toEqual([])
})

test('utf8Bytes encodes as Buffer.from does, whatever the code units', () => {
  // Three-byte characters fill the buffer to its end; pairs, lone surrogates
  // (written as U+FFFD) and ASCII around them.
  for (const t of [
    '',
    'a',
    '—',
    '———',
    '✅\n',
    '\ud83d\ude00',
    '\ud83d',
    'x\udc00y',
    'é'.repeat(5)
  ]) {
    expect(Buffer.compare(utf8Bytes(t), Buffer.from(t, 'utf8'))).toBe(0)
  }
  const unit = fc.oneof(
    fc.integer({ min: 0, max: 0x7f }),
    fc.integer({ min: 0x80, max: 0x7ff }),
    fc.integer({ min: 0x800, max: 0xffff })
  )
  fc.assert(
    fc.property(fc.array(unit, { maxLength: 40 }), units => {
      const t = String.fromCharCode(...units)
      expect(Buffer.compare(utf8Bytes(t), Buffer.from(t, 'utf8'))).toBe(0)
    })
  )
})
