// A compact, versioned summary of one result, kept in the hidden part of the
// sticky comment so that the next run can say what changed since: task ids and
// statuses, gate scores and the index, and the keys of blockers, conflicts and
// diff-check findings. Kilobytes, not the whole result: deflated, in base64,
// under a hard cap. Anything that does not decode cleanly is no state at all.

import { zlib } from './lazy-builtins.js'
import { GATE_KEYS, TASK_STATUSES, type GateKey, type TaskStatus } from './model.js'

const STATE_VERSION = 1 as const
/** The encoded state never takes more of the comment than this. */
export const MAX_STATE_CHARS = 8192
/** What a decoded state may inflate to: a guard against a crafted payload. */
const MAX_INFLATED_BYTES = 512 * 1024
/** Text kept per blocker title: enough to name it, not to carry it. */
const TITLE_CHARS = 120

const OPEN = '<!-- swarm-integration-report:state v1 '
const CLOSE = ' -->'

export interface StateConflict {
  path: string
  tasks: string[]
  kind: string
}

export interface StateFinding {
  kind: 'unreported' | 'phantom' | 'mismatch'
  task: string | null
  path: string
}

export interface TrackState {
  id: string
  dir: string
  /** In the result's order. */
  tasks: Array<{ id: string; status: TaskStatus }>
  gates: Record<GateKey, number | null>
  index: number | null
  /** null: the list did not fit and was not kept, so it cannot be compared. */
  blockers: Array<{ task: string; title: string }> | null
  conflicts: StateConflict[] | null
  forecast: StateConflict[] | null
  findings: StateFinding[] | null
}

export interface ReportState {
  v: typeof STATE_VERSION
  tracks: TrackState[]
  /**
   * The tracks the shown "since" block was worked out against, when there is
   * one: a later run that finds nothing new shows the same block again, so a
   * re-run leaves the comment as it was.
   */
  base: TrackState[] | null
}

/** The parts of a result the state reads; a full RunResult is one. */
export interface StateSource {
  tracks: ReadonlyArray<{
    track: { id: string; dir: string }
    tasks: ReadonlyArray<{ id: string; status: TaskStatus }>
    gates: Record<GateKey, { score: number | null }>
    iosmIndex: number | null
    blockers: ReadonlyArray<{ task: string; title: string; resolved: boolean; kind: string }>
    conflicts: ReadonlyArray<{ path: string; tasks: readonly string[]; kind: string }>
    forecastConflicts?: ReadonlyArray<{ path: string; tasks: readonly string[]; schedule: string }>
    diffCheck: {
      unreported: readonly string[]
      phantom: ReadonlyArray<{ task: string; path: string }>
      mismatch: ReadonlyArray<{ task: string; path: string }>
    } | null
  }>
}

export function summarizeRun(run: StateSource): ReportState {
  return {
    v: STATE_VERSION,
    base: null,
    tracks: run.tracks.map(t => {
      const gates = {} as Record<GateKey, number | null>
      for (const g of GATE_KEYS) gates[g] = t.gates[g]?.score ?? null
      return {
        id: t.track.id,
        dir: t.track.dir,
        tasks: t.tasks.map(x => ({ id: x.id, status: x.status })),
        gates,
        index: t.iosmIndex,
        // A task's status is compared on its own: its status row is not a blocker here.
        blockers: t.blockers
          .filter(b => !b.resolved && b.kind !== 'status')
          .map(b => ({ task: b.task, title: b.title.slice(0, TITLE_CHARS) })),
        conflicts: t.conflicts.map(c => ({ path: c.path, tasks: [...c.tasks], kind: c.kind })),
        forecast: (t.forecastConflicts ?? []).map(c => ({
          path: c.path,
          tasks: [...c.tasks],
          kind: c.schedule
        })),
        findings:
          t.diffCheck === null
            ? []
            : [
                ...t.diffCheck.unreported.map(path => ({
                  kind: 'unreported' as const,
                  task: null,
                  path
                })),
                ...t.diffCheck.phantom.map(p => ({
                  kind: 'phantom' as const,
                  task: p.task,
                  path: p.path
                })),
                ...t.diffCheck.mismatch.map(m => ({
                  kind: 'mismatch' as const,
                  task: m.task,
                  path: m.path
                }))
              ]
      }
    })
  }
}

/** The lists given up first when the state is too large, the least telling first. */
const SHEDDABLE = ['findings', 'forecast', 'conflicts', 'blockers'] as const

/**
 * The hidden line `<!-- swarm-integration-report:state v1 … -->`, within
 * MAX_STATE_CHARS: over it, whole lists are dropped (and marked as not kept)
 * until it fits; null when even the task statuses do not fit.
 */
export function encodeState(state: ReportState): string | null {
  let current = state
  let text = pack(current)
  // The base only keeps a block steady across re-runs: it goes first.
  if (text.length > MAX_STATE_CHARS && current.base !== null) {
    current = { ...current, base: null }
    text = pack(current)
  }
  for (const key of SHEDDABLE) {
    if (text.length <= MAX_STATE_CHARS) break
    current = { ...current, tracks: current.tracks.map(t => ({ ...t, [key]: null })) }
    text = pack(current)
  }
  return text.length <= MAX_STATE_CHARS ? `${OPEN}${text}${CLOSE}` : null
}

function pack(state: ReportState): string {
  return zlib()
    .deflateRawSync(Buffer.from(JSON.stringify(state), 'utf8'))
    .toString('base64')
}

/**
 * The state kept in a comment body: the hidden line right after the marker
 * line (or at the start of `text`). Missing, foreign, corrupt or oversized:
 * null, which means "no previous report".
 */
export function readState(body: string): ReportState | null {
  const lineEnd = body.startsWith(OPEN) ? -1 : body.indexOf('\n')
  const start = lineEnd + 1
  if (!body.startsWith(OPEN, start)) return null
  const from = start + OPEN.length
  // Looked for no further than the cap allows: an unclosed line is not read to the end.
  const end = body.indexOf(CLOSE, from)
  if (end === -1 || end - from > MAX_STATE_CHARS) return null
  return decodeState(body.slice(from, end))
}

export function decodeState(text: string): ReportState | null {
  if (text.length === 0 || text.length > MAX_STATE_CHARS) return null
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text)) return null
  let value: unknown
  try {
    const raw = zlib().inflateRawSync(Buffer.from(text, 'base64'), {
      maxOutputLength: MAX_INFLATED_BYTES
    })
    value = JSON.parse(raw.toString('utf8'))
  } catch {
    return null
  }
  return asState(value)
}

// ---------------------------------------------------------------------------
// Validation: every field checked, nothing trusted.

type Obj = Record<string, unknown>
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x)
const isStr = (x: unknown): x is string => typeof x === 'string'
const isScore = (x: unknown): x is number | null =>
  x === null || (typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= 1)
const STATUSES: readonly TaskStatus[] = TASK_STATUSES
const FINDING_KINDS: readonly StateFinding['kind'][] = ['unreported', 'phantom', 'mismatch']

function asState(value: unknown): ReportState | null {
  if (!isObj(value) || value.v !== STATE_VERSION) return null
  const tracks = asTracks(value.tracks)
  if (tracks === null) return null
  if (value.base === null || value.base === undefined)
    return { v: STATE_VERSION, tracks, base: null }
  const base = asTracks(value.base)
  return base === null ? null : { v: STATE_VERSION, tracks, base }
}

function asTracks(value: unknown): TrackState[] | null {
  if (!Array.isArray(value)) return null
  const tracks: TrackState[] = []
  for (const t of value) {
    const track = asTrack(t)
    if (track === null) return null
    tracks.push(track)
  }
  return tracks
}

function asTrack(t: unknown): TrackState | null {
  if (!isObj(t) || !isStr(t.id) || !isStr(t.dir) || !isScore(t.index)) return null
  if (!Array.isArray(t.tasks) || !isObj(t.gates)) return null
  const tasks: TrackState['tasks'] = []
  for (const x of t.tasks) {
    if (!isObj(x) || !isStr(x.id)) return null
    const status = STATUSES.find(s => s === x.status)
    if (status === undefined) return null
    tasks.push({ id: x.id, status })
  }
  const gates = {} as Record<GateKey, number | null>
  for (const g of GATE_KEYS) {
    const score = t.gates[g]
    if (!isScore(score)) return null
    gates[g] = score
  }
  const blockers = listOf(t.blockers, b =>
    isObj(b) && isStr(b.task) && isStr(b.title) ? { task: b.task, title: b.title } : null
  )
  const conflicts = listOf(t.conflicts, asConflict)
  const forecast = listOf(t.forecast, asConflict)
  const findings = listOf(t.findings, f => {
    if (!isObj(f) || !isStr(f.path) || !(f.task === null || isStr(f.task))) return null
    const kind = FINDING_KINDS.find(k => k === f.kind)
    return kind === undefined ? null : { kind, task: f.task, path: f.path }
  })
  if (blockers === undefined || conflicts === undefined) return null
  if (forecast === undefined || findings === undefined) return null
  return {
    id: t.id,
    dir: t.dir,
    tasks,
    gates,
    index: t.index,
    blockers,
    conflicts,
    forecast,
    findings
  }
}

function asConflict(c: unknown): StateConflict | null {
  if (!isObj(c) || !isStr(c.path) || !isStr(c.kind) || !Array.isArray(c.tasks)) return null
  if (!c.tasks.every(isStr)) return null
  return { path: c.path, tasks: c.tasks, kind: c.kind }
}

/** The list, null when it was not kept, undefined when anything in it is malformed. */
function listOf<T>(value: unknown, item: (x: unknown) => T | null): T[] | null | undefined {
  if (value === null) return null
  if (!Array.isArray(value)) return undefined
  const out: T[] = []
  for (const x of value) {
    const v = item(x)
    if (v === null) return undefined
    out.push(v)
  }
  return out
}
