// Where the workspace really is, and whether a path stays inside it once
// symlinks are resolved.

import { realpathSync, statSync } from 'node:fs'
import path from 'node:path'
import type { Result } from '../model.js'
import { errorText } from '../error-text.js'

export interface Workspace {
  /** The path as given, resolved to absolute. */
  root: string
  /** The same folder with every symlink resolved. */
  real: string
}

export function openWorkspace(workspace: string): Result<Workspace> {
  const root = path.resolve(workspace)
  try {
    const real = realpathSync.native(root)
    if (!statSync(real).isDirectory()) {
      return { ok: false, error: `workspace is not a folder: ${workspace}` }
    }
    return { ok: true, value: { root, real } }
  } catch (e) {
    return { ok: false, error: `workspace not found: ${workspace} (${errorCode(e)})` }
  }
}

export function isInside(root: string, candidate: string): boolean {
  if (candidate === root) return true
  const rel = path.relative(root, candidate)
  return rel !== '..' && !rel.startsWith('..' + path.sep) && !path.isAbsolute(rel)
}

/**
 * The real path of `abs` when it lies inside the workspace; `outside` when
 * symlinks lead it out; `missing` when it (or a link on the way) does not
 * exist.
 */
export function resolveInside(
  ws: Workspace,
  abs: string
):
  | { kind: 'inside'; real: string }
  | { kind: 'outside'; real: string }
  | { kind: 'missing'; code: string } {
  try {
    const real = realpathSync.native(abs)
    return isInside(ws.real, real) ? { kind: 'inside', real } : { kind: 'outside', real }
  } catch (e) {
    return { kind: 'missing', code: errorCode(e) }
  }
}

/** Workspace-relative path with forward slashes; `.` for the workspace itself. */
export function toRepoRelative(ws: Workspace, abs: string): string {
  const rel = path.relative(ws.root, abs).split(path.sep).join('/')
  return rel === '' ? '.' : rel
}

export function errorCode(e: unknown): string {
  if (e && typeof e === 'object' && 'code' in e && typeof e.code === 'string') return e.code
  return errorText(e)
}
