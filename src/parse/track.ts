// The parser's entry point: a loaded track folder to the typed model. Each
// file is parsed on its own, so one file the parser cannot cope with never
// stops the others.

import type { Diagnostic, ParsedTrack, Report, SourceFile, TrackFiles } from '../model.js'
import { reportNameOfPath } from '../report-names.js'
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

  const reports: Report[] = []
  for (const file of files.reports) {
    const name = reportName(file.path)
    if (!name) {
      diagnostics.push(badName(file.path))
      continue
    }
    reports.push(
      guarded(
        file,
        diagnostics,
        () => parseReport(file, name.taskId, name.partial, diagnostics, pending),
        () => emptyReport(file.path, name.taskId, name.partial)
      )
    )
  }
  // A report that exists but could not be read still says the task was started:
  // its status is unknown rather than whatever the plan claims.
  for (const { path, reason } of files.unreadableReports) {
    const name = reportName(path)
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

function reportName(path: string): { taskId: string; partial: boolean } | null {
  return reportNameOfPath(path)
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
