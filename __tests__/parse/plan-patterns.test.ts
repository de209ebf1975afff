// In the plan, file-list, target and effort readers, string tests now stand in
// front of (or in place of) patterns, so that most runs never compile them.
// Each case sits on the edge of one such test (upper case, white space other
// than a space, the first character): a false negative would change the result.

import fc from 'fast-check'
import { parseEffort } from '../../src/analyze/effort.js'
import type { Diagnostic } from '../../src/model.js'
import { compareIds } from '../../src/order.js'
import { FileDiagnostics } from '../../src/parse/diagnostics.js'
import {
  dottedEntry,
  loneLeadingSpan,
  readAnnotation,
  readPathBlock,
  readPathItem
} from '../../src/parse/file-lists.js'
import { codeSpans, isNone, mayStartNone, trimSets } from '../../src/parse/inline.js'
import {
  readChecks,
  readDependsOn,
  readTouches,
  spanListContents
} from '../../src/parse/plan-fields.js'
import { parsePlan } from '../../src/parse/plan.js'
import { parseReport } from '../../src/parse/report.js'
import { fencesIn, scanText } from '../../src/parse/sections.js'
import { readTarget } from '../../src/parse/targets.js'
import { source } from './helpers.js'

describe('file lists', () => {
  test.each([
    ['-\u00a0\t( Refactored +12 / −3)', 'modified', 12, 3],
    [':  remove (8 lines)', 'deleted', null, 8],
    ['# ADD, 4 lines', 'created', 4, null],
    ['new+5/-1', 'created', 5, 1],
    ['– new', 'created', null, null]
  ])('the note %j', (text, kind, added, removed) => {
    expect(readAnnotation(text)).toEqual({
      kind,
      linesAdded: added,
      linesRemoved: removed,
      note: null
    })
  })

  test('a fenced list: labels, leading slashes, dotted leaders', () => {
    const doc = scanText(
      '```\nPerformance data:\nsrc/app:\n./a.ts\t- new\n//b.ts\n.c/d.ts\nlib/ ... MODIFIED\n```\n'
    )
    const [fence] = fencesIn(doc, 0, doc.lines.length)
    if (!fence) throw new Error('no fence')
    expect(readPathBlock(doc, fence).map(e => [e.raw, e.kind])).toEqual([
      ['src/app', null],
      ['a.ts', 'created'],
      ['b.ts', null],
      ['.c/d.ts', null],
      ['lib/', 'modified']
    ])
  })

  test('bullets: backticks after the span, an ideographic space after the name', () => {
    expect(readPathItem('`a.ts``` new', 1)).toMatchObject({
      path: 'a.ts',
      kind: null,
      note: '`` new'
    })
    expect(readPathItem('``a.ts`` new', 1)).toMatchObject({ path: 'a.ts', kind: 'created' })
    expect(readPathItem('a.ts\u3000deleted', 1)).toMatchObject({ path: 'a.ts', kind: 'deleted' })
  })

  test('Files Touched: list headings and totals in any case', () => {
    const text = [
      '# T01 report',
      '## Files Touched',
      '### Files Created',
      '- `a.ts`',
      '### Files deleted',
      '- `b.ts`',
      '### New files',
      '- `c.ts`',
      '### Summary',
      '- FILE created: 1',
      '- Lines changed: 20',
      '- 2 File deleted',
      ''
    ].join('\n')
    const report = parseReport(source('reports/T01.md', text), 'T01', false, [], [])
    expect(report.files.created.map(f => f.path)).toEqual(['a.ts', 'c.ts'])
    expect(report.files.deleted.map(f => f.path)).toEqual(['b.ts'])
    expect(report.declaredTotals).toEqual({ created: 1, modified: null, deleted: 2, line: 9 })
  })
})

describe('plan fields and targets', () => {
  const depends = (value: string): [ReturnType<typeof readDependsOn>, string[]] => {
    const out: Diagnostic[] = []
    const deps = readDependsOn(value, 'T09', new FileDiagnostics('plan.md', out), 4)
    return [deps, out.map(d => d.message)]
  }

  test('Depends on: `and`, phases and notes in any case', () => {
    expect(depends('T01 AND T02')).toEqual([{ ids: ['T01', 'T02'], phases: [] }, []])
    expect(depends('All PHASE 2 tasks')).toEqual([{ ids: [], phases: [{ from: 2, to: 2 }] }, []])
    expect(depends('T01 (if needed), T03 [maybe]')).toEqual([
      { ids: ['T01', 'T03'], phases: [] },
      []
    ])
    expect(depends('T01 plus T02')[1]).toEqual([
      'T09: Depends on "T01 plus T02": "plus" is not a task id; no dependency is taken from that part'
    ])
  })

  test('IOSM checks and Touches', () => {
    expect(readChecks('ALL IOSM GATES')).toEqual(['I', 'O', 'S', 'M'])
    const diag = new FileDiagnostics('plan.md', [])
    expect(readTouches('- `a.ts`, * b.ts\n+ c.ts, -d.ts', 'T01', diag, 1).paths).toEqual([
      'a.ts',
      'b.ts',
      'c.ts',
      '-d.ts'
    ])
  })

  test('a dotted tree entry is split by one pattern, the same way', () => {
    expect(dottedEntry('cache.py ....... NEW (180 lines)')).toEqual({
      name: 'cache.py',
      annotation: 'NEW (180 lines)'
    })
    for (const rest of [
      'a..b ..... x',
      'a.py ...',
      'a.py ....\tx',
      '`a.py` ..... x',
      'a.py .....'
    ]) {
      expect(dottedEntry(rest)).toBeNull()
    }
    // After the leader the general reading skips any white space, the pattern only
    // spaces: with a tab there, an item takes the general reading and must agree.
    let split = 0
    const nameUnit = fc.constantFrom(
      'a',
      'b.ts',
      'src/',
      'x-y',
      '@s',
      '.',
      '..',
      ' ',
      '*',
      '`',
      '…'
    )
    const noteUnit = fc.constantFrom('NEW', ' ', '(40 lines)', ':', '....', '.', 'x')
    fc.assert(
      fc.property(
        fc.array(nameUnit, { minLength: 1, maxLength: 4 }),
        fc.array(noteUnit, { maxLength: 4 }),
        (name, note) => {
          const text = `${name.join('')} ..... ${note.join('')}`
          const entry = dottedEntry(text)
          if (entry === null) return
          split++
          // The last space before the annotation made a tab.
          const k = text.length - entry.annotation.length
          const general = `${text.slice(0, k - 1)}\t${text.slice(k)}`
          expect(readPathItem(text, 1)).toEqual(readPathItem(general, 1))
        }
      ),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 3000) }
    )
    expect(split).toBeGreaterThan(Number(process.env.PROPERTY_RUNS ?? 3000) / 10)
  })

  test('a path item that opens with its only code span is read without a span search', () => {
    expect(loneLeadingSpan('` a.py ` - note')).toEqual({ name: 'a.py', annotation: ' - note' })
    for (const t of ['``a``', '`a` and `b`', '` ` x', '`a``', 'a `b`', '`open']) {
      expect(loneLeadingSpan(t)).toBeNull()
    }
    // What the span search finds for the same text, and isNone ruled out by the first letter.
    const unit = fc.constantFrom('`', '``', 'a', ' ', 'n', 'None', '-', '.py', '~~', '(new)', 'Нет')
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 10 }), parts => {
        const t = parts.join('').trim()
        const lone = loneLeadingSpan(t)
        if (lone === null) return
        const first = codeSpans(t)[0] ?? ''
        const close = t.indexOf('`', t.indexOf(first) + first.length)
        expect(lone).toEqual({
          name: first,
          annotation: close === -1 ? '' : trimSets(t.slice(close + 1), '`', '')
        })
        if (!mayStartNone(lone.name.charAt(0))) expect(isNone(t)).toBe(false)
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 3000) }
    )
    expect(readPathItem('`none`', 1)).toBeNull()
    expect(readPathItem('`a.ts` (new, 12 lines)', 3)).toMatchObject({
      path: 'a.ts',
      kind: 'created',
      linesAdded: 12
    })
  })

  test('a Depends on value of ids and commas alone is read the same way as any other', () => {
    const read = (value: string): [unknown, string[]] => {
      const out: Diagnostic[] = []
      const deps = readDependsOn(value, 'T09', new FileDiagnostics('plan.md', out), 1)
      return [deps, out.map(d => d.message)]
    }
    expect(read('T01, T2,T01')).toEqual([{ ids: ['T01', 'T2'], phases: [] }, []])
    // A trailing space keeps a value off the shortcut (the reading trims it away).
    agreesOffShortcut(['T01', 'T2', 'T003', 't4', 'T-AUTO-01', 'T01x', 'None'], read, ' ')
  })

  test('IOSM checks written as gate names and commas alone are read the same way as any other', () => {
    expect(readChecks('Gate-M, Gate-I,Gate-M')).toEqual(['I', 'M'])
    const gates = ['Gate-I', 'Gate-O', 'Gate-S', 'Gate-M', 'gate-s', 'Gate-X', 'Gates']
    agreesOffShortcut(gates, readChecks, ' ')
  })

  test('a Touches value that is a list of code spans is read in one pass, the same way', () => {
    expect(spanListContents('`a.ts`, ` b/c.ts `,`d, e`')).toEqual(['a.ts', 'b/c.ts', 'd, e'])
    // Shapes left to the general reading: an empty span, a longer run, another separator.
    for (const value of ['`a`, ` `', '``a``', '`a`; `b`', '`a`,\n`b`', '`a` ', 'x, `a`']) {
      expect(spanListContents(value)).toBeNull()
    }
    // A trailing line break leaves the value's items as they are but keeps the value
    // off the one-pass reading: both readings must give the same paths and warnings.
    const read = (value: string): [string[], boolean, string[]] => {
      const out: Diagnostic[] = []
      const t = readTouches(value, 'T01', new FileDiagnostics('plan.md', out), 1)
      return [t.paths, t.readOnlyNote, out.map(d => d.message)]
    }
    expect(spanListContents('`a`, `b`\n')).toBeNull()
    const contents = [
      'a.ts',
      ' src/x.py ',
      'n/a',
      'None',
      '-',
      'a b',
      '../up',
      'd;e',
      'https://x.y/z',
      'x, y',
      '(r)',
      ' ',
      'Нет'
    ]
    agreesOffShortcut(
      contents.map(c => `\`${c}\``),
      read,
      '\n'
    )
  })

  test.each([
    ['N/A', '', 'skip'],
    ['Skipped', '', 'skip'],
    ['— reason', '', 'skip'],
    ['pass', 'SKIP', 'skip'],
    ['pass', 'askip', 'binary'],
    ['n/ab', '', 'binary']
  ])('the target %j with status %j', (cell, status, kind) => {
    expect(readTarget(cell, status).kind).toBe(kind)
  })

  test.each([
    ['1H 30M', 90],
    ['M (2 hours)', 120],
    ['2h, then 5 min', 120],
    ['1h5m', 65]
  ])('the effort %j', (text, minutes) => {
    expect(parseEffort(text)).toEqual({ minutes, known: true })
  })

  test('id order, T-AUTO ids in any case', () => {
    expect(['t-auto-2', 'T10', 'T-AUTO-1', 'T9', 'T-X'].sort(compareIds)).toEqual([
      'T9',
      'T10',
      'T-AUTO-1',
      't-auto-2',
      'T-X'
    ])
  })
})

test('plan tasks: lower-case headings, a zero-width character, `X`, id headers', () => {
  const text = [
    '# Plan',
    '## Phase 1: One',
    '- [X] **T0\u200b3**: Zero-width id',
    '- [x] **T04**: Done',
    '## Phase 2: Two',
    '### task T01: Lower-case legacy heading',
    '### t02 — Lower-case id heading',
    '### T07 — Upper-case id heading',
    '',
    '| # | Title | Depends on |',
    '|---|-------|------------|',
    '| T05 | Table task | T04 |',
    '',
    '| Task | Depends on |',
    '|------|------------|',
    '| T06 | T05 |',
    ''
  ].join('\n')
  const plan = parsePlan(source('plan.md', text), [])
  expect(plan.tasks.map(t => [t.id, t.title, t.checked, t.dependsOn])).toEqual([
    ['T03', 'Zero-width id', true, []],
    ['T04', 'Done', true, []],
    ['T01', 'Lower-case legacy heading', false, []],
    ['T02', 'Lower-case id heading', false, []],
    ['T07', 'Upper-case id heading', false, []],
    ['T05', 'Table task', false, ['T04']],
    ['T06', '', false, ['T05']]
  ])
})

/**
 * Values made of `units` with commas (and, for some, spaces) between them read the same
 * way as the same values with `tail` added, which keeps a value off its reader's shortcut
 * and changes nothing for the general reading.
 */
function agreesOffShortcut<T>(units: string[], read: (value: string) => T, tail: string): void {
  const part = fc.tuple(fc.constantFrom(...units), fc.constantFrom(',', ', ', ' ,\t', ' '))
  fc.assert(
    fc.property(fc.array(part, { minLength: 1, maxLength: 5 }), parts => {
      const value = parts.map(([unit, sep], i) => (i === 0 ? '' : sep) + unit).join('')
      expect(read(value)).toEqual(read(`${value}${tail}`))
    }),
    { numRuns: Number(process.env.PROPERTY_RUNS ?? 2000) }
  )
}
