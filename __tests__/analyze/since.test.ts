import { compareStates } from '../../src/analyze/since.js'
import type { ReportState, TrackState } from '../../src/report-state.js'

const trackState = (over: Partial<TrackState> = {}): TrackState => ({
  id: 't1',
  dir: 'swarm/tracks/t1',
  tasks: [
    { id: 'T01', status: 'complete' },
    { id: 'T02', status: 'in-progress' },
    { id: 'T03', status: 'todo' }
  ],
  gates: { I: 0.85, O: 0.7, S: null, M: 0.9 },
  index: 0.817,
  blockers: [{ task: 'T02', title: 'No staging bucket' }],
  conflicts: [{ path: 'a.ts', tasks: ['T01', 'T02'], kind: 'parallel' }],
  forecast: [],
  findings: [{ kind: 'unreported', task: null, path: 'x.ts' }],
  ...over
})
const state = (...tracks: TrackState[]): ReportState => ({ v: 1, tracks })

describe('compareStates', () => {
  test('nothing changed: null', () => {
    expect(compareStates(state(trackState()), state(trackState()))).toBeNull()
  })

  test('status moves, blockers, gates, index, conflicts, findings and plan changes', () => {
    const before = trackState()
    const after = trackState({
      tasks: [
        { id: 'T01', status: 'complete' },
        { id: 'T02', status: 'complete' },
        { id: 'T03', status: 'blocked' },
        { id: 'T04', status: 'partial' }
      ],
      gates: { I: 0.96, O: 0.7, S: null, M: null },
      index: 0.83,
      blockers: [{ task: 'T03', title: 'Quota service is down' }],
      conflicts: [{ path: 'b.ts', tasks: ['T02', 'T03'], kind: 'sequential' }],
      forecast: [{ path: 'c/', tasks: ['T03', 'T04'], kind: 'parallel' }],
      findings: []
    })
    expect(compareStates(state(before), state(after))).toEqual({
      tracks: [
        {
          track: { id: 't1', dir: 'swarm/tracks/t1' },
          becameComplete: ['T02'],
          becamePartial: [],
          becameBlocked: ['T03'],
          tasksAdded: ['T04'],
          tasksRemoved: [],
          blockersAppeared: [{ task: 'T03', title: 'Quota service is down' }],
          blockersResolved: [{ task: 'T02', title: 'No staging bucket' }],
          gates: [
            { gate: 'I', from: 0.85, to: 0.96 },
            { gate: 'M', from: 0.9, to: null }
          ],
          iosmIndex: { from: 0.817, to: 0.83 },
          conflictsNew: [{ path: 'b.ts', tasks: ['T02', 'T03'], kind: 'sequential' }],
          conflictsCleared: [{ path: 'a.ts', tasks: ['T01', 'T02'], kind: 'parallel' }],
          forecastNew: [{ path: 'c/', tasks: ['T03', 'T04'], kind: 'parallel' }],
          forecastCleared: [],
          findingsNew: [],
          findingsCleared: [{ kind: 'unreported', task: null, path: 'x.ts' }]
        }
      ]
    })
  })

  test('a task added already complete is listed as added, not as became complete; a removed one as removed', () => {
    const out = compareStates(
      state(trackState()),
      state(
        trackState({
          tasks: [
            { id: 'T01', status: 'complete' },
            { id: 'T02', status: 'in-progress' },
            { id: 'T09', status: 'complete' }
          ]
        })
      )
    )
    expect(out?.tracks[0]?.becameComplete).toEqual([])
    expect(out?.tracks[0]?.tasksAdded).toEqual(['T09'])
    expect(out?.tracks[0]?.tasksRemoved).toEqual(['T03'])
  })

  test('a list one side did not keep is not compared', () => {
    const out = compareStates(
      state(trackState({ findings: null, blockers: null })),
      state(trackState({ findings: [], blockers: [] }))
    )
    expect(out).toBeNull()
  })

  test('tracks are matched by folder; one in only one report is left out', () => {
    const other = trackState({ id: 't2', dir: 'swarm/tracks/t2' })
    const moved = trackState({ id: 't2', dir: 'swarm/tracks/t2', index: 0.9 })
    const out = compareStates(
      state(trackState(), other),
      state(moved, trackState({ id: 't3', dir: 'x/t3', index: 0 }))
    )
    expect(out?.tracks.map(t => [t.track.dir, t.iosmIndex])).toEqual([
      ['swarm/tracks/t2', { from: 0.817, to: 0.9 }]
    ])
  })
})
