// Pairs of tasks whose changes meet on a path. Paths are indexed exactly and
// by folder prefix, so the work grows with the number of file entries (times
// their depth) and with the number of conflicts found, never with the square
// of the entries.

import type { ConcurrencyClass, Conflict, Diagnostic, TaskRef } from '../model.js'
import { compareIds, folderPrefixes, isFolder, normalisePath } from '../parse/paths.js'
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
  a: string
  b: string
  reason: Conflict['reason']
  note?: string
}

export function findConflicts(tasks: readonly ConflictTask[]): Conflicts {
  const diagnostics: Diagnostic[] = []
  const writers = tasks.filter(t => t.concurrency !== 'read-only')
  const exact = new Map<string, string[]>()
  const folders = new Map<string, string[]>()
  for (const t of writers) {
    for (const p of new Set(t.files)) {
      push(exact, p, t.id)
      if (isFolder(p)) push(folders, p, t.id)
    }
  }

  const found = new Map<string, Pending>()
  const pairsWithOverlap = new Set<string>()
  const add = (c: Pending): Pending => {
    const [a, b] = sorted(c.a, c.b)
    const key = `${c.path}\u0000${a}\u0000${b}`
    if (c.reason === 'overlap') pairsWithOverlap.add(pairKey(a, b))
    const kept = found.get(key)
    if (kept) return kept
    const fresh = { ...c, a, b }
    found.set(key, fresh)
    return fresh
  }

  for (const [path, ids] of exact) {
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++)
        add({ path, a: ids[i] as string, b: ids[j] as string, reason: 'overlap' })
  }
  // A folder one task names holds a path another task names: the conflict is
  // on the inner, more specific path.
  for (const t of writers) {
    for (const p of new Set(t.files)) {
      for (const f of folderPrefixes(p)) {
        for (const other of folders.get(f) ?? []) {
          if (other !== t.id) add({ path: p, a: t.id, b: other, reason: 'overlap' })
        }
      }
    }
  }

  const shared = writers
    .filter(t => t.concurrency === 'write-shared')
    .sort((x, y) => compareIds(x.id, y.id))
  const sharedDone = new Set<string>()
  for (const w of shared) {
    const path = [...w.files].sort()[0] ?? '*'
    for (const other of writers) {
      if (other.id === w.id) continue
      const key = pairKey(w.id, other.id)
      if (pairsWithOverlap.has(key) || sharedDone.has(key)) continue
      sharedDone.add(key)
      add({ path, a: w.id, b: other.id, reason: 'write-shared' })
    }
  }

  const known = new Set(tasks.map(t => t.id))
  const byPair = new Map<string, Pending[]>()
  for (const c of found.values()) {
    const key = pairKey(c.a, c.b)
    const list = byPair.get(key) ?? []
    list.push(c)
    byPair.set(key, list)
  }
  const ordered = [...tasks].sort((x, y) => compareIds(x.id, y.id))
  for (const t of ordered) {
    for (const ref of t.notes) {
      if (ref.id === t.id) continue
      if (!known.has(ref.id)) {
        diagnostics.push({
          severity: 'warning',
          file: t.reportFile ?? 'plan.md',
          line: ref.line,
          message: `${t.id} may conflict with ${ref.id}, which is not a task of this track.`
        })
        continue
      }
      const key = pairKey(t.id, ref.id)
      const text = ref.note.trim()
      const existing = byPair.get(key)
      if (existing && existing.length > 0) {
        // The pair is listed already: the note explains it rather than adding a row.
        const first = existing.reduce((m, c) => (comparePending(c, m) < 0 ? c : m))
        if (text && first.note === undefined) first.note = text
        continue
      }
      const c: Pending = { path: notePath(text) ?? '*', a: t.id, b: ref.id, reason: 'note' }
      if (text) c.note = text
      byPair.set(key, [add(c)])
    }
  }

  const pending = [...found.values()]
  const involved = new Set(pending.flatMap(c => [c.a, c.b]))
  const linked = linkedBy(tasks, involved)
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

function push(map: Map<string, string[]>, key: string, id: string): void {
  const list = map.get(key)
  if (list) list.push(id)
  else map.set(key, [id])
}

function sorted(a: string, b: string): [string, string] {
  return compareIds(a, b) <= 0 ? [a, b] : [b, a]
}

function pairKey(a: string, b: string): string {
  return sorted(a, b).join('\u0000')
}

function comparePending(x: Pending, y: Pending): number {
  if (x.path !== y.path) return x.path < y.path ? -1 : 1
  return compareIds(x.a, y.a) || compareIds(x.b, y.b)
}

/** The first backticked path in a note, so a note can point at a file. */
function notePath(text: string): string | null {
  for (const m of text.matchAll(/`([^`]+)`/g)) {
    const p = normalisePath(m[1] ?? '')
    if (p && /[./]/.test(p)) return p
  }
  return null
}
