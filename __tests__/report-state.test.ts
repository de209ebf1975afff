// The state kept in the sticky comment: what survives a round trip, and what
// is refused (corrupt, foreign, oversized) as "no previous report".

import { deflateRawSync } from 'node:zlib'
import {
  MAX_STATE_CHARS,
  decodeState,
  encodeState,
  readState,
  summarizeRun,
  type ReportState
} from '../src/report-state.js'
import { blocker, diffCheck, gate, gates, run, task, track } from '../__fixtures__/render/build.js'
import { renderComment } from '../src/render/comment.js'

const model = () =>
  run(
    track('t1', {
      tasks: [task('T01'), task('T02', { status: 'partial' }), task('T03', { status: 'blocked' })],
      gates: gates({ I: gate(0.85), M: gate(null) }),
      iosmIndex: 0.85,
      blockers: [
        blocker('T03', 'No staging bucket'),
        blocker('T03', 'Task is blocked', { kind: 'status' }),
        blocker('T02', 'Old one', { resolved: true })
      ],
      conflicts: [{ path: 'a.ts', tasks: ['T01', 'T02'], kind: 'parallel', reason: 'overlap' }],
      forecastConflicts: [
        { path: 'b/', tasks: ['T02', 'T03'], kind: 'planned', schedule: 'sequential', complete: [] }
      ],
      diffCheck: diffCheck({
        unreported: ['x.ts'],
        phantom: [{ task: 'T01', path: 'y.ts' }],
        mismatch: [{ task: 'T02', path: 'z.ts', claimed: 'created', actual: 'modified' }]
      })
    })
  )

/** The hidden line's payload, made from any JSON value. */
const packed = (value: unknown): string =>
  deflateRawSync(Buffer.from(JSON.stringify(value), 'utf8')).toString('base64')

describe('summarizeRun', () => {
  test('keeps ids, statuses, scores and keys; open reported blockers only', () => {
    const s = summarizeRun(model())
    const t = s.tracks[0]
    expect(t?.tasks).toEqual([
      { id: 'T01', status: 'complete' },
      { id: 'T02', status: 'partial' },
      { id: 'T03', status: 'blocked' }
    ])
    expect(t?.gates).toEqual({ I: 0.85, O: null, S: null, M: null })
    expect(t?.index).toBe(0.85)
    expect(t?.blockers).toEqual([{ task: 'T03', title: 'No staging bucket' }])
    expect(t?.conflicts).toEqual([{ path: 'a.ts', tasks: ['T01', 'T02'], kind: 'parallel' }])
    expect(t?.forecast).toEqual([{ path: 'b/', tasks: ['T02', 'T03'], kind: 'sequential' }])
    expect(t?.findings).toEqual([
      { kind: 'unreported', task: null, path: 'x.ts' },
      { kind: 'phantom', task: 'T01', path: 'y.ts' },
      { kind: 'mismatch', task: 'T02', path: 'z.ts' }
    ])
  })
})

describe('the state codec', () => {
  test('round trip: what is encoded is read back from a comment body', () => {
    const state = summarizeRun(model())
    const line = encodeState(state)
    expect(line).not.toBeNull()
    expect(readState(`<!-- swarm-integration-report {"check":"x"} -->\n${line}\nreport`)).toEqual(
      state
    )
    expect(readState(line ?? '')).toEqual(state)
  })

  test('the comment carries the state of its own result', () => {
    const out = renderComment(model(), {
      state: { check: 'IOSM', headSha: null, runId: 1, runAttempt: 1 },
      fullReportHint: null
    })
    expect(readState(out.body)).toEqual(summarizeRun(model()))
  })

  test('missing: a body without the line, or with it elsewhere than after the marker', () => {
    const line = encodeState(summarizeRun(model())) ?? ''
    expect(readState('<!-- swarm-integration-report {} -->\nreport')).toBeNull()
    expect(readState(`<!-- swarm-integration-report {} -->\nreport\n${line}`)).toBeNull()
  })

  test.each<[string, string]>([
    ['not base64', '!!!not-base64!!!'],
    ['base64 that does not inflate', Buffer.from('plain text, not deflated').toString('base64')],
    ['inflated text that is not JSON', deflateRawSync(Buffer.from('{"v":1,')).toString('base64')],
    [
      'a score out of range',
      packed({
        ...summarizeRun(model()),
        tracks: [{ ...summarizeRun(model()).tracks[0], index: 7 }]
      })
    ],
    [
      'a status that does not exist',
      packed({
        v: 1,
        tracks: [{ ...summarizeRun(model()).tracks[0], tasks: [{ id: 'T01', status: 'done' }] }]
      })
    ],
    [
      'a list that is not a list',
      packed({ v: 1, tracks: [{ ...summarizeRun(model()).tracks[0], conflicts: 'a.ts' }] })
    ],
    ['empty', '']
  ])('corrupt (%s): no previous report', (_name, payload) => {
    expect(decodeState(payload)).toBeNull()
    expect(readState(`<!-- swarm-integration-report:state v1 ${payload} -->`)).toBeNull()
  })

  test("foreign: another version, or another tool's line", () => {
    const state = summarizeRun(model())
    expect(decodeState(packed({ ...state, v: 2 }))).toBeNull()
    expect(decodeState(packed({ tracks: state.tracks }))).toBeNull()
    const line = encodeState(state) ?? ''
    expect(readState(line.replace('state v1', 'state v2'))).toBeNull()
    expect(
      readState(line.replace('swarm-integration-report:state', 'other-report:state'))
    ).toBeNull()
  })

  test('oversized: a payload over the cap is refused before it is inflated', () => {
    const big = 'A'.repeat(MAX_STATE_CHARS + 4)
    expect(decodeState(big)).toBeNull()
    expect(readState(`<!-- swarm-integration-report:state v1 ${big} -->`)).toBeNull()
  })

  test('a payload that inflates past the guard is refused', () => {
    // Compresses to far less than the cap, inflates to megabytes.
    const bomb = deflateRawSync(
      Buffer.from(`{"v":1,"tracks":[],"pad":"${' '.repeat(4 << 20)}"}`)
    ).toString('base64')
    expect(bomb.length).toBeLessThan(MAX_STATE_CHARS)
    expect(decodeState(bomb)).toBeNull()
  })

  test('too large a state drops whole lists, marked as not kept, and stays under the cap', () => {
    const many = Array.from({ length: 3000 }, (_, i) => ({
      kind: 'unreported' as const,
      task: null,
      path: `src/generated/${i.toString(36)}/${(i * 7919).toString(16)}.ts`
    }))
    const base = summarizeRun(model())
    const state: ReportState = { ...base, tracks: base.tracks.map(t => ({ ...t, findings: many })) }
    const line = encodeState(state)
    expect(line).not.toBeNull()
    expect((line ?? '').length).toBeLessThan(MAX_STATE_CHARS + 60)
    const back = readState(line ?? '')
    expect(back?.tracks[0]?.findings).toBeNull()
    expect(back?.tracks[0]?.conflicts).toEqual(base.tracks[0]?.conflicts)
  })

  test('a state whose task list alone is too large is not written', () => {
    const tasks = Array.from({ length: 20000 }, (_, i) => ({
      id: `T${(i * 104729).toString(36)}x${i}`,
      status: 'todo' as const
    }))
    const base = summarizeRun(model())
    expect(encodeState({ ...base, tracks: base.tracks.map(t => ({ ...t, tasks })) })).toBeNull()
  })
})
