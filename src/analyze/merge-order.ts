// The order in which finished work can be merged: Kahn layering over the
// complete tasks, with file overlaps pushed to later waves so no two branches
// of one wave touch the same path.

import type { ConcurrencyClass, MergeOrder } from '../model.js'
import { folderPrefixes, isFolder } from '../paths.js'
import { indexGraph, type IdGraph } from './id-graph.js'
import { PLAIN_ID_ORDER, type IdOrder } from '../order.js'

export interface MergeTask {
  id: string
  complete: boolean
  concurrency: ConcurrencyClass
  files: readonly string[]
  dependsOn: readonly string[]
}

/** `graph`, when given, must be `indexGraph(tasks, order)`, built once for several modules. */
export function mergeOrder(
  tasks: readonly MergeTask[],
  cyclic: ReadonlySet<string>,
  order: IdOrder = PLAIN_ID_ORDER,
  graph?: IdGraph
): MergeOrder {
  const g = graph ?? indexGraph(tasks, order)
  const n = g.ids.length
  const info = new Map(tasks.map(t => [t.id, t]))
  const eligible = findEligible(g.ids, g.deps, g.dependents, id => {
    const t = info.get(id)
    return t !== undefined && t.complete && !cyclic.has(id)
  })

  const waiting = new Int32Array(n)
  let ready: number[] = []
  for (let i = 0; i < n; i++) {
    if (!eligible[i]) continue
    waiting[i] = (g.deps[i] ?? []).length
    if (waiting[i] === 0) ready.push(i)
  }

  const waves: string[][] = []
  const placed = new Set<string>()
  while (ready.length > 0) {
    ready.sort((a, b) => a - b)
    const wave = new WaveFiles()
    const members: number[] = []
    const deferred: number[] = []
    let alone = false
    for (const i of ready) {
      const t = info.get(g.ids[i] as string) as MergeTask
      const shared = t.concurrency === 'write-shared'
      if (alone || (shared && members.length > 0) || wave.overlaps(t.files)) {
        deferred.push(i)
        continue
      }
      members.push(i)
      wave.add(t.files)
      if (shared) alone = true
    }
    const next: number[] = []
    for (const i of members) {
      placed.add(g.ids[i] as string)
      for (const d of g.dependents[i] ?? []) {
        if (!eligible[d]) continue
        waiting[d] = (waiting[d] as number) - 1
        if (waiting[d] === 0) next.push(d)
      }
    }
    waves.push(members.map(i => g.ids[i] as string))
    ready = deferred.concat(next)
  }
  // g.ids are distinct and in id order already.
  const held = g.ids.filter(id => !placed.has(id))
  return { waves, held }
}

/** Complete tasks whose every dependency, transitively, is eligible too. */
function findEligible(
  ids: readonly string[],
  deps: readonly (readonly number[])[],
  dependents: readonly (readonly number[])[],
  ok: (id: string) => boolean
): Uint8Array {
  const n = ids.length
  const eligible = new Uint8Array(n)
  const missing = new Int32Array(n)
  const queue: number[] = []
  for (let i = 0; i < n; i++) {
    missing[i] = (deps[i] ?? []).length
    if (missing[i] === 0 && ok(ids[i] as string)) queue.push(i)
  }
  // A task on a cycle never reaches zero missing dependencies, so neither do
  // the tasks downstream of it.
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head] as number
    eligible[v] = 1
    for (const d of dependents[v] ?? []) {
      missing[d] = (missing[d] as number) - 1
      if (missing[d] === 0 && ok(ids[d] as string)) queue.push(d)
    }
  }
  return eligible
}

/**
 * The paths already in a wave, indexed so that checking a path costs its
 * depth, not the number of paths in the wave.
 */
class WaveFiles {
  private readonly exact = new Set<string>()
  private readonly folders = new Set<string>()
  private readonly prefixes = new Set<string>()

  overlaps(files: readonly string[]): boolean {
    for (const p of files) {
      if (this.exact.has(p)) return true
      if (isFolder(p) && this.prefixes.has(p)) return true
      for (const f of folderPrefixes(p)) if (this.folders.has(f)) return true
    }
    return false
  }

  add(files: readonly string[]): void {
    for (const p of files) {
      this.exact.add(p)
      if (isFolder(p)) this.folders.add(p)
      for (const f of folderPrefixes(p)) this.prefixes.add(f)
    }
  }
}
