import fc from 'fast-check'
import {
  childSections,
  fenceDoc,
  fencesIn,
  findSection,
  labelAt,
  headingKey,
  lineNo,
  mayHold,
  ownEnd,
  reportScan,
  scanText
} from '../../src/parse/sections.js'
import { FileDiagnostics } from '../../src/parse/diagnostics.js'
import { lineLabel } from '../../src/parse/inline.js'
import type { Diagnostic } from '../../src/model.js'
import { findTables, rankedColumn, splitRow } from '../../src/parse/tables.js'

describe('headingKey', () => {
  test.each([
    ['Summary (What Was Done)', 'summary'],
    ['Touches Actual (observed) — v1.1.1 CRITICAL', 'touches actual'],
    ['Gate Targets (v1.1 — REQUIRED for Continuous Dispatch)', 'gate targets'],
    ['✅ Verification Step 1: Unit tests', 'verification step 1: unit tests'],
    ['**Files Touched**:', 'files touched'],
    ['SpawnCandidates (v1.1.1 — MANDATORY)', 'spawncandidates'],
    ['High Priority (Should do soon)', 'high priority']
  ])('%s → %s', (text, key) => {
    expect(headingKey(text)).toBe(key)
  })
})

describe('scanText', () => {
  const text = [
    '# Title', //                 1
    '## One', //                  2
    'text', //                    3
    '```md', //                   4
    '## not a heading', //        5
    '~~~', //                     6  (a tilde line does not close a backtick fence)
    '```', //                     7
    '### Sub A', //               8
    '<!-- a comment', //          9
    '## hidden', //               10
    '-->', //                     11
    '### Sub B ##', //            12
    '#### Deeper', //             13
    '## Two', //                  14
    '````', //                    15
    'never closed' //             16
  ].join('\n')
  const doc = scanText(text)

  test('headings outside fences and comments, with their ends', () => {
    expect(
      doc.headings.map(h => [h.level, h.text, lineNo(doc, h.index), lineNo(doc, h.end - 1)])
    ).toEqual([
      [1, 'Title', 1, 16],
      [2, 'One', 2, 13],
      [3, 'Sub A', 8, 11],
      [3, 'Sub B', 12, 13],
      [4, 'Deeper', 13, 13],
      [2, 'Two', 14, 16]
    ])
  })

  test('fences: delimiters and content opaque, the unclosed one reported', () => {
    expect(doc.fences.map(f => [lineNo(doc, f.open), f.closed, f.info])).toEqual([
      [4, true, 'md'],
      [15, false, '']
    ])
    expect([...doc.opaque].map((v, i) => (v ? i + 1 : 0)).filter(Boolean)).toEqual([
      4, 5, 6, 7, 9, 10, 11, 15, 16
    ])
    expect(doc.unclosedFence?.open).toBe(14)
  })

  test('lines over 10,000 characters are cut, and the first of them is reported', () => {
    const long = scanText(['# T', 'a'.repeat(10_050), 'b', `## ${'c'.repeat(20_000)}`].join('\n'))
    expect(long.lines.map(l => l.length)).toEqual([3, 10_000, 1, 10_000])
    expect(long.longLine).toBe(1)
    expect(long.headings.map(h => h.level)).toEqual([1, 2])
    const out: Diagnostic[] = []
    reportScan(long, new FileDiagnostics('reports/T01.md', out))
    expect(out).toEqual([
      {
        severity: 'notice',
        file: 'reports/T01.md',
        line: 2,
        message: 'line longer than 10000 characters: only its start is read'
      }
    ])
    expect(scanText('# T\nshort').longLine).toBe(-1)
  })

  test("a line's bold label is read as lineLabel reads it, once", () => {
    const labelled = scanText(
      ['**Status:** DONE', '- **Owner:** A', 'plain', '**Open', ''].join('\n')
    )
    labelled.lines.forEach((line, i) => {
      expect(labelAt(labelled, i)).toEqual(lineLabel(line))
    })
    const first = labelAt(labelled, 1)
    expect(first?.label).toBe('Owner')
    expect(labelAt(labelled, 1)).toBe(first)
  })

  test('sections: find, children, own text, fences within', () => {
    const one = findSection(doc, k => k === 'one')
    if (!one) throw new Error('no section')
    expect(childSections(doc, one).map(s => s.text)).toEqual(['Sub A', 'Sub B'])
    expect(ownEnd(doc, one)).toBe(7)
    expect(fencesIn(doc, one.index, one.end).map(f => f.open)).toEqual([3])
    expect(findSection(doc, k => k === 'deeper')).toBeNull()
    expect(findSection(doc, k => k === 'deeper', [4])?.text).toBe('Deeper')
  })

  test('a fence as a document of its own keeps file line numbers', () => {
    const fence = doc.fences[0]
    if (!fence) throw new Error('no fence')
    const sub = fenceDoc(doc, fence)
    expect(sub.headings.map(h => [h.text, lineNo(sub, h.index)])).toEqual([['not a heading', 5]])
  })

  test('BOM, CRLF and lone CR all end lines', () => {
    const d = scanText('\uFEFF# A\r\n## B\r## C\n')
    expect(d.headings.map(h => [h.text, lineNo(d, h.index)])).toEqual([
      ['A', 1],
      ['B', 2],
      ['C', 3]
    ])
  })

  test('an unclosed fence ends before the next level-2 heading', () => {
    const d = scanText(
      [
        '## Summary', //   1
        'Done ```', //     2  (not a fence: text before the backticks)
        '```', //          3  stray, never closed
        '### Inside', //   4  a level-3 heading stays hidden
        '## Blockers', //  5  ends the stray fence
        '- one', //        6
        '~~~', //          7  never closed, no level-2 heading after it
        '### Tail' //      8
      ].join('\n')
    )
    expect(d.fences.map(f => [lineNo(d, f.open), f.closed, lineNo(d, f.close)])).toEqual([
      [3, false, 5],
      [7, false, 9]
    ])
    expect(d.headings.map(h => [h.text, lineNo(d, h.index)])).toEqual([
      ['Summary', 1],
      ['Blockers', 5]
    ])
    expect([...d.opaque].map((v, i) => (v ? i + 1 : 0)).filter(Boolean)).toEqual([3, 4, 7, 8])
    expect(d.unclosedFence?.open).toBe(2)
  })

  test('after a fence that never closed, a longer one cannot close but a shorter one can', () => {
    const d = scanText(['````', '## A', '````` js', '## B', '```', 'x', '```'].join('\n'))
    expect(d.fences.map(f => [lineNo(d, f.open), f.closed, lineNo(d, f.close)])).toEqual([
      [1, false, 2],
      [3, false, 4],
      [5, true, 7]
    ])
    expect(d.headings.map(h => h.text)).toEqual(['A', 'B'])
  })

  test('inline triple backticks and #hashtags are not blocks', () => {
    const d = scanText('```js``` inline\n#tag\n## Real')
    expect(d.fences).toEqual([])
    expect(d.headings.map(h => h.text)).toEqual(['Real'])
  })
})

describe('whole-text search', () => {
  test('a document may hold a marker only when its text does; the lines of a fence always may', () => {
    const doc = scanText('# A\n\nBLOCKER: x\n\n```\nnone here\n```\n')
    expect(mayHold(doc, 'BLOCKER')).toBe(true)
    expect(mayHold(doc, 'NOTHING')).toBe(false)
    const fence = doc.fences[0]
    expect(fence).toBeDefined()
    if (fence) expect(mayHold(fenceDoc(doc, fence), 'NOTHING')).toBe(true)
  })
})

describe('tables', () => {
  test('cells split on every unescaped pipe, code spans included', () => {
    expect(splitRow('| a | `b|c` | d\\|e |')).toEqual(['a', '`b', 'c`', 'd|e'])
    expect(splitRow('a | b')).toEqual(['a', 'b'])
    // Rows without an escaped pipe, edge pipes or not: the cells as written, trimmed.
    const cell = fc
      .array(fc.constantFrom('a', ' ', 'b c', '\\b', '`x`', '-', ':', '\t'), { maxLength: 4 })
      .map(units => units.join(''))
    fc.assert(
      fc.property(
        fc.array(cell, { minLength: 2, maxLength: 6 }),
        fc.boolean(),
        fc.boolean(),
        (cells, lead, trail) => {
          // A blank first or last cell needs its edge pipe, or the edge pipe is all there is.
          if (!lead && (cells[0] ?? '').trim() === '') return
          if (!trail && (cells[cells.length - 1] ?? '').trim() === '') return
          const row = `${lead ? '| ' : ''}${cells.join('|')}${trail ? ' |' : ''}`
          expect(splitRow(row)).toEqual(cells.map(c => c.trim()))
        }
      ),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 2000) }
    )
  })

  test('a table needs a delimiter row and ends at a line without a pipe', () => {
    const d = scanText(
      [
        '| H1 | **H2** |',
        '|:---|---:|',
        '| 1 | 2 |',
        '| 3 | 4 |',
        'after',
        '',
        'a | b',
        'not a delimiter'
      ].join('\n')
    )
    const tables = findTables(d, 0, d.lines.length)
    expect(tables).toEqual([
      {
        header: ['h1', 'h2'],
        rows: [
          { cells: ['1', '2'], line: 3 },
          { cells: ['3', '4'], line: 4 }
        ],
        line: 1,
        end: 4
      }
    ])
  })

  test.each([
    ['| --- | :---: |', true],
    ['---|---', true],
    [' |:--|', true],
    ['| --- | |', false],
    ['|| --- |', false],
    ['| - - |', false],
    ['     | x', false]
  ])('%j is a delimiter row: %s', (row, yes) => {
    const d = scanText(['| a | b |', row, '| 1 | 2 |'].join('\n'))
    expect(findTables(d, 0, d.lines.length)).toHaveLength(yes ? 1 : 0)
  })
})

describe('rankedColumn', () => {
  test('the earliest word in the order given wins, whole words only, the skipped column never', () => {
    const headers = ['gates', 'status', 'final score (0-1)', 'scored_by']
    expect(rankedColumn(headers, ['score', 'status'])).toBe(2)
    expect(rankedColumn(headers, ['status', 'score'])).toBe(1)
    expect(rankedColumn(headers, ['gate'])).toBe(-1)
    expect(rankedColumn(headers, ['status'], 1)).toBe(-1)
  })

  test('a header holds a word as the pattern \\bword\\b finds it', () => {
    const header = fc
      .array(fc.constantFrom('score', 's', 'core', ' ', '-', '_', '1', 'é', '(', 'Score'), {
        maxLength: 6
      })
      .map(parts => parts.join(''))
    fc.assert(
      fc.property(header, h => {
        expect(rankedColumn([h], ['score'])).toBe(/\bscore\b/.test(h) ? 0 : -1)
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 2000) }
    )
  })
})

test('a long line of spaces is not a delimiter row', () => {
  const d = scanText(['| a | b |', `${' '.repeat(10000)}| x`, '| 1 | 2 |'].join('\n'))
  expect(findTables(d, 0, d.lines.length)).toHaveLength(0)
})

describe('a line holding U+2028', () => {
  test('is still a heading, with the separator in its text', () => {
    const d = scanText(`## Files${'\t'.repeat(5000)}\u2028Touched`)
    expect(d.headings.map(h => h.level)).toEqual([2])
  })
})
