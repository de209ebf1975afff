// What changed between the previous report and this one, from their compact
// states: tasks that became complete, partial or blocked, blockers that
// appeared or were resolved, gates and index that moved, conflicts and
// diff-check findings new or cleared, and tasks added to or removed from the
// plan. Tracks are matched by folder; one only in either report is left out,
// since the tracks in scope change with the files a push touches.

import type { ConflictKey, FindingKey, SinceChanges, TaskStatus, TrackChanges } from '../model.js'
import { GATE_KEYS } from '../model.js'
import type { ReportState, StateConflict, StateFinding, TrackState } from '../report-state.js'

export interface SinceReport {
  /** What to show; null: no block. */
  since: SinceChanges | null
  /** The state to keep for the next run: the current one, with the base of what is shown. */
  kept: ReportState
}

/**
 * The block for a run whose previous report kept `previous` (null: none, or
 * unreadable). When nothing changed since that report but it showed a block,
 * the same block is shown again, worked out against the same base: a re-run
 * then writes the comment it found.
 */
export function sinceLastReport(previous: ReportState | null, current: ReportState): SinceReport {
  const fresh: ReportState = { ...current, base: null }
  if (previous === null) return { since: null, kept: fresh }
  const since = compareTracks(previous.tracks, current.tracks)
  if (since !== null) return { since, kept: { ...current, base: previous.tracks } }
  if (previous.base === null) return { since: null, kept: fresh }
  const again = compareTracks(previous.base, current.tracks)
  return again === null
    ? { since: null, kept: fresh }
    : { since: again, kept: { ...current, base: previous.base } }
}

/** null when there is nothing to say: no track in both reports changed. */
export function compareStates(previous: ReportState, current: ReportState): SinceChanges | null {
  return compareTracks(previous.tracks, current.tracks)
}

function compareTracks(
  previous: readonly TrackState[],
  current: readonly TrackState[]
): SinceChanges | null {
  const before = new Map(previous.map(t => [t.dir, t]))
  const tracks: TrackChanges[] = []
  for (const now of current) {
    const then = before.get(now.dir)
    if (then === undefined) continue
    const changes = compareTrack(then, now)
    if (changes !== null) tracks.push(changes)
  }
  return tracks.length === 0 ? null : { tracks }
}

function compareTrack(then: TrackState, now: TrackState): TrackChanges | null {
  const was = new Map(then.tasks.map(t => [t.id, t.status]))
  const is = new Set(now.tasks.map(t => t.id))
  const became = (status: TaskStatus): string[] =>
    now.tasks
      .filter(t => t.status === status && was.has(t.id) && was.get(t.id) !== status)
      .map(t => t.id)

  const blockerKey = (b: { task: string; title: string }): string => `${b.task}\u0000${b.title}`
  const blockers = then.blockers !== null && now.blockers !== null
  const conflicts = diffKeys(then.conflicts, now.conflicts, conflictKey)
  const forecast = diffKeys(then.forecast, now.forecast, conflictKey)
  const findings = diffKeys(then.findings, now.findings, findingKey)

  const out: TrackChanges = {
    track: { id: now.id, dir: now.dir },
    becameComplete: became('complete'),
    becamePartial: became('partial'),
    becameBlocked: became('blocked'),
    tasksAdded: now.tasks.filter(t => !was.has(t.id)).map(t => t.id),
    tasksRemoved: then.tasks.filter(t => !is.has(t.id)).map(t => t.id),
    blockersAppeared: blockers ? onlyIn(now.blockers ?? [], then.blockers ?? [], blockerKey) : [],
    blockersResolved: blockers ? onlyIn(then.blockers ?? [], now.blockers ?? [], blockerKey) : [],
    gates: GATE_KEYS.filter(g => then.gates[g] !== now.gates[g]).map(g => ({
      gate: g,
      from: then.gates[g],
      to: now.gates[g]
    })),
    iosmIndex: then.index === now.index ? null : { from: then.index, to: now.index },
    conflictsNew: conflicts.added.map(asConflictKey),
    conflictsCleared: conflicts.removed.map(asConflictKey),
    forecastNew: forecast.added.map(asConflictKey),
    forecastCleared: forecast.removed.map(asConflictKey),
    findingsNew: findings.added.map(asFindingKey),
    findingsCleared: findings.removed.map(asFindingKey)
  }
  return hasChanges(out) ? out : null
}

function hasChanges(c: TrackChanges): boolean {
  return (
    c.becameComplete.length +
      c.becamePartial.length +
      c.becameBlocked.length +
      c.tasksAdded.length +
      c.tasksRemoved.length +
      c.blockersAppeared.length +
      c.blockersResolved.length +
      c.gates.length +
      c.conflictsNew.length +
      c.conflictsCleared.length +
      c.forecastNew.length +
      c.forecastCleared.length +
      c.findingsNew.length +
      c.findingsCleared.length >
      0 || c.iosmIndex !== null
  )
}

/** Items of `a` whose key `b` lacks, in `a`'s order, each key once. */
function onlyIn<T>(a: readonly T[], b: readonly T[], key: (x: T) => string): T[] {
  const other = new Set(b.map(key))
  const seen = new Set<string>()
  return a.filter(x => {
    const k = key(x)
    if (other.has(k) || seen.has(k)) return false
    seen.add(k)
    return true
  })
}

/** Added and removed items; nothing when either side's list was not kept. */
function diffKeys<T>(
  then: readonly T[] | null,
  now: readonly T[] | null,
  key: (x: T) => string
): { added: T[]; removed: T[] } {
  if (then === null || now === null) return { added: [], removed: [] }
  return { added: onlyIn(now, then, key), removed: onlyIn(then, now, key) }
}

const conflictKey = (c: StateConflict): string =>
  `${c.path}\u0000${c.tasks.join('\u0000')}\u0000${c.kind}`
const findingKey = (f: StateFinding): string => `${f.kind}\u0000${f.task ?? ''}\u0000${f.path}`
const asConflictKey = (c: StateConflict): ConflictKey => ({
  path: c.path,
  tasks: [...c.tasks],
  kind: c.kind
})
const asFindingKey = (f: StateFinding): FindingKey => ({ kind: f.kind, task: f.task, path: f.path })
