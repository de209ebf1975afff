// A JSON result (schemaVersion 1) handed back to be published: the report a
// fork's read-only job computed. It crossed a trust boundary (the fork's job
// made it), so its shape is checked before anything renders it; what it says
// is escaped by the renderers like any report text.
import { GATE_KEYS, SCHEMA_VERSION, type Result, type RunResult } from '../model.js'
import { errorText } from '../error-text.js'

type Check = (value: unknown) => boolean

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
const isString: Check = v => typeof v === 'string'
const isArray: Check = v => Array.isArray(v)
const arrayOf =
  (item: Check): Check =>
  v =>
    Array.isArray(v) && v.every(item)
const nullable =
  (check: Check): Check =>
  v =>
    v === null || check(v)
const isNumber: Check = v => typeof v === 'number' && Number.isFinite(v)
const oneOf =
  (...values: string[]): Check =>
  v =>
    typeof v === 'string' && values.includes(v)

/** The fields every renderer reads, with their types; extra fields are allowed. */
const TRACK_FIELDS: Record<string, Check> = {
  status: oneOf('complete', 'in-progress', 'blocked'),
  tasks: arrayOf(
    t => isObject(t) && isString(t['id']) && isString(t['title']) && isString(t['status'])
  ),
  mergeOrder: m => isObject(m) && arrayOf(arrayOf(isString))(m['waves']) && isArray(m['held']),
  criticalPath: arrayOf(isString),
  cycles: arrayOf(arrayOf(isString)),
  cycleGroups: arrayOf(arrayOf(isString)),
  conflicts: arrayOf(isObject),
  unplannedTouches: arrayOf(isObject),
  blockers: arrayOf(isObject),
  gates: g => isObject(g) && GATE_KEYS.every(k => isObject(g[k]) && isString(g[k]['status'])),
  iosmIndex: nullable(isNumber),
  statedIndex: nullable(isNumber),
  rating: nullable(isString),
  indexThreshold: nullable(isNumber),
  naPolicy: isString,
  diffCheck: nullable(isObject),
  spawnCandidates: arrayOf(isObject),
  followUps: arrayOf(isObject),
  lessons: arrayOf(isObject),
  verdict: v =>
    isObject(v) && oneOf('success', 'failure')(v['conclusion']) && arrayOf(isString)(v['reasons']),
  diagnostics: arrayOf(isObject)
}

export function parseRunResult(text: string, source: string): Result<RunResult> {
  const fail = (why: string): Result<RunResult> => ({
    ok: false,
    error: `${source}: ${why}; pass the report-json file the action wrote (schemaVersion ${SCHEMA_VERSION})`
  })
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (err) {
    return fail(`not JSON (${errorText(err)})`)
  }
  if (!isObject(value)) return fail('not a JSON object')
  if (value['schemaVersion'] !== SCHEMA_VERSION) {
    return fail(`schemaVersion is ${JSON.stringify(value['schemaVersion'])}, not ${SCHEMA_VERSION}`)
  }
  if (!oneOf('success', 'failure')(value['conclusion'])) {
    return fail('conclusion is neither "success" nor "failure"')
  }
  const tracks = value['tracks']
  if (!Array.isArray(tracks)) return fail('tracks is not a list')
  for (const [i, track] of tracks.entries()) {
    if (!isObject(track)) return fail(`tracks[${i}] is not an object`)
    const info = track['track']
    if (!isObject(info) || !isString(info['id']) || !isString(info['dir'])) {
      return fail(`tracks[${i}].track has no id and dir`)
    }
    for (const [field, check] of Object.entries(TRACK_FIELDS)) {
      if (!check(track[field])) return fail(`tracks[${i}].${field} is missing or malformed`)
    }
  }
  // The checks above cover every field the renderers read.
  return { ok: true, value: value as unknown as RunResult }
}
