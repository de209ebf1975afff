// `--previous old.json`: a result saved with `--format json`, read back as the
// state to compare with. The file is checked field by field; anything that is
// not such a result is a usage error naming the first field that is wrong.
// It is not `parseRunResult` (the publish-result input): that one requires
// every field the renderers read, which would refuse results saved by older
// versions, while this one needs only the compared fields, checked deeper
// (statuses, score ranges, blocker fields).

import { GATE_KEYS, TASK_STATUSES, type GateKey, type Result, type TaskStatus } from '../model.js'
import { summarizeRun, type ReportState, type StateSource } from '../report-state.js'
import { errorText } from '../error-text.js'

type Track = StateSource['tracks'][number]
type Obj = Record<string, unknown>

const STATUSES: readonly TaskStatus[] = TASK_STATUSES

class Invalid extends Error {}

export function readPreviousResult(text: string, name: string): Result<ReportState> {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (err) {
    // One line, as every CLI error is.
    const why = errorText(err).replace(/\s+/g, ' ').trim()
    return { ok: false, error: `--previous: ${name} is not JSON (${why})` }
  }
  try {
    return { ok: true, value: summarizeRun(asRun(value)) }
  } catch (err) {
    if (!(err instanceof Invalid)) throw err
    return {
      ok: false,
      error: `--previous: ${name} is not a result saved with --format json: ${err.message}`
    }
  }
}

function asRun(v: unknown): StateSource {
  const run = obj(v, 'the file')
  if (run.schemaVersion !== 1)
    throw new Invalid(`schemaVersion is ${JSON.stringify(run.schemaVersion) ?? 'missing'}, not 1`)
  return { tracks: arr(run.tracks, 'tracks').map((t, i) => asTrack(t, `tracks[${i}]`)) }
}

function asTrack(v: unknown, at: string): Track {
  const t = obj(v, at)
  const info = obj(t.track, `${at}.track`)
  const track = { id: str(info.id, `${at}.track.id`), dir: str(info.dir, `${at}.track.dir`) }
  const gatesIn = obj(t.gates, `${at}.gates`)
  const gates = {} as Record<GateKey, { score: number | null }>
  for (const g of GATE_KEYS) {
    const gate = obj(gatesIn[g], `${at}.gates.${g}`)
    gates[g] = { score: score(gate.score, `${at}.gates.${g}.score`) }
  }
  const diff = t.diffCheck
  return {
    track,
    tasks: arr(t.tasks, `${at}.tasks`).map((x, i) => {
      const task = obj(x, `${at}.tasks[${i}]`)
      const status = STATUSES.find(s => s === task.status)
      if (status === undefined) throw new Invalid(`${at}.tasks[${i}].status is not a task status`)
      return { id: str(task.id, `${at}.tasks[${i}].id`), status }
    }),
    gates,
    iosmIndex: score(t.iosmIndex, `${at}.iosmIndex`),
    blockers: arr(t.blockers, `${at}.blockers`).map((x, i) => {
      const b = obj(x, `${at}.blockers[${i}]`)
      const where = `${at}.blockers[${i}]`
      if (typeof b.resolved !== 'boolean')
        throw new Invalid(`${where}.resolved is not true or false`)
      return {
        task: str(b.task, `${where}.task`),
        title: str(b.title, `${where}.title`),
        resolved: b.resolved,
        kind: str(b.kind, `${where}.kind`)
      }
    }),
    conflicts: arr(t.conflicts, `${at}.conflicts`).map((x, i) =>
      pair(x, `${at}.conflicts[${i}]`, 'kind')
    ),
    // Results saved before forecasts existed have none.
    forecastConflicts:
      t.forecastConflicts === undefined
        ? []
        : arr(t.forecastConflicts, `${at}.forecastConflicts`).map((x, i) => {
            const c = pair(x, `${at}.forecastConflicts[${i}]`, 'schedule')
            return { path: c.path, tasks: c.tasks, schedule: c.kind }
          }),
    diffCheck: diff === null || diff === undefined ? null : asDiff(diff, `${at}.diffCheck`)
  }
}

function asDiff(v: unknown, at: string): NonNullable<Track['diffCheck']> {
  const d = obj(v, at)
  const claim = (x: unknown, where: string): { task: string; path: string } => {
    const c = obj(x, where)
    return { task: str(c.task, `${where}.task`), path: str(c.path, `${where}.path`) }
  }
  return {
    unreported: arr(d.unreported, `${at}.unreported`).map((p, i) =>
      str(p, `${at}.unreported[${i}]`)
    ),
    phantom: arr(d.phantom, `${at}.phantom`).map((x, i) => claim(x, `${at}.phantom[${i}]`)),
    mismatch:
      d.mismatch === undefined
        ? []
        : arr(d.mismatch, `${at}.mismatch`).map((x, i) => claim(x, `${at}.mismatch[${i}]`))
  }
}

function pair(
  v: unknown,
  at: string,
  kindField: string
): { path: string; tasks: string[]; kind: string } {
  const c = obj(v, at)
  return {
    path: str(c.path, `${at}.path`),
    tasks: arr(c.tasks, `${at}.tasks`).map((id, i) => str(id, `${at}.tasks[${i}]`)),
    kind: str(c[kindField], `${at}.${kindField}`)
  }
}

function obj(v: unknown, at: string): Obj {
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    throw new Invalid(`${at} is not an object`)
  return v as Obj
}

function arr(v: unknown, at: string): unknown[] {
  if (!Array.isArray(v)) throw new Invalid(`${at} is not a list`)
  return v
}

function str(v: unknown, at: string): string {
  if (typeof v !== 'string') throw new Invalid(`${at} is not text`)
  return v
}

function score(v: unknown, at: string): number | null {
  if (v === null) return null
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 1)
    throw new Invalid(`${at} is not a score between 0 and 1, or null`)
  return v
}
