// Typed builders for analysed models, so render tests state only what matters
// to them. Defaults describe a small, healthy, complete track.

import {
  GATE_KEYS,
  type BlockerResult,
  type DiffCheck,
  type GateKey,
  type GateResult,
  type RunResult,
  type TaskResult,
  type TrackChanges,
  type TrackResult
} from '../../src/model.js'
import { compareIds } from '../../src/order.js'

export function task(id: string, overrides: Partial<TaskResult> = {}): TaskResult {
  return {
    id,
    title: `Task ${id}`,
    phase: 'Phase 1 — Build',
    role: 'Implementer',
    status: 'complete',
    dependsOn: [],
    report: `reports/${id}.md`,
    files: { created: [], modified: [], deleted: [] },
    gates: {},
    blockers: [],
    concurrency: 'write-local',
    effortMinutes: 120,
    touched: [],
    summary: null,
    decisions: [],
    verification: [],
    integrationInstructions: [],
    claimedLines: [],
    ...overrides
  }
}

export function gate(score: number | null, overrides: Partial<GateResult> = {}): GateResult {
  const status = score === null ? 'not-evaluated' : score >= 0.7 ? 'pass' : 'fail'
  const source = score === null ? 'none' : 'tasks'
  return { score, target: '≥0.70', status, source, targetSource: 'default', ...overrides }
}

export function gates(values: Partial<Record<GateKey, GateResult>> = {}): Record<GateKey, GateResult> {
  const out = {} as Record<GateKey, GateResult>
  for (const key of GATE_KEYS) out[key] = values[key] ?? gate(null)
  return out
}

export function blocker(taskId: string, title: string, overrides: Partial<BlockerResult> = {}): BlockerResult {
  return {
    task: taskId,
    title,
    severity: 'critical',
    resolved: false,
    file: `reports/${taskId}.md`,
    line: 10,
    kind: 'blocker',
    ...overrides
  }
}

export function diffCheck(overrides: Partial<DiffCheck> = {}): DiffCheck {
  return { files: [], unreported: [], phantom: [], mismatch: [], truncated: false, ...overrides }
}

export function track(id: string, overrides: Partial<TrackResult> = {}): TrackResult {
  const tasks = overrides.tasks ?? [task('T01')]
  return {
    track: { id, dir: `swarm/tracks/${id}`, feature: null, title: `Track ${id}`, goal: null },
    status: 'complete',
    tasks,
    mergeOrder: { waves: tasks.map(t => [t.id]), held: [] },
    criticalPath: [],
    cycles: [],
    // A group is the cycle's members unless a test says otherwise.
    cycleGroups: (overrides.cycles ?? []).map(cycle => [...cycle].sort(compareIds)),
    conflicts: [],
    forecastConflicts: [],
    unplannedTouches: [],
    blockers: [],
    gates: gates(),
    iosmIndex: null,
    statedIndex: null,
    rating: null,
    indexThreshold: 0.8,
    naPolicy: 'exclude',
    diffCheck: null,
    spawnCandidates: [],
    followUps: [],
    lessons: [],
    verdict: { conclusion: 'success', reasons: [] },
    diagnostics: [],
    ...overrides
  }
}

export function run(...tracks: TrackResult[]): RunResult {
  const failed = tracks.some(t => t.verdict.conclusion === 'failure')
  return { schemaVersion: 1, conclusion: failed ? 'failure' : 'success', tracks }
}

/** A track's "since the last report" changes with nothing moved; cases fill in what moved. */
export function trackChanges(id: string, over: Partial<TrackChanges> = {}): TrackChanges {
  return {
    track: { id, dir: `swarm/tracks/${id}` },
    becameComplete: [],
    becamePartial: [],
    becameBlocked: [],
    tasksAdded: [],
    tasksRemoved: [],
    blockersAppeared: [],
    blockersResolved: [],
    gates: [],
    iosmIndex: null,
    conflictsNew: [],
    conflictsCleared: [],
    forecastNew: [],
    forecastCleared: [],
    findingsNew: [],
    findingsCleared: [],
    ...over
  }
}
