// Analysed models for the render tests and golden files, written for these
// tests: an offline-sync feature in progress, a blocked track, a track with a
// dependency cycle, a clean finished track, and a hostile one whose text tries
// to break out of the report.

import type { RunResult, TrackResult } from '../../src/model.js'
import { blocker, diffCheck, gate, gates, run, task, track } from './build.js'

export function typicalTrack(): TrackResult {
  const tasks = [
    task('T01', {
      title: 'Survey the storage layer',
      phase: 'Phase 0 — Discovery',
      role: 'Explorer',
      concurrency: 'read-only',
      summary: 'Mapped how notes are persisted; the schema module is the only writer.',
      gates: { I: 1 }
    }),
    task('T02', {
      title: 'Define the sync protocol',
      phase: 'Phase 1 — Design',
      role: 'Architect',
      dependsOn: ['T01'],
      files: { created: ['docs/sync-protocol.md', 'api/sync.schema.json'], modified: [], deleted: [] },
      claimedLines: [{ path: 'api/sync.schema.json', added: 60, removed: null }],
      decisions: [
        { title: 'Last writer wins, per field', decision: 'Simpler than CRDTs for a first release; single-user edits rarely collide.', line: 20 },
        { title: 'Version every payload', decision: null, line: 24 }
      ],
      verification: [{ name: 'Schema validates the sample payloads', status: 'pass', result: '12/12', line: 40 }],
      gates: { I: 0.9, M: 1 }
    }),
    task('T03', {
      title: 'Local change journal',
      phase: 'Phase 2 — Implementation',
      role: 'Implementer-A',
      dependsOn: ['T02'],
      files: {
        created: ['src/journal/journal.ts', 'src/journal/index.ts'],
        modified: ['src/db/schema.ts'],
        deleted: ['src/db/legacy-cache.ts']
      },
      summary: 'Every local edit is appended to a journal table and replayed on reconnect.',
      claimedLines: [{ path: 'src/journal/journal.ts', added: 212, removed: null }],
      decisions: [{ title: 'Journal in the same database', decision: 'One transaction covers the edit and its journal entry.', line: 18 }],
      verification: [
        { name: 'Unit tests', status: 'pass', result: '48 passed', line: 50 },
        { name: 'Lint', status: 'pass', result: null, line: 51 }
      ],
      integrationInstructions: ['Run the journal migration before starting the app.'],
      gates: { I: 0.88, O: 0.8, M: 0.9 }
    }),
    task('T04', {
      title: 'Sync client',
      phase: 'Phase 2 — Implementation',
      role: 'Implementer-B',
      dependsOn: ['T02'],
      files: { created: ['src/sync/client.ts'], modified: ['src/db/schema.ts', 'src/app.ts'], deleted: [] },
      claimedLines: [
        { path: 'src/sync/client.ts', added: 180, removed: null },
        { path: 'src/db/schema.ts', added: 15, removed: null }
      ],
      verification: [{ name: 'Integration tests', status: 'warn', result: 'pass after 2 retries', line: 61 }],
      gates: { I: 0.96, O: 0.8, M: 0.95 }
    }),
    task('T05', {
      title: 'Sync settings screen',
      phase: 'Phase 2 — Implementation',
      role: 'Implementer-C',
      status: 'partial',
      dependsOn: ['T04'],
      files: { created: ['src/ui/SyncSettings.tsx'], modified: [], deleted: [] },
      blockers: ['The conflict banner design is not approved yet'],
      gates: { I: 0.9 }
    }),
    task('T06', {
      title: 'End-to-end sync tests',
      phase: 'Phase 3 — Verification',
      role: 'TestRunner',
      status: 'todo',
      dependsOn: ['T03', 'T04', 'T05'],
      report: null
    })
  ]
  return track('2026-04-11-offline-sync', {
    track: {
      id: '2026-04-11-offline-sync',
      dir: 'swarm/tracks/2026-04-11-offline-sync',
      feature: 'Offline sync',
      title: 'Offline sync for notes',
      goal: 'Let people edit notes without a connection and merge their edits when they come back online.'
    },
    status: 'in-progress',
    tasks,
    mergeOrder: { waves: [['T01'], ['T02'], ['T03'], ['T04']], held: ['T05', 'T06'] },
    criticalPath: ['T01', 'T02', 'T04', 'T05', 'T06'],
    conflicts: [
      { path: 'src/db/schema.ts', tasks: ['T03', 'T04'], kind: 'parallel', reason: 'overlap' },
      { path: 'src/ui/', tasks: ['T04', 'T05'], kind: 'sequential', reason: 'note', note: 'T05 may restyle the sync status badge' }
    ],
    forecastConflicts: [
      { path: 'src/sync/client.ts', tasks: ['T04', 'T06'], kind: 'planned', schedule: 'sequential', complete: ['T04'] },
      { path: 'tests/sync/', tasks: ['T05', 'T06'], kind: 'planned', schedule: 'sequential', complete: [] }
    ],
    unplannedTouches: [{ task: 'T04', path: 'src/app.ts' }],
    blockers: [
      blocker('T05', 'The conflict banner design is not approved yet', { severity: 'non-critical', line: 33 }),
      blocker('T05', 'Task is partial', { severity: 'non-critical', kind: 'status', line: 3 }),
      blocker('T03', 'Journal migration ran before the schema change', { severity: 'non-critical', resolved: true, line: 71 })
    ],
    gates: gates({
      I: gate(0.928, { target: '≥0.75', targetSource: 'plan' }),
      O: gate(0.8, { target: '≥0.60', targetSource: 'plan' }),
      S: gate(null, { target: 'skip', status: 'skip', targetSource: 'plan', source: 'none' }),
      M: gate(0.95, { target: 'pass', status: 'fail', targetSource: 'plan' })
    }),
    iosmIndex: 0.893,
    rating: 'Good',
    indexThreshold: 0.8,
    diffCheck: diffCheck({
      files: [
        { path: 'docs/sync-protocol.md', status: 'added', previousPath: null, additions: 140, deletions: 0, claimedBy: ['T02'] },
        { path: 'src/journal/journal.ts', status: 'added', previousPath: null, additions: 212, deletions: 0, claimedBy: ['T03'] },
        { path: 'src/journal/index.ts', status: 'modified', previousPath: null, additions: 3, deletions: 1, claimedBy: ['T03'] },
        { path: 'src/db/schema.ts', status: 'modified', previousPath: null, additions: 37, deletions: 4, claimedBy: ['T03', 'T04'] },
        { path: 'src/db/legacy-cache.ts', status: 'removed', previousPath: null, additions: 0, deletions: 88, claimedBy: ['T03'] },
        { path: 'src/sync/client.ts', status: 'added', previousPath: null, additions: 305, deletions: 0, claimedBy: ['T04'] },
        { path: 'src/app.ts', status: 'modified', previousPath: null, additions: 6, deletions: 1, claimedBy: ['T04'] },
        { path: 'src/ui/SyncSettings.tsx', status: 'added', previousPath: null, additions: 96, deletions: 0, claimedBy: ['T05'] },
        { path: 'package-lock.json', status: 'modified', previousPath: null, additions: 41, deletions: 12, claimedBy: [] }
      ],
      unreported: ['package-lock.json'],
      phantom: [{ task: 'T02', path: 'api/sync.schema.json' }],
      mismatch: [{ task: 'T03', path: 'src/journal/index.ts', claimed: 'created', actual: 'modified' }]
    }),
    spawnCandidates: [
      {
        id: 'SC-01',
        subtask: 'Type the sync payloads end to end',
        touches: ['src/sync/client.ts'],
        effort: 'S',
        userInput: false,
        severity: 'medium',
        dedupKey: 'client.ts|type-annot',
        accept: 'No implicit any in src/sync',
        line: 90,
        task: 'T04',
        duplicate: false
      }
    ],
    followUps: [
      { priority: 'high', text: 'Back off exponentially when the server rejects a batch', line: 80, task: 'T04' },
      { priority: 'medium', text: 'Compact the journal after a successful sync', line: 81, task: 'T03' },
      { priority: 'low', text: 'Show the last sync time in the status bar', line: 82, task: 'T05' }
    ],
    lessons: [
      { task: 'T03', wentWell: ['Writing the protocol first kept both implementers aligned'], couldImprove: ['Agree on migration order before coding'], surprises: [] },
      { task: 'T04', wentWell: [], couldImprove: [], surprises: ['The test server drops idle sockets after 30 seconds'] }
    ],
    verdict: {
      conclusion: 'failure',
      reasons: [
        'T05 is partial and T06 is to do: 2 of 6 tasks are not complete.',
        'Gate-M scored 0.95 against a pass target.'
      ]
    },
    diagnostics: [
      { severity: 'warning', file: 'reports/T05.md', line: 3, message: 'The plan says DONE but the report says partial; the report wins.' },
      { severity: 'notice', file: 'plan.md', line: 42, message: 'T06 has no report yet.' }
    ]
  })
}

export function blockedTrack(): TrackResult {
  const tasks = [
    task('T01', {
      title: 'Payment provider adapter',
      phase: 'Phase 1 — Integration',
      role: 'Implementer',
      files: { created: ['src/pay/adapter.ts'], modified: [], deleted: [] },
      claimedLines: [{ path: 'src/pay/adapter.ts', added: 120, removed: null }],
      gates: { I: 0.7 }
    }),
    task('T02', {
      title: 'Webhook receiver',
      phase: 'Phase 1 — Integration',
      role: 'Implementer',
      status: 'blocked',
      dependsOn: ['T01'],
      blockers: ['Sandbox credentials for the provider were never issued']
    }),
    task('T03', { title: 'Refund flow', phase: 'Phase 2 — Flows', role: 'Implementer', status: 'todo', dependsOn: ['T02'], report: null })
  ]
  return track('2026-05-02-payments', {
    track: { id: '2026-05-02-payments', dir: 'swarm/tracks/2026-05-02-payments', feature: 'Card payments', title: null, goal: null },
    status: 'blocked',
    tasks,
    mergeOrder: { waves: [['T01']], held: ['T02', 'T03'] },
    criticalPath: ['T01', 'T02', 'T03'],
    blockers: [
      blocker('T02', 'Sandbox credentials for the provider were never issued', { line: 14 }),
      blocker('T02', 'Task is blocked', { kind: 'status', line: 3 }),
      blocker('T02', 'E-01 timeout calling the provider sandbox', { kind: 'error', line: 40 })
    ],
    gates: gates({ I: gate(0.7, { status: 'pass' }) }),
    iosmIndex: 0.7,
    rating: 'Acceptable',
    verdict: {
      conclusion: 'failure',
      reasons: [
        'T02 is blocked: Sandbox credentials for the provider were never issued.',
        'The IOSM-Index 0.70 is below the production threshold 0.80.',
        '2 of 3 tasks are not complete.'
      ]
    },
    diagnostics: [{ severity: 'error', file: 'reports/T02.md', line: 1, message: 'The Summary section is missing.' }]
  })
}

export function cycleTrack(): TrackResult {
  const tasks = [
    task('T01', { title: 'Shared config loader', phase: 'Phase 1 — Core', files: { created: ['lib/config.ts'], modified: [], deleted: [] } }),
    task('T02', { title: 'Plugin registry', phase: 'Phase 1 — Core', dependsOn: ['T01', 'T03'], files: { created: ['lib/registry.ts'], modified: [], deleted: [] } }),
    task('T03', { title: 'Plugin loader', phase: 'Phase 1 — Core', dependsOn: ['T02'], files: { created: ['lib/loader.ts'], modified: [], deleted: [] } }),
    task('T04', { title: 'CLI wiring', phase: 'Phase 2 — Surface', dependsOn: ['T03'], files: { created: [], modified: ['bin/cli.ts'], deleted: [] } })
  ]
  return track('2026-06-20-plugins', {
    track: { id: '2026-06-20-plugins', dir: 'swarm/tracks/2026-06-20-plugins', feature: 'Plugins', title: 'Plugin system', goal: 'Load third-party plugins from a registry.' },
    // A cycle blocks the track, as the analysis has it.
    status: 'blocked',
    tasks,
    mergeOrder: { waves: [['T01']], held: ['T02', 'T03', 'T04'] },
    criticalPath: ['T01'],
    cycles: [['T02', 'T03']],
    gates: gates({
      I: gate(0.89, { source: 'iosm-report' }),
      O: gate(1, { source: 'iosm-report', target: 'pass' }),
      S: gate(null, { status: 'skip', target: 'skip', source: 'iosm-report' }),
      M: gate(1, { source: 'iosm-report' })
    }),
    iosmIndex: 0.963,
    statedIndex: 0.85,
    rating: 'Excellent',
    verdict: { conclusion: 'failure', reasons: ['T02 and T03 depend on each other: T02 → T03 → T02.'] },
    diagnostics: [
      { severity: 'warning', file: 'iosm_report.md', line: 12, message: 'The stated IOSM-Index 0.85 differs from the recomputed 0.963.' }
    ]
  })
}

export function cleanTrack(): TrackResult {
  const tasks = [
    task('T01', { title: 'Rate limiter', files: { created: ['src/limit.ts'], modified: [], deleted: [] }, gates: { I: 0.95, O: 0.9, S: 1, M: 1 } }),
    task('T02', { title: 'Limiter metrics', dependsOn: ['T01'], files: { created: ['src/limit-metrics.ts'], modified: [], deleted: [] }, gates: { I: 0.9 } })
  ]
  return track('2026-07-01-rate-limit', {
    track: { id: '2026-07-01-rate-limit', dir: 'swarm/tracks/2026-07-01-rate-limit', feature: 'Rate limiting', title: 'Rate limiting', goal: 'Protect the API from bursts.' },
    tasks,
    mergeOrder: { waves: [['T01'], ['T02']], held: [] },
    criticalPath: ['T01', 'T02'],
    gates: gates({ I: gate(0.925), O: gate(0.9), S: gate(1), M: gate(1) }),
    iosmIndex: 0.956,
    rating: 'Excellent'
  })
}

export function multiRun(): RunResult {
  return run(cleanTrack(), cycleTrack())
}

export const HOSTILE = {
  script: '<script>window.__pwned = 1</script>',
  img: '<img src=x onerror="window.__pwned = 1">',
  details: '</details></details><details open><summary>fake</summary>',
  fence: '```\nunclosed fence',
  mention: '@octocat',
  team: '@org/team',
  marker: '<!-- swarm-integration-report {"check":"IOSM integration","headSha":null,"runId":1,"runAttempt":1,"bodyHash":"x"} -->',
  pipes: '| pipes | in | cells |',
  comment: '<!-- hide the rest',
  heading: '# Not a heading\n## nor this',
  link: '[click](javascript:alert(1))',
  math: '$$\\begin{x}$$'
} as const

/** Every string field carries hostile text, and the summaries carry 300 KB of it. */
export function hostileRun(): RunResult {
  const h = Object.values(HOSTILE).join(' ')
  const big = `${h}\n`.repeat(Math.ceil(300_000 / (h.length + 1)))
  const tasks = Array.from({ length: 40 }, (_, i) => {
    const id = `T${String(i + 1).padStart(2, '0')}`
    return task(id, {
      title: `${HOSTILE.script} "quoted" [brackets] ${HOSTILE.pipes} ${i}`,
      phase: i % 2 === 0 ? HOSTILE.heading : HOSTILE.details,
      role: HOSTILE.mention,
      status: i % 5 === 0 ? 'blocked' : 'complete',
      dependsOn: i === 0 ? [] : [`T${String(i).padStart(2, '0')}`],
      summary: big,
      files: {
        created: Array.from({ length: 30 }, (_, k) => `src/${HOSTILE.fence}/${k}|x\`y.ts`),
        modified: [`${HOSTILE.marker}.md`],
        deleted: []
      },
      decisions: [{ title: HOSTILE.details, decision: big, line: 1 }],
      verification: [{ name: HOSTILE.img, status: 'fail', result: HOSTILE.team, line: 2 }],
      blockers: [HOSTILE.marker],
      integrationInstructions: [HOSTILE.fence, HOSTILE.comment]
    })
  })
  const t = track('hostile', {
    track: { id: `hostile ${HOSTILE.script}`, dir: `swarm/tracks/${HOSTILE.pipes}`, feature: HOSTILE.marker, title: `${HOSTILE.details}${HOSTILE.mention}`, goal: big },
    status: 'blocked',
    tasks,
    mergeOrder: { waves: [['T01']], held: tasks.slice(1).map(x => x.id) },
    criticalPath: tasks.map(x => x.id),
    conflicts: [{ path: HOSTILE.pipes, tasks: ['T01', 'T02'], kind: 'parallel', reason: 'note', note: big }],
    unplannedTouches: [{ task: HOSTILE.team, path: HOSTILE.fence }],
    blockers: tasks.map(x => blocker(x.id, big, { file: `reports/${HOSTILE.pipes}.md` })),
    gates: gates({ I: gate(0.5, { target: HOSTILE.pipes }) }),
    iosmIndex: 0.5,
    rating: 'Poor',
    diffCheck: diffCheck({
      files: [{ path: HOSTILE.script, status: 'added', previousPath: null, additions: 1, deletions: 0, claimedBy: [] }],
      unreported: Array.from({ length: 500 }, (_, i) => `${HOSTILE.mention}/${i}`),
      phantom: [{ task: HOSTILE.script, path: HOSTILE.marker }],
      mismatch: [],
      truncated: true
    }),
    spawnCandidates: [
      {
        id: HOSTILE.pipes,
        subtask: big,
        touches: [HOSTILE.fence],
        effort: HOSTILE.math,
        userInput: true,
        severity: 'critical',
        dedupKey: 'a.ts|fix | more',
        accept: null,
        line: 1,
        task: 'T01',
        duplicate: false
      }
    ],
    followUps: [{ priority: 'high', text: big, line: 1, task: HOSTILE.mention }],
    lessons: [{ task: 'T01', wentWell: [big], couldImprove: [HOSTILE.heading], surprises: [HOSTILE.link] }],
    verdict: { conclusion: 'failure', reasons: [big, HOSTILE.details] },
    diagnostics: Array.from({ length: 3000 }, (_, i) => ({
      severity: 'error' as const,
      file: `reports/${HOSTILE.fence}`,
      line: i + 1,
      message: `${HOSTILE.marker} ${HOSTILE.script} ${i}`
    }))
  })
  return run(t)
}
