// The analysis of a parsed track: every rule in its own module, put together
// here into the public result (TrackResult, RunResult).

import {
  PROFILE_THRESHOLDS,
  SCHEMA_VERSION,
  type AnalyzeOptions,
  type BlockerResult,
  type ChangedFiles,
  type Conflict,
  type Diagnostic,
  type DiffCheck,
  type ForecastConflict,
  type MergeOrder,
  type ParsedTrack,
  type RunResult,
  type SpawnCandidateResult,
  type TaskResult,
  type TrackResult,
  type UnplannedTouch,
  type Verdict
} from '../model.js'
import { idOrder, sortedById, type IdOrder } from '../order.js'
import { collectBlockers } from './blockers.js'
import { findConflicts, type ConflictTask } from './conflicts.js'
import { criticalPath, type PathTask } from './critical-path.js'
import { forecastConflicts, type ForecastTask } from './forecast.js'
import { checkDiff } from './diff-check.js'
import { splitChangesByTrack } from './run-diff.js'
import { checkDeclaredTotals } from './totals.js'
import { DEFAULT_MINUTES, estimateEfforts } from './effort.js'
import { analyzeGates, type GateAnalysis } from './gates.js'
import { buildGraph, listedDependsOn, type DependencyGraph } from './graph.js'
import { withTasks } from './id-graph.js'
import { mergeOrder, type MergeTask } from './merge-order.js'
import { collectSpawnCandidates } from './spawn.js'
import { assembleTasks, type AssembledTask } from './tasks.js'
import { unplannedInSorted, type UnplannedTask } from './unplanned.js'
import { decideVerdict } from './verdict.js'

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
  return trackResult(parsed, options, computeTrack(parsed, options, changed))
}

/** Every rule's answer for one track, before they are put into the public shape. */
interface TrackAnalysis {
  tasks: readonly AssembledTask[]
  order: IdOrder
  graph: DependencyGraph<AssembledTask>
  effortMinutes: ReadonlyMap<string, number>
  mergeOrder: MergeOrder
  criticalPath: string[]
  conflicts: Conflict[]
  forecastConflicts: ForecastConflict[]
  unplannedTouches: UnplannedTouch[]
  spawnCandidates: SpawnCandidateResult[]
  blockers: BlockerResult[]
  gates: GateAnalysis
  diffCheck: DiffCheck | null
  indexThreshold: number | null
  diagnostics: Diagnostic[]
  verdict: Verdict
}

function computeTrack(
  parsed: ParsedTrack,
  options: AnalyzeOptions,
  changed: ChangedFiles | null
): TrackAnalysis {
  const planFile = parsed.plan?.file ?? 'plan.md'
  const assembled = assembleTasks(parsed)
  const tasks = assembled.tasks
  const ordering = idOrder(tasks.map(t => t.id))
  const graph = buildGraph(tasks, planFile, ordering)
  const effort = estimateEfforts(tasks, planFile)
  // One row per task over the graph's index, so that every rule sees the same
  // dependencies and file sets.
  const rows = withTasks(graph.index, ({ task }) => ruleTask(task, effort.minutes))
  const waves = mergeOrder(rows, graph.cyclic)
  const path = criticalPath(rows, graph.cyclic)
  const conflicts = findConflicts(rows)
  const forecast = forecastConflicts(rows, conflicts.conflicts)
  const unplanned = unplannedInSorted(rows.tasks, parsed.dir, ordering)
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
  return {
    tasks,
    order: ordering,
    graph,
    effortMinutes: effort.minutes,
    mergeOrder: waves,
    criticalPath: path,
    conflicts: conflicts.conflicts,
    forecastConflicts: forecast,
    unplannedTouches: unplanned,
    spawnCandidates,
    blockers,
    gates,
    diffCheck: diff?.diffCheck ?? null,
    indexThreshold,
    diagnostics,
    verdict
  }
}

/** What the path and graph rules read of a task (its id and dependencies are the index's); each takes the fields it names. */
type RuleTask = Omit<MergeTask & PathTask & ConflictTask & ForecastTask & UnplannedTask, 'id'>

function ruleTask(t: AssembledTask, effortMinutes: ReadonlyMap<string, number>): RuleTask {
  return {
    complete: t.status === 'complete',
    concurrency: t.concurrency,
    files: t.fileSet,
    planned: t.plan?.touches ?? null,
    effortMinutes: effortMinutes.get(t.id) ?? DEFAULT_MINUTES,
    notes: t.report?.mayConflictWith ?? [],
    reportFile: t.report?.file ?? null
  }
}

/** The public result of one track: the analysis in the JSON contract's shape and order. */
function trackResult(parsed: ParsedTrack, options: AnalyzeOptions, a: TrackAnalysis): TrackResult {
  const deps = (id: string): string[] => a.graph.dependsOn.get(id) ?? []
  const byId = sortedById(a.tasks, a.order)
  const held = new Set(a.mergeOrder.held)
  return {
    track: {
      id: parsed.id,
      dir: parsed.dir,
      feature: parsed.plan?.feature ?? null,
      title: parsed.plan?.title ?? null,
      goal: parsed.plan?.goal ?? null
    },
    status: trackStatus(a.tasks, a.graph.cycles.length > 0),
    tasks: a.tasks.map(t =>
      taskResult(
        t,
        listedDependsOn(deps(t.id), held, t.plan?.dependsOnPhases ?? []),
        a.effortMinutes.get(t.id) ?? DEFAULT_MINUTES
      )
    ),
    mergeOrder: a.mergeOrder,
    criticalPath: a.criticalPath,
    cycles: a.graph.cycles,
    cycleGroups: a.graph.groups,
    conflicts: a.conflicts,
    forecastConflicts: a.forecastConflicts,
    unplannedTouches: a.unplannedTouches,
    blockers: a.blockers,
    gates: a.gates.gates,
    iosmIndex: a.gates.iosmIndex,
    statedIndex: parsed.iosm?.statedIndex?.value ?? null,
    rating: a.gates.rating,
    indexThreshold: a.indexThreshold,
    naPolicy: options.naPolicy,
    diffCheck: a.diffCheck,
    spawnCandidates: a.spawnCandidates,
    followUps: byId.flatMap(t => (t.report?.followUps ?? []).map(f => ({ ...f, task: t.id }))),
    lessons: byId.flatMap(t => {
      const l = t.report?.lessons
      if (!l || l.wentWell.length + l.couldImprove.length + l.surprises.length === 0) return []
      return [{ ...l, task: t.id }]
    }),
    verdict: a.verdict,
    diagnostics: a.diagnostics
  }
}

function taskResult(
  t: AssembledTask,
  dependsOn: Pick<TaskResult, 'dependsOn' | 'moreDependsOn' | 'dependsOnPhases'>,
  effortMinutes: number
): TaskResult {
  const r = t.report
  const gates: TaskResult['gates'] = {}
  const stated = r?.gates
  for (const g in stated) {
    const v = stated[g as keyof typeof stated]
    if (v) gates[g as keyof TaskResult['gates']] = v.score
  }
  const blockers: string[] = []
  for (const b of r?.blockers ?? []) if (!b.resolved) blockers.push(b.title || b.description)
  // One literal, one shape for every task: a literal with spreads inside built
  // each result a property at a time after the copy (3,000 tasks: about 50
  // million instructions). Keys a task lacks hold undefined, which the JSON
  // leaves out, so its keys and their order are those of the contract.
  return {
    id: t.id,
    title: t.title,
    phase: t.phase,
    role: t.role,
    status: t.status,
    dependsOn: dependsOn.dependsOn,
    moreDependsOn: dependsOn.moreDependsOn,
    dependsOnPhases: dependsOn.dependsOnPhases,
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
    coverage: r?.coverage,
    claimedLines: t.claimedLines
  }
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
