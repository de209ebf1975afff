// Finds the track folders that the `tracks` globs name.

import { type Dirent, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import type { Result } from '../model.js'
import {
  parsePatterns,
  pathMatches,
  segmentMatches,
  type FolderPattern,
  type Segment
} from './glob.js'
import { isTrackListing, REPORTS_DIR } from './layout.js'
import { openWorkspace, resolveInside, type Workspace } from './workspace.js'

/** Folders a wildcard never descends into. A literal pattern segment still may. */
const SKIPPED = new Set(['node_modules', '.git'])

/** Upper bound on folders listed for one call, so `**` on a huge checkout fails clearly. */
const MAX_FOLDERS_LISTED = 50_000

/**
 * Repository-relative paths of the track folders the patterns match, sorted.
 * Patterns are folder globs relative to the workspace; a leading `!` excludes
 * what it matches and everything below it, whatever the order of the lines.
 */
export function discoverTracks(workspace: string, patterns: readonly string[]): Result<string[]> {
  const opened = openWorkspace(workspace)
  if (!opened.ok) return opened
  const ws = opened.value
  const parsed = parsePatterns(patterns, ws.root)
  if (!parsed.ok) return parsed
  const includes = parsed.value.filter(p => !p.negated)
  const excludes = parsed.value.filter(p => p.negated)

  const walker = new Walker(ws)
  const matched = new Set<string>()
  for (const pattern of includes) {
    const found = walker.expand(pattern)
    if (!found.ok) return found
    for (const rel of found.value) matched.add(rel)
  }

  const tracks: string[] = []
  for (const rel of [...matched].sort(byCodeUnit)) {
    if (isExcluded(rel, excludes)) continue
    if (isTrackFolder(ws, rel)) tracks.push(rel)
  }
  return { ok: true, value: tracks }
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function isExcluded(rel: string, excludes: readonly FolderPattern[]): boolean {
  const parts = rel === '.' ? [] : rel.split('/')
  return excludes.some(e => {
    for (let k = 0; k <= parts.length; k++) {
      if (pathMatches(e.segments, parts.slice(0, k))) return true
    }
    return false
  })
}

interface Folder {
  abs: string
  /** With symlinks resolved: the key for loop detection. */
  real: string
  parts: string[]
}

class Walker {
  private listed = 0
  private readonly cache = new Map<string, Array<{ name: string; real: string }>>()

  constructor(private readonly ws: Workspace) {}

  expand(pattern: FolderPattern): Result<string[]> {
    const out = new Set<string>()
    const seen = new Set<string>()
    const root: Folder = { abs: this.ws.root, real: this.ws.real, parts: [] }
    const fine = this.walk(root, pattern.segments, 0, out, seen)
    if (!fine) {
      return {
        ok: false,
        error:
          `tracks pattern "${pattern.source}" reaches more than ${MAX_FOLDERS_LISTED} folders; ` +
          'narrow it (for example swarm/tracks/*)'
      }
    }
    return { ok: true, value: [...out] }
  }

  /** False when the listing budget ran out. */
  private walk(
    folder: Folder,
    segments: readonly Segment[],
    i: number,
    out: Set<string>,
    seen: Set<string>
  ): boolean {
    const seg = segments[i]
    if (seg === undefined) {
      out.add(folder.parts.length === 0 ? '.' : folder.parts.join('/'))
      return true
    }
    if (seg.kind === 'literal') {
      const child = this.enter(folder, seg.name)
      return child ? this.walk(child, segments, i + 1, out, seen) : true
    }
    if (seg.kind === 'globstar') {
      // `**` may be reached through a symlink loop; each real folder is expanded once per segment.
      const key = `${i}\0${folder.real}`
      if (seen.has(key)) return true
      seen.add(key)
      if (!this.walk(folder, segments, i + 1, out, seen)) return false
    }
    const children = this.subfolders(folder)
    if (children === null) return false
    for (const child of children) {
      if (!segmentMatches(seg, child.name)) continue
      const next: Folder = {
        abs: path.join(folder.abs, child.name),
        real: child.real,
        parts: [...folder.parts, child.name]
      }
      const nextIndex = seg.kind === 'globstar' ? i : i + 1
      if (!this.walk(next, segments, nextIndex, out, seen)) return false
    }
    return true
  }

  /** A named child folder, following a symlink only when it stays in the workspace. */
  private enter(folder: Folder, name: string): Folder | null {
    const abs = path.join(folder.abs, name)
    const resolved = resolveInside(this.ws, abs)
    if (resolved.kind !== 'inside') return null
    try {
      if (!statSync(resolved.real).isDirectory()) return null
    } catch {
      return null
    }
    return { abs, real: resolved.real, parts: [...folder.parts, name] }
  }

  /** Child folders a wildcard may enter; null when the listing budget is spent. */
  private subfolders(folder: Folder): Array<{ name: string; real: string }> | null {
    const cached = this.cache.get(folder.real)
    if (cached) return cached
    if (++this.listed > MAX_FOLDERS_LISTED) return null
    let entries: Dirent[]
    try {
      entries = readdirSync(folder.real, { withFileTypes: true })
    } catch {
      entries = []
    }
    const out: Array<{ name: string; real: string }> = []
    for (const entry of entries.sort((a, b) => byCodeUnit(a.name, b.name))) {
      if (SKIPPED.has(entry.name)) continue
      if (entry.isDirectory()) {
        out.push({ name: entry.name, real: path.join(folder.real, entry.name) })
      } else if (entry.isSymbolicLink()) {
        const child = this.enter(folder, entry.name)
        if (child) out.push({ name: entry.name, real: child.real })
      }
    }
    this.cache.set(folder.real, out)
    return out
  }
}

function isTrackFolder(ws: Workspace, rel: string): boolean {
  const abs = rel === '.' ? ws.root : path.join(ws.root, ...rel.split('/'))
  const top = listNames(abs)
  if (isTrackListing(top, [])) return true
  if (!top.includes(REPORTS_DIR)) return false
  const reports = path.join(abs, REPORTS_DIR)
  const resolved = resolveInside(ws, reports)
  if (resolved.kind !== 'inside') return false
  return isTrackListing([], listNames(resolved.real))
}

function listNames(abs: string): string[] {
  try {
    return readdirSync(abs)
  } catch {
    return []
  }
}
