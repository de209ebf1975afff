// The task graph as a Mermaid flowchart: one subgraph per merge wave plus one
// for held tasks, nodes coloured by status, critical-path edges thick, cycle
// edges dashed. Node ids are ours (n0, n1, …); report text only ever appears
// inside quoted labels, encoded so it cannot end the label or the fence.

import type { TaskResult, TaskStatus, TrackResult } from '../model.js'
import { oneLine } from './escape.js'
import { CLIP } from './widths.js'

/** Above these sizes the graph is unreadable and Mermaid may refuse it. */
const MAX_GRAPH_NODES = 100
const MAX_GRAPH_EDGES = 400

const STATUS_CLASS: Record<TaskStatus, string> = {
  complete: 'complete',
  partial: 'partial',
  blocked: 'blocked',
  'in-progress': 'inprogress',
  todo: 'todo',
  unknown: 'unknown'
}

const CLASS_DEFS = [
  'classDef complete fill:#dcfce7,stroke:#16a34a,color:#14532d',
  'classDef partial fill:#fef3c7,stroke:#d97706,color:#78350f',
  'classDef blocked fill:#fee2e2,stroke:#dc2626,color:#7f1d1d',
  'classDef inprogress fill:#dbeafe,stroke:#2563eb,color:#1e3a8a',
  'classDef todo fill:#f3f4f6,stroke:#9ca3af,color:#374151',
  'classDef unknown fill:#f3f4f6,stroke:#6b7280,color:#374151,stroke-dasharray:4 3'
]

const CRITICAL_STYLE = 'stroke:#7c3aed,stroke-width:3px'
const WAVE_STYLE = 'fill:#f8fafc,stroke:#94a3b8,color:#334155'
const HELD_STYLE = 'fill:#fff7ed,stroke:#fb923c,color:#7c2d12,stroke-dasharray:4 3'
const CYCLE_STYLE = 'stroke:#dc2626,stroke-width:2px,stroke-dasharray:5 4'

/**
 * Text for a quoted Mermaid label. `#` goes first so the entity codes added
 * after it are not encoded twice; `"` would end the label; a backtick would
 * turn it into a markdown string; `<`, `>`, `&` would be read as HTML; `%`
 * could start a `%%{…}%%` directive, which Mermaid finds anywhere in the text.
 */
export function mermaidLabel(text: string, max: number = CLIP.graphLabel): string {
  const s = oneLine(text, max)
    .replaceAll('#', '#35;')
    .replaceAll('"', '#quot;')
    .replaceAll('`', '#96;')
    .replaceAll('&', '#amp;')
    .replaceAll('<', '#lt;')
    .replaceAll('>', '#gt;')
    .replaceAll('%', '#37;')
  // An empty quoted label is a parse error.
  return s === '' ? '#160;' : s
}

export type GraphResult = { ok: true; text: string } | { ok: false; reason: string }

interface Edge {
  from: string
  to: string
  critical: boolean
  cycle: boolean
}

/** The flowchart text (without the surrounding fence), or why there is none. */
export function renderMermaid(track: TrackResult): GraphResult {
  const tasks = uniqueTasks(track.tasks)
  if (tasks.length === 0) return { ok: false, reason: 'the track has no tasks' }
  if (tasks.length > MAX_GRAPH_NODES) {
    return {
      ok: false,
      reason: `${tasks.length} tasks are more than a readable graph holds (${MAX_GRAPH_NODES})`
    }
  }
  const nodeId = new Map<string, string>()
  tasks.forEach((task, i) => nodeId.set(task.id, `n${i}`))
  const edges = collectEdges(track, tasks, nodeId)
  if (edges.length > MAX_GRAPH_EDGES) {
    return {
      ok: false,
      reason: `${edges.length} dependencies are more than a readable graph holds (${MAX_GRAPH_EDGES})`
    }
  }

  const lines = ['graph TD']
  const placed = new Set<string>()
  const declare = (task: TaskResult, indent: string): void => {
    const id = nodeId.get(task.id)
    if (id === undefined || placed.has(task.id)) return
    placed.add(task.id)
    lines.push(`${indent}${id}["${mermaidLabel(`${task.id}: ${task.title}`)}"]`)
  }
  const byId = new Map(tasks.map(task => [task.id, task]))
  const groups: string[] = []
  const group = (groupId: string, title: string, ids: readonly string[]): void => {
    const members = ids
      .map(id => byId.get(id))
      .filter((t): t is TaskResult => t !== undefined && !placed.has(t.id))
    if (members.length === 0) return
    groups.push(groupId)
    lines.push(`  subgraph ${groupId}["${mermaidLabel(title)}"]`)
    for (const task of members) declare(task, '    ')
    lines.push('  end')
  }
  track.mergeOrder.waves.forEach((wave, i) => group(`w${i + 1}`, `Wave ${i + 1}`, wave))
  group('held', 'Held', track.mergeOrder.held)
  for (const task of tasks) declare(task, '  ')

  edges.forEach(edge => lines.push(`  ${edge.from} ${edge.critical ? '==>' : '-->'} ${edge.to}`))
  // Invisible links between consecutive groups keep the waves in merge order
  // from top to bottom; they come after the real edges so the link indexes
  // used by linkStyle stay those of the real edges.
  for (let i = 1; i < groups.length; i++) lines.push(`  ${groups[i - 1]} ~~~ ${groups[i]}`)
  edges.forEach((edge, i) => {
    if (edge.cycle) lines.push(`  linkStyle ${i} ${CYCLE_STYLE}`)
    else if (edge.critical) lines.push(`  linkStyle ${i} ${CRITICAL_STYLE}`)
  })
  for (const id of groups) lines.push(`  style ${id} ${id === 'held' ? HELD_STYLE : WAVE_STYLE}`)

  lines.push(...CLASS_DEFS.map(def => `  ${def}`))
  const byClass = new Map<string, string[]>()
  for (const task of tasks) {
    const cls = STATUS_CLASS[task.status] ?? 'unknown'
    const id = nodeId.get(task.id)
    if (id !== undefined) byClass.set(cls, [...(byClass.get(cls) ?? []), id])
  }
  for (const [cls, ids] of byClass) lines.push(`  class ${ids.join(',')} ${cls}`)
  return { ok: true, text: lines.join('\n') }
}

function uniqueTasks(tasks: readonly TaskResult[]): TaskResult[] {
  const seen = new Set<string>()
  return tasks.filter(task => {
    if (seen.has(task.id)) return false
    seen.add(task.id)
    return true
  })
}

/** Dependency edges, prerequisite first, in task order then dependency order. */
function collectEdges(
  track: TrackResult,
  tasks: readonly TaskResult[],
  nodeId: ReadonlyMap<string, string>
): Edge[] {
  const critical = new Set<string>()
  for (let i = 1; i < track.criticalPath.length; i++) {
    const before = track.criticalPath[i - 1]
    const after = track.criticalPath[i]
    if (before !== undefined && after !== undefined) critical.add(`${before}\u0000${after}`)
  }
  // A cycle lists ids each depending on the next, the last on the first.
  const onCycle = new Set<string>()
  for (const cycle of track.cycles) {
    cycle.forEach((id, i) => {
      const next = cycle[(i + 1) % cycle.length]
      if (next !== undefined) onCycle.add(`${next}\u0000${id}`)
    })
  }
  const edges: Edge[] = []
  const seen = new Set<string>()
  for (const task of tasks) {
    const to = nodeId.get(task.id)
    if (to === undefined) continue
    for (const dep of task.dependsOn) {
      const from = nodeId.get(dep)
      const key = `${dep}\u0000${task.id}`
      if (from === undefined || seen.has(key)) continue
      seen.add(key)
      edges.push({ from, to, critical: critical.has(key), cycle: onCycle.has(key) })
    }
  }
  return edges
}
