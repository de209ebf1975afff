// Pairs of tasks whose changes meet on a path. Paths are indexed exactly and
// by folder prefix, so the work grows with the number of file entries (times
// their depth) and with the number of conflicts found, never with the square
// of the entries. Where pairs would grow with the square of the tasks (a path
// many tasks share, a write-shared task beside every other), one entry lists
// the tasks and counts the pairs, so the result stays linear in the input.

import type { ConcurrencyClass, Conflict, Diagnostic, TaskRef } from '../model.js'
import { FolderIds, inFolder, isFolder } from '../paths.js'
import type { IdGraph, TaskIndex } from './id-graph.js'
import { reachability, reaches, type Reachability } from './reachability.js'

/**
 * A path shared by this many tasks or more is one entry listing them, not a
 * row per pair; so is a write-shared task beside this many. Below it, rows of
 * one pair each say which pair is parallel, and their number stays linear (at
 * most GROUP_MIN / 2 rows per claim).
 */
const GROUP_MIN = 8
/** Tasks a write-shared entry lists besides its own; `moreTasks` counts the rest. */
const WRITE_SHARED_LISTED = 50

export interface ConflictTask {
  id: string
  concurrency: ConcurrencyClass
  /** Every path the task claims, sorted. */
  files: readonly string[]
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

/** A path GROUP_MIN or more tasks share: one entry listing them. */
interface Many {
  path: string
  /** In id order. */
  ids: string[]
  /**
   * For a folder: the other tasks with paths inside it. Each conflicts with
   * every task of `ids`, so the entry lists them too rather than a row per
   * pair on each inner path.
   */
  inner: Set<string>
  /** Ranks that order the entry among the others: its first two tasks. */
  ra: number
  rb: number
}

// Long: the exact paths, the folders and the write-shared tasks add their
// pairs into one pending list with one set of pairs seen, so that no pair is
// counted twice across the three.
export function findConflicts(index: TaskIndex<ConflictTask>): Conflicts {
  const { tasks, graph: g } = index
  const diagnostics: Diagnostic[] = []
  // Pairs are keyed and compared by rank (the index's id order): a path shared
  // by many tasks yields many thousands of pairs.
  const rank = g.index
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

  const byRank = (x: string, y: string): number => rankOf(x) - rankOf(y)
  const many: Many[] = []
  for (const [path, owners] of several) {
    if (owners.length >= GROUP_MIN) {
      const ids = [...owners].sort(byRank)
      many.push({
        path,
        ids,
        inner: new Set(),
        ra: rankOf(ids[0] ?? ''),
        rb: rankOf(ids[1] ?? '')
      })
      continue
    }
    for (let i = 0; i < owners.length; i++)
      for (let j = i + 1; j < owners.length; j++)
        add(path, owners[i] as string, owners[j] as string, 'overlap')
  }
  // A folder one task names holds a path another task names: the conflict is
  // on the inner, more specific path.
  if (folders.size > 0) {
    const ids = new FolderIds()
    const byId = new Map<number, string[]>()
    for (const [f, owners] of folders) byId.set(ids.folder(f, true) as number, owners)
    // A folder many tasks claim is one entry already: what lies inside it joins that entry.
    const group = new Map<number, { m: Many; own: Set<string> }>()
    for (const m of many) {
      const f = isFolder(m.path) ? ids.folder(m.path, false) : undefined
      if (f !== undefined) group.set(f, { m, own: new Set(m.ids) })
    }
    for (const t of writers) {
      for (const p of t.files) {
        for (const f of ids.known(p)) {
          const folder = group.get(f)
          if (folder) {
            if (!folder.own.has(t.id)) folder.m.inner.add(t.id)
            continue
          }
          for (const other of byId.get(f) ?? []) {
            if (other !== t.id) add(p, t.id, other, 'overlap')
          }
        }
      }
    }
  }

  const sharers = writers
    .filter(t => t.concurrency === 'write-shared')
    .sort((x, y) => rankOf(x.id) - rankOf(y.id))
  const beside =
    sharers.length === 0
      ? null
      : besideSharers(sharers, writers, rank, overlapping, many, (x, y) => {
          add(x, y[0], y[1], 'write-shared')
        })

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
  for (const m of many) for (const id of [...m.ids, ...m.inner]) involved.add(id)
  const wide = beside?.wide ?? []
  if (pending.length === 0 && many.length === 0 && wide.length === 0)
    return { conflicts: [], diagnostics }
  if (wide.length > 0) {
    // A write-shared task's entry counts its pairs with every writer; a writer
    // with no dependency either way is linked to none, so it needs no bit.
    for (const t of writers) {
      const i = g.index.get(t.id)
      if (i !== undefined && ((g.deps[i]?.length ?? 0) > 0 || (g.dependents[i]?.length ?? 0) > 0))
        involved.add(t.id)
    }
  }
  const reach = reachability(g, involved)
  const linked = (a: string, b: string): boolean => reaches(reach, a, b) || reaches(reach, b, a)
  const rows: Array<{ sort: Pending | Many | Wide; out: Conflict }> = pending.map(c => {
    const out: Conflict = {
      path: c.path,
      tasks: [c.a, c.b],
      kind: linked(c.a, c.b) ? 'sequential' : 'parallel',
      reason: c.reason
    }
    if (c.note !== undefined) out.note = c.note
    return { sort: c, out }
  })
  for (const m of many) {
    const pairs = groupPairs(m.ids, reach)
    if (m.inner.size > 0) {
      const cross = crossPairs(m.ids, [...m.inner], reach)
      pairs.parallel += cross.parallel
      pairs.sequential += cross.sequential
    }
    const out: Conflict = {
      path: m.path,
      tasks: m.inner.size > 0 ? [...m.ids, ...m.inner].sort(byRank) : m.ids,
      kind: pairs.parallel > 0 ? 'parallel' : 'sequential',
      reason: 'overlap',
      pairs
    }
    rows.push({ sort: m, out })
  }
  if (beside && wide.length > 0) {
    const back = reachability(reversed(g), involved)
    widePairs(beside, reach, back).forEach((pairs, i) => {
      const m = beside.wide[i] as Wide
      const out: Conflict = {
        path: m.path,
        tasks: m.ids,
        kind: pairs.parallel > 0 ? 'parallel' : 'sequential',
        reason: 'write-shared',
        pairs
      }
      if (m.ids.length - 1 < m.total) out.moreTasks = m.total - (m.ids.length - 1)
      rows.push({ sort: m, out })
    })
  }
  const conflicts = rows.sort((x, y) => comparePending(x.sort, y.sort)).map(r => r.out)
  return { conflicts, diagnostics }
}

function maskOf(ids: readonly string[], r: Reachability): Uint32Array {
  const mask = new Uint32Array(r.words)
  for (const id of ids) {
    const s = r.slotOf(id)
    if (s !== undefined) mask[s >>> 5] = (mask[s >>> 5] as number) | (1 << (s & 31))
  }
  return mask
}

/**
 * Parallel and sequential pairs among tasks sharing a path, counted word by
 * word: each task's reach masked by the group. Tasks on one cycle reach each
 * other both ways and count twice, hence the cap.
 */
function groupPairs(ids: readonly string[], r: Reachability): NonNullable<Conflict['pairs']> {
  const mask = maskOf(ids, r)
  let linked = 0
  for (const id of ids) {
    const bits = r.reachOf(id)
    if (!bits) continue
    for (let w = 0; w < r.words; w++) linked += popcount((bits[w] as number) & (mask[w] as number))
    linked-- // its own bit
  }
  const all = (ids.length * (ids.length - 1)) / 2
  const sequential = Math.min(all, Math.max(0, linked))
  return { parallel: all - sequential, sequential }
}

/** Pairs of one task of `outer` and one of `inner`, the two lists apart. */
function crossPairs(
  outer: readonly string[],
  inner: readonly string[],
  r: Reachability
): NonNullable<Conflict['pairs']> {
  let linked = 0
  for (const [from, to] of [
    [outer, inner],
    [inner, outer]
  ] as const) {
    const mask = maskOf(to, r)
    for (const id of from) {
      const bits = r.reachOf(id)
      if (!bits) continue
      for (let w = 0; w < r.words; w++)
        linked += popcount((bits[w] as number) & (mask[w] as number))
    }
  }
  const all = outer.length * inner.length
  // A pair on one cycle reaches both ways: counted twice, hence the cap.
  const sequential = Math.min(all, linked)
  return { parallel: all - sequential, sequential }
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555)
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333)
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24
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

function unknownNote(t: ConflictTask, ref: TaskRef): Diagnostic {
  return {
    severity: 'warning',
    file: t.reportFile ?? 'plan.md',
    line: ref.line,
    message: `${t.id} may conflict with ${ref.id}, which is not a task of this track.`
  }
}

function comparePending(
  x: { path: string; ra: number; rb: number },
  y: { path: string; ra: number; rb: number }
): number {
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

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

/** A write-shared task beside GROUP_MIN or more writers: one entry, its first ones listed. */
interface Wide {
  path: string
  /** The write-shared task, then the first WRITE_SHARED_LISTED tasks beside it. */
  ids: string[]
  /** How many tasks are beside it in all. */
  total: number
  /** Ranks that order the entry: the task's and the first beside it. */
  ra: number
  rb: number
  /** Ranks of writers ranked above it or not write-shared that are not beside it (they conflict otherwise). */
  apart: number[]
}

interface Beside {
  wide: Wide[]
  /** Writer ranks, all of them, and those of write-shared writers, ascending. */
  writerRanks: number[]
  sharerRanks: number[]
  idOfRank: string[]
}

/**
 * Every write-shared task conflicts with every other writer that no other
 * conflict already pairs it with; a pair of write-shared tasks counts once,
 * at the lower task. Few of them give a row per pair (`pairRow`); more give
 * one entry that lists the first and counts them all. Each task's list is
 * read from the writers in rank order, skipping the ones it is apart from,
 * so the work is the entries listed plus the conflicts already found, never
 * write-shared tasks times writers.
 */
function besideSharers(
  sharers: readonly ConflictTask[],
  writers: readonly ConflictTask[],
  rank: ReadonlyMap<string, number>,
  overlapping: ReadonlySet<number>,
  groups: readonly Many[],
  pairRow: (path: string, pair: [string, string]) => void
): Beside {
  const n = rank.size
  const rankOf = (id: string): number => rank.get(id) ?? 0
  const idOfRank: string[] = new Array<string>(n)
  for (const [id, r] of rank) idOfRank[r] = id
  const isSharer = new Uint8Array(n)
  for (const w of sharers) isSharer[rankOf(w.id)] = 1
  const writerRanks = writers.map(t => rankOf(t.id)).sort((a, b) => a - b)
  const plainRanks = writerRanks.filter(r => isSharer[r] === 0)
  const sharerRanks = writerRanks.filter(r => isSharer[r] === 1)
  // Overlap partners and shared-path groups, for the write-shared tasks only.
  const partners = new Map<number, number[]>()
  for (const key of overlapping) {
    const x = Math.floor(key / n)
    const y = key - x * n
    if (isSharer[x] === 1) push(partners, x, y)
    if (isSharer[y] === 1) push(partners, y, x)
  }
  // A task of a group conflicts with the group's tasks and those inside it;
  // a task inside, with the group's tasks only.
  const groupsOf = new Map<number, Array<readonly string[]>>()
  for (const m of groups) {
    const all = m.inner.size > 0 ? [...m.ids, ...m.inner] : m.ids
    for (const id of m.ids) if (isSharer[rankOf(id)] === 1) push(groupsOf, rankOf(id), all)
    for (const id of m.inner) if (isSharer[rankOf(id)] === 1) push(groupsOf, rankOf(id), m.ids)
  }

  const wide: Wide[] = []
  const stamp = new Int32Array(n).fill(-1)
  let above = 0
  sharers.forEach((w, k) => {
    const own = rankOf(w.id)
    while (above < sharerRanks.length && (sharerRanks[above] as number) <= own) above++
    // Candidates: writers not write-shared, and write-shared writers ranked above.
    const apart: number[] = []
    const mark = (r: number): void => {
      if (stamp[r] === k) return
      stamp[r] = k
      if (r !== own && (isSharer[r] === 0 || r > own)) apart.push(r)
    }
    mark(own)
    for (const r of partners.get(own) ?? []) mark(r)
    for (const ids of groupsOf.get(own) ?? []) for (const id of ids) mark(rankOf(id))
    const total = plainRanks.length + (sharerRanks.length - above) - apart.length
    if (total <= 0) return
    const want = total < GROUP_MIN ? total : Math.min(total, WRITE_SHARED_LISTED)
    const listed: string[] = []
    let i = 0
    let j = above
    while (listed.length < want && (i < plainRanks.length || j < sharerRanks.length)) {
      const p = plainRanks[i] ?? Infinity
      const s = sharerRanks[j] ?? Infinity
      const r = p < s ? (plainRanks[i++] as number) : (sharerRanks[j++] as number)
      if (stamp[r] !== k) listed.push(idOfRank[r] as string)
    }
    const path =
      w.files.reduce((min: string | null, p) => (min === null || p < min ? p : min), null) ?? '*'
    if (total < GROUP_MIN) {
      for (const id of listed) pairRow(path, [w.id, id])
      return
    }
    const rb = rankOf(listed[0] as string)
    wide.push({ path, ids: [w.id, ...listed], total, ra: own, rb, apart })
  })
  return { wide, writerRanks, sharerRanks, idOfRank }
}

/**
 * Parallel and sequential pairs of each wide entry, word by word: the writers
 * its task depends on or that depend on it, masked by its candidates, less
 * those it is apart from. `back` is reachability over the reversed graph.
 */
function widePairs(
  b: Beside,
  reach: Reachability,
  back: Reachability
): Array<NonNullable<Conflict['pairs']>> {
  const mask = new Uint32Array(reach.words)
  const set = (r: number, on: boolean): void => {
    const s = reach.slotOf(b.idOfRank[r] as string)
    if (s === undefined) return
    const bit = 1 << (s & 31)
    mask[s >>> 5] = on ? (mask[s >>> 5] as number) | bit : (mask[s >>> 5] as number) & ~bit
  }
  for (const r of b.writerRanks) set(r, true)
  let below = 0
  return b.wide.map(m => {
    // Write-shared tasks ranked at or below this one are not its candidates.
    while (below < b.sharerRanks.length && (b.sharerRanks[below] as number) <= m.ra)
      set(b.sharerRanks[below++] as number, false)
    const id = b.idOfRank[m.ra] as string
    const up = reach.reachOf(id)
    const down = back.reachOf(id)
    let sequential = 0
    if (up && down)
      for (let w = 0; w < reach.words; w++)
        sequential += popcount(((up[w] as number) | (down[w] as number)) & (mask[w] as number))
    for (const r of m.apart) {
      const other = b.idOfRank[r] as string
      if (reaches(reach, id, other) || reaches(reach, other, id)) sequential--
    }
    return { parallel: m.total - sequential, sequential }
  })
}

/** The same graph with every edge turned round: who depends on a task, transitively. */
function reversed(g: IdGraph): IdGraph {
  return { ids: g.ids, index: g.index, deps: g.dependents, dependents: g.deps }
}
