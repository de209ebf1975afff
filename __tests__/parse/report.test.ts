import type { Diagnostic, Report } from '../../src/model.js'
import { loadMarkdownParser } from '../../src/parse/markdown.js'
import { parseReport, SUMMARY_SOURCE_CHARS } from '../../src/parse/report.js'
import { brief, fixture, lineOf, source } from './helpers.js'

function parse(
  text: string,
  id = 'T04',
  partial = false
): { report: Report; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = []
  const report = parseReport(source(`reports/${id}.md`, text), id, partial, diagnostics)
  return { report, diagnostics }
}

const paths = (claims: Array<{ path: string }>) => claims.map(c => c.path)

// Summaries with markup are read here and now, as the pipeline does once it has loaded the parser.
await loadMarkdownParser()

describe('report written like the template', () => {
  const text = fixture('report-template-style.md')
  const { report, diagnostics } = parse(text)

  test('title, header, status', () => {
    expect(report).toMatchObject({
      file: 'reports/T04.md',
      taskId: 'T04',
      partialFile: false,
      title: 'Rate-limit middleware',
      titleLine: 1,
      status: 'partial',
      statusText: '⚠️ Partial',
      statusLine: lineOf(text, '**Status:**'),
      role: 'Implementer-B',
      effort: '3 hours (estimated: 2 hours)'
    })
  })

  test('summary is the first paragraph as plain text', () => {
    expect(report.summary).toBe(
      'Added a middleware in svc/limit/mw.go that rejects uploads past the tenant quota, see the design note for the numbers.'
    )
  })

  test('decisions with their Decision line, also when the value is on the next line', () => {
    expect(report.decisions).toEqual([
      {
        title: 'Keep buckets in process memory',
        decision: 'In-process buckets, synced every second.',
        line: lineOf(text, '### Decision 1')
      },
      {
        title: 'Reject with 429',
        decision: 'Return 429 with a Retry-After header.',
        line: lineOf(text, '### Decision 2')
      }
    ])
  })

  test('Touches Planned / Actual lists: notes stripped, bracketed lines ignored', () => {
    expect(report.touchesPlanned).toEqual(['svc/limit/', 'svc/limit/mw.go'])
    expect(paths(report.files.touched)).toEqual(['svc/limit/mw.go', 'svc/limit/mw_test.go'])
  })

  test('Created / Modified / Deleted bullets with line counts when they are clear', () => {
    expect(report.files.created).toEqual([
      {
        path: 'svc/limit/mw_test.go',
        line: lineOf(text, '- `svc/limit/mw_test.go` - table'),
        linesAdded: null,
        linesRemoved: null,
        note: 'table tests for the middleware'
      },
      {
        path: 'svc/limit/bucket.go',
        line: lineOf(text, '- `svc/limit/bucket.go`'),
        linesAdded: 60,
        linesRemoved: null,
        note: 'bucket type'
      }
    ])
    expect(report.files.modified.map(c => [c.path, c.linesAdded, c.linesRemoved])).toEqual([
      ['svc/limit/mw.go', 40, 12],
      ['svc/upload/handler.go', 25, null],
      ['svc/upload/routes.go', null, null]
    ])
    expect(paths(report.files.deleted)).toEqual(['svc/legacy/throttle.go'])
    expect(report.declaredTotals).toEqual({
      created: 2,
      modified: 3,
      deleted: 1,
      line: lineOf(text, '### Total impact')
    })
  })

  test('scored gates: Score wins, checklist mean, N/A score and N/A items left out', () => {
    expect(report.gates).toEqual({
      I: { score: 0.85, source: 'score', line: lineOf(text, '**Score:** 0.85') },
      O: { score: 0.5, source: 'checklist', line: lineOf(text, 'Benchmarks recorded') },
      M: { score: 1, source: 'checklist', line: lineOf(text, 'One responsibility') }
    })
    expect(report.overallScore).toBe(0.78)
  })

  test('verification steps take pass/warn/fail from the heading or the result', () => {
    expect(report.verification).toEqual([
      {
        name: 'Unit tests',
        status: 'pass',
        result: '14 tests passed',
        line: lineOf(text, 'Step 1')
      },
      {
        name: 'Load test',
        status: 'warn',
        result: 'p95 at 230ms, target 200ms',
        line: lineOf(text, 'Step 2')
      },
      {
        name: 'Lint',
        status: 'fail',
        result: 'two vet findings left',
        line: lineOf(text, 'Step 3')
      }
    ])
  })

  test('blockers: struck through or RESOLVED is resolved; BLOCKER: lines outside fences count', () => {
    expect(report.blockers).toEqual([
      {
        title: 'Quota store',
        description: 'the shared store is not provisioned',
        line: lineOf(text, '**Quota store:**'),
        resolved: false
      },
      {
        title: 'Old config flag',
        description: 'clashes with the new one',
        line: lineOf(text, 'Old config flag'),
        resolved: true
      },
      {
        title: 'Flag rollout',
        description: 'RESOLVED by ops on Tuesday',
        line: lineOf(text, 'Flag rollout'),
        resolved: true
      },
      {
        title: 'staging has no quota store yet',
        description: '',
        line: lineOf(text, 'BLOCKER: staging'),
        resolved: false
      }
    ])
    expect(report.openQuestions).toEqual([
      { title: 'Burst size', line: lineOf(text, 'Burst size') }
    ])
    expect(report.deferred).toEqual([{ title: 'Metrics', line: lineOf(text, '**Metrics:**') }])
  })

  test('errors before the Example marker only; escalations keep their own E-01', () => {
    expect(report.errors).toEqual([
      {
        id: 'E-01',
        type: 'Timeout',
        resolution: 'Raised the test deadline to 5s',
        resolved: true,
        line: lineOf(text, '### E-01: Timeout')
      },
      {
        id: 'E-02',
        type: 'Test Failed',
        resolution: 'UNRESOLVED - the race detector still fires',
        resolved: false,
        line: lineOf(text, '### E-02')
      }
    ])
    expect(report.escalations).toEqual([
      { id: 'E-01', title: 'Choose the quota store', line: lineOf(text, 'Choose the quota store') }
    ])
  })

  test('hand-off notes: every id of Depends on / Blocks / May conflict with', () => {
    expect(report.dependsOn).toEqual([
      { id: 'T02', note: 'the bucket API', line: lineOf(text, '**Depends on T02:**'), paths: [] }
    ])
    const blocksLine = lineOf(text, '**Blocks T05, T06:**')
    expect(report.blocks).toEqual([
      { id: 'T05', note: 'both call the middleware', line: blocksLine, paths: [] },
      { id: 'T06', note: 'both call the middleware', line: blocksLine, paths: [] }
    ])
    expect(report.mayConflictWith).toEqual([
      {
        id: 'T07',
        note: 'both edit routes.go',
        line: lineOf(text, '**May conflict with T07:**'),
        paths: ['routes.go']
      }
    ])
    expect(report.integrationInstructions).toEqual([
      'Merge after T02',
      'Set LIMIT_RATE in the deploy config'
    ])
  })

  test('spawn candidates: split pipe repaired, dedup keys normalised or made', () => {
    expect(report.spawnCandidates.map(c => [c.id, c.dedupKey])).toEqual([
      ['SC-01', 'bucket.go|type-annot'],
      ['SC-02', 'mw_test.go|fix-test'],
      ['SC-03', 'limit|profile-memory']
    ])
    expect(report.spawnCandidates[1]).toEqual({
      id: 'SC-02',
      subtask: 'Fix the racy test',
      touches: ['svc/limit/mw_test.go', 'svc/limit/mw.go'],
      effort: 'M',
      userInput: true,
      severity: 'critical',
      dedupKey: 'mw_test.go|fix-test',
      accept: 'race detector clean',
      line: lineOf(text, '| SC-02')
    })
  })

  test('follow-ups by priority and lessons', () => {
    expect(report.followUps.map(f => [f.priority, f.text])).toEqual([
      ['high', 'Provision the shared quota store'],
      ['medium', 'Per-tenant metrics'],
      ['low', 'Tune the burst size']
    ])
    expect(report.lessons).toEqual({
      wentWell: ['Table tests caught the off-by-one early'],
      couldImprove: ['Ask for the store before starting'],
      surprises: ['The race detector found a shared map']
    })
  })

  test('a complete report draws no diagnostics', () => {
    expect(diagnostics).toEqual([])
  })
})

describe('report with a file tree and checkbox gates', () => {
  const text = fixture('report-tree-style.md')
  const { report, diagnostics } = parse(text, 'T03')

  test('title without "Task", Owner Role and Duration, status emoji last', () => {
    expect(report).toMatchObject({
      title: 'Export consumer',
      role: 'Implementer-B',
      effort: '4 hours',
      status: 'complete',
      summary:
        'Built the export/consumer package that acknowledges rows in order and retries on transient failures.'
    })
  })

  test('tree rebuilt into full paths by depth, markers and line counts read', () => {
    expect(report.files.created.map(c => [c.path, c.linesAdded, c.note])).toEqual([
      ['export/consumer/', null, null],
      ['export/consumer/loop.py', 140, null],
      ['export/consumer/retry.py', 60, 'jittered backoff'],
      ['tests/test_consumer.py', 90, null]
    ])
    expect(report.files.modified).toEqual([
      {
        path: 'export/settings.py',
        line: lineOf(text, 'settings.py ...'),
        linesAdded: 6,
        linesRemoved: null,
        note: 'consumer group'
      }
    ])
    expect(report.files.deleted.map(c => [c.path, c.linesRemoved])).toEqual([
      ['export/legacy_dump.py', 210]
    ])
    expect(report.declaredTotals).toEqual({
      created: null,
      modified: 4,
      deleted: null,
      line: lineOf(text, '**Total changes:**')
    })
  })

  test('design decision bullets, code fences opaque', () => {
    expect(report.decisions.map(d => d.title)).toEqual([
      'Acknowledge after the write, never before',
      'Retry three times with jitter'
    ])
  })

  test('checkbox-only gates: N/A item excluded, bold optional', () => {
    expect(report.gates).toEqual({
      I: { score: 1, source: 'checklist', line: lineOf(text, '**Gate-I:**') },
      M: { score: 0.5, source: 'checklist', line: lineOf(text, '- [x] Gate-M') }
    })
  })

  test('seven-column candidates get a made dedup key', () => {
    expect(report.spawnCandidates).toHaveLength(1)
    expect(report.spawnCandidates[0]?.dedupKey).toBe('loop.py|dead-letter-queue-for-poison-rows')
    expect(report.spawnCandidates[0]?.accept).toBe('Poison rows parked')
  })

  test('Recommendations as follow-ups', () => {
    expect(report.followUps.map(f => [f.priority, f.text])).toEqual([
      ['high', 'Add a dead-letter queue — poison rows block the loop'],
      ['low', 'Rename the settings module']
    ])
    expect(diagnostics).toEqual([])
  })
})

describe('read-only report', () => {
  const text = fixture('report-readonly.md')
  const { report, diagnostics } = parse(text, 'T01')

  test('bare Complete, no files, N/A gate heading means not evaluated', () => {
    expect(report.status).toBe('complete')
    expect(report.touchesPlanned).toEqual([])
    expect(report.files).toEqual({ created: [], modified: [], deleted: [], touched: [] })
    expect(report.gates).toEqual({})
    expect(report.spawnCandidates).toEqual([])
    expect(report.escalations).toEqual([])
    expect(report.blocks.map(r => r.id)).toEqual(['T02'])
    expect(report.verification).toEqual([
      {
        name: 'Read-only verification',
        status: 'unknown',
        result: 'Working tree clean',
        line: lineOf(text, '### Read-only verification')
      }
    ])
    expect(diagnostics).toEqual([])
  })

  test('Files Analyzed is reading, never touching', () => {
    const analysed = [
      '# Subagent Report: T01 — Survey',
      '**Owner Role:** Explorer',
      '**Status:** DONE',
      '## Executive Summary',
      'Read the upload code.',
      '## Files Analyzed',
      '```',
      'svc/',
      '├── upload/handler.go (entry point)',
      '└── limit/mw.go ...... MODIFIED',
      '```',
      '## IOSM Quality Checks',
      '- [x] **Gate-I:** findings written down',
      '## SpawnCandidates',
      'None identified.'
    ].join('\n')
    const { report: r, diagnostics: d } = parse(analysed, 'T01')
    expect(r.files).toEqual({ created: [], modified: [], deleted: [], touched: [] })
    expect(d).toEqual([])
  })
})

describe('unfilled template', () => {
  test('status unknown with one error, placeholders and the Example block ignored', () => {
    const text = fixture('report-unfilled.md')
    const { report, diagnostics } = parse(text, 'T09')
    expect(report.status).toBe('unknown')
    expect(report.title).toBeNull()
    expect(report.summary).toBeNull()
    expect(report.role).toBeNull()
    expect(report.errors).toEqual([])
    expect(report.files.created).toEqual([])
    expect(report.spawnCandidates).toEqual([])
    // The template's example score is no evaluation.
    expect(report.gates).toEqual({})
    expect(brief(diagnostics)).toEqual([
      `error ${lineOf(text, '**Status:**')}: status "✅ Complete | ⚠️ Partial | ❌ Blocked" is the unfilled template: pick one status`
    ])
  })

  test('a filled status with [T##] placeholders left in the header is still unknown', () => {
    const text = '# Subagent Report: Task T02 — Work\n**Task ID:** [T##]\n**Status:** Complete\n'
    const { report, diagnostics } = parse(text, 'T02')
    expect(report.status).toBe('unknown')
    expect(brief(diagnostics)).toContain(
      'error 3: the report still holds template placeholders ([T##], [YYYY-MM-DD]): status unknown'
    )
  })
})

describe('status vocabulary in reports', () => {
  const statusOf = (value: string, partial = false) => {
    const { report, diagnostics } = parse(
      `# Subagent Report: T05 — X\n\n**Status:** ${value}\n`,
      'T05',
      partial
    )
    return { status: report.status, errors: diagnostics.filter(d => d.severity === 'error') }
  }

  test.each([
    ['✅ Complete', 'complete'],
    ['DONE ✅', 'complete'],
    ['complete', 'complete'],
    ['SUCCESS', 'complete'],
    ['⚠️ Partial', 'partial'],
    ['NEEDS_REVIEW', 'partial'],
    ['❌ Blocked', 'blocked'],
    ['BLOCKED(reason: vendor API down)', 'blocked'],
    ['**FAILED**', 'blocked'],
    ['PERMANENTLY_FAILED', 'blocked'],
    ['in progress', 'in-progress'],
    ['❌', 'blocked']
  ])('%s is %s', (value, expected) => {
    const r = statusOf(value)
    expect(r.status).toBe(expected)
    expect(r.errors.filter(e => e.message.startsWith('status'))).toEqual([])
  })

  test('unknown words and a missing line are errors', () => {
    const r = statusOf('Excellent')
    expect(r.status).toBe('unknown')
    expect(r.errors.map(e => e.message)).toContain(
      'status "Excellent" is not a known status (Complete, Partial, Blocked)'
    )
    const { report, diagnostics } = parse('# Subagent Report: T05 — X\n\nNo header here.\n', 'T05')
    expect(report.status).toBe('unknown')
    expect(brief(diagnostics)).toContain(
      'error 1: no **Status:** line: T05 counts as status unknown'
    )
  })

  test('a -partial file is at most partial', () => {
    expect(statusOf('Complete', true).status).toBe('partial')
    expect(statusOf('Blocked', true).status).toBe('blocked')
  })
})

describe('report lint and odd inputs', () => {
  test('missing sections: an error for the status, warnings for the rest', () => {
    const { diagnostics } = parse(
      '# Subagent Report: T04 — Bare\n\n**Role:** Implementer-A\n',
      'T04'
    )
    expect(brief(diagnostics)).toEqual([
      'error 1: no **Status:** line: T04 counts as status unknown',
      'warning 1: no Summary or Executive Summary section',
      'warning 1: no Files Touched section',
      'warning 1: no IOSM Quality Gate Results or IOSM Quality Checks section',
      'warning 1: no SpawnCandidates section (write "None identified." when there are none)'
    ])
  })

  test('CRLF and a BOM keep line numbers', () => {
    const text =
      '\uFEFF# Subagent Report: T02 — Crlf\r\n\r\n**Status:** ✅ Complete\r\n\r\n## Summary\r\n\r\nDone on Windows.\r\n\r\n## Files Touched\r\n\r\n### Modified\r\n- `a\\b.ts` - path with a backslash\r\n'
    const { report } = parse(text, 'T02')
    expect(report.status).toBe('complete')
    expect(report.statusLine).toBe(3)
    expect(report.summary).toBe('Done on Windows.')
    expect(report.files.modified).toEqual([
      {
        path: 'a/b.ts',
        line: 12,
        linesAdded: null,
        linesRemoved: null,
        note: 'path with a backslash'
      }
    ])
  })

  test('a gate score of N/A is not evaluated; a score out of 10 is scaled; scores are clamped', () => {
    const text = [
      '## IOSM Quality Gate Results',
      '### Gate-I (Improve)',
      '- **Score:** N/A (skipped)',
      '### Gate-O (Optimize)',
      '- **Score:** 8.5 / 10',
      '### Gate-S (Shrink)',
      '**Score:** 1.4 / 1.0',
      '### Gate-M (Modularize) ⚠️',
      'No items, only the heading mark.'
    ].join('\n')
    const { report } = parse(text)
    expect(report.gates).toEqual({
      O: { score: 0.85, source: 'score', line: 5 },
      S: { score: 1, source: 'score', line: 7 },
      M: { score: 0.5, source: 'checklist', line: 8 }
    })
  })

  test('No errors encountered, None for escalations and spawn candidates', () => {
    const text = [
      '## Errors Encountered',
      'No errors encountered',
      '## Escalation Requests (v1.1)',
      'None',
      '## SpawnCandidates',
      'None identified.'
    ].join('\n')
    const { report, diagnostics } = parse(text)
    expect(report.errors).toEqual([])
    expect(report.escalations).toEqual([])
    expect(report.spawnCandidates).toEqual([])
    expect(diagnostics.map(d => d.message)).not.toContain(
      'no SpawnCandidates section (write "None identified." when there are none)'
    )
  })

  test('six spawn columns in another order are mapped by header name', () => {
    const text = [
      '## SpawnCandidates',
      '| Severity | ID | Touches | Subtask | User Input | Effort |',
      '|---|---|---|---|---|---|',
      '| high | SC-04 | `web/form.tsx` | CRITICAL: escape the input | yes | S |',
      '| low | SC-05 | web/a.ts, web/b.ts | Tidy | no | M |'
    ].join('\n')
    const { report } = parse(text)
    expect(report.spawnCandidates).toEqual([
      {
        id: 'SC-04',
        subtask: 'CRITICAL: escape the input',
        touches: ['web/form.tsx'],
        effort: 'S',
        userInput: true,
        severity: 'high',
        dedupKey: 'form.tsx|critical-escape-the-input',
        accept: null,
        line: 4
      },
      {
        id: 'SC-05',
        subtask: 'Tidy',
        touches: ['web/a.ts', 'web/b.ts'],
        effort: 'M',
        userInput: false,
        severity: 'low',
        dedupKey: 'a.ts|tidy',
        accept: null,
        line: 5
      }
    ])
  })

  test('a pipe inside a code span of another column is rejoined there, not at Dedup Key', () => {
    const text = [
      '## SpawnCandidates',
      '| ID | Subtask | Touches | Effort | User Input | Severity | Dedup Key | Accept Criteria |',
      '|----|---------|---------|--------|------------|----------|-----------|-----------------|',
      '| SC-01 | Fix pipe | `a.py|b.py` | S | false | critical | `a.py-fix` | passes |',
      '| SC-02 | Two pipes | `x.py` | M | true | low | ``q.py|r|s`` | done |'
    ].join('\n')
    const { report, diagnostics } = parse(text)
    expect(report.spawnCandidates).toEqual([
      {
        id: 'SC-01',
        subtask: 'Fix pipe',
        touches: ['a.py|b.py'],
        effort: 'S',
        userInput: false,
        severity: 'critical',
        dedupKey: 'a.py-fix',
        accept: 'passes',
        line: 4
      },
      {
        id: 'SC-02',
        subtask: 'Two pipes',
        touches: ['x.py'],
        effort: 'M',
        userInput: true,
        severity: 'low',
        dedupKey: 'q.py|r|s',
        accept: 'done',
        line: 5
      }
    ])
    expect(diagnostics.filter(d => /spawn candidate row/.test(d.message))).toEqual([])
  })

  test('a bare file|intent dedup key is rejoined at the Dedup Key column', () => {
    const text = [
      '## SpawnCandidates',
      '| ID | Subtask | Touches | Severity | Dedup Key | Accept Criteria |',
      '|----|---------|---------|----------|-----------|-----------------|',
      '| SC-03 | Annotate | `lib/cache.py` | high | cache.py|type-annot | mypy clean |'
    ].join('\n')
    const { report, diagnostics } = parse(text)
    expect(report.spawnCandidates[0]).toMatchObject({
      severity: 'high',
      dedupKey: 'cache.py|type-annot',
      accept: 'mypy clean'
    })
    expect(diagnostics.filter(d => /spawn candidate row/.test(d.message))).toEqual([])
  })

  test('a row one cell long with no split code span and no Dedup Key column is warned about', () => {
    const text = [
      '## SpawnCandidates',
      '| ID | Subtask | Touches | Severity |',
      '|----|---------|---------|----------|',
      '| SC-01 | Read a|b | `a.py` | critical |'
    ].join('\n')
    const { report, diagnostics } = parse(text)
    expect(report.spawnCandidates[0]?.subtask).toBe('Read a')
    expect(brief(diagnostics)).toContain(
      'warning 4: spawn candidate row has 5 cells for 4 columns; the extra cells are ignored'
    )
  })

  test('a split code span is rejoined even when the row has other extra cells, which are warned about', () => {
    const text = [
      '## SpawnCandidates',
      '| ID | Subtask | Touches | Dedup Key |',
      '|----|---------|---------|-----------|',
      '| SC-01 | Split | `a.py` | `a.py|x|y` | extra |'
    ].join('\n')
    const { report, diagnostics } = parse(text)
    expect(report.spawnCandidates[0]?.dedupKey).toBe('a.py|x|y')
    expect(brief(diagnostics)).toContain(
      'warning 4: spawn candidate row has 7 cells for 4 columns; the extra cells are ignored'
    )
  })

  test('a stray fence in the Summary hides only the Summary, not the sections after it', () => {
    const text = [
      '# Subagent Report: T04 — Stray fence', //        1
      '**Status:** ⚠️ Partial', //                       2
      '## Summary', //                                   3
      'Half done, see below', //                         4
      '```', //                                          5
      '## Errors Encountered', //                        6
      '### E-01: Build break', //                        7
      '**Resolution:** UNRESOLVED', //                   8
      '## Blockers & Open Questions', //                 9
      '### Blockers', //                                 10
      '- ❌ **Store:** not provisioned', //              11
      '## SpawnCandidates', //                           12
      '| ID | Subtask | Touches | Severity |', //        13
      '|----|---------|---------|----------|', //        14
      '| SC-01 | Fix it | `a.py` | critical |' //        15
    ].join('\n')
    const { report, diagnostics } = parse(text)
    expect(report.summary).toBe('Half done, see below')
    expect(report.errors.map(e => [e.id, e.resolved, e.line])).toEqual([['E-01', false, 7]])
    expect(report.blockers.map(b => [b.title, b.resolved, b.line])).toEqual([['Store', false, 11]])
    expect(report.spawnCandidates.map(c => [c.id, c.severity, c.line])).toEqual([
      ['SC-01', 'critical', 15]
    ])
    expect(brief(diagnostics)).toContain(
      'warning 5: code fence never closed: treated as closed before line 6, the next ## heading'
    )
  })

  test('a 2 MB one-paragraph summary is read from its start, clipped', () => {
    const line = 'The cache warms on boot and every shard replays its log before serving reads.'
    const paragraph = Array.from({ length: 2_000_000 / (line.length + 1) }, () => line)
    const text = [
      '# Subagent Report: T04 — Long summary',
      '**Status:** ✅ Complete',
      '## Summary',
      ...paragraph,
      '## SpawnCandidates',
      '| ID | Subtask | Touches | Severity |',
      '|----|---------|---------|----------|',
      '| SC-01 | Shard the log | `log.py` | low |'
    ].join('\n')
    expect(text.length).toBeGreaterThan(2_000_000)
    const { report } = parse(text)
    const summary = report.summary ?? ''
    expect(summary.startsWith(`${line} ${line}`)).toBe(true)
    expect(summary.length).toBeGreaterThan(500)
    expect(summary.length).toBeLessThanOrEqual(SUMMARY_SOURCE_CHARS)
    expect(report.spawnCandidates.map(c => c.id)).toEqual(['SC-01'])
  })

  test('a summary of one line longer than the clip is cut within the line', () => {
    const words = 'shard '.repeat(1600).trim()
    const { report } = parse(`# R\n**Status:** Complete\n## Summary\n${words}\n`)
    expect(report.summary?.startsWith('shard shard')).toBe(true)
    expect(words.length).toBeGreaterThan(SUMMARY_SOURCE_CHARS)
    expect(report.summary?.length).toBeLessThanOrEqual(SUMMARY_SOURCE_CHARS)
  })

  test('Task ID in the header that differs from the file name', () => {
    const { diagnostics } = parse('# R\n**Task ID:** T07\n**Status:** Complete\n', 'T04')
    expect(brief(diagnostics)).toContain("warning 2: Task ID T07 differs from the file name's T04")
  })
})

describe('repeated list labels', () => {
  // 20,000 labels: each used to read the rest of the run, so this took minutes.
  test('each `**Design decisions:**` label reads only its own items', () => {
    const n = 20000
    const body = Array.from({ length: n }, (_, i) => `- **Design decisions:**\n- choice ${i}\n`)
    const { report } = parse(`# R\n**Status:** Complete\n## Notes\n${body.join('')}`)
    expect(report.decisions).toHaveLength(n)
    expect(report.decisions[0]?.title).toBe('choice 0')
    expect(report.decisions[n - 1]?.title).toBe(`choice ${n - 1}`)
  })

  test('a label nested deeper than the first stays one of its items', () => {
    const { report } = parse(
      '# R\n**Status:** Complete\n## Notes\n- **Design decisions:**\n  - **Storage:**\n  - keep rows\n'
    )
    expect(report.decisions.map(d => d.title)).toEqual(['Storage:', 'keep rows'])
  })
})
