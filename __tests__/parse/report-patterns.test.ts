import type { Diagnostic } from '../../src/model.js'
import { parseIosmReport } from '../../src/parse/iosm-report.js'
import { parseReport } from '../../src/parse/report.js'
import { readStatus } from '../../src/parse/status.js'
import { brief, lineOf, source } from './helpers.js'

// Inputs at the edges of the string tests that stand before, or instead of,
// patterns in the report readers: each must read as the pattern alone did.

function parse(body: string[]) {
  const text = ['# Subagent Report: T04 — Edges', '', '**Status:** ✅ Complete', '', ...body].join(
    '\n'
  )
  const diagnostics: Diagnostic[] = []
  const report = parseReport(source('reports/T04.md', text), 'T04', false, diagnostics, [])
  return { text, report, diagnostics }
}

describe('report sections', () => {
  test('handoff relations written without bold', () => {
    const { report } = parse([
      '## Handoff Notes',
      '- Depends on T01: the store',
      '*\tBlocks T05: the middleware',
      '  +  May conflict with T06: both edit `src/app.ts`',
      'Blocked by T02: review',
      '-Depends on T07: no space after the bullet',
      '1. Depends on T08: an ordered item',
      'Requires T09: not a plain-line relation',
      'depends on T10 without a colon',
      '- ~~Depends on T11: struck~~'
    ])
    expect(report.dependsOn.map(r => [r.id, r.note])).toEqual([
      ['T01', 'the store'],
      ['T02', 'review'],
      ['T11', 'struck']
    ])
    expect(report.blocks.map(r => r.id)).toEqual(['T05'])
    expect(report.mayConflictWith).toMatchObject([{ id: 'T06', paths: ['src/app.ts'] }])
  })

  test('blockers: resolved as a word, "No blockers" in any case', () => {
    const { report } = parse([
      '## Blockers',
      '- Redis failover is unresolved',
      '- Cache warm-up: resolved by T03',
      '- Queue backlog (UNRESOLVED at first, then Resolved)',
      '- Unresolvedresolved is one word',
      '- NO\tdeferred items here',
      '- No blockers left',
      '- Note: nothing else'
    ])
    expect(report.blockers.map(b => [b.title, b.resolved])).toEqual([
      ['Redis failover is unresolved', false],
      ['Cache warm-up: resolved by T03', true],
      ['Queue backlog (UNRESOLVED at first, then Resolved)', true],
      ['Unresolvedresolved is one word', false],
      ['Note: nothing else', false]
    ])
  })

  test('errors: an example marker with emphasis inside, placeholders in any case', () => {
    const { report } = parse([
      '## Errors Encountered',
      '### E-01: Real error',
      '**Resolution:** fixed',
      '### E-02: Copied block',
      '**File:** `Path/To/x.ts`',
      '### E-03: Template text',
      '[error TYPE] here',
      '',
      '_Ex_ample :',
      '### E-04: After the example'
    ])
    expect(report.errors.map(e => e.id)).toEqual(['E-01'])
  })

  test('follow-up priorities and surprises by heading words', () => {
    const { report } = parse([
      '## Follow-ups',
      '### Must do',
      '- a',
      '### Nice to have',
      '- b',
      '### Could wait',
      '- c',
      '### Someday',
      '- d',
      '## Lessons',
      '### Unexpected',
      '- e'
    ])
    expect(report.followUps.map(f => [f.text, f.priority])).toEqual([
      ['a', 'high'],
      ['b', 'medium'],
      ['c', 'low']
    ])
    expect(report.lessons.surprises).toEqual(['e'])
  })

  test('gate checklist marks, numbers after a dot or comma, SKIP only in ASCII', () => {
    const { text, report, diagnostics } = parse([
      '## IOSM Quality Gate Results',
      '### Gate-I (Improve)',
      '- [✓] a',
      '- [½] b',
      '- [✗] c',
      '- [⚠️] d',
      '- [xx] e',
      '- [xX] f',
      '### Gate-O (Optimize) — .9',
      '- Gate-M: skipped for now',
      '',
      '| Gate | Score |',
      '|---|---|',
      '| Gate-S | S\u212AIP |'
    ])
    expect(report.gates).toEqual({
      I: { score: 0.5, source: 'checklist', line: lineOf(text, '[✓]') },
      O: { score: 0.9, source: 'score', line: lineOf(text, 'Gate-O') }
    })
    expect(brief(diagnostics)).toContain(
      `warning ${lineOf(text, '| Gate-S')}: Gate-S score "S\u212AIP" holds no number; Gate-S counts as not evaluated in this report`
    )
  })

  test('spawn candidate columns by word, booleans and none', () => {
    const { report } = parse([
      '## SpawnCandidates',
      '| ID | Work item | Filename | Paths | Size | Priority | User input? | Dedup key |',
      '|---|---|---|---|---|---|---|---|',
      '| SC-01 | Add cache | a.ts | `src/a.ts` | S | High | Yes | `` |',
      '| SC-02 | Add log | b.ts | `src/b.ts` | M | low | N | n/a |',
      '| SC-03 | Add docs | c.md | `docs/c.md` | L | - | yes! | `Docs.md|Intro` |'
    ])
    expect(report.spawnCandidates.map(c => [c.id, c.touches, c.userInput, c.dedupKey])).toEqual([
      ['SC-01', ['src/a.ts'], true, 'a.ts|add-cache'],
      ['SC-02', ['src/b.ts'], false, 'b.ts|add-log'],
      ['SC-03', ['docs/c.md'], null, 'docs.md|intro']
    ])
  })

  test('labels looked for only in reports whose text names them, in any case and spacing', () => {
    const { report } = parse([
      '## Notes',
      '**TECHNICAL \u00a0DECISIONS:**',
      '- keep rows',
      '',
      '**OVERALL IOSM score:** 0.8'
    ])
    expect(report.decisions.map(d => d.title)).toEqual(['keep rows'])
    expect(report.overallScore).toBe(0.8)
  })

  test('a header that may name a field already found names none: the first column keeps it', () => {
    const { report } = parse([
      '## SpawnCandidates',
      '| ID | Subtask | Touches | Effort | Effort note | Task file |',
      '|---|---|---|---|---|---|',
      '| SC-01 | Add cache | `src/a.ts` | S | two days | `src/b.ts` |'
    ])
    expect(report.spawnCandidates.map(c => [c.subtask, c.touches, c.effort])).toEqual([
      ['Add cache', ['src/a.ts'], 'S']
    ])
  })
})

describe('status values', () => {
  test.each([
    ['[Complete | Partial]', { kind: 'unfilled' }],
    ['[ ]', { kind: 'unfilled' }],
    ['[[x]', { kind: 'unfilled' }],
    ['[a] b]', { kind: 'unrecognised' }],
    ['Complete / Blocked', { kind: 'unfilled' }],
    ['Done / Complete', { kind: 'ok', status: 'complete' }],
    ['\u00A0*_:- done', { kind: 'ok', status: 'complete' }],
    ['-\u2028Partial', { kind: 'ok', status: 'partial' }],
    ['_:_ blocked', { kind: 'ok', status: 'blocked' }]
  ])('%j', (value, reading) => {
    expect(readStatus(value)).toEqual(reading)
  })
})

describe('iosm_report.md values', () => {
  function read(lines: string[]) {
    const diagnostics: Diagnostic[] = []
    const iosm = parseIosmReport(source('iosm_report.md', lines.join('\n')), diagnostics)
    return { gates: iosm.gates, diagnostics: brief(diagnostics) }
  }

  test('table: skip, (n/a) and numbers after a comma; SKIP only in ASCII', () => {
    expect(
      read([
        '| Gate | Final | Status |',
        '|---|---|---|',
        '| Gate-I | 0.9 | 🔜 skip |',
        '| Gate-O | (n/a) | |',
        '| Gate-S | ,85 | |',
        '| Gate-M | S\u212AIP | |'
      ])
    ).toEqual({
      gates: {
        I: { score: null, skipped: true, raw: '0.9', line: 3 },
        O: { score: null, skipped: true, raw: '(n/a)', line: 4 },
        S: { score: 0.85, skipped: false, raw: ',85', line: 5 }
      },
      diagnostics: ['warning 6: Gate-M final value "S\u212AIP" is neither a score nor pass/fail']
    })
  })

  test('per-gate scores: a dash, a failure in any case', () => {
    expect(
      read([
        '## Gate-I: Improve',
        '**Score:** — not measured',
        '## Gate-O: Optimize',
        '**Score:** FAILED twice'
      ])
    ).toEqual({
      gates: {
        I: { score: null, skipped: true, raw: '— not measured', line: 2 },
        O: { score: 0, skipped: false, raw: 'FAILED twice', line: 4 }
      },
      diagnostics: []
    })
  })
})
