// Pairs of tasks whose changes meet on a path. Paths are indexed exactly and
// by folder prefix, so the work grows with the number of file entries (times
// their depth) and with the number of conflicts found, never with the square
// of the entries.

import type { ConcurrencyClass, Conflict, Diagnostic, TaskRef } from '../model.js'
import { folderPrefixes, isFolder } from '../paths.js'
import type { IdGraph } from './id-graph.js'
import { PLAIN_ID_ORDER, sortIdsBy, type IdOrder } from './id-order.js'
import { linkedBy } from './reachability.js'

export interface ConflictTask {
  id: string
  concurrency: ConcurrencyClass
  /** Every path the task claims, sorted. */
  files: readonly string[]
  dependsOn: readonly string[]
  /** `May conflict with` hand-off notes, and the report they come from. */
  notes: readonly TaskRef[]
  reportFile: string | null
}

export interface Conflicts {
  conflicts: Conflict[]
  diagnostics: Diagnostic[]
}

interface Pending {
  path: string
  /** The pair, lower id first, and their ranks in id order. */
  a: string
  b: string
  ra: number
  rb: number
  reason: Conflict['reason']
  note?: string
}

/** `graph`, when given, must be `indexGraph(tasks, order)`. */
export function findConflicts(
  tasks: readonly ConflictTask[],
  order: IdOrder = PLAIN_ID_ORDER,
  graph?: IdGraph
): Conflicts {
  const diagnostics: Diagnostic[] = []
  // Pairs are keyed and compared by rank: a path shared by many tasks yields
  // many thousands of pairs.
  const rank =
    graph?.index ??
    rankMap(
      sortIdsBy(
        tasks.map(t => t.id),
        order
      )
    )
  const n = rank.size
  const rankOf = (id: string): number => rank.get(id) ?? 0
  const pairKey = (a: string, b: string): number => {
    const x = rankOf(a)
    const y = rankOf(b)
    return x < y ? x * n + y : y * n + x
  }

  const writers = tasks.filter(t => t.concurrency !== 'read-only')
  const { several, folders } = sharedPaths(writers)

  const found = new Map<string, Map<number, Pending>>()
  const overlapping = new Set<number>()
  const add = (path: string, x: string, y: string, reason: Conflict['reason']): Pending => {
    const key = pairKey(x, y)
    if (reason === 'overlap') overlapping.add(key)
    let atPath = found.get(path)
    if (!atPath) {
      atPath = new Map()
      found.set(path, atPath)
    }
    const kept = atPath.get(key)
    if (kept) return kept
    const [a, b] = rankOf(x) <= rankOf(y) ? [x, y] : [y, x]
    const fresh: Pending = { path, a, b, ra: rankOf(a), rb: rankOf(b), reason }
    atPath.set(key, fresh)
    return fresh
  }

  for (const [path, owners] of several) {
    for (let i = 0; i < owners.length; i++)
      for (let j = i + 1; j < owners.length; j++)
        add(path, owners[i] as string, owners[j] as string, 'overlap')
  }
  // A folder one task names holds a path another task names: the conflict is
  // on the inner, more specific path.
  if (folders.size > 0) {
    for (const t of writers) {
      for (const p of t.files) {
        for (const f of folderPrefixes(p)) {
          for (const other of folders.get(f) ?? []) {
            if (other !== t.id) add(p, t.id, other, 'overlap')
          }
        }
      }
    }
  }

  const sharers = writers
    .filter(t => t.concurrency === 'write-shared')
    .sort((x, y) => rankOf(x.id) - rankOf(y.id))
  const sharedDone = new Set<number>()
  for (const w of sharers) {
    const path =
      w.files.reduce((min: string | null, p) => (min === null || p < min ? p : min), null) ?? '*'
    for (const other of writers) {
      if (other.id === w.id) continue
      const key = pairKey(w.id, other.id)
      if (overlapping.has(key) || sharedDone.has(key)) continue
      sharedDone.add(key)
      add(path, w.id, other.id, 'write-shared')
    }
  }

  addNotes(tasks, rank, pairKey, found, add, diagnostics)

  const pending: Pending[] = []
  const involved = new Set<string>()
  for (const atPath of found.values()) {
    for (const c of atPath.values()) {
      pending.push(c)
      involved.add(c.a)
      involved.add(c.b)
    }
  }
  if (pending.length === 0) return { conflicts: [], diagnostics }
  const linked = linkedBy(tasks, involved, order, graph)
  const conflicts = pending.sort(comparePending).map(c => {
    const out: Conflict = {
      path: c.path,
      tasks: [c.a, c.b],
      kind: linked(c.a, c.b) ? 'sequential' : 'parallel',
      reason: c.reason
    }
    if (c.note !== undefined) out.note = c.note
    return out
  })
  return { conflicts, diagnostics }
}

/**
 * `May conflict with` notes: a pair already in conflict takes the note as its
 * explanation (on its first path); any other pair gets a row of its own, on
 * the first path the note names, else `*`.
 */
function addNotes(
  tasks: readonly ConflictTask[],
  rank: ReadonlyMap<string, number>,
  pairKey: (a: string, b: string) => number,
  found: ReadonlyMap<string, ReadonlyMap<number, Pending>>,
  add: (path: string, a: string, b: string, reason: Conflict['reason']) => Pending,
  diagnostics: Diagnostic[]
): void {
  const noted = new Set<number>()
  for (const t of tasks)
    for (const ref of t.notes) if (rank.has(ref.id)) noted.add(pairKey(t.id, ref.id))
  const firstOfPair = new Map<number, Pending>()
  if (noted.size > 0) {
    for (const atPath of found.values()) {
      for (const [key, c] of atPath) {
        if (!noted.has(key)) continue
        const kept = firstOfPair.get(key)
        if (!kept || comparePending(c, kept) < 0) firstOfPair.set(key, c)
      }
    }
  }
  const ordered = [...tasks].sort((x, y) => (rank.get(x.id) ?? 0) - (rank.get(y.id) ?? 0))
  for (const t of ordered) {
    for (const ref of t.notes) {
      if (ref.id === t.id) continue
      if (!rank.has(ref.id)) {
        diagnostics.push(unknownNote(t, ref))
        continue
      }
      const key = pairKey(t.id, ref.id)
      const text = ref.note.trim()
      const first = firstOfPair.get(key)
      if (first) {
        if (text && first.note === undefined) first.note = text
        continue
      }
      const c = add(ref.paths[0] ?? '*', t.id, ref.id, 'note')
      if (text) c.note = text
      firstOfPair.set(key, c)
    }
  }
}

function rankMap(ids: readonly string[]): Map<string, number> {
  const out = new Map<string, number>()
  ids.forEach((id, i) => out.set(id, i))
  return out
}

function unknownNote(t: ConflictTask, ref: TaskRef): Diagnostic {
  return {
    severity: 'warning',
    file: t.reportFile ?? 'plan.md',
    line: ref.line,
    message: `${t.id} may conflict with ${ref.id}, which is not a task of this track.`
  }
}

function comparePending(x: Pending, y: Pending): number {
  if (x.path !== y.path) return x.path < y.path ? -1 : 1
  return x.ra - y.ra || x.rb - y.rb
}

/**
 * The paths two or more writers claim, each with its writers' ids, and the
 * writers of each claimed folder. Paths are grouped by parent folder first: a
 * folder only one task writes in cannot hold a shared path, and most tasks
 * work in folders of their own, so exact paths are indexed only in the folders
 * several tasks write in.
 */
function sharedPaths(writers: readonly ConflictTask[]): {
  several: Map<string, string[]>
  folders: Map<string, string[]>
} {
  const folders = new Map<string, string[]>()
  // Parent folder -> the one writer (by position) with files in it, or -1.
  const folderOwner = new Map<string, number>()
  let anyShared = false
  for (let w = 0; w < writers.length; w++) {
    const t = writers[w] as ConflictTask
    let dir: string | null = null
    for (const p of t.files) {
      if (isFolder(p) && folders.get(p)?.at(-1) !== t.id) push(folders, p, t.id)
      if (dir !== null && inFolder(p, dir)) continue
      dir = p.slice(0, p.lastIndexOf('/') + 1)
      const owner = folderOwner.get(dir)
      if (owner === undefined) folderOwner.set(dir, w)
      else if (owner !== w && owner !== -1) {
        folderOwner.set(dir, -1)
        anyShared = true
      }
    }
  }

  const several = new Map<string, string[]>()
  if (!anyShared) return { several, folders }
  // A list is made only when a second writer comes. `latest` holds the last
  // writer seen on a path, which also skips a path repeated within one task.
  const latest = new Map<string, number>()
  for (let w = 0; w < writers.length; w++) {
    const t = writers[w] as ConflictTask
    let dir: string | null = null
    let shared = false
    for (const p of t.files) {
      if (dir === null || !inFolder(p, dir)) {
        dir = p.slice(0, p.lastIndexOf('/') + 1)
        shared = folderOwner.get(dir) === -1
      }
      if (!shared) continue
      const prev = latest.get(p)
      if (prev === w) continue
      latest.set(p, w)
      if (prev === undefined) continue
      const list = several.get(p)
      if (list) list.push(t.id)
      else several.set(p, [(writers[prev] as ConflictTask).id, t.id])
    }
  }
  return { several, folders }
}

/** True when `dir` is the parent folder of `path` (the text up to its last `/`). */
function inFolder(path: string, dir: string): boolean {
  return path.startsWith(dir) && path.indexOf('/', dir.length) === -1
}

function push(map: Map<string, string[]>, key: string, id: string): void {
  const list = map.get(key)
  if (list) list.push(id)
  else map.set(key, [id])
}
