// A model whose every string tries to break out of the report: HTML, script,
// closing `</details>`, an unclosed fence, mentions, a forged marker, pipes,
// and 300 KB of it. Each output must stay within its budget and none of it
// may take effect.

import { renderCheck } from '../../src/render/check.js'
import { renderComment } from '../../src/render/comment.js'
import { BUDGETS, renderMarkdown } from '../../src/render/markdown.js'
import { buildMarker, readMarker } from '../../src/marker.js'
import { hostileRun, HOSTILE } from '../../__fixtures__/render/models.js'
import {
  bytes,
  countOf,
  inspect,
  liveMentions,
  misshapenRows
} from '../../__fixtures__/render/inspect.js'

const model = hostileRun()
const hint = 'the job summary and the report-markdown file'
const state = { check: 'IOSM integration', headSha: 'abc123', runId: 42, runAttempt: 1 }

const comment = renderComment(model, { state, fullReportHint: hint })
const summary = renderMarkdown(model, {
  budgetBytes: BUDGETS.jobSummary,
  fullReportHint: null
})
const check = renderCheck(model, { fullReportHint: hint })

const outputs: Array<[string, string, number]> = [
  ['comment', comment.body, BUDGETS.comment],
  ['job summary', summary, BUDGETS.jobSummary],
  ['check summary', check.summary, BUDGETS.checkSummary],
  ['check text', check.text, BUDGETS.checkText]
]

describe('the hostile report', () => {
  test('really is larger than every budget before rendering', () => {
    expect(bytes(JSON.stringify(model))).toBeGreaterThan(BUDGETS.jobSummary)
  })

  test.each(outputs)('%s fits its budget', (_name, text, budget) => {
    expect(bytes(text)).toBeLessThanOrEqual(budget)
  })

  test.each(outputs)('%s has no raw script, image or comment from the input', (_name, text) => {
    expect(text).not.toMatch(/<script/i)
    expect(text).not.toMatch(/<img/i)
    expect(text).not.toContain('<details open>')
    // The comment's own hidden lines (marker, then kept state) come first; nothing else is a comment.
    const own = text.startsWith('<!-- swarm-integration-report {')
      ? 1 +
        (/^[^\n]*\n<!-- swarm-integration-report:state v1 [A-Za-z0-9+/=]+ -->\n/.test(text) ? 1 : 0)
      : 0
    expect(countOf(text, '<!--')).toBe(own)
    expect(inspect(text).foreignHtmlLines).toEqual([])
    expect(inspect(text).foreignTags).toEqual([])
  })

  test.each(outputs)('%s keeps fences and <details> balanced', (_name, text) => {
    const structure = inspect(text)
    expect(structure.fencesBalanced).toBe(true)
    expect(structure.detailsBalanced).toBe(true)
    expect(countOf(text, '<details>')).toBe(countOf(text, '</details>'))
  })

  test.each(outputs)('%s mentions nobody', (_name, text) => {
    expect(liveMentions(text)).toEqual([])
  })

  test.each([
    ['comment', comment.body],
    ['check text', check.text]
  ])('%s says it was shortened and where the full report is', (_name, text) => {
    expect(text).toContain('shortened to fit')
    expect(text).toContain(hint)
  })

  test('cut short, it says what was left out and closes what it opened', () => {
    const small = renderMarkdown(model, { budgetBytes: 20_000, fullReportHint: hint })
    expect(bytes(small)).toBeLessThanOrEqual(20_000)
    expect(small).toContain('The report stops here')
    expect(small).toMatch(/Left out: .*Diagnostics/)
    expect(small).toContain(hint)
    const structure = inspect(small)
    expect(structure.fencesBalanced).toBe(true)
    expect(structure.detailsBalanced).toBe(true)
    expect(structure.foreignTags).toEqual([])
  })

  test('the comment carries the marker exactly once, at its start, with the hash of what follows', () => {
    expect(comment.body.startsWith('<!-- swarm-integration-report {')).toBe(true)
    expect(countOf(comment.body, '<!-- swarm-integration-report ')).toBe(1)
    const state = readMarker(comment.body)
    expect(state?.check).toBe('IOSM integration')
    expect(state?.bodyHash).toBe(comment.bodyHash)
  })

  test('the forged marker in the input is shown as text', () => {
    expect(summary).toContain('&lt;!-- swarm-integration-report')
    expect(summary).not.toContain(HOSTILE.marker)
  })

  test.each(outputs)("%s keeps every table row to its header's column count", (_name, text) => {
    expect(misshapenRows(text)).toEqual([])
  })

  test('a check name with comment-closing text cannot end the marker early', () => {
    const marker = buildMarker({
      check: 'x --> <b>',
      headSha: null,
      runId: null,
      runAttempt: null,
      bodyHash: 'h'
    })
    expect(countOf(marker, '-->')).toBe(1)
    expect(marker.endsWith(' -->')).toBe(true)
    expect(readMarker(marker)?.check).toBe('x --> <b>')
  })

  test('annotations are capped and point into the track folder', () => {
    expect(check.annotations.length).toBe(500)
    expect(check.summary).toContain('the 500 most severe')
    for (const a of check.annotations) {
      expect(a.path.startsWith(`${model.tracks[0]?.track.dir}/`)).toBe(true)
      expect(a.startLine).toBeGreaterThanOrEqual(1)
      expect(a.message.length).toBeLessThanOrEqual(4000)
    }
  })
})
