// The parser's entry point: a loaded track folder to the typed model. Each
// file is parsed on its own, so one file the parser cannot cope with never
// stops the others.

import type {
  Diagnostic,
  ParsedTrack,
  PlanTask,
  Report,
  SourceFile,
  TaskRef,
  TrackFiles
} from '../model.js'
import { reportNameOfPath } from '../report-names.js'
import { planSpelling } from '../task-ids.js'
import { parseIosmReport } from './iosm-report.js'
import { parsePlan } from './plan.js'
import { parsePrdTargets } from './prd.js'
import type { PendingSummary } from './markdown.js'
import { emptyReport, parseReport } from './report.js'
import { errorText } from '../error-text.js'

/**
 * Summaries that need the markdown parser before it is loaded go to
 * `pending` (see parseReport); without it, the parser must be loaded.
 */
export function parseTrack(files: TrackFiles, pending?: PendingSummary[]): ParsedTrack {
  const diagnostics: Diagnostic[] = [...files.diagnostics]
  let plan: ParsedTrack['plan'] = null
  if (files.plan) {
    const source = files.plan
    plan = guarded(source, diagnostics, () => parsePlan(source, diagnostics), nothing)
  } else {
    // Annotations need a file that exists: the finding goes on the first report.
    const first = [...files.reports.map(r => r.path), ...files.unreadableReports.map(r => r.path)]
      .sort()
      .at(0)
    diagnostics.push({
      severity: 'warning',
      file: first ?? 'plan.md',
      line: 1,
      message: 'no plan.md: tasks come from the reports alone'
    })
  }

  const prd = files.prd
  const prdTargets = prd
    ? guarded(
        prd,
        diagnostics,
        () => parsePrdTargets(prd, diagnostics),
        () => ({})
      )
    : {}

  const spell = planSpelling(plan?.tasks.map(t => t.id) ?? [])
  if (plan) {
    const file = plan.file
    const tasks = plan.tasks.map(t => withPlanSpelling(t, spell, file, diagnostics))
    if (tasks.some((t, i) => t !== plan?.tasks[i])) plan = { ...plan, tasks }
  }
  const reports: Report[] = []
  for (const file of files.reports) {
    const name = reportName(file.path, spell, diagnostics)
    if (!name) {
      diagnostics.push(badName(file.path))
      continue
    }
    reports.push(
      guarded(
        file,
        diagnostics,
        () => respelled(parseReport(file, name.taskId, name.partial, diagnostics, pending), spell),
        () => emptyReport(file.path, name.taskId, name.partial)
      )
    )
  }
  // A report that exists but could not be read still says the task was started:
  // its status is unknown rather than whatever the plan claims.
  for (const { path, reason } of files.unreadableReports) {
    const name = reportName(path, spell, diagnostics)
    if (!name) {
      diagnostics.push(badName(path))
      continue
    }
    diagnostics.push({
      severity: 'error',
      file: path,
      line: 1,
      message: `could not be read: ${reason}; ${name.taskId} counts as status unknown and the verdict cannot be trusted`
    })
    reports.push(emptyReport(path, name.taskId, name.partial))
  }
  if (files.unreadableReports.length > 0) {
    reports.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
  }

  const iosmFile = files.iosmReport
  const iosm = iosmFile
    ? guarded(iosmFile, diagnostics, () => parseIosmReport(iosmFile, diagnostics), nothing)
    : null

  return { id: files.id, dir: files.dir, plan, prdTargets, reports, iosm, diagnostics }
}

/** The fallback of a parser whose result may be absent. */
const nothing = (): null => null

/**
 * The task a report file is for, in the plan's spelling: `reports/T1.md` is the
 * plan's T01 (a notice says so), as a person reading the track would take it.
 */
function reportName(
  path: string,
  spell: (id: string) => string,
  out: Diagnostic[]
): { taskId: string; partial: boolean } | null {
  const name = reportNameOfPath(path)
  if (!name) return null
  const taskId = spell(name.taskId)
  if (taskId === name.taskId) return name
  out.push({
    severity: 'notice',
    file: path,
    line: 1,
    message: `${name.taskId} is read as the plan's ${taskId}: the same number, written with other zeros`
  })
  return { ...name, taskId }
}

/** A plan task whose dependencies name plan tasks with other zeros (`T1` for T01), respelled. */
function withPlanSpelling(
  task: PlanTask,
  spell: (id: string) => string,
  file: string,
  out: Diagnostic[]
): PlanTask {
  const dependsOn = task.dependsOn.map(spell)
  if (dependsOn.every((id, i) => id === task.dependsOn[i])) return task
  out.push({
    severity: 'notice',
    file,
    line: task.dependsOnLine ?? task.line,
    message: `${task.id} depends on ${task.dependsOn.filter((id, i) => id !== dependsOn[i]).join(', ')}: read as the plan's ${dependsOn.filter((id, i) => id !== task.dependsOn[i]).join(', ')}, the same numbers written with other zeros`
  })
  return { ...task, dependsOn: [...new Set(dependsOn)] }
}

/** A report's hand-off notes, their task ids in the plan's spelling. */
function respelled(report: Report, spell: (id: string) => string): Report {
  const differs = (refs: TaskRef[]): boolean => refs.some(r => spell(r.id) !== r.id)
  if (!differs(report.dependsOn) && !differs(report.blocks) && !differs(report.mayConflictWith)) {
    return report
  }
  const fix = (refs: TaskRef[]): TaskRef[] => refs.map(r => ({ ...r, id: spell(r.id) }))
  return {
    ...report,
    dependsOn: fix(report.dependsOn),
    blocks: fix(report.blocks),
    mayConflictWith: fix(report.mayConflictWith)
  }
}

function badName(path: string): Diagnostic {
  return {
    severity: 'error',
    file: path,
    line: 1,
    message: 'report file name is not T##.md, T##-partial.md or T##-slug.md; the report is skipped'
  }
}

/**
 * Run one file's parser; a failure becomes an error diagnostic on that file and
 * a fallback value, made only then (an empty report is some twenty objects).
 */
function guarded<T>(file: SourceFile, out: Diagnostic[], parse: () => T, fallback: () => T): T {
  try {
    return parse()
  } catch (e) {
    const reason = errorText(e)
    out.push({
      severity: 'error',
      file: file.path,
      line: 1,
      message: `could not be parsed (${reason}); its content is left out and the verdict cannot be trusted`
    })
    return fallback()
  }
}
