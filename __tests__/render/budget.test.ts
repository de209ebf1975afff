import {
  type Block,
  bulletList,
  details,
  fence,
  leaf,
  section,
  serializeDocument,
  table
} from '../../src/render/blocks.js'
import { clipBytes, cutBlocks, fitToBudget, utf8Bytes } from '../../src/render/budget.js'
import { DETAIL_LEVELS, type Detail } from '../../src/render/detail.js'
import { inspect } from '../../__fixtures__/render/inspect.js'

describe('utf8Bytes and clipBytes', () => {
  test.each([
    ['a', 1],
    ['é', 2],
    ['✅', 3],
    ['😀', 4]
  ])('count UTF-8 bytes, as GitHub does: %s is %d', (text, bytes) => {
    expect(utf8Bytes(text)).toBe(bytes)
  })

  test.each([
    ['a😀b', 4, 'a'],
    ['a😀b', 5, 'a😀'],
    ['abc', 0, '']
  ])('clip never splits a character: %s in %d bytes is %j', (text, bytes, clipped) => {
    expect(clipBytes(text, bytes)).toBe(clipped)
  })
})

describe('cutBlocks', () => {
  const doc = [
    leaf('# Title'),
    section('Files', '## Files', [
      table(
        ['File', 'Tasks'],
        Array.from({ length: 50 }, (_, i) => [`f${i}.ts`, 'T01'])
      )
    ]),
    section('Graph', '## Graph', [fence('mermaid', 'graph TD\n  n0["a"]')]),
    section('Notes', '## Notes', [
      details('More', [bulletList(Array.from({ length: 40 }, (_, i) => `note ${i}`))])
    ])
  ]
  const whole = serializeDocument(doc)

  test('keeps everything when it fits', () => {
    const cut = cutBlocks(doc, utf8Bytes(whole))
    expect(cut.text).toBe(whole)
    expect(cut.omitted).toEqual([])
  })

  test('cuts between table rows, never inside one', () => {
    const cut = cutBlocks(doc, 300)
    expect(utf8Bytes(cut.text)).toBeLessThanOrEqual(300)
    const rows = cut.text.split('\n').filter(line => line.startsWith('| f'))
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.length).toBeLessThan(50)
    for (const row of rows) expect(row).toMatch(/^\| f\d+\.ts \| T01 \|$/)
    expect(cut.omitted).toEqual(['Files (in part)', 'Graph', 'Notes'])
  })

  test('keeps a fenced block whole or not at all', () => {
    const upToGraph = serializeDocument(doc.slice(0, 3))
    const cut = cutBlocks(doc, utf8Bytes(upToGraph) - 5)
    expect(cut.text).not.toContain('```mermaid')
    expect(inspect(cut.text).fencesBalanced).toBe(true)
  })

  test('closes a <details> it enters', () => {
    const cut = cutBlocks(doc, utf8Bytes(whole) - 200)
    expect(cut.text).toContain('<details>')
    expect(cut.text.trimEnd().endsWith('</details>')).toBe(true)
    expect(inspect(cut.text).detailsBalanced).toBe(true)
    expect(cut.omitted).toEqual(['Notes (in part)'])
  })

  test('drops a heading rather than leave it with nothing under it', () => {
    const cut = cutBlocks(doc, utf8Bytes('# Title\n\n## Files\n') + 2)
    expect(cut.text).toBe('# Title\n')
  })
})

describe('fitToBudget', () => {
  // A document whose size depends on the detail level, as the report's does.
  const build = (detail: Detail, note: Block | null): Block[] => [
    leaf('# Report'),
    ...(note === null ? [] : [note]),
    section('Tasks', '## Tasks', [
      bulletList(
        Array.from(
          { length: detail.level === 0 ? 400 : detail.level === 1 ? 100 : 30 },
          (_, i) => `task ${i}`
        )
      )
    ]),
    section('Diagnostics', '## Diagnostics', [
      table(
        ['Where', 'What'],
        Array.from({ length: 200 }, (_, i) => [`plan.md:${i}`, 'finding'])
      )
    ])
  ]

  test('uses full detail when it fits, without a notice', () => {
    const out = fitToBudget(build, 1_000_000, 'the job summary')
    expect(out).toContain('task 399')
    expect(out).not.toContain('[!NOTE]')
    expect(out).toBe(serializeDocument(build(DETAIL_LEVELS[0], null)))
  })

  test('drops detail level by level and says so at the top', () => {
    const full = utf8Bytes(fitToBudget(build, 1_000_000, null))
    const out = fitToBudget(build, full - 1, 'the job summary')
    expect(out).not.toContain('task 399')
    expect(out).toContain('task 99')
    expect(out.indexOf('[!NOTE]')).toBeLessThan(out.indexOf('## Tasks'))
    expect(out).toContain('The full report is in the job summary.')
  })

  test('cuts last, with a closing notice naming what was left out', () => {
    const out = fitToBudget(build, 3000, 'the job summary')
    expect(utf8Bytes(out)).toBeLessThanOrEqual(3000)
    expect(out).toContain('task 29')
    expect(out).toMatch(
      /> \*\*The report stops here: it is longer than GitHub allows\.\*\* Left out: Diagnostics( \(in part\))?\. The full report is in the job summary\./
    )
  })

  test.each([0, 1, 50, 200, 700])('fits even a budget smaller than the notice: %d', budget => {
    expect(utf8Bytes(fitToBudget(build, budget, 'x'.repeat(300)))).toBeLessThanOrEqual(budget)
  })
})
