// For any model the analysis could hand over, every output fits its budget,
// keeps fences and <details> balanced, lets no tag from the input through,
// mentions nobody, and the comment's marker is first and alone.

import fc from 'fast-check'
import { renderCheck } from '../../src/render/check.js'
import { renderComment } from '../../src/render/comment.js'
import { BUDGETS, renderMarkdown } from '../../src/render/markdown.js'
import { readMarker } from '../../src/marker.js'
import { runArb, text } from '../../__fixtures__/render/arbitraries.js'
import {
  bytes,
  countOf,
  inspect,
  liveMentions,
  misshapenRows
} from '../../__fixtures__/render/inspect.js'

function expectWellFormed(markdown: string): void {
  const s = inspect(markdown)
  expect(s.fencesBalanced).toBe(true)
  expect(s.detailsBalanced).toBe(true)
  expect(s.foreignHtmlLines).toEqual([])
  expect(s.foreignTags).toEqual([])
  expect(liveMentions(markdown)).toEqual([])
  expect(misshapenRows(markdown)).toEqual([])
}

// PROPERTY_RUNS=5000 for a deeper search than the default run.
const RUNS = Number(process.env.PROPERTY_RUNS ?? 120)

const budget = fc.oneof(
  fc.constantFrom(BUDGETS.comment, BUDGETS.checkText, BUDGETS.jobSummary),
  fc.integer({ min: 600, max: 40_000 })
)

describe('rendering any model', () => {
  test('the markdown fits its budget and is well formed', () => {
    fc.assert(
      fc.property(runArb, budget, fc.option(text), (run, budgetBytes, hint) => {
        const out = renderMarkdown(run, { budgetBytes, fullReportHint: hint })
        expect(bytes(out)).toBeLessThanOrEqual(budgetBytes)
        expectWellFormed(out)
        expect(countOf(out, '<!--')).toBe(0)
      }),
      { numRuns: RUNS }
    )
  })

  test('the comment has one marker, first, whose hash is of the rest', () => {
    fc.assert(
      fc.property(runArb, text, budget, (run, check, budgetBytes) => {
        const state = { check, headSha: null, runId: 7, runAttempt: 2 }
        const out = renderComment(run, { state, fullReportHint: 'the job summary', budgetBytes })
        expect(bytes(out.body)).toBeLessThanOrEqual(budgetBytes)
        expect(out.body.startsWith('<!-- swarm-integration-report {')).toBe(true)
        // The marker, then the kept state when the budget has room for it.
        const hidden = /^[^\n]*\n<!-- swarm-integration-report:state v1 [A-Za-z0-9+/=]+ -->\n/.test(
          out.body
        )
        expect(countOf(out.body, '<!--')).toBe(hidden ? 2 : 1)
        expect(readMarker(out.body)).toEqual({ ...state, bodyHash: out.bodyHash })
        expectWellFormed(out.body)
      }),
      { numRuns: RUNS }
    )
  })

  test('the check run output fits GitHub limits and is well formed', () => {
    fc.assert(
      fc.property(runArb, run => {
        const out = renderCheck(run, { fullReportHint: null })
        expect(bytes(out.summary)).toBeLessThanOrEqual(BUDGETS.checkSummary)
        expect(bytes(out.text)).toBeLessThanOrEqual(BUDGETS.checkText)
        expect(out.title.length).toBeGreaterThan(0)
        expect(out.title.length).toBeLessThanOrEqual(255)
        expect(out.annotations.length).toBeLessThanOrEqual(500)
        for (const a of out.annotations) expect(a.startLine).toBeGreaterThanOrEqual(1)
        expectWellFormed(out.summary)
        expectWellFormed(out.text)
      }),
      { numRuns: RUNS }
    )
  })
})
