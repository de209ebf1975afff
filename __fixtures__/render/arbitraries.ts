// fast-check generators of analysed models. They need not be consistent (a
// wave may name an unknown id, a cycle may be no cycle): the renderer has to
// cope with whatever the analysis hands it.

import fc from 'fast-check'
import type { Diagnostic, RunResult, TaskResult, TaskStatus, TrackResult } from '../../src/model.js'
import { blocker, diffCheck, gate, gates, task, track } from './build.js'

const FRAGMENTS = [
  '"', "'", '[', ']', '(', ')', '{', '}', '|', '<', '>', '&', '`', '```', '~~~', '\n', '\r\n', '\u2028', '\t',
  '@octocat', '@org/team', '#12', '😀', '✅', 'é', '中', '\u200d', '\u202e', '\\', '*', '_', '$', '%%', '%%{init: {}}%%', ';', ':::',
  '</details>', '<details>', '<summary>', '<!--', '-->', '<script>', '#quot;', '#35;', 'end', 'subgraph', 'graph TD',
  'click', 'style', 'classDef', '-->', '==>', '---', '# ', '> ', '- ', '1. ', '    ', ' ', 'a', 'Task', 'x.ts'
]

/** Text built from characters and tokens that mean something to markdown, HTML or Mermaid. */
export const text: fc.Arbitrary<string> = fc.oneof(
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 14 }).map(parts => parts.join('')),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 })
)

/** Sometimes long: the same text repeated, to push documents past their budgets. */
const longText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: text },
  { weight: 1, arbitrary: fc.tuple(text, fc.integer({ min: 50, max: 3000 })).map(([t, n]) => `${t} `.repeat(n)) }
)

const status: fc.Arbitrary<TaskStatus> = fc.constantFrom('complete', 'partial', 'blocked', 'in-progress', 'todo', 'unknown')

const ids: fc.Arbitrary<string[]> = fc.uniqueArray(
  fc.oneof({ weight: 5, arbitrary: fc.integer({ min: 0, max: 120 }).map(n => `T${String(n).padStart(2, '0')}`) }, { weight: 1, arbitrary: text }),
  { maxLength: 14 }
)

function subset<T>(items: readonly T[]): fc.Arbitrary<T[]> {
  return items.length === 0 ? fc.constant([]) : fc.subarray([...items])
}

const taskArb = (id: string, all: readonly string[]): fc.Arbitrary<TaskResult> =>
  fc
    .record({
      title: text,
      phase: fc.option(text),
      role: fc.option(text),
      status,
      dependsOn: subset(all),
      created: fc.array(text, { maxLength: 4 }),
      modified: fc.array(text, { maxLength: 3 }),
      lines: fc.array(fc.tuple(fc.option(fc.nat(5000)), fc.option(fc.nat(5000))), { maxLength: 4 }),
      summary: fc.option(longText),
      decision: fc.option(fc.tuple(text, fc.option(longText))),
      verification: fc.array(fc.tuple(text, fc.constantFrom('pass', 'warn', 'fail', 'unknown' as const), fc.option(text)), { maxLength: 3 }),
      blockers: fc.array(text, { maxLength: 2 }),
      instructions: fc.array(text, { maxLength: 2 })
    })
    .map(r =>
      task(id, {
        title: r.title,
        phase: r.phase,
        role: r.role,
        status: r.status,
        dependsOn: r.dependsOn,
        files: { created: r.created, modified: r.modified, deleted: [] },
        claimedLines: r.created.flatMap((path, i) => {
          const [added, removed] = r.lines[i] ?? [null, null]
          return added === null && removed === null ? [] : [{ path, added, removed }]
        }),
        summary: r.summary,
        decisions: r.decision === null ? [] : [{ title: r.decision[0], decision: r.decision[1], line: 1 }],
        verification: r.verification.map(([name, s, result]) => ({ name, status: s, result, line: 1 })),
        blockers: r.blockers,
        integrationInstructions: r.instructions
      })
    )

const diagnostic: fc.Arbitrary<Diagnostic> = fc.record({
  severity: fc.constantFrom('error', 'warning', 'notice' as const),
  file: text,
  line: fc.integer({ min: 0, max: 500 }),
  message: longText
})

export const trackArb: fc.Arbitrary<TrackResult> = ids.chain(all =>
  fc
    .record({
      tasks: all.length === 0 ? fc.constant<TaskResult[]>([]) : fc.tuple(...all.map(id => taskArb(id, all))).map(list => [...list]),
      waveCut: fc.integer({ min: 0, max: all.length }),
      critical: subset(all),
      cycle: subset(all),
      id: text,
      title: fc.option(text),
      goal: fc.option(longText),
      score: fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
      stated: fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
      target: text,
      conflictPath: fc.option(text),
      blockerTitles: fc.array(fc.tuple(text, fc.boolean(), fc.boolean()), { maxLength: 4 }),
      diagnostics: fc.array(diagnostic, { maxLength: 6 }),
      many: fc.integer({ min: 0, max: 400 }),
      withDiff: fc.boolean(),
      naPolicy: fc.constantFrom('exclude', 'zero', 'strict' as const),
      success: fc.boolean()
    })
    .map(r => {
      const waves = all.slice(0, r.waveCut).map(id => [id])
      const held = all.slice(r.waveCut)
      const diagnostics = [...r.diagnostics, ...Array.from({ length: r.many }, (_, i) => ({ severity: 'warning' as const, file: 'plan.md', line: i + 1, message: `finding ${i}` }))]
      return track(r.id, {
        track: { id: r.id, dir: `swarm/tracks/${r.id}`, feature: r.title, title: r.title, goal: r.goal },
        status: r.success ? 'complete' : 'blocked',
        tasks: r.tasks,
        mergeOrder: { waves, held },
        criticalPath: r.critical,
        cycles: r.cycle.length > 1 ? [r.cycle] : [],
        conflicts:
          r.conflictPath === null ? [] : [{ path: r.conflictPath, tasks: all.slice(0, 2), kind: 'parallel', reason: 'note', note: r.conflictPath }],
        unplannedTouches: r.conflictPath === null ? [] : [{ task: all[0] ?? 'T00', path: r.conflictPath }],
        blockers: r.blockerTitles.map(([title, critical, resolved]) =>
          blocker(all[0] ?? title, title, { severity: critical ? 'critical' : 'non-critical', resolved, file: title })
        ),
        gates: gates({ I: gate(r.score), M: gate(r.score === null ? null : 1 - r.score, { target: r.target }) }),
        iosmIndex: r.score,
        naPolicy: r.naPolicy,
        statedIndex: r.stated,
        rating: r.score === null ? null : 'Good',
        diffCheck: r.withDiff
          ? diffCheck({
              files: r.tasks.flatMap(t => t.files.created).map(p => ({ path: p, status: 'added' as const, previousPath: null, additions: 1, deletions: 0, claimedBy: [] })),
              unreported: r.tasks.flatMap(t => t.files.modified),
              phantom: r.tasks.map(t => ({ task: t.id, path: t.title })),
              truncated: r.success
            })
          : null,
        spawnCandidates: r.tasks.slice(0, 2).map((t, i) => ({
          id: t.title,
          subtask: t.summary ?? t.title,
          touches: t.files.created,
          effort: t.role,
          userInput: null,
          severity: t.phase,
          dedupKey: t.title,
          accept: null,
          line: 1,
          task: t.id,
          duplicate: i === 1
        })),
        followUps: r.tasks.slice(0, 3).map((t, i) => ({ priority: (['high', 'medium', 'low'] as const)[i % 3] ?? 'low', text: t.title, line: 1, task: t.id })),
        lessons: r.tasks.slice(0, 2).map(t => ({ task: t.id, wentWell: [t.title], couldImprove: t.blockers, surprises: [] })),
        verdict: { conclusion: r.success ? 'success' : 'failure', reasons: r.blockerTitles.map(([t]) => t) },
        diagnostics
      })
    })
)

export const runArb: fc.Arbitrary<RunResult> = fc.array(trackArb, { minLength: 0, maxLength: 3 }).map(tracks => ({
  schemaVersion: 1,
  conclusion: tracks.some(t => t.verdict.conclusion === 'failure') ? 'failure' : 'success',
  tracks
}))
