// Small typed builders for the analysis tests: a parsed track as the parser
// would hand it over, written by hand so the tests do not depend on parsing.

import type {
  AnalyzeOptions,
  ChangedFile,
  ChangedFiles,
  FileClaim,
  GateKey,
  GateTarget,
  IosmReport,
  ParsedTrack,
  Plan,
  PlanTask,
  Report,
  TaskGateValue
} from '../../src/model.js'
import { DEFAULT_FAIL_ON } from '../../src/model.js'
import { emptyReport } from '../../src/parse/report.js'

export function planTask(id: string, over: Partial<PlanTask> = {}): PlanTask {
  return {
    id,
    title: `Task ${id}`,
    line: 10,
    phase: null,
    phaseNumber: null,
    stream: null,
    checked: false,
    fields: {},
    ownerRole: null,
    dependsOn: [],
    dependsOnPhases: [],
    dependsOnLine: null,
    touches: [],
    concurrency: 'write-local',
    effort: 'M',
    status: 'todo',
    statusText: 'TODO',
    iosmChecks: [],
    needsUserInput: false,
    severity: null,
    acceptance: [],
    ...over
  }
}

export function plan(tasks: PlanTask[], over: Partial<Plan> = {}): Plan {
  return {
    file: 'plan.md',
    title: 'Implementation Plan — sample',
    feature: 'Sample feature',
    trackHeader: null,
    created: null,
    statusText: null,
    goal: null,
    complexity: null,
    phases: [],
    tasks,
    gateTargets: {},
    ...over
  }
}

export function claims(...paths: string[]): FileClaim[] {
  return paths.map((path, i) => ({ path, line: 20 + i, linesAdded: null, linesRemoved: null, note: null }))
}

export function report(taskId: string, over: Partial<Report> = {}): Report {
  // The parser's empty report, filled in as a complete one.
  return {
    ...emptyReport(`reports/${taskId}.md`, taskId, false),
    status: 'complete',
    statusText: 'DONE',
    statusLine: 4,
    ...over
  }
}

export function gateValue(score: number, line = 30): TaskGateValue {
  return { score, source: 'score', line }
}

export function target(gate: GateKey, raw: string, source: 'plan' | 'prd' = 'plan'): GateTarget {
  const numeric = /^\s*(?:≥|>=|>)?\s*(\d*\.?\d+)\s*$/.exec(raw)
  const skip = /^\s*(?:n\/a|-|skip)\b/i.test(raw)
  return {
    gate,
    raw,
    kind: numeric ? 'numeric' : skip ? 'skip' : 'binary',
    threshold: numeric ? Number(numeric[1]) : null,
    source,
    file: source === 'plan' ? 'plan.md' : 'PRD.md',
    line: 5
  }
}

export function iosm(
  gates: Partial<Record<GateKey, number | 'skip'>>,
  statedIndex: number | null = null
): IosmReport {
  const out: IosmReport = { file: 'iosm_report.md', gates: {}, statedIndex: null }
  for (const [g, v] of Object.entries(gates) as Array<[GateKey, number | 'skip']>) {
    out.gates[g] =
      v === 'skip'
        ? { score: null, skipped: true, raw: 'N/A', line: 40 }
        : { score: v, skipped: false, raw: String(v), line: 40 }
  }
  if (statedIndex !== null) out.statedIndex = { value: statedIndex, line: 7 }
  return out
}

export function track(over: Partial<ParsedTrack> = {}): ParsedTrack {
  return {
    id: 'sample',
    dir: 'swarm/tracks/sample',
    plan: null,
    prdTargets: {},
    reports: [],
    iosm: null,
    diagnostics: [],
    ...over
  }
}

export function options(over: Partial<AnalyzeOptions> = {}): AnalyzeOptions {
  return {
    failOn: DEFAULT_FAIL_ON,
    profile: 'production',
    indexThreshold: null,
    naPolicy: 'exclude',
    ...over
  }
}

export function changed(files: Array<Partial<ChangedFile> & { path: string }>, truncated = false): ChangedFiles {
  return {
    files: files.map(f => ({
      status: 'modified',
      previousPath: null,
      additions: 1,
      deletions: 0,
      ...f
    })),
    truncated,
    source: 'test'
  }
}

/**
 * A caching feature in six tasks, shaped like the project's demo track: an
 * analysis task, a design task marked done without a report, an
 * implementation task whose plan status lags its report, three open tasks.
 */
export function cachingTrack(): ParsedTrack {
  const phase = (n: number, name: string): Pick<PlanTask, 'phase' | 'phaseNumber'> => ({
    phase: `Phase ${n} — ${name}`,
    phaseNumber: n
  })
  const tasks = [
    planTask('T01', {
      title: 'Profile the slow endpoints',
      line: 30,
      ...phase(0, 'Discovery'),
      checked: true,
      concurrency: 'read-only',
      effort: 'S (1 hour)',
      status: 'complete',
      statusText: 'DONE'
    }),
    planTask('T02', {
      title: 'Choose a cache design',
      line: 45,
      ...phase(1, 'Design'),
      checked: true,
      dependsOn: ['T01'],
      touches: ['docs/cache-design.md'],
      effort: 'M (2 hours)',
      status: 'complete',
      statusText: 'DONE',
      iosmChecks: ['I', 'M']
    }),
    planTask('T03', {
      title: 'Build the cache layer',
      line: 60,
      ...phase(2, 'Build'),
      dependsOn: ['T02'],
      touches: ['server/core/cache.py', 'server/core/__init__.py'],
      effort: 'M (3 hours)',
      status: 'in-progress',
      statusText: 'DOING',
      iosmChecks: ['I', 'M']
    }),
    planTask('T04', {
      title: 'Cache the charts endpoint',
      line: 75,
      ...phase(2, 'Build'),
      dependsOn: ['T03'],
      touches: ['server/api/charts.py', 'tests/test_charts.py'],
      effort: 'M (2 hours)',
      iosmChecks: ['O']
    }),
    planTask('T05', {
      title: 'Cache the forecast endpoint',
      line: 90,
      ...phase(2, 'Build'),
      dependsOn: ['T03'],
      touches: ['server/api/forecast.py', 'tests/test_forecast.py'],
      effort: 'M (2 hours)',
      iosmChecks: ['O']
    }),
    planTask('T06', {
      title: 'End-to-end checks',
      line: 105,
      ...phase(3, 'Verify'),
      dependsOn: ['T04', 'T05'],
      touches: ['tests/e2e/', 'results.xml'],
      effort: 'M (2 hours)',
      iosmChecks: ['O']
    })
  ]
  return track({
    id: 'caching',
    dir: 'swarm/tracks/caching',
    plan: plan(tasks, {
      title: 'Implementation Plan — caching',
      feature: 'Response caching',
      gateTargets: {
        I: target('I', '≥0.75'),
        M: target('M', 'pass'),
        O: target('O', 'tests pass'),
        S: target('S', 'N/A')
      }
    }),
    reports: [
      report('T01', { title: 'Profile the slow endpoints', statusText: 'DONE ✅' }),
      report('T03', {
        title: 'Cache client wrapper',
        statusText: 'DONE ✅',
        statusLine: 5,
        files: {
          created: claims('server/core/cache.py', 'server/tests/test_cache.py'),
          modified: claims('server/app.py'),
          deleted: [],
          touched: []
        },
        gates: { I: gateValue(0.89), M: gateValue(1) }
      })
    ],
    iosm: iosm({ I: 0.89, O: 1, M: 1, S: 'skip' }, 0.85)
  })
}
