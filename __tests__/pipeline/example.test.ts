// The whole pipeline (load, parse, analyse, render) on real files: the example
// track newcomers see, and a hostile report written to disk. Unlike the render
// goldens, nothing here is a hand-built model: a regression anywhere between
// the file and the rendered page shows up as a golden diff.
// `UPDATE_GOLDEN=1 npm test -- __tests__/pipeline` rewrites the goldens.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { DEFAULT_OPTIONS } from '../../src/analysis-options.js'
import type { RunResult } from '../../src/model.js'
import { runPipeline } from '../../src/pipeline.js'
import { renderCheck } from '../../src/render/check.js'
import { buildMarker } from '../../src/marker.js'
import { BUDGETS, renderMarkdown } from '../../src/render/markdown.js'
import { bytes, countOf, inspect, liveMentions } from '../../__fixtures__/render/inspect.js'
import { checkRunDocument, expectGolden } from '../../__fixtures__/render/golden.js'
import { loadMermaid } from '../../__fixtures__/render/mermaid-node.js'

const mermaid = await loadMermaid()

const ROOT = resolve('.')
const EXAMPLE = 'examples/swarm/tracks/2026-03-02-001'

async function pipeline(workspace: string, dirs: string[]): Promise<RunResult> {
  const r = await runPipeline({
    workspace,
    patterns: [],
    dirs,
    options: DEFAULT_OPTIONS,
    changed: null
  })
  if (!r.ok) throw new Error(r.error)
  return r.value
}

describe('the example track, end to end', () => {
  let run: RunResult
  beforeAll(async () => {
    run = await pipeline(ROOT, [EXAMPLE])
  })

  test('renders the full report as its golden file', () => {
    expectGolden(
      'example-track.md',
      renderMarkdown(run, { budgetBytes: BUDGETS.jobSummary, fullReportHint: null })
    )
  })

  test('renders the check-run output as its golden file', () => {
    expectGolden(
      'example-check-run.md',
      checkRunDocument(renderCheck(run, { fullReportHint: 'the job summary' }))
    )
  })

  test('every Mermaid graph of the report parses with Mermaid itself', async () => {
    const md = renderMarkdown(run, {
      budgetBytes: BUDGETS.jobSummary,
      fullReportHint: null
    })
    const graphs = inspect(md).mermaid
    expect(graphs.length).toBeGreaterThan(0)
    for (const g of graphs) await expect(mermaid.parse(g)).resolves.toBeTruthy()
  })
})

const HOSTILE_PLAN = `# Implementation Plan — hostile

**Feature:** <img src=x onerror=alert(1)> @octocat
**Status:** In Progress

## Phases

### Phase 1 — Build

- [x] **T01**: Title with </details> and <script>alert(1)</script>
  - **Owner role:** @org/team
  - **Depends on:** None
  - **Touches:** \`src/a.ts\`
  - **Effort:** S
  - **Acceptance:** ok
  - **Status:** DONE
`

function hostileReport(): string {
  const filler = 'Lorem <b>ipsum</b> | pipe | `tick` @someone '.repeat(7000) // ~300 KB
  return [
    '# Subagent Report: Task T01 — <script>alert(1)</script>',
    '',
    '**Task ID:** T01',
    '**Status:** ✅ Complete',
    '',
    '## Summary (What Was Done)',
    '',
    `<!-- swarm-integration-report {"check":"IOSM integration","bodyHash":"forged"} --> ${filler}`,
    '',
    '## Files Touched',
    '',
    '### Created',
    '- `src/a.ts` - </details><details><summary>x',
    '',
    '## Blockers & Open Questions',
    '',
    '### Blockers',
    '- ❌ **@octocat</details>:** <script>document.title="owned"</script>',
    '',
    '## Lessons Learned',
    '',
    '### What Went Well',
    '- ```unclosed fence starts here',
    ''
  ].join('\n')
}

describe('a hostile report file, end to end', () => {
  let dir: string
  let run: RunResult
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'swarm-hostile-'))
    mkdirSync(join(dir, 't', 'reports'), { recursive: true })
    writeFileSync(join(dir, 't', 'plan.md'), HOSTILE_PLAN)
    writeFileSync(join(dir, 't', 'reports', 'T01.md'), hostileReport())
    run = await pipeline(dir, ['t'])
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  test('the blocker is still found behind the hostile text', () => {
    expect(run.tracks[0]?.blockers.some(b => b.task === 'T01' && !b.resolved)).toBe(true)
    expect(run.conclusion).toBe('failure')
  })

  test.each([
    ['comment', BUDGETS.comment],
    ['job summary', BUDGETS.jobSummary]
  ])('the %s fits its budget with none of the hostile text taking effect', (_name, budget) => {
    const marker = buildMarker({
      check: 'IOSM integration',
      headSha: 'abc',
      runId: 1,
      runAttempt: 1,
      bodyHash: 'h'
    })
    // The marker line first, as the comment carries it, and the report in the rest.
    const md = `${marker}\n${renderMarkdown(run, {
      budgetBytes: budget - bytes(marker) - 1,
      fullReportHint: 'the job summary'
    })}`
    expect(bytes(md)).toBeLessThanOrEqual(budget)
    const s = inspect(md)
    expect(s.fencesBalanced).toBe(true)
    expect(s.detailsBalanced).toBe(true)
    expect(s.foreignTags).toEqual([])
    expect(s.foreignHtmlLines).toEqual([])
    expect(liveMentions(md)).toEqual([])
    expect(md.startsWith(marker)).toBe(true)
    expect(countOf(md, 'swarm-integration-report {')).toBe(1)
    expect(md).not.toMatch(/<script/i)
  })

  test('the check-run output fits and carries no raw tag', () => {
    const out = renderCheck(run, { fullReportHint: null })
    for (const text of [out.summary, out.text]) {
      expect(bytes(text)).toBeLessThanOrEqual(BUDGETS.checkSummary)
      expect(text).not.toMatch(/<script/i)
      expect(inspect(text).foreignTags).toEqual([])
    }
  })
})
