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

/** A report entry that stands in a merge's way, before it is tied to its task and file. */
interface Entry {
  title: string
  severity: BlockerResult['severity']
  resolved: boolean
  line: number
}

/** The report's lists that hold blockers, in the order they are read, each with its weight. */
const REPORT_ENTRIES: ReadonlyArray<{
  kind: BlockerResult['kind']
  entries: (r: Report) => Entry[]
}> = [
  {
    kind: 'blocker',
    entries: r =>
      r.blockers.map(b => ({
        title: b.title || b.description,
        severity: 'critical',
        resolved: b.resolved,
        line: b.line
      }))
  },
  {
    kind: 'error',
    entries: r =>
      r.errors.map(e => ({
        title: e.type ? `${e.id}: ${e.type}` : e.id,
        severity: e.resolved ? 'non-critical' : 'critical',
        resolved: e.resolved,
        line: e.line
      }))
  },
  {
    kind: 'question',
    entries: r =>
      r.openQuestions.map(q => ({
        title: q.title,
        severity: 'non-critical',
        resolved: false,
        line: q.line
      }))
  },
  {
    kind: 'question',
    entries: r =>
      r.escalations.map(e => ({
        title: e.title ? `${e.id}: ${e.title}` : e.id,
        severity: 'non-critical',
        resolved: false,
        line: e.line
      }))
  }
]

export function collectBlockers(
  tasks: readonly BlockerTask[],
  spawnCandidates: readonly SpawnCandidateResult[],
  planFile: string,
  order: IdOrder = PLAIN_ID_ORDER
): BlockerResult[] {
  const out: BlockerResult[] = tasks.flatMap(t => [
    ...statusBlocker(t, planFile),
    ...reportBlockers(t)
  ])
  out.push(...spawnBlockers(tasks, spawnCandidates))
  return out.sort(
    (a, b) =>
      order.compare(a.task, b.task) ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      (a.line ?? 0) - (b.line ?? 0)
  )
}

/** A blocked or partial task's own entry, unless its blocker bullets already explain it. */
function statusBlocker(t: BlockerTask, planFile: string): BlockerResult[] {
  if (t.status !== 'blocked' && t.status !== 'partial') return []
  const r = t.report
  const blocked = t.status === 'blocked'
  if (blocked && (r?.blockers ?? []).some(b => !b.resolved)) return []
  const statusText = r ? r.statusText : (t.plan?.statusText ?? null)
  const where = r
    ? { file: r.file, line: Math.max(1, r.statusLine) }
    : { file: planFile, line: t.plan?.fields['status']?.line ?? t.plan?.line ?? 1 }
  return [
    {
      task: t.id,
      title:
        statusReason(statusText) ??
        (blocked ? 'No reason given' : 'Task is only partially complete'),
      severity: blocked ? 'critical' : 'non-critical',
      resolved: false,
      ...where,
      kind: 'status'
    }
  ]
}

function reportBlockers(t: BlockerTask): BlockerResult[] {
  const r = t.report
  if (!r) return []
  return REPORT_ENTRIES.flatMap(({ kind, entries }) =>
    entries(r).map(e => ({
      task: t.id,
      title: e.title,
      severity: e.severity,
      resolved: e.resolved,
      file: r.file,
      line: e.line,
      kind
    }))
  )
}

/** Critical spawn candidates not already proposed by another task. */
function spawnBlockers(
  tasks: readonly BlockerTask[],
  spawnCandidates: readonly SpawnCandidateResult[]
): BlockerResult[] {
  const files = new Map(tasks.map(t => [t.id, t.report?.file ?? null]))
  return spawnCandidates
    .filter(sc => !sc.duplicate && (sc.severity ?? '').trim().toLowerCase() === 'critical')
    .map(sc => ({
      task: sc.task,
      title: `${sc.id}: ${sc.subtask.replace(/^\s*critical:\s*/i, '')}`,
      severity: 'critical',
      resolved: false,
      file: files.get(sc.task) ?? null,
      line: sc.line,
      kind: 'spawn-candidate'
    }))
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
