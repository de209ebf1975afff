// The dependency graph: which task waits for which, and where it loops. Edges
// come from the plan (`Depends on`, `All Phase a-b tasks`) and from the
// reports' hand-off notes (`Depends on Tx`, `Blocks Tx`).

import type { Diagnostic, PlanTask, Report, TaskResult } from '../model.js'
import { indexTasks, type TaskIndex } from './id-graph.js'
import { PLAIN_ID_ORDER, sortedDistinctIds, type IdOrder } from '../order.js'
import { stronglyConnected } from './scc.js'

export interface GraphInput {
  id: string
  plan: PlanTask | null
  report: Report | null
}

/** A task of the graph: its id and dependencies, and the input it was built from. */
interface GraphNode<T> {
  id: string
  dependsOn: string[]
  task: T
}

export interface DependencyGraph<T extends GraphInput> {
  /** Every task's dependencies (plan and hand-off), sorted by id. */
  dependsOn: Map<string, string[]>
  /** One cycle per group of tasks that depend on each other, in depends-on order, from its smallest id. */
  cycles: string[][]
  /** For each cycle, every member of its group, sorted. */
  groups: string[][]
  /** Every task on a cycle or in a group of tasks that depend on each other. */
  cyclic: Set<string>
  /** The tasks, in the order given, with these edges as an integer graph, for the rules that walk it. */
  index: TaskIndex<GraphNode<T>>
  diagnostics: Diagnostic[]
}

// Long: the edges of the plan, of phase ranges and of hand-off notes are
// gathered into one map with one rejection rule (\`rejectEdge\`), then sorted and
// searched for cycles once.
export function buildGraph<T extends GraphInput>(
  tasks: readonly T[],
  planFile: string,
  order: IdOrder = PLAIN_ID_ORDER
): DependencyGraph<T> {
  const diagnostics: Diagnostic[] = []
  // Each task's dependencies, repeats allowed until they are sorted below.
  const edges = new Map<string, string[]>()
  for (const t of tasks) edges.set(t.id, [])

  const rejectEdge = (
    from: string,
    to: string,
    where: { file: string; line: number },
    how: string
  ): void => {
    const message =
      from === to
        ? `${from} ${how} itself; that dependency is ignored.`
        : `${from} ${how} ${to}, which is not a task of this track; that dependency is ignored.`
    // A task depending on itself loses nothing when that edge is dropped; an
    // edge to a task that is not there may hide an order the plan meant.
    diagnostics.push({ severity: from === to ? 'warning' : 'error', ...where, message })
  }

  const byPhase = new Map<number, string[]>()
  for (const t of tasks) {
    const n = t.plan?.phaseNumber
    if (n === null || n === undefined) continue
    const list = byPhase.get(n) ?? []
    list.push(t.id)
    byPhase.set(n, list)
  }

  for (const t of tasks) {
    const own = edges.get(t.id) as string[]
    const p = t.plan
    if (p) {
      const planWhere = (): { file: string; line: number } => ({
        file: planFile,
        line: p.dependsOnLine ?? p.line
      })
      for (const d of p.dependsOn) {
        if (d !== t.id && edges.has(d)) own.push(d)
        else rejectEdge(t.id, d, planWhere(), 'depends on')
      }
      for (const range of p.dependsOnPhases) {
        const lo = Math.min(range.from, range.to)
        const hi = Math.max(range.from, range.to)
        const members = [...byPhase.entries()]
          .filter(([n]) => n >= lo && n <= hi)
          .flatMap(([, ids]) => ids)
          .filter(id => id !== t.id)
        if (members.length === 0) {
          diagnostics.push({
            severity: 'warning',
            ...planWhere(),
            message: `${t.id} depends on the tasks of phases ${lo}-${hi}, but the plan has none there.`
          })
        }
        for (const d of members) own.push(d)
      }
    }
    const r = t.report
    if (r) {
      for (const ref of r.dependsOn) {
        if (ref.id !== t.id && edges.has(ref.id)) own.push(ref.id)
        else rejectEdge(t.id, ref.id, { file: r.file, line: ref.line }, 'depends on')
      }
      for (const ref of r.blocks) {
        const target = ref.id !== t.id ? edges.get(ref.id) : undefined
        if (target) target.push(t.id)
        else rejectEdge(t.id, ref.id, { file: r.file, line: ref.line }, 'says it blocks')
      }
    }
  }

  const dependsOn = new Map<string, string[]>()
  for (const [id, list] of edges) dependsOn.set(id, sortedDistinctIds(list, order))

  const index = indexTasks(
    tasks.map(t => ({ id: t.id, dependsOn: dependsOn.get(t.id) ?? [], task: t })),
    order
  )
  const { cycles, cyclic, groups } = findCycles(index)
  const byId = cycles.length > 0 ? new Map(tasks.map(t => [t.id, t])) : null
  cycles.forEach((cycle, i) => {
    const first = cycle[0] as string
    const t = byId?.get(first)
    const where = t?.plan
      ? { file: planFile, line: t.plan.line }
      : { file: t?.report?.file ?? planFile, line: 1 }
    const group = groups[i] ?? cycle
    const loop = [...cycle, first].join(' → ')
    const extra =
      group.length > cycle.length
        ? ` ${group.join(', ')} all depend on each other; all of them are held.`
        : ' These tasks are held.'
    // A warning: a cycle is its own fail-on condition (`cycles`), so that
    // dropping it from fail-on is not undone by `errors`.
    diagnostics.push({
      severity: 'warning',
      ...where,
      message: `Dependency cycle: ${loop}.${extra}`
    })
  })
  return { dependsOn, cycles, groups, cyclic, index, diagnostics }
}

export interface Cycles {
  cycles: string[][]
  cyclic: Set<string>
  /** For each cycle, every member of its strongly connected group, sorted. */
  groups: string[][]
}

/**
 * One elementary cycle per strongly connected group: the shortest loop through
 * the group's smallest id, found breadth-first in id order.
 */
export function findCycles(index: TaskIndex<{ readonly id: string }>): Cycles {
  const { graph: g, order } = index
  const { component, members } = stronglyConnected(g.deps)
  const found: Array<{ cycle: string[]; group: string[] }> = []
  const cyclic = new Set<string>()
  for (const group of members) {
    if (group.length < 2) continue
    for (const m of group) cyclic.add(g.ids[m] as string)
    const start = group[0] as number
    const comp = component[start]
    const parent = new Map<number, number>([[start, -1]])
    const queue = [start]
    let end = -1
    for (let head = 0; head < queue.length && end === -1; head++) {
      const v = queue[head] as number
      for (const w of g.deps[v] ?? []) {
        if (w === start) {
          end = v
          break
        }
        if (component[w] !== comp || parent.has(w)) continue
        parent.set(w, v)
        queue.push(w)
      }
    }
    const path: number[] = []
    for (let v = end; v !== -1; v = parent.get(v) ?? -1) path.push(v)
    path.reverse()
    found.push({
      cycle: path.map(i => g.ids[i] as string),
      group: group.map(i => g.ids[i] as string)
    })
  }
  found.sort((a, b) => order.compare(a.cycle[0] as string, b.cycle[0] as string))
  return {
    cycles: found.map(f => f.cycle),
    cyclic,
    groups: found.map(f => f.group)
  }
}

/** Dependencies a task's result lists; the rest are counted. */
export const DEPENDS_ON_LISTED = 50

/**
 * A task's dependencies as its result lists them: all of them, or, where
 * `All Phase N tasks` would make the result grow with the square of the
 * tasks, DEPENDS_ON_LISTED of them (held ones first, so that a held task
 * shows what it waits for), a count of the rest and the phase references.
 * `all` is in id order, and so is the list.
 */
export function listedDependsOn(
  all: readonly string[],
  held: ReadonlySet<string>,
  phases: ReadonlyArray<{ from: number; to: number }>
): Pick<TaskResult, 'dependsOn' | 'moreDependsOn' | 'dependsOnPhases'> {
  if (all.length <= DEPENDS_ON_LISTED) return { dependsOn: [...all] }
  const chosen = new Uint8Array(all.length)
  let room = DEPENDS_ON_LISTED
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < all.length && room > 0; i++) {
      if (chosen[i] === 1 || (pass === 0 && !held.has(all[i] as string))) continue
      chosen[i] = 1
      room--
    }
  }
  const out: Pick<TaskResult, 'dependsOn' | 'moreDependsOn' | 'dependsOnPhases'> = {
    dependsOn: all.filter((_, i) => chosen[i] === 1),
    moreDependsOn: all.length - DEPENDS_ON_LISTED
  }
  const seen = new Set<string>()
  const refs: Array<{ from: number; to: number }> = []
  for (const r of phases) {
    const from = Math.min(r.from, r.to)
    const to = Math.max(r.from, r.to)
    if (seen.has(`${from}-${to}`)) continue
    seen.add(`${from}-${to}`)
    refs.push({ from, to })
  }
  if (refs.length > 0) out.dependsOnPhases = refs
  return out
}
