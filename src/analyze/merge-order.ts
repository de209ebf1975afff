// The order in which finished work can be merged: Kahn layering over the
// complete tasks, with file overlaps pushed to later waves so no two branches
// of one wave touch the same path.

import type { ConcurrencyClass, MergeOrder } from '../model.js'
import { FolderIds, isFolder } from '../paths.js'
import type { TaskIndex } from './id-graph.js'

export interface MergeTask {
  id: string
  complete: boolean
  concurrency: ConcurrencyClass
  files: readonly string[]
}

export function mergeOrder(index: TaskIndex<MergeTask>, cyclic: ReadonlySet<string>): MergeOrder {
  const g = index.graph
  const n = g.ids.length
  const info = new Map(index.tasks.map(t => [t.id, t]))
  // By graph index: a wave reads every deferred task again, so a lookup by id
  // there would cost once per task and wave.
  const taskAt = g.ids.map(id => info.get(id))
  const eligible = findEligible(g.ids, g.deps, g.dependents, id => {
    const t = info.get(id)
    return t !== undefined && t.complete && !cyclic.has(id)
  })

  const waiting = new Int32Array(n)
  const shared = (i: number): boolean => taskAt[i]?.concurrency === 'write-shared'
  // Ready tasks, lowest index first. A write-shared task merges alone, so it
  // can only open a wave: it waits in a queue of its own, and a wave it opens
  // costs nothing for the other tasks waiting.
  const folderIds = new FolderIds()
  // Other ready tasks: each wave they open reads them all, in index order.
  let plain: number[] = []
  let plainMin = Infinity
  const alone = new MinHeap()
  const ready = (i: number): void => {
    if (shared(i)) return alone.push(i)
    plain.push(i)
    plainMin = Math.min(plainMin, i)
  }
  for (let i = 0; i < n; i++) {
    if (!eligible[i]) continue
    waiting[i] = (g.deps[i] ?? []).length
    if (waiting[i] === 0) ready(i)
  }

  const waves: string[][] = []
  const placed = new Set<string>()
  while (plain.length > 0 || alone.size > 0) {
    const members: number[] = []
    if (alone.size > 0 && alone.peek() < plainMin) {
      members.push(alone.pop())
    } else {
      const wave = new WaveFiles(folderIds)
      // Deferred tasks stay sorted: the next wave's sort costs the new ones.
      const candidates = plain.sort((a, b) => a - b)
      plain = []
      plainMin = Infinity
      for (const i of candidates) {
        const t = taskAt[i] as MergeTask
        if (wave.overlaps(t.files)) {
          ready(i)
          continue
        }
        members.push(i)
        wave.add(t.files)
      }
    }
    for (const i of members) {
      placed.add(g.ids[i] as string)
      for (const d of g.dependents[i] ?? []) {
        if (!eligible[d]) continue
        waiting[d] = (waiting[d] as number) - 1
        if (waiting[d] === 0) ready(d)
      }
    }
    waves.push(members.map(i => g.ids[i] as string))
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
 * length, not the number of paths in the wave nor its length times its depth.
 */
class WaveFiles {
  private readonly exact = new Set<string>()
  /** Folders in the wave, and every folder prefix of a path in the wave, by number. */
  private readonly folders = new Set<number>()
  private readonly prefixes = new Set<number>()

  constructor(private readonly ids: FolderIds) {}

  overlaps(files: readonly string[]): boolean {
    // The same path first, for every path: it is the usual overlap, and the
    // cheapest check, while a deferred task is checked again in every wave.
    for (const p of files) if (this.exact.has(p)) return true
    for (const p of files) {
      if (isFolder(p)) {
        const self = this.ids.folder(p, false)
        if (self !== undefined && this.prefixes.has(self)) return true
      }
      for (const f of this.ids.known(p)) if (this.folders.has(f)) return true
    }
    return false
  }

  add(files: readonly string[]): void {
    for (const p of files) {
      this.exact.add(p)
      if (isFolder(p)) this.folders.add(this.ids.folder(p, true) as number)
      for (const f of this.ids.add(p)) this.prefixes.add(f)
    }
  }
}

/** A binary min-heap of task indices. */
class MinHeap {
  private readonly items: number[] = []

  get size(): number {
    return this.items.length
  }

  peek(): number {
    return this.items[0] as number
  }

  push(x: number): void {
    const a = this.items
    let i = a.length
    a.push(x)
    while (i > 0) {
      const up = (i - 1) >> 1
      if ((a[up] as number) <= x) break
      a[i] = a[up] as number
      i = up
    }
    a[i] = x
  }

  pop(): number {
    const a = this.items
    const top = a[0] as number
    const last = a.pop() as number
    if (a.length === 0) return top
    let i = 0
    for (;;) {
      let c = 2 * i + 1
      if (c >= a.length) break
      if (c + 1 < a.length && (a[c + 1] as number) < (a[c] as number)) c++
      if ((a[c] as number) >= last) break
      a[i] = a[c] as number
      i = c
    }
    a[i] = last
    return top
  }
}
