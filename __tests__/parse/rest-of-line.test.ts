// Patterns that read a label (a task id, `E-01`, `Gate-I`, `Lines changed`)
// stop where the rest of the line begins, and the rest is sliced off
// (src/parse/rest.ts). These cases sit where that could differ from the
// pattern capturing the rest itself: nothing after the label, only spaces
// after it, a separator or colon inside the rest.

import type { Diagnostic } from '../../src/model.js'
import { parsePlan } from '../../src/parse/plan.js'
import { parseReport } from '../../src/parse/report.js'
import { source } from './helpers.js'

function report(text: string) {
  const diagnostics: Diagnostic[] = []
  return parseReport(source('reports/T01.md', text), 'T01', false, diagnostics)
}

function plan(text: string) {
  const diagnostics: Diagnostic[] = []
  return parsePlan(source('plan.md', text), diagnostics)
}

describe('the rest of a line after its label', () => {
  test.each([
    ['# Subagent Report: T01 — Cache: warm start', 'Cache: warm start'],
    ['# Rapport de sous-agent : T01 - Cache', 'Cache'],
    ['# Task T01:   padded   ', 'padded'],
    // Nothing after the separator (markup and spaces are gone by then): the
    // heading does not have the title shape and is the title as written.
    ['# Subagent Report: T01 — **', 'Subagent Report: T01 —'],
    ['# T01 —', 'T01 —']
  ])('report title of %j', (heading, title) => {
    expect(report(`${heading}\n\n**Status:** DONE\n`).title).toBe(title)
  })

  test('plan tasks: checkbox lines and task headings', () => {
    const p = plan(
      [
        '# Plan',
        '',
        '## Phase 1',
        '',
        '- [ ] **T01**: Build the cache: fast path',
        '- [x] **T02** —   Wire it   ',
        '- [ ] T03: plain',
        '- [ ] **T04**:',
        '',
        '### Task T05 — Heading task',
        '',
        '### T06: Second heading task',
        ''
      ].join('\n')
    )
    expect(p.tasks.map(t => [t.id, t.title])).toEqual([
      ['T01', 'Build the cache: fast path'],
      ['T02', 'Wire it'],
      ['T03', 'plain'],
      ['T04', ''],
      ['T05', 'Heading task'],
      ['T06', 'Second heading task']
    ])
  })

  test('errors numbered E-##, with and without a title', () => {
    const r = report(
      [
        '# Subagent Report: T01 — X',
        '',
        '## Errors Encountered',
        '',
        '### E-01: Timeout: upstream',
        '',
        'It timed out.',
        '',
        '### E-02',
        '',
        'No title.',
        ''
      ].join('\n')
    )
    expect(r.errors.map(e => [e.id, e.type])).toEqual([
      ['E-01', 'Timeout: upstream'],
      ['E-02', '']
    ])
  })

  test('gate targets written as bullets', () => {
    const p = plan(
      [
        '# Plan',
        '',
        '## Gate Targets',
        '',
        '- Gate-I (Improve): ≥ 0.80',
        '- **Gate-O:** tests pass',
        '- Gate_S —   ',
        '- Gate M - N/A',
        ''
      ].join('\n')
    )
    expect(Object.values(p.gateTargets).map(t => [t.gate, t.raw, t.kind])).toEqual([
      ['I', '≥ 0.80', 'numeric'],
      ['O', 'tests pass', 'binary'],
      ['M', 'N/A', 'skip']
    ])
  })

  test('line counts from a `Lines changed` sub-bullet', () => {
    const r = report(
      [
        '# Subagent Report: T01 — X',
        '',
        '## Files Touched',
        '',
        '### Modified',
        '- `a.ts` - the cache',
        '  - **Lines changed:** +12 / -3',
        '- `b.ts` - the key',
        '  - Lines added:',
        ''
      ].join('\n')
    )
    expect(r.files.modified.map(f => [f.path, f.linesAdded, f.linesRemoved])).toEqual([
      ['a.ts', 12, 3],
      ['b.ts', null, null]
    ])
  })
})
