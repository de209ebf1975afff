// One record per task: the plan entry and its report side by side, with the
// status, title and file lists the rest of the analysis reads. The plan is the
// source of truth for which tasks exist and in which order; the report is the
// source of truth for what happened.

import type {
  ClaimedFiles,
  ConcurrencyClass,
  Diagnostic,
  FileClaim,
  LineClaim,
  ParsedTrack,
  PlanTask,
  Report,
  TaskFiles,
  TaskStatus
} from '../model.js'
import { compareIds, sortedDistinctStrings, unionOfSortedStrings } from '../order.js'
import { hasSlug } from '../report-names.js'
import { spacePunctuation } from '../text-classes.js'

export interface AssembledTask {
  id: string
  title: string
  phase: string | null
  role: string | null
  status: TaskStatus
  concurrency: ConcurrencyClass
  plan: PlanTask | null
  report: Report | null
  /** Created / modified / deleted claims, each sorted and deduplicated. */
  files: TaskFiles
  /** Touches Actual entries not classified as created, modified or deleted. */
  touched: string[]
  /** Every path the task claims to have touched, sorted: what conflicts compare. */
  fileSet: readonly string[]
  /** Line counts the report claims, one per path, the first claim with counts winning. */
  claimedLines: LineClaim[]
}

export interface AssembledTasks {
  tasks: AssembledTask[]
  diagnostics: Diagnostic[]
}

export function assembleTasks(parsed: ParsedTrack): AssembledTasks {
  const diagnostics: Diagnostic[] = []
  const planFile = parsed.plan?.file ?? 'plan.md'
  const planTasks = uniquePlanTasks(parsed.plan?.tasks ?? [], planFile, diagnostics)
  const reports = pickReports(parsed.reports, diagnostics)
  const planned = new Set(planTasks.map(p => p.id))

  const tasks: AssembledTask[] = planTasks.map(p => {
    const report = reports.get(p.id) ?? null
    if (report) checkArtifacts(p, report, planFile, diagnostics)
    return build(p, report, planFile, diagnostics)
  })

  const extra = [...reports.keys()].filter(id => !planned.has(id)).sort(compareIds)
  for (const id of extra) {
    const report = reports.get(id) as Report
    if (parsed.plan) {
      diagnostics.push({
        severity: 'warning',
        file: report.file,
        line: Math.max(1, report.titleLine),
        message: `${id} has a report but no task in ${planFile}; it is analysed as an extra task.`
      })
    }
    tasks.push(build(null, report, planFile, diagnostics))
  }
  return { tasks, diagnostics }
}

/**
 * A report found under a suffixed name (`T01-seo-audit.md`) is the task's by
 * its id alone; a plan whose Artifacts name the task's reports but not this
 * one gets a notice, so a misnamed file does not pass unseen.
 */
function checkArtifacts(
  plan: PlanTask,
  report: Report,
  planFile: string,
  diagnostics: Diagnostic[]
): void {
  if (!hasSlug(report.file)) return
  const artifacts = plan.fields['artifacts']
  if (!artifacts || !/\breports\//.test(artifacts.value)) return
  const base = report.file.slice(report.file.lastIndexOf('/') + 1)
  if (artifacts.value.includes(base)) return
  diagnostics.push({
    severity: 'notice',
    file: planFile,
    line: artifacts.line,
    message: `${plan.id}: ${report.file} is read as its report by its name, but the plan's Artifacts do not name it.`
  })
}

function uniquePlanTasks(
  planTasks: readonly PlanTask[],
  planFile: string,
  diagnostics: Diagnostic[]
): PlanTask[] {
  const seen = new Map<string, PlanTask>()
  for (const p of planTasks) {
    const first = seen.get(p.id)
    if (first) {
      diagnostics.push({
        severity: 'error',
        file: planFile,
        line: p.line,
        message: `${p.id} is defined twice in the plan (lines ${first.line} and ${p.line}); the later definition is ignored.`
      })
      continue
    }
    seen.set(p.id, p)
  }
  return [...seen.values()]
}

/** One report per task id: a full report beats a `-partial` one, and `T01.md` beats `T01-slug.md`. */
function pickReports(reports: readonly Report[], diagnostics: Diagnostic[]): Map<string, Report> {
  // Each name is read once, not twice per comparison.
  const suffixed = new Set<Report>()
  for (let i = 0; i < reports.length; i++) {
    const r = reports[i] as Report
    if (hasSlug(r.file)) suffixed.add(r)
  }
  const ordered = [...reports].sort(
    (a, b) =>
      Number(a.partialFile) - Number(b.partialFile) ||
      Number(suffixed.has(a)) - Number(suffixed.has(b)) ||
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)
  )
  const chosen = new Map<string, Report>()
  for (const r of ordered) {
    const kept = chosen.get(r.taskId)
    if (!kept) {
      chosen.set(r.taskId, r)
      continue
    }
    diagnostics.push({
      severity: r.partialFile && !kept.partialFile ? 'notice' : 'warning',
      file: r.file,
      line: 1,
      message: `${r.file} also reports on ${r.taskId}; ${kept.file} is used instead.`
    })
  }
  return chosen
}

function build(
  plan: PlanTask | null,
  report: Report | null,
  planFile: string,
  diagnostics: Diagnostic[]
): AssembledTask {
  const id = plan?.id ?? (report as Report).taskId
  const status = resolveStatus(id, plan, report, planFile, diagnostics)
  if (plan && report?.title && !sameTitle(plan.title, report.title)) {
    diagnostics.push({
      severity: 'notice',
      file: report.file,
      line: Math.max(1, report.titleLine),
      message: `${id}: the report's title '${report.title}' differs from the plan's '${plan.title}'.`
    })
  }
  const claims = report?.files
  const created = paths(claims?.created ?? [])
  const modified = paths(claims?.modified ?? [])
  const deleted = paths(claims?.deleted ?? [])
  const classified = unionOfSortedStrings(unionOfSortedStrings(created, modified), deleted)
  const touched = unclassified(claims?.touched ?? [], classified)
  // As many distinct paths as claims: no path is listed twice among them.
  const distinct =
    !claims ||
    classified.length === claims.created.length + claims.modified.length + claims.deleted.length
  return {
    id,
    title: plan?.title || report?.title || id,
    phase: plan?.phase ?? null,
    role: plan?.ownerRole ?? report?.role ?? null,
    status,
    concurrency: plan?.concurrency ?? 'write-local',
    plan,
    report,
    files: { created, modified, deleted },
    touched,
    fileSet: unionOfSortedStrings(classified, touched),
    claimedLines: lineClaims(claims, distinct)
  }
}

function resolveStatus(
  id: string,
  plan: PlanTask | null,
  report: Report | null,
  planFile: string,
  diagnostics: Diagnostic[]
): TaskStatus {
  if (!report) {
    if (!plan) return 'unknown'
    const done = plan.status === 'complete' || (plan.status === null && plan.checked)
    if (done) {
      diagnostics.push({
        severity: 'warning',
        file: planFile,
        line: plan.fields['status']?.line ?? plan.line,
        message: `${id} is marked ${plan.statusText ?? '[x]'} in the plan: DONE without a report.`
      })
      return 'complete'
    }
    return plan.status ?? 'todo'
  }
  // A saved `-partial` report is partial work, whatever its header says.
  const status: TaskStatus =
    report.partialFile && report.status === 'complete' ? 'partial' : report.status
  if (plan && status !== 'unknown') {
    const planStatus = plan.status ?? (plan.checked ? 'complete' : null)
    if (planStatus !== null && planStatus !== status) {
      const written = plan.statusText ?? (plan.checked ? '[x]' : '[ ]')
      diagnostics.push({
        severity: 'warning',
        file: report.file,
        line: Math.max(1, report.statusLine),
        message: `${id}: plan status ${written} disagrees with report status ${status}.`
      })
    }
  }
  return status
}

/** The claimed paths, sorted, each once. */
function paths(claims: readonly FileClaim[]): string[] {
  const out: string[] = []
  for (let i = 0; i < claims.length; i++) out.push((claims[i] as FileClaim).path)
  return sortedDistinctStrings(out)
}

/**
 * Touches Actual paths not already claimed as created, modified or deleted,
 * sorted: the sorted lists are merged, which allocates less than a set of the
 * claimed paths per task (the parser's paths are one-byte strings, quick to
 * order).
 */
function unclassified(claims: readonly FileClaim[], classified: readonly string[]): string[] {
  const touched = paths(claims)
  if (classified.length === 0 || touched.length === 0) return touched
  const out: string[] = []
  let j = 0
  for (let i = 0; i < touched.length; i++) {
    const p = touched[i] as string
    while (j < classified.length && (classified[j] as string) < p) j++
    if (classified[j] !== p) out.push(p)
  }
  return out
}

/**
 * Claimed line counts in claim order (created, modified, deleted, Touches
 * Actual), one per path. With `distinct`, the first three lists repeat no
 * path, so only Touches Actual entries need checking against the rest.
 */
function lineClaims(claims: ClaimedFiles | undefined, distinct: boolean): LineClaim[] {
  const out: LineClaim[] = []
  if (!claims) return out
  let seen = distinct ? null : new Set<string>()
  addCounted(claims.created, out, seen)
  addCounted(claims.modified, out, seen)
  addCounted(claims.deleted, out, seen)
  if (!claims.touched.some(counted)) return out
  seen ??= new Set(out.map(c => c.path))
  addCounted(claims.touched, out, seen)
  return out
}

function counted(c: FileClaim): boolean {
  return c.linesAdded !== null || c.linesRemoved !== null
}

function addCounted(list: readonly FileClaim[], out: LineClaim[], seen: Set<string> | null): void {
  for (const c of list) {
    if (!counted(c)) continue
    if (seen) {
      if (seen.has(c.path)) continue
      seen.add(c.path)
    }
    out.push({ path: c.path, added: c.linesAdded, removed: c.linesRemoved })
  }
}

function sameTitle(a: string, b: string): boolean {
  if (a === b) return true
  const norm = (s: string): string => spacePunctuation(s.toLowerCase()).trim()
  return norm(a) === norm(b)
}
