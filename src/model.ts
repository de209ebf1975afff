// The types every layer shares. parse/ produces ParsedTrack, analyze/ turns it
// into TrackResult (the public JSON contract, schemaVersion 1), render/ and
// github/ consume RunResult. Nothing here does any work.

export const SCHEMA_VERSION = 1 as const

export const GATE_KEYS = ['I', 'O', 'S', 'M'] as const
export type GateKey = (typeof GATE_KEYS)[number]
export const GATE_NAMES: Record<GateKey, string> = {
  I: 'Improve',
  O: 'Optimize',
  S: 'Shrink',
  M: 'Modularize'
}

export type DiagnosticSeverity = 'error' | 'warning' | 'notice'

/** A finding about the input. `file` is relative to the track folder (`reports/T06.md`). */
export interface Diagnostic {
  severity: DiagnosticSeverity
  file: string
  /** 1-based; 1 when a finding concerns the whole file. */
  line: number
  message: string
}

export const TASK_STATUSES = [
  'complete',
  'partial',
  'blocked',
  'in-progress',
  'todo',
  'unknown'
] as const
export type TaskStatus = (typeof TASK_STATUSES)[number]
export type ConcurrencyClass = 'read-only' | 'write-local' | 'write-shared'

// ---------------------------------------------------------------------------
// Input: files as the track loader hands them to the parser.

export interface SourceFile {
  /** Relative to the track folder, forward slashes: `plan.md`, `reports/T04.md`. */
  path: string
  text: string
}

export interface TrackFiles {
  /** The folder name, used as the track id. */
  id: string
  /** Repository-relative folder, forward slashes, no trailing slash: `swarm/tracks/x`. */
  dir: string
  plan: SourceFile | null
  prd: SourceFile | null
  iosmReport: SourceFile | null
  /** `reports/T##.md` and `reports/T##-partial.md`, sorted by path. */
  reports: SourceFile[]
  /** Report files that exist but could not be read (too large, a link out of the workspace, not a file). */
  unreadableReports: Array<{ path: string; reason: string }>
  /** Loader findings: skipped files, bad encodings, symlinks. */
  diagnostics: Diagnostic[]
}

// ---------------------------------------------------------------------------
// Parsed plan

export interface PlanField {
  /** The label as written (`Owner role`). */
  label: string
  /** Value text; a multi-line value (sub-bullets) is joined with `\n`. */
  value: string
  line: number
}

export interface PlanTask {
  id: string
  title: string
  line: number
  /** `Phase 2 — Implementation`, or null before any phase heading. */
  phase: string | null
  /** The phase number, when the heading has one. */
  phaseNumber: number | null
  stream: string | null
  /** `[x]` on the task line. */
  checked: boolean
  /** Every field, keyed by lower-cased label. Unknown labels are kept. */
  fields: Record<string, PlanField>
  ownerRole: string | null
  /** Task ids named in `Depends on`, in written order, deduplicated. */
  dependsOn: string[]
  /** `All Phase 2-3 tasks` style references: inclusive phase-number ranges. */
  dependsOnPhases: Array<{ from: number; to: number }>
  /** Line of the field the dependencies were read from (`Depends on`, `Deps`, …), or null. */
  dependsOnLine: number | null
  /** Normalised planned paths (folders keep a trailing `/`). */
  touches: string[]
  concurrency: ConcurrencyClass
  /** Raw effort text (`M (2-4 hours)`), or null. */
  effort: string | null
  /** Normalised plan status, null when the field is missing. */
  status: TaskStatus | null
  statusText: string | null
  /** Gates named in `IOSM checks`. */
  iosmChecks: GateKey[]
  needsUserInput: boolean
  severity: string | null
  acceptance: string[]
}

export type TargetKind = 'numeric' | 'binary' | 'skip'

export interface GateTarget {
  gate: GateKey
  /** The target cell as written (`≥0.75`, `tests pass`, `N/A`). */
  raw: string
  kind: TargetKind
  /** For numeric targets, the minimum score. */
  threshold: number | null
  source: 'plan' | 'prd'
  file: string
  line: number
}

export interface Plan {
  file: string
  title: string | null
  feature: string | null
  /** The `**Track:**` header value (display only). */
  trackHeader: string | null
  created: string | null
  statusText: string | null
  goal: string | null
  complexity: string | null
  phases: Array<{ name: string; number: number | null; line: number }>
  tasks: PlanTask[]
  gateTargets: Partial<Record<GateKey, GateTarget>>
}

// ---------------------------------------------------------------------------
// Parsed report

export interface FileClaim {
  /** Normalised repository-relative path; folders keep a trailing `/`. */
  path: string
  line: number
  /** Line counts the report claims, when it gives them (`NEW (180 lines)`, `+15 lines`). */
  linesAdded: number | null
  linesRemoved: number | null
  note: string | null
}

export interface ClaimedFiles {
  created: FileClaim[]
  modified: FileClaim[]
  deleted: FileClaim[]
  /** Touches Actual entries (kind unknown unless also listed above). */
  touched: FileClaim[]
}

export interface TaskGateValue {
  /** 0..1, 3 decimals. */
  score: number
  source: 'score' | 'checklist'
  line: number
}

export interface ReportBlocker {
  title: string
  description: string
  line: number
  /** Struck through, marked resolved, or listed under resolved. */
  resolved: boolean
}

export interface ReportError {
  /** `E-01`. */
  id: string
  type: string
  resolution: string | null
  resolved: boolean
  line: number
}

export interface TaskRef {
  id: string
  note: string
  line: number
  /**
   * Paths a `May conflict with` note names (its code spans, else words that
   * read as paths), in order; empty for other relations.
   */
  paths: string[]
}

export interface SpawnCandidate {
  /** `SC-01`; unique per report only. */
  id: string
  subtask: string
  touches: string[]
  effort: string | null
  userInput: boolean | null
  severity: string | null
  dedupKey: string
  accept: string | null
  line: number
}

export type FollowUpPriority = 'high' | 'medium' | 'low'

export interface FollowUp {
  priority: FollowUpPriority
  text: string
  line: number
}

export interface VerificationStep {
  name: string
  status: 'pass' | 'warn' | 'fail' | 'unknown'
  result: string | null
  line: number
}

export interface Decision {
  title: string
  decision: string | null
  line: number
}

export interface Lessons {
  wentWell: string[]
  couldImprove: string[]
  surprises: string[]
}

export interface Report {
  /** `reports/T03.md`. */
  file: string
  taskId: string
  /** The file was `T##-partial.md`. */
  partialFile: boolean
  title: string | null
  titleLine: number
  status: TaskStatus
  statusText: string | null
  statusLine: number
  role: string | null
  effort: string | null
  summary: string | null
  decisions: Decision[]
  files: ClaimedFiles
  touchesPlanned: string[]
  /** Totals the report states about itself (`Files created: 2`). */
  declaredTotals: {
    created: number | null
    modified: number | null
    deleted: number | null
    line: number
  } | null
  /** Only the gates this task evaluated. */
  gates: Partial<Record<GateKey, TaskGateValue>>
  overallScore: number | null
  verification: VerificationStep[]
  blockers: ReportBlocker[]
  openQuestions: Array<{ title: string; line: number }>
  deferred: Array<{ title: string; line: number }>
  errors: ReportError[]
  escalations: Array<{ id: string; title: string; line: number }>
  dependsOn: TaskRef[]
  blocks: TaskRef[]
  mayConflictWith: TaskRef[]
  integrationInstructions: string[]
  spawnCandidates: SpawnCandidate[]
  followUps: FollowUp[]
  lessons: Lessons
  /** How much of the report the parser recognised. */
  coverage: ReadingCoverage
  /**
   * File line of the first code fence never closed, or null. GitHub shows all that
   * follows it as code, so what counts from past it must say so.
   */
  openFenceLine: number | null
}

/** A report's level-2 sections, and those the parser did not recognise (so did not read). */
export interface ReadingCoverage {
  sections: number
  recognised: number
  skipped: Array<{ heading: string; line: number }>
}

// ---------------------------------------------------------------------------
// Parsed iosm_report.md

export interface IosmGateScore {
  /** null when the gate is skipped. */
  score: number | null
  skipped: boolean
  raw: string
  line: number
}

export interface IosmReport {
  file: string
  gates: Partial<Record<GateKey, IosmGateScore>>
  statedIndex: { value: number; line: number } | null
}

export interface ParsedTrack {
  id: string
  dir: string
  plan: Plan | null
  /** PRD §10 targets, the fallback when the plan has none. */
  prdTargets: Partial<Record<GateKey, GateTarget>>
  reports: Report[]
  iosm: IosmReport | null
  diagnostics: Diagnostic[]
}

// ---------------------------------------------------------------------------
// Changed files of the pull request (diff check)

export type ChangeStatus =
  | 'added'
  | 'modified'
  | 'removed'
  | 'renamed'
  | 'copied'
  | 'changed'
  | 'unchanged'
  /** The source did not say how the file changed (`git diff --numstat`, a plain list). */
  | 'unknown'

export interface ChangedFile {
  /** Repository-relative path after the change. */
  path: string
  status: ChangeStatus
  /** The old path, for renames and copies. */
  previousPath: string | null
  /** null for binary files or when the source did not say. */
  additions: number | null
  deletions: number | null
}

/** The most files GitHub's "list pull request files" endpoint returns: past it a diff is truncated. */
export const GITHUB_FILES_CAP = 3000

export interface ChangedFiles {
  files: ChangedFile[]
  /** The source stopped short of the whole diff (GITHUB_FILES_CAP). */
  truncated: boolean
  source: string
}

// ---------------------------------------------------------------------------
// Options

export type FailOn =
  | 'blockers'
  | 'gates'
  | 'cycles'
  | 'incomplete'
  | 'conflicts'
  | 'unreported'
  /** An error diagnostic: input the tool could not read or make sense of. */
  | 'errors'
export const FAIL_ON_VALUES: readonly FailOn[] = [
  'blockers',
  'gates',
  'cycles',
  'incomplete',
  'conflicts',
  'unreported',
  'errors'
]
/** Lost input must never pass a check, so `errors` is on unless a person turns it off. */
export const DEFAULT_FAIL_ON: readonly FailOn[] = [
  'blockers',
  'gates',
  'cycles',
  'incomplete',
  'errors'
]

export type Profile = 'production' | 'experimental' | 'hotfix' | 'prototype'
export const PROFILE_THRESHOLDS: Record<Profile, number | null> = {
  production: 0.8,
  experimental: 0.7,
  hotfix: 0.6,
  prototype: null
}

export type NaPolicy = 'exclude' | 'zero' | 'strict'

export interface AnalyzeOptions {
  failOn: readonly FailOn[]
  profile: Profile
  /** Explicit threshold; overrides the profile's. null = the profile's. */
  indexThreshold: number | null
  naPolicy: NaPolicy
}

// ---------------------------------------------------------------------------
// Analysis result: the public JSON contract (schemaVersion 1). Fields may be
// added; none may be renamed or dropped without bumping SCHEMA_VERSION.

export type Conclusion = 'success' | 'failure'

export interface TaskFiles {
  created: string[]
  modified: string[]
  deleted: string[]
}

export interface TaskResult {
  id: string
  title: string
  phase: string | null
  role: string | null
  status: TaskStatus
  /**
   * Every edge used for scheduling (plan and hand-off), sorted by id; past
   * DEPENDS_ON_LISTED (an `All Phase N tasks` line names every task of a
   * phase), that many of them, the held ones chosen first.
   */
  dependsOn: string[]
  /** Dependencies `dependsOn` does not list; absent when it lists them all. */
  moreDependsOn?: number
  /** The plan's `All Phase a-b tasks` references, each once, when `dependsOn` does not list every dependency. */
  dependsOnPhases?: Array<{ from: number; to: number }>
  /** Track-relative report path, or null. */
  report: string | null
  files: TaskFiles
  gates: Partial<Record<GateKey, number>>
  blockers: string[]
  concurrency: ConcurrencyClass
  /** Effort in minutes used for the critical path. */
  effortMinutes: number
  /** Touches Actual entries not classified as created/modified/deleted. */
  touched: string[]
  summary: string | null
  decisions: Decision[]
  verification: VerificationStep[]
  integrationInstructions: string[]
  /** How much of the task's report was read (absent without a report). */
  coverage?: ReadingCoverage
  /** Line counts the report claims for its files (`NEW (180 lines)`, `+15 lines`), where it gives any. */
  claimedLines: LineClaim[]
}

export interface LineClaim {
  path: string
  added: number | null
  removed: number | null
}

export interface MergeOrder {
  waves: string[][]
  held: string[]
}

export interface Conflict {
  path: string
  /**
   * The pair, lower id first; or, so that the list stays linear in the input,
   * every task on a path three or more tasks share (in id order; on a folder,
   * with the tasks whose paths lie inside it, each of which conflicts with
   * every task claiming the folder), or a write-shared task followed by the
   * tasks it must not merge beside.
   */
  tasks: string[]
  /** `parallel` when any pair among `tasks` has no dependency path between its two tasks. */
  kind: 'parallel' | 'sequential'
  /** Why: `overlap` of file sets, a `write-shared` task, or a `note` (May conflict with). */
  reason: 'overlap' | 'write-shared' | 'note'
  note?: string
  /** On an entry of more than one pair: how many of its pairs are parallel and sequential. */
  pairs?: { parallel: number; sequential: number }
  /** Tasks of the entry not listed in `tasks` (a write-shared entry lists at most 50 others). */
  moreTasks?: number
}

/**
 * A conflict still to come: a task not yet complete plans (its `Touches`) to
 * change a path another incomplete task plans to change, or a complete task
 * changed. Information for scheduling the remaining work; it never fails the
 * verdict.
 */
export interface ForecastConflict {
  path: string
  /** The pair, in id order. */
  tasks: string[]
  kind: 'planned'
  /** As for real conflicts: `parallel` when no dependency path links the two tasks. */
  schedule: 'parallel' | 'sequential'
  /** The tasks of the pair already complete: their side is the files they changed, not a plan. */
  complete: string[]
}

export interface UnplannedTouch {
  task: string
  path: string
}

export interface BlockerResult {
  task: string
  title: string
  severity: 'critical' | 'non-critical'
  resolved: boolean
  /** Where it was found: `reports/T06.md` line 12. */
  file: string | null
  line: number | null
  kind: 'blocker' | 'status' | 'error' | 'spawn-candidate' | 'question'
}

export type GateStatus = 'pass' | 'fail' | 'skip' | 'not-evaluated'

export interface GateResult {
  score: number | null
  /** `≥0.75`, `pass`, or `skip`. */
  target: string
  status: GateStatus
  /** Where the score came from. */
  source: 'iosm-report' | 'tasks' | 'none'
  /** Where the target came from. */
  targetSource: 'plan' | 'prd' | 'default'
}

/**
 * The IOSM-Index's rating bands, highest first: the first band whose floor
 * the index (rounded to 3 decimals) reaches names it, and an index below
 * every floor is `Poor`.
 */
export const RATING_FLOORS = [
  ['Excellent', 0.9],
  ['Good', 0.8],
  ['Acceptable', 0.7],
  ['Needs Work', 0.6]
] as const satisfies ReadonlyArray<readonly [string, number]>
export const LOWEST_RATING = 'Poor'

export type Rating = (typeof RATING_FLOORS)[number][0] | typeof LOWEST_RATING

export interface DiffMismatch {
  task: string
  path: string
  claimed: 'created' | 'modified' | 'deleted'
  actual: ChangeStatus
}

export interface DiffFileResult {
  path: string
  status: ChangeStatus
  previousPath: string | null
  additions: number | null
  deletions: number | null
  /**
   * Tasks whose reports claim this path (directly or through a claimed
   * folder), in id order; the first CLAIMED_BY_LISTED of them.
   */
  claimedBy: string[]
  /** Tasks claiming the path that `claimedBy` does not list; absent when it lists them all. */
  moreClaimedBy?: number
}

export interface DiffCheck {
  /** Every changed file of the diff, with the tasks that claim it. */
  files: DiffFileResult[]
  unreported: string[]
  phantom: Array<{ task: string; path: string }>
  mismatch: DiffMismatch[]
  truncated: boolean
}

export interface Verdict {
  conclusion: Conclusion
  reasons: string[]
}

interface TrackInfo {
  id: string
  dir: string
  feature: string | null
  title: string | null
  goal: string | null
}

export interface SpawnCandidateResult extends SpawnCandidate {
  task: string
  /** Repeats an earlier candidate's dedup key (first occurrence wins). */
  duplicate: boolean
}

export interface TrackResult {
  track: TrackInfo
  status: 'complete' | 'in-progress' | 'blocked'
  tasks: TaskResult[]
  mergeOrder: MergeOrder
  criticalPath: string[]
  /** One cycle per group of tasks that depend on each other, in depends-on order, from its smallest id. */
  cycles: string[][]
  /**
   * For each cycle, every task of its group, in id order: a group may hold
   * tasks that the one cycle listed does not pass through.
   */
  cycleGroups: string[][]
  conflicts: Conflict[]
  /** Conflicts the plan's Touches foretell for tasks not yet complete (none already in `conflicts`). */
  forecastConflicts: ForecastConflict[]
  unplannedTouches: UnplannedTouch[]
  blockers: BlockerResult[]
  gates: Record<GateKey, GateResult>
  iosmIndex: number | null
  /** Stated by iosm_report.md, when it states one. */
  statedIndex: number | null
  rating: Rating | null
  /** The threshold the verdict used (null: none). */
  indexThreshold: number | null
  /** How skipped gates entered the index. */
  naPolicy: NaPolicy
  diffCheck: DiffCheck | null
  spawnCandidates: SpawnCandidateResult[]
  followUps: Array<FollowUp & { task: string }>
  lessons: Array<Lessons & { task: string }>
  verdict: Verdict
  diagnostics: Diagnostic[]
}

export interface RunResult {
  schemaVersion: typeof SCHEMA_VERSION
  conclusion: Conclusion
  tracks: TrackResult[]
  /** What changed since the previous report; present only when there was one to compare with. */
  since?: SinceChanges
}

// ---------------------------------------------------------------------------
// Since the last report: what moved between two results.

export interface ScoreMove {
  from: number | null
  to: number | null
}

export interface ConflictKey {
  path: string
  tasks: string[]
  /** `parallel` / `sequential` (for forecasts, their schedule). */
  kind: string
}

export interface FindingKey {
  kind: 'unreported' | 'phantom' | 'mismatch'
  task: string | null
  path: string
}

export interface TrackChanges {
  track: { id: string; dir: string }
  /** Tasks whose status became this one, in the result's task order. */
  becameComplete: string[]
  becamePartial: string[]
  becameBlocked: string[]
  tasksAdded: string[]
  tasksRemoved: string[]
  blockersAppeared: Array<{ task: string; title: string }>
  blockersResolved: Array<{ task: string; title: string }>
  gates: Array<ScoreMove & { gate: GateKey }>
  iosmIndex: ScoreMove | null
  conflictsNew: ConflictKey[]
  conflictsCleared: ConflictKey[]
  forecastNew: ConflictKey[]
  forecastCleared: ConflictKey[]
  findingsNew: FindingKey[]
  findingsCleared: FindingKey[]
}

export interface SinceChanges {
  /** The tracks in both reports that changed, in the current result's order. */
  tracks: TrackChanges[]
}

// ---------------------------------------------------------------------------
// Publishing shapes (rendered by render/, sent by github/)

export type AnnotationLevel = 'notice' | 'warning' | 'failure'

export interface Annotation {
  /** Repository-relative path of the file the finding is about. */
  path: string
  startLine: number
  endLine: number
  level: AnnotationLevel
  title: string
  message: string
}

export interface CheckOutput {
  title: string
  summary: string
  text: string
  annotations: Annotation[]
}

/** Errors are values: a message a person can act on. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string }
