// Everything that stands in the way of merging, with its weight: blocker
// bullets, blocked and partial tasks, errors left unresolved, critical spawn
// candidates, and the questions still open.

import type { BlockerResult, PlanTask, Report, SpawnCandidateResult, TaskStatus } from '../model.js'
import { PLAIN_ID_ORDER, type IdOrder } from '../order.js'

export interface BlockerTask {
  id: string
  status: TaskStatus
  plan: PlanTask | null
  report: Report | null
}

const KIND_ORDER: Record<BlockerResult['kind'], number> = {
  status: 0,
  blocker: 1,
  error: 2,
  'spawn-candidate': 3,
  question: 4
}

export function collectBlockers(
  tasks: readonly BlockerTask[],
  spawnCandidates: readonly SpawnCandidateResult[],
  planFile: string,
  order: IdOrder = PLAIN_ID_ORDER
): BlockerResult[] {
  const out: BlockerResult[] = []
  for (const t of tasks) {
    const r = t.report
    const open = (r?.blockers ?? []).filter(b => !b.resolved)
    if (t.status === 'blocked' || t.status === 'partial') {
      const blocked = t.status === 'blocked'
      // A blocked task with its own blocker bullets is already explained by them.
      if (!blocked || open.length === 0) {
        const statusText = r ? r.statusText : (t.plan?.statusText ?? null)
        const where = r
          ? { file: r.file, line: Math.max(1, r.statusLine) }
          : { file: planFile, line: t.plan?.fields['status']?.line ?? t.plan?.line ?? 1 }
        out.push({
          task: t.id,
          title:
            statusReason(statusText) ??
            (blocked ? 'No reason given' : 'Task is only partially complete'),
          severity: blocked ? 'critical' : 'non-critical',
          resolved: false,
          ...where,
          kind: 'status'
        })
      }
    }
    if (!r) continue
    const at = (line: number): { file: string; line: number } => ({ file: r.file, line })
    for (const b of r.blockers) {
      out.push({
        task: t.id,
        title: b.title || b.description,
        severity: 'critical',
        resolved: b.resolved,
        ...at(b.line),
        kind: 'blocker'
      })
    }
    for (const e of r.errors) {
      out.push({
        task: t.id,
        title: e.type ? `${e.id}: ${e.type}` : e.id,
        severity: e.resolved ? 'non-critical' : 'critical',
        resolved: e.resolved,
        ...at(e.line),
        kind: 'error'
      })
    }
    for (const q of r.openQuestions) {
      out.push({
        task: t.id,
        title: q.title,
        severity: 'non-critical',
        resolved: false,
        ...at(q.line),
        kind: 'question'
      })
    }
    for (const e of r.escalations) {
      out.push({
        task: t.id,
        title: e.title ? `${e.id}: ${e.title}` : e.id,
        severity: 'non-critical',
        resolved: false,
        ...at(e.line),
        kind: 'question'
      })
    }
  }
  const files = new Map(tasks.map(t => [t.id, t.report?.file ?? null]))
  for (const sc of spawnCandidates) {
    if (sc.duplicate || (sc.severity ?? '').trim().toLowerCase() !== 'critical') continue
    out.push({
      task: sc.task,
      title: `${sc.id}: ${sc.subtask.replace(/^\s*critical:\s*/i, '')}`,
      severity: 'critical',
      resolved: false,
      file: files.get(sc.task) ?? null,
      line: sc.line,
      kind: 'spawn-candidate'
    })
  }
  return out.sort(
    (a, b) =>
      order.compare(a.task, b.task) ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      (a.line ?? 0) - (b.line ?? 0)
  )
}

/**
 * `BLOCKED(reason: waiting for credentials)` -> `waiting for credentials`: the
 * first bracket with text in it. Found by index: the regex this replaces took
 * cubic time on an unclosed bracket followed by a long run of spaces.
 */
function statusReason(text: string | null): string | null {
  if (text === null) return null
  for (let open = text.indexOf('('); open !== -1; open = text.indexOf('(', open + 1)) {
    const close = text.indexOf(')', open + 1)
    if (close === -1) return null
    const inner = text
      .slice(open + 1, close)
      .trim()
      .replace(/^reason\s*:/i, '')
      .trim()
    if (inner !== '') return inner
  }
  return null
}
