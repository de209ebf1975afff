// The analysis of a parsed track: every rule in its own module, put together
// here into the public result (TrackResult, RunResult).

import {
  PROFILE_THRESHOLDS,
  SCHEMA_VERSION,
  type AnalyzeOptions,
  type ChangedFiles,
  type Diagnostic,
  type ParsedTrack,
  type RunResult,
  type TaskResult,
  type TrackResult
} from '../model.js'
import { collectBlockers } from './blockers.js'
import { findConflicts } from './conflicts.js'
import { criticalPath } from './critical-path.js'
import { forecastConflicts } from './forecast.js'
import { checkDiff } from './diff-check.js'
import { splitChangesByTrack } from './run-diff.js'
import { checkDeclaredTotals } from './totals.js'
import { DEFAULT_MINUTES, parseEffort, type Effort } from './effort.js'
import { analyzeGates } from './gates.js'
import { buildGraph } from './graph.js'
import { idOrder, sortedById } from '../order.js'
import { mergeOrder } from './merge-order.js'
import { collectSpawnCandidates } from './spawn.js'
import { assembleTasks, type AssembledTask } from './tasks.js'
import { unplannedInSorted } from './unplanned.js'
import { decideVerdict } from './verdict.js'

export { parseAnalyzeOptions, DEFAULT_OPTIONS } from '../analysis-options.js'

export function analyzeRun(
  tracks: ParsedTrack[],
  options: AnalyzeOptions,
  changed: ChangedFiles | null
): RunResult {
  const perTrack = changed ? splitChangesByTrack(tracks, changed) : null
  const results = tracks.map((t, i) => analyzeTrack(t, options, perTrack?.[i] ?? null))
  const failed = results.some(r => r.verdict.conclusion === 'failure')
  return {
    schemaVersion: SCHEMA_VERSION,
    conclusion: failed ? 'failure' : 'success',
    tracks: results
  }
}

export function analyzeTrack(
  parsed: ParsedTrack,
  options: AnalyzeOptions,
  changed: ChangedFiles | null
): TrackResult {
  const planFile = parsed.plan?.file ?? 'plan.md'
  const assembled = assembleTasks(parsed)
  const tasks = assembled.tasks
  const ordering = idOrder(tasks.map(t => t.id))
  const graph = buildGraph(tasks, planFile, ordering)
  const deps = (id: string): string[] => graph.dependsOn.get(id) ?? []
  const effort = estimateEfforts(tasks, planFile)

  const waves = mergeOrder(
    tasks.map(t => ({
      id: t.id,
      complete: t.status === 'complete',
      concurrency: t.concurrency,
      files: t.fileSet,
      dependsOn: deps(t.id)
    })),
    graph.cyclic,
    ordering,
    graph.indexed
  )
  const path = criticalPath(
    tasks.map(t => ({
      id: t.id,
      effortMinutes: effort.minutes.get(t.id) ?? DEFAULT_MINUTES,
      dependsOn: deps(t.id)
    })),
    graph.cyclic,
    ordering,
    graph.indexed
  )
  const conflicts = findConflicts(
    tasks.map(t => ({
      id: t.id,
      concurrency: t.concurrency,
      files: t.fileSet,
      dependsOn: deps(t.id),
      notes: t.report?.mayConflictWith ?? [],
      reportFile: t.report?.file ?? null
    })),
    ordering,
    graph.indexed
  )
  const forecast = forecastConflicts(
    tasks.map(t => ({
      id: t.id,
      complete: t.status === 'complete',
      concurrency: t.concurrency,
      planned: t.plan?.touches ?? null,
      files: t.fileSet,
      dependsOn: deps(t.id)
    })),
    conflicts.conflicts,
    ordering,
    graph.indexed
  )
  const unplanned = unplannedInSorted(
    tasks.map(t => ({ id: t.id, planned: t.plan?.touches ?? null, files: t.fileSet })),
    parsed.dir,
    ordering
  )
  const spawnCandidates = collectSpawnCandidates(tasks, ordering)
  const blockers = collectBlockers(tasks, spawnCandidates, planFile, ordering)
  const gates = analyzeGates(
    { plan: parsed.plan, prdTargets: parsed.prdTargets, iosm: parsed.iosm, tasks },
    options.naPolicy,
    ordering
  )
  const diff = changed ? checkDiff(tasks, changed, parsed.dir, ordering) : null
  const indexThreshold = options.indexThreshold ?? PROFILE_THRESHOLDS[options.profile]

  const diagnostics = sortDiagnostics([
    ...parsed.diagnostics,
    ...assembled.diagnostics,
    ...graph.diagnostics,
    ...effort.diagnostics,
    ...conflicts.diagnostics,
    ...gates.diagnostics,
    ...(diff?.diagnostics ?? []),
    ...parsed.reports.flatMap(checkDeclaredTotals)
  ])
  const verdict = decideVerdict(
    {
      tasks,
      blockers,
      gates: gates.gates,
      iosmIndex: gates.iosmIndex,
      indexThreshold,
      cycles: graph.cycles,
      conflicts: conflicts.conflicts,
      diffCheck: diff?.diffCheck ?? null,
      diagnostics,
      openFences: new Map(
        parsed.reports.flatMap(r => (r.openFenceLine === null ? [] : [[r.file, r.openFenceLine]]))
      )
    },
    options,
    ordering
  )

  const byId = sortedById(tasks, ordering)
  return {
    track: {
      id: parsed.id,
      dir: parsed.dir,
      feature: parsed.plan?.feature ?? null,
      title: parsed.plan?.title ?? null,
      goal: parsed.plan?.goal ?? null
    },
    status: trackStatus(tasks, graph.cycles.length > 0),
    tasks: tasks.map(t => taskResult(t, deps(t.id), effort.minutes.get(t.id) ?? DEFAULT_MINUTES)),
    mergeOrder: waves,
    criticalPath: path,
    cycles: graph.cycles,
    cycleGroups: graph.groups,
    conflicts: conflicts.conflicts,
    forecastConflicts: forecast,
    unplannedTouches: unplanned,
    blockers,
    gates: gates.gates,
    iosmIndex: gates.iosmIndex,
    statedIndex: parsed.iosm?.statedIndex?.value ?? null,
    rating: gates.rating,
    indexThreshold,
    naPolicy: options.naPolicy,
    diffCheck: diff?.diffCheck ?? null,
    spawnCandidates,
    followUps: byId.flatMap(t => (t.report?.followUps ?? []).map(f => ({ ...f, task: t.id }))),
    lessons: byId.flatMap(t => {
      const l = t.report?.lessons
      if (!l || l.wentWell.length + l.couldImprove.length + l.surprises.length === 0) return []
      return [{ ...l, task: t.id }]
    }),
    verdict,
    diagnostics
  }
}

function taskResult(t: AssembledTask, dependsOn: string[], effortMinutes: number): TaskResult {
  const r = t.report
  const gates: TaskResult['gates'] = {}
  const stated = r?.gates
  for (const g in stated) {
    const v = stated[g as keyof typeof stated]
    if (v) gates[g as keyof TaskResult['gates']] = v.score
  }
  const blockers: string[] = []
  for (const b of r?.blockers ?? []) if (!b.resolved) blockers.push(b.title || b.description)
  return {
    id: t.id,
    title: t.title,
    phase: t.phase,
    role: t.role,
    status: t.status,
    dependsOn,
    report: r?.file ?? null,
    files: t.files,
    gates,
    blockers,
    concurrency: t.concurrency,
    effortMinutes,
    touched: t.touched,
    summary: r?.summary ?? null,
    decisions: r?.decisions ?? [],
    verification: r?.verification ?? [],
    integrationInstructions: r?.integrationInstructions ?? [],
    ...(r ? { coverage: r.coverage } : {}),
    claimedLines: t.claimedLines
  }
}

function estimateEfforts(
  tasks: readonly AssembledTask[],
  planFile: string
): { minutes: Map<string, number>; diagnostics: Diagnostic[] } {
  const minutes = new Map<string, number>()
  const diagnostics: Diagnostic[] = []
  // Plans repeat a handful of sizes (S, M, L) across many tasks.
  const parsedText = new Map<string | null, Effort>()
  for (const t of tasks) {
    const text = t.plan?.effort ?? t.report?.effort ?? null
    let e = parsedText.get(text)
    if (!e) {
      e = parseEffort(text)
      parsedText.set(text, e)
    }
    minutes.set(t.id, e.minutes)
    if (e.known) continue
    diagnostics.push(effortFinding(t, text, planFile))
  }
  return { minutes, diagnostics }
}

/**
 * Why a task's effort could not be used. A plan entry without the field misses
 * one the plan template requires: a warning at the entry, whatever the report
 * says. Otherwise a notice where the unreadable text is.
 */
function effortFinding(t: AssembledTask, text: string | null, planFile: string): Diagnostic {
  const assumed = `${DEFAULT_MINUTES} minutes are assumed for the critical path.`
  const unreadable = (words: string): string => `${words} is not a size (S, M, L, XL) or a duration`
  if (t.plan && t.plan.effort === null) {
    const what =
      text === null
        ? 'no effort estimate'
        : `no effort in the plan, and the report's ${unreadable(`'${text}'`)}`
    return {
      severity: 'warning',
      file: planFile,
      line: t.plan.line,
      message: `${t.id}: ${what}; ${assumed}`
    }
  }
  const where = t.plan
    ? { file: planFile, line: t.plan.fields['effort']?.line ?? t.plan.line }
    : { file: t.report?.file ?? planFile, line: 1 }
  const what = text === null ? 'no effort estimate' : unreadable(`effort '${text}'`)
  return { severity: 'notice', ...where, message: `${t.id}: ${what}; ${assumed}` }
}

function trackStatus(tasks: readonly AssembledTask[], hasCycle: boolean): TrackResult['status'] {
  if (hasCycle || tasks.some(t => t.status === 'blocked')) return 'blocked'
  if (tasks.length > 0 && tasks.every(t => t.status === 'complete')) return 'complete'
  return 'in-progress'
}

const SEVERITY_RANK: Record<Diagnostic['severity'], number> = { error: 0, warning: 1, notice: 2 }

function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>()
  const unique = list.filter(d => {
    const key = `${d.file}\u0000${d.line}\u0000${d.severity}\u0000${d.message}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  return unique.sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  )
}
