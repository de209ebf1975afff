// Tasks as an integer graph. Index order is id order (compareIds), so any walk
// that visits indices in ascending order is deterministic whatever order the
// tasks arrived in. The rules that walk the graph take it with the tasks it
// was built from, as one TaskIndex, so that the graph they walk is always the
// one of the tasks they read.

import { PLAIN_ID_ORDER, sortedDistinctIds, type IdOrder } from '../order.js'

export interface GraphTask {
  id: string
  dependsOn: readonly string[]
}

export interface IdGraph {
  /** Distinct ids, sorted by compareIds. */
  ids: string[]
  index: Map<string, number>
  /** deps[i]: indices task i depends on, ascending, unknown ids dropped. */
  deps: number[][]
  /** dependents[i]: indices that depend on task i, ascending. */
  dependents: number[][]
}

declare const indexed: unique symbol

/**
 * Tasks, their id order and their dependencies as an integer graph, made
 * together by `indexTasks` or `withTasks` and by nothing else (the brand keeps
 * an object literal out). The graph is the one place a rule reads
 * dependencies from.
 */
export interface TaskIndex<T extends { readonly id: string }> {
  readonly tasks: readonly T[]
  readonly order: IdOrder
  readonly graph: IdGraph
  readonly [indexed]: true
}

export function indexTasks<T extends GraphTask>(
  tasks: readonly T[],
  order: IdOrder = PLAIN_ID_ORDER
): TaskIndex<T> {
  return sealed(tasks, order, indexGraph(tasks, order))
}

/**
 * The same tasks, in the same order, seen through other fields: each task is
 * what `view` makes of it, with the task's own id, so the ids and the graph
 * are the index's by construction and are not built again.
 */
export function withTasks<T extends { readonly id: string }, U extends object>(
  index: TaskIndex<T>,
  view: (task: T) => U
): TaskIndex<Omit<U, 'id'> & { id: string }> {
  const tasks: Array<Omit<U, 'id'> & { id: string }> = index.tasks.map(t => {
    // The id first, then the view's fields: objects spread and then given a
    // field more were several times slower to read in the rules' hot loops.
    // It is set again in case the view had an id of its own.
    const task = { id: t.id, ...view(t) }
    task.id = t.id
    return task
  })
  return sealed(tasks, index.order, index.graph)
}

/** The one place an index is made: the brand is asserted here and nowhere else. */
function sealed<T extends { readonly id: string }>(
  tasks: readonly T[],
  order: IdOrder,
  graph: IdGraph
): TaskIndex<T> {
  return { tasks, order, graph } as TaskIndex<T>
}

function indexGraph(tasks: readonly GraphTask[], order: IdOrder): IdGraph {
  const ids = sortedDistinctIds(
    tasks.map(t => t.id),
    order
  )
  const index = new Map<string, number>()
  ids.forEach((id, i) => index.set(id, i))
  const deps: number[][] = ids.map(() => [])
  for (const t of tasks) {
    const from = index.get(t.id) as number
    const list = deps[from] as number[]
    for (const d of t.dependsOn) {
      const to = index.get(d)
      if (to !== undefined && to !== from) list.push(to)
    }
  }
  for (const list of deps) sortUniqueNumbers(list)
  const dependents: number[][] = ids.map(() => [])
  deps.forEach((ds, i) => {
    for (const d of ds) (dependents[d] as number[]).push(i)
  })
  return { ids, index, deps, dependents }
}

/** Ascending, each once, in place. Most lists are a few entries long: insertion sort. */
function sortUniqueNumbers(list: number[]): void {
  if (list.length > 16) list.sort((a, b) => a - b)
  for (let i = 1; i < list.length; i++) {
    const x = list[i] as number
    let j = i - 1
    while (j >= 0 && (list[j] as number) > x) {
      list[j + 1] = list[j] as number
      j--
    }
    list[j + 1] = x
  }
  let kept = 0
  for (const x of list) if (kept === 0 || x !== list[kept - 1]) list[kept++] = x
  if (kept < list.length) list.length = kept
}
