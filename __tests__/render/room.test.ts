// A build that is only measured may stop once it is longer than its room.
// Whatever it leaves out, it must still be longer than the room, or else be
// the whole build: otherwise a detail level that fits would be passed over.

import fc from 'fast-check'
import { documentBytes, serializeDocument } from '../../src/render/blocks.js'
import { renderMarkdown } from '../../src/render/markdown.js'
import { trackSections } from '../../src/render/sections.js'
import { whatChanged } from '../../src/render/work.js'
import { trackArb } from '../../__fixtures__/render/arbitraries.js'
import { run, task, track } from '../../__fixtures__/render/build.js'
import { sectionContext } from '../../__fixtures__/render/context.js'

const context = sectionContext

const level = fc.constantFrom<0 | 1 | 2>(0, 1, 2)
const room = fc.integer({ min: 0, max: 30_000 })

describe('a build with limited room', () => {
  test('the sections are all there, or longer than the room', () => {
    fc.assert(
      fc.property(trackArb, level, room, (t, lvl, bytes) => {
        const whole = serializeDocument(trackSections(context(t, lvl, Infinity)))
        const short = trackSections(context(t, lvl, bytes))
        if (documentBytes(short) <= bytes) expect(serializeDocument(short)).toBe(whole)
      }),
      { numRuns: 150 }
    )
  })

  test('"What changed" lists every task, or is longer than the room', () => {
    fc.assert(
      fc.property(trackArb, level, room, (t, lvl, bytes) => {
        const whole = serializeDocument([whatChanged(context(t, lvl, Infinity))])
        const short = [whatChanged(context(t, lvl, bytes))]
        if (documentBytes(short) <= bytes) expect(serializeDocument(short)).toBe(whole)
      }),
      { numRuns: 150 }
    )
  })

  test('stops listing tasks once past the room', () => {
    const files = Array.from({ length: 20 }, (_, i) => `src/part/file${i}.ts`)
    const tasks = Array.from({ length: 200 }, (_, i) =>
      task(`T${String(i + 1).padStart(3, '0')}`, {
        files: { created: files, modified: [], deleted: [] }
      })
    )
    const t = track('wide', { tasks })
    const short = serializeDocument([whatChanged(context(t, 0, 5000))])
    expect(short).toContain('T001')
    expect(short).not.toContain('T200')
    // The full report still lists them all.
    expect(renderMarkdown(run(t), { budgetBytes: 1 << 20, fullReportHint: null })).toContain('T200')
  })
})
