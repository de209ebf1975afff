// Reports state their own totals ("Files created: 2", "3 files modified"),
// and agents get them wrong. A total that disagrees with the report's own
// file list is a warning at the line that states it; the list is what counts.
import type { Diagnostic, Report } from '../model.js'

const KINDS = ['created', 'modified', 'deleted'] as const

export function checkDeclaredTotals(report: Report): Diagnostic[] {
  const totals = report.declaredTotals
  if (!totals) return []
  const listed = {
    created: new Set(report.files.created.map(c => c.path)).size,
    modified: new Set(report.files.modified.map(c => c.path)).size,
    deleted: new Set(report.files.deleted.map(c => c.path)).size
  }
  const wrong = KINDS.filter(k => totals[k] !== null && totals[k] !== listed[k])
  if (wrong.length === 0) return []
  const stated = wrong.map(k => `${totals[k]} ${k}`).join(', ')
  const shown = KINDS.filter(k => listed[k] > 0 || wrong.includes(k))
    .map(k => `${listed[k]} ${k}`)
    .join(', ')
  return [
    {
      severity: 'warning',
      file: report.file,
      line: Math.max(1, totals.line),
      message: `${report.taskId} states ${stated}, but its file list shows ${shown}; the list is used.`
    }
  ]
}
