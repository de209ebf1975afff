// The parser's entry point: a loaded track folder to the typed model. Each
// file is parsed on its own, so one file the parser cannot cope with never
// stops the others.

import type { Diagnostic, ParsedTrack, Report, SourceFile, TrackFiles } from '../model.js'
import { parseIosmReport } from './iosm-report.js'
import { parsePlan } from './plan.js'
import { parsePrdTargets } from './prd.js'
import { emptyReport, parseReport } from './report.js'

export function parseTrack(files: TrackFiles): ParsedTrack {
  const diagnostics: Diagnostic[] = [...files.diagnostics]
  let plan: ParsedTrack['plan'] = null
  if (files.plan) {
    const source = files.plan
    plan = guarded(source, diagnostics, () => parsePlan(source, diagnostics), null)
  } else {
    diagnostics.push({
      severity: 'warning',
      file: 'plan.md',
      line: 1,
      message: 'no plan.md: tasks come from the reports alone'
    })
  }

  const prd = files.prd
  const prdTargets = prd
    ? guarded(prd, diagnostics, () => parsePrdTargets(prd, diagnostics), {})
    : {}

  const reports: Report[] = []
  for (const file of files.reports) {
    const name = /(?:^|\/)(T-AUTO-\d+|T\d+)(-partial)?\.md$/i.exec(file.path)
    if (!name) {
      diagnostics.push({
        severity: 'error',
        file: file.path,
        line: 1,
        message: 'report file name is not T##.md or T##-partial.md; the report is skipped'
      })
      continue
    }
    const taskId = (name[1] ?? '').toUpperCase()
    const partial = name[2] !== undefined
    reports.push(
      guarded(
        file,
        diagnostics,
        () => parseReport(file, taskId, partial, diagnostics),
        emptyReport(file.path, taskId, partial)
      )
    )
  }

  const iosmFile = files.iosmReport
  const iosm = iosmFile
    ? guarded(iosmFile, diagnostics, () => parseIosmReport(iosmFile, diagnostics), null)
    : null

  return { id: files.id, dir: files.dir, plan, prdTargets, reports, iosm, diagnostics }
}

/** Run one file's parser; a failure becomes an error diagnostic on that file and a fallback value. */
function guarded<T>(file: SourceFile, out: Diagnostic[], parse: () => T, fallback: T): T {
  try {
    return parse()
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e)
    out.push({
      severity: 'error',
      file: file.path,
      line: 1,
      message: `could not be parsed (${reason}); its content is left out`
    })
    return fallback
  }
}
