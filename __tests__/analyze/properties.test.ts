import fc from 'fast-check'
import { analyzeTrack } from '../../src/analyze/index.js'
import { overlaps } from '../../src/paths.js'
import {
  changed,
  claims,
  iosm,
  options,
  plan,
  planTask,
  report,
  target,
  track
} from '../../__fixtures__/analyze/builders.js'
import type {
  AnalyzeOptions,
  ChangedFiles,
  ConcurrencyClass,
  FailOn,
  GateKey,
  ParsedTrack,
  PlanTask,
  Report,
  TaskRef,
  TaskResult,
  TaskStatus,
  TrackResult
} from '../../src/model.js'

const IDS = ['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T-AUTO-1']
const REFS = [...IDS, 'T99', 'X']
const PATHS = [
  'a.ts',
  'app.py',
  'src/',
  'src/x.ts',
  'src/y/',
  'src/y/z.ts',
  'docs/',
  'docs/readme.md',
  'srcx/q.ts'
]
const STATUSES: TaskStatus[] = [
  'complete',
  'complete',
  'partial',
  'blocked',
  'in-progress',
  'todo',
  'unknown'
]
const CLASSES: ConcurrencyClass[] = ['read-only', 'write-local', 'write-local', 'write-shared']
const FAIL_ON: FailOn[] = ['blockers', 'gates', 'cycles', 'incomplete', 'conflicts', 'unreported']

const refs: fc.Arbitrary<TaskRef[]> = fc.array(
  fc
    .record({
      id: fc.constantFrom(...REFS),
      said: fc.constantFrom(
        { note: '', paths: [] },
        { note: 'same `src/x.ts`', paths: ['src/x.ts'] }
      ),
      line: fc.nat(50)
    })
    .map(({ id, said, line }) => ({ id, line, note: said.note, paths: [...said.paths] })),
  { maxLength: 2 }
)

const planTaskArb = (id: string): fc.Arbitrary<PlanTask> =>
  fc
    .record({
      dependsOn: fc.uniqueArray(fc.constantFrom(...REFS), { maxLength: 3 }),
      phaseNumber: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
      phases: fc.array(
        fc.record({ from: fc.integer({ min: 0, max: 4 }), to: fc.integer({ min: 0, max: 4 }) }),
        {
          maxLength: 1
        }
      ),
      touches: fc.uniqueArray(fc.constantFrom(...PATHS), { maxLength: 3 }),
      concurrency: fc.constantFrom(...CLASSES),
      effort: fc.constantFrom('S', 'M (2-4 hours)', '90min', null, 'soon'),
      status: fc.option(fc.constantFrom(...STATUSES), { nil: null }),
      checked: fc.boolean(),
      checks: fc.subarray<GateKey>(['I', 'O', 'S', 'M']),
      line: fc.integer({ min: 1, max: 300 })
    })
    .map(r =>
      planTask(id, {
        dependsOn: r.dependsOn,
        phaseNumber: r.phaseNumber,
        dependsOnPhases: r.phases,
        touches: r.touches,
        concurrency: r.concurrency,
        effort: r.effort,
        status: r.status,
        statusText: r.status ? r.status.toUpperCase() : null,
        checked: r.checked,
        iosmChecks: r.checks,
        line: r.line
      })
    )

const reportArb = (id: string): fc.Arbitrary<Report> =>
  fc
    .record({
      status: fc.constantFrom(...STATUSES),
      created: fc.uniqueArray(fc.constantFrom(...PATHS), { maxLength: 3 }),
      modified: fc.uniqueArray(fc.constantFrom(...PATHS), { maxLength: 2 }),
      touched: fc.uniqueArray(fc.constantFrom(...PATHS), { maxLength: 2 }),
      dependsOn: refs,
      blocks: refs,
      mayConflictWith: refs,
      gates: fc.dictionary(
        fc.constantFrom('I', 'O', 'S', 'M'),
        fc.double({ min: -0.5, max: 1.5, noNaN: true }),
        {
          maxKeys: 4
        }
      ),
      blocked: fc.boolean(),
      partialFile: fc.boolean()
    })
    .map(r =>
      report(id, {
        status: r.status,
        partialFile: r.partialFile,
        file: r.partialFile ? `reports/${id}-partial.md` : `reports/${id}.md`,
        files: {
          created: claims(...r.created),
          modified: claims(...r.modified),
          deleted: [],
          touched: claims(...r.touched)
        },
        dependsOn: r.dependsOn,
        blocks: r.blocks,
        mayConflictWith: r.mayConflictWith,
        gates: Object.fromEntries(
          Object.entries(r.gates).map(([g, score]) => [g, { score, source: 'score', line: 3 }])
        ),
        blockers: r.blocked ? [{ title: 'Stuck', description: '', line: 9, resolved: false }] : []
      })
    )

/** A track over a random subset of ids; `duplicates` lets the plan repeat ids. */
const trackArb = (duplicates: boolean): fc.Arbitrary<ParsedTrack> =>
  fc
    .record({
      planIds: duplicates
        ? fc.array(fc.constantFrom(...IDS), { maxLength: 10 })
        : fc.uniqueArray(fc.constantFrom(...IDS), { maxLength: 10 }),
      reportIds: fc.uniqueArray(fc.constantFrom(...IDS), { maxLength: 8 }),
      hasPlan: fc.boolean(),
      scores: fc.option(
        fc.dictionary(
          fc.constantFrom('I', 'O', 'S', 'M'),
          fc.oneof(fc.constant<'skip'>('skip'), fc.double({ min: 0, max: 1, noNaN: true }))
        ),
        { nil: null }
      ),
      stated: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
      targets: fc.dictionary(
        fc.constantFrom('I', 'O', 'S', 'M'),
        fc.constantFrom('≥0.75', 'pass', 'N/A', '0.9')
      )
    })
    .chain(r =>
      fc
        .tuple(fc.tuple(...r.planIds.map(planTaskArb)), fc.tuple(...r.reportIds.map(reportArb)))
        .map(([planTasks, reports]) =>
          track({
            plan: r.hasPlan
              ? plan(planTasks, {
                  gateTargets: Object.fromEntries(
                    Object.entries(r.targets).map(([g, raw]) => [g, target(g as GateKey, raw)])
                  )
                })
              : null,
            reports,
            iosm: r.scores
              ? iosm(r.scores as Partial<Record<GateKey, number | 'skip'>>, r.stated)
              : null
          })
        )
    )

const optionsArb: fc.Arbitrary<AnalyzeOptions> = fc.record({
  failOn: fc.subarray(FAIL_ON),
  profile: fc.constantFrom('production', 'experimental', 'hotfix', 'prototype'),
  indexThreshold: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
  naPolicy: fc.constantFrom('exclude', 'zero', 'strict')
})

const changedArb: fc.Arbitrary<ChangedFiles | null> = fc.option(
  fc
    .record({
      files: fc.uniqueArray(
        fc.record({
          path: fc.constantFrom(
            'a.ts',
            'src/x.ts',
            'src/y/z.ts',
            'other.md',
            'swarm/tracks/sample/reports/T1.md'
          ),
          status: fc.constantFrom('added', 'modified', 'removed', 'renamed', 'unchanged'),
          previousPath: fc.option(fc.constantFrom('app.py', 'old.ts'), { nil: null })
        }),
        { selector: f => f.path, maxLength: 5 }
      ),
      truncated: fc.boolean()
    })
    .map(c => changed(c.files, c.truncated)),
  { nil: null }
)

const filesOf = (t: TaskResult): string[] => [
  ...t.files.created,
  ...t.files.modified,
  ...t.files.deleted,
  ...t.touched
]

const byId = (r: TrackResult): TrackResult => ({
  ...r,
  tasks: [...r.tasks].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
})

describe('analysis properties', () => {
  it('never throws, on any graph, options or diff', () => {
    fc.assert(
      fc.property(trackArb(true), optionsArb, changedArb, (parsed, opts, diff) => {
        const r = analyzeTrack(parsed, opts, diff)
        expect(r.verdict.conclusion === 'failure').toBe(r.verdict.reasons.length > 0)
      }),
      { numRuns: 300 }
    )
  })

  it('puts every task in exactly one wave or in held, waves after all their dependencies', () => {
    fc.assert(
      fc.property(trackArb(true), parsed => {
        const r = analyzeTrack(parsed, options(), null)
        const wave = new Map<string, number>()
        r.mergeOrder.waves.forEach((w, i) => w.forEach(id => wave.set(id, i)))
        const scheduled = [...r.mergeOrder.waves.flat(), ...r.mergeOrder.held].sort()
        expect(scheduled).toEqual(r.tasks.map(t => t.id).sort())
        const cyclic = new Set(r.cycles.flat())
        for (const t of r.tasks) {
          const w = wave.get(t.id)
          if (w === undefined) continue
          expect(t.status).toBe('complete')
          expect(cyclic.has(t.id)).toBe(false)
          for (const d of t.dependsOn) expect(wave.get(d) ?? Infinity).toBeLessThan(w)
        }
      }),
      { numRuns: 300 }
    )
  })

  it('never lets two tasks of one wave overlap on a path; write-shared tasks are alone', () => {
    fc.assert(
      fc.property(trackArb(false), parsed => {
        const r = analyzeTrack(parsed, options(), null)
        const task = new Map(r.tasks.map(t => [t.id, t]))
        for (const w of r.mergeOrder.waves) {
          const members = w.map(id => task.get(id) as TaskResult)
          if (members.some(t => t.concurrency === 'write-shared')) expect(members).toHaveLength(1)
          for (let i = 0; i < members.length; i++)
            for (let j = i + 1; j < members.length; j++)
              for (const p of filesOf(members[i] as TaskResult))
                for (const q of filesOf(members[j] as TaskResult))
                  expect(overlaps(p, q)).toBe(false)
        }
      }),
      { numRuns: 300 }
    )
  })

  it('gives a critical path that is a dependency chain', () => {
    fc.assert(
      fc.property(trackArb(true), parsed => {
        const r = analyzeTrack(parsed, options(), null)
        const deps = new Map(r.tasks.map(t => [t.id, t.dependsOn]))
        for (let i = 1; i < r.criticalPath.length; i++) {
          expect(deps.get(r.criticalPath[i] as string)).toContain(r.criticalPath[i - 1])
        }
      }),
      { numRuns: 200 }
    )
  })

  it('gives the same result under any order of plan tasks and reports', () => {
    const shuffled = trackArb(false).chain(parsed => {
      const tasks = parsed.plan?.tasks ?? []
      return fc.tuple(
        fc.constant(parsed),
        fc.shuffledSubarray(tasks, { minLength: tasks.length, maxLength: tasks.length }),
        fc.shuffledSubarray(parsed.reports, {
          minLength: parsed.reports.length,
          maxLength: parsed.reports.length
        })
      )
    })
    fc.assert(
      fc.property(shuffled, optionsArb, changedArb, ([parsed, tasks, reports], opts, diff) => {
        const again: ParsedTrack = {
          ...parsed,
          plan: parsed.plan ? { ...parsed.plan, tasks } : null,
          reports
        }
        expect(byId(analyzeTrack(again, opts, diff))).toEqual(
          byId(analyzeTrack(parsed, opts, diff))
        )
        // Reports alone do not change even the task order.
        const reportsOnly: ParsedTrack = { ...parsed, reports }
        expect(analyzeTrack(reportsOnly, opts, diff)).toEqual(analyzeTrack(parsed, opts, diff))
      }),
      { numRuns: 300 }
    )
  })
})
