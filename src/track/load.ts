// Reads one track folder into TrackFiles, within limits: file size, report
// count, symlinks that stay inside the workspace. Bad input becomes a
// diagnostic; only a folder that cannot be a track is an error.
//
// The file-system calls of track/ are synchronous: a track is a folder of
// small local files and nothing else runs while they are read, so the promise
// API would add a trip through libuv's thread pool per call, and one more
// module to load at start, for no work done meanwhile.

import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  statSync,
  type Dirent
} from 'node:fs'
import path from 'node:path'
import type { Diagnostic, Result, SourceFile, TrackFiles } from '../model.js'
import { compareIds } from '../order.js'
import { readReportName } from '../report-names.js'
import { decodeText } from './decode.js'
import {
  CANONICAL_NAME,
  isReportFile,
  isTrackListing,
  looksLikeStrayReport,
  REPORTS_DIR,
  roleOf,
  type TrackFileRole
} from './layout.js'
import {
  errorCode,
  isInside,
  openWorkspace,
  resolveInside,
  toRepoRelative,
  type Workspace
} from './workspace.js'

export const MAX_FILE_BYTES = 5 * 1024 * 1024
export const MAX_REPORTS = 2000
/** Said of every input the loader had to leave out: lost input must not pass a check. */
const UNTRUSTED = 'the verdict cannot be trusted'
/** Beyond this many stray files in reports/, one summary notice replaces the rest. */
const MAX_STRAY_NOTICES = 10

// Long: the order of the steps is the safety of the read (the workspace is
// opened, the folder located inside it, listed, and only then are the files it
// lists read, one by one); each step is a call, and what is left is the
// bookkeeping between them.
export function loadTrack(workspace: string, dir: string): Result<TrackFiles> {
  const opened = openWorkspace(workspace)
  if (!opened.ok) return opened
  const ws = opened.value

  const located = locate(ws, dir)
  if (!located.ok) return located
  const { abs, real, rel } = located.value

  let entries: Dirent[]
  try {
    entries = readdirSync(real, { withFileTypes: true })
  } catch (e) {
    return { ok: false, error: `cannot read track folder ${rel}: ${errorCode(e)}` }
  }

  const diagnostics: Diagnostic[] = []
  const chosen = chooseTopFiles(entries, diagnostics)

  let reportEntries: Dirent[] = []
  let reportsReal: string | null = null
  if (entries.some(e => e.name === REPORTS_DIR)) {
    const resolved = resolveInside(ws, path.join(real, REPORTS_DIR))
    if (resolved.kind === 'outside') {
      diagnostics.push(
        error(
          REPORTS_DIR,
          `could not be read: ${REPORTS_DIR}/ is a symlink that leads outside the workspace; ${UNTRUSTED}`
        )
      )
    } else if (resolved.kind === 'inside') {
      try {
        reportEntries = readdirSync(resolved.real, { withFileTypes: true })
        reportsReal = resolved.real
      } catch (e) {
        if (errorCode(e) !== 'ENOTDIR') {
          diagnostics.push(
            error(REPORTS_DIR, `could not be listed (${errorCode(e)}); ${UNTRUSTED}`)
          )
        }
      }
    }
  }

  const reportNames = reportEntries.map(e => e.name)
  if (
    !isTrackListing(
      entries.map(e => e.name),
      reportNames
    )
  ) {
    return { ok: false, error: `not a track folder: ${rel} (no plan.md and no reports/T##.md)` }
  }

  noteStrayReports(reportNames, diagnostics)
  let reports = reportNames.filter(isReportFile).sort(byReportId)
  if (reports.length > MAX_REPORTS) {
    diagnostics.push(
      error(
        REPORTS_DIR,
        `holds ${reports.length} report files; only the first ${MAX_REPORTS} by task id are read, so ${UNTRUSTED}`
      )
    )
    reports = reports.slice(0, MAX_REPORTS)
  }

  // The listing says which entries are regular files: those are read without a
  // stat of their own (see readListedFile).
  const listedFiles = (list: readonly Dirent[]) =>
    new Set(list.filter(e => e.isFile()).map(e => e.name))
  const topFiles = listedFiles(entries)
  const reportFiles = listedFiles(reportEntries)
  const jobs: Array<{ path: string; abs: string; listedFile: boolean }> = []
  for (const role of ['plan', 'prd', 'iosmReport'] as const) {
    const name = chosen[role]
    if (name !== undefined) {
      jobs.push({ path: name, abs: path.join(real, name), listedFile: topFiles.has(name) })
    }
  }
  if (reportsReal !== null) {
    const base = reportsReal
    for (const name of reports) {
      jobs.push({
        path: `${REPORTS_DIR}/${name}`,
        abs: listedChild(base, name),
        listedFile: reportFiles.has(name)
      })
    }
  }

  const read = jobs.map(job => readSource(ws, job.path, job.abs, job.listedFile))
  const byPath = new Map<string, SourceFile>()
  const unreadableReports: TrackFiles['unreadableReports'] = []
  read.forEach((r, i) => {
    diagnostics.push(...r.diagnostics)
    if (r.file) byPath.set(r.file.path, r.file)
    const job = jobs[i]
    // A report that exists but cannot be read still names a task the parser must account for.
    if (r.unreadable !== null && job && job.path.startsWith(`${REPORTS_DIR}/`)) {
      unreadableReports.push({ path: job.path, reason: r.unreadable })
    }
  })
  const pick = (role: TrackFileRole): SourceFile | null => {
    const name = chosen[role]
    return name === undefined ? null : (byPath.get(name) ?? null)
  }

  return {
    ok: true,
    value: {
      id: path.basename(abs),
      dir: rel,
      plan: pick('plan'),
      prd: pick('prd'),
      iosmReport: pick('iosmReport'),
      reports: [...byPath.values()]
        .filter(f => f.path.startsWith(`${REPORTS_DIR}/`))
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
      unreadableReports: unreadableReports.sort((a, b) =>
        a.path < b.path ? -1 : a.path > b.path ? 1 : 0
      ),
      diagnostics
    }
  }
}

/**
 * path.join of a real (so normalised) folder path and a name from its
 * listing, which holds no separator and is never `.` or `..`: nothing is left
 * to normalise, where path.join walked every character of 2,000 paths (about
 * 8 M instructions on the 16 MB track).
 */
export function listedChild(dir: string, name: string): string {
  return dir.endsWith(path.sep) ? dir + name : dir + path.sep + name
}

/** The folder as an absolute path, its real path, and its repository-relative form. */
function locate(ws: Workspace, dir: string): Result<{ abs: string; real: string; rel: string }> {
  const given = dir.trim().replace(/\\/g, '/')
  if (given === '') return { ok: false, error: 'no track folder given' }
  let abs = path.resolve(ws.root, given)
  if (!isInside(ws.root, abs)) {
    // An absolute path may name the workspace through its real path.
    const viaReal = path.isAbsolute(given) && isInside(ws.real, abs)
    if (!viaReal) {
      return {
        ok: false,
        error: `track folder is outside the workspace: ${dir} (workspace: ${ws.root})`
      }
    }
    abs = path.join(ws.root, path.relative(ws.real, abs))
  }
  const rel = toRepoRelative(ws, abs)
  const resolved = resolveInside(ws, abs)
  if (resolved.kind === 'missing') return { ok: false, error: `track folder not found: ${rel}` }
  if (resolved.kind === 'outside') {
    return { ok: false, error: `track folder ${rel} is a symlink that leads outside the workspace` }
  }
  try {
    if (!statSync(resolved.real).isDirectory()) {
      return { ok: false, error: `not a folder: ${rel} (give the track folder, not a file in it)` }
    }
  } catch (e) {
    return { ok: false, error: `cannot read track folder ${rel}: ${errorCode(e)}` }
  }
  return { ok: true, value: { abs, real: resolved.real, rel } }
}

/**
 * One file per role. When several spellings exist (`plan.md` and `PLAN.md` on
 * a case-sensitive disk) the canonical spelling wins, else the first by name.
 */
function chooseTopFiles(
  entries: readonly Dirent[],
  diagnostics: Diagnostic[]
): Partial<Record<TrackFileRole, string>> {
  const byRole = new Map<TrackFileRole, string[]>()
  for (const entry of entries) {
    const role = roleOf(entry.name)
    if (role === null) continue
    if (entry.isDirectory()) {
      // A folder where the plan or a report belongs hides that file: lost input.
      diagnostics.push(error(entry.name, `could not be read: a folder, not a file; ${UNTRUSTED}`))
      continue
    }
    byRole.set(role, [...(byRole.get(role) ?? []), entry.name])
  }
  const chosen: Partial<Record<TrackFileRole, string>> = {}
  for (const [role, names] of byRole) {
    names.sort()
    const canonical = CANONICAL_NAME[role]
    const pick = names.includes(canonical) ? canonical : (names[0] ?? canonical)
    chosen[role] = pick
    for (const other of names.filter(n => n !== pick)) {
      diagnostics.push(
        notice(other, `ignored: ${pick} is read instead (two spellings of one file)`)
      )
    }
  }
  return chosen
}

function noteStrayReports(names: readonly string[], diagnostics: Diagnostic[]): void {
  const stray = names.filter(looksLikeStrayReport).sort()
  for (const name of stray.slice(0, MAX_STRAY_NOTICES)) {
    diagnostics.push(
      notice(
        `${REPORTS_DIR}/${name}`,
        'ignored: report files are named T##.md, T##-partial.md, T-AUTO-##.md or T##-slug.md'
      )
    )
  }
  if (stray.length > MAX_STRAY_NOTICES) {
    diagnostics.push(
      notice(
        REPORTS_DIR,
        `${stray.length - MAX_STRAY_NOTICES} more markdown files ignored in ${REPORTS_DIR}/`
      )
    )
  }
}

function byReportId(a: string, b: string): number {
  const id = (n: string) => readReportName(n)?.taskId ?? n
  return compareIds(id(a), id(b)) || (a < b ? -1 : a > b ? 1 : 0)
}

interface ReadOutcome {
  file: SourceFile | null
  diagnostics: Diagnostic[]
  /** Why a file that exists could not be read, or null. */
  unreadable: string | null
}

function readSource(ws: Workspace, file: string, abs: string, listedFile: boolean): ReadOutcome {
  // A report that cannot be read is reported by the parser, which also says
  // what it means for the task; every other file is reported here.
  const isReport = file.startsWith(`${REPORTS_DIR}/`)
  const skip = (reason: string): ReadOutcome => ({
    file: null,
    diagnostics: isReport ? [] : [error(file, `could not be read: ${reason}; ${UNTRUSTED}`)],
    unreadable: reason
  })
  const decoded = (bytes: Uint8Array): ReadOutcome => {
    const text = decodeText(bytes, file)
    return {
      file: { path: file, text: text.text },
      diagnostics: text.diagnostics,
      unreadable: null
    }
  }
  try {
    if (listedFile) {
      const read = readListedFile(abs)
      if (read.kind === 'bytes') return decoded(read.bytes)
      if (read.kind === 'skip') return skip(read.reason)
      // Replaced by a symlink since the listing: read the way a symlink is.
    }
    let target = abs
    if (lstatSync(abs).isSymbolicLink()) {
      const resolved = resolveInside(ws, abs)
      if (resolved.kind === 'outside') return skip('a symlink that leads outside the workspace')
      if (resolved.kind === 'missing') return skip(`a broken symlink (${resolved.code})`)
      target = resolved.real
    }
    const info = statSync(target)
    if (!info.isFile()) return skip('not a regular file')
    if (info.size > MAX_FILE_BYTES) return skip(tooLarge(info.size))
    const bytes = readFileSync(target)
    // The file may have grown since stat.
    if (bytes.length > MAX_FILE_BYTES) return skip(tooLarge(bytes.length))
    return decoded(bytes)
  } catch (e) {
    return skip(`read error ${errorCode(e)}`)
  }
}

/**
 * O_NOFOLLOW: a symlink put in place since the listing fails to open instead
 * of being followed, and is then read the way a symlink is. O_NONBLOCK: a FIFO
 * put in place does not hang the open; it is no regular file, so it is skipped.
 * (Windows has neither flag, nor FIFOs.)
 */
const OPEN_LISTED = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0)

/**
 * A file the folder listing showed as a regular file: one open, one fstat for
 * its kind and size, reads into one buffer, one close, where a stat, a
 * readFile's own open and fstat and an lstat went before.
 */
function readListedFile(
  abs: string
): { kind: 'bytes'; bytes: Uint8Array } | { kind: 'skip'; reason: string } | { kind: 'symlink' } {
  let fd: number
  try {
    fd = openSync(abs, OPEN_LISTED)
  } catch (e) {
    if (errorCode(e) === 'ELOOP') return { kind: 'symlink' }
    throw e
  }
  try {
    const info = fstatSync(fd)
    if (!info.isFile()) return { kind: 'skip', reason: 'not a regular file' }
    if (info.size > MAX_FILE_BYTES) return { kind: 'skip', reason: tooLarge(info.size) }
    // One byte past the size seen, so that a file that grew since is noticed.
    let buffer = Buffer.allocUnsafe(info.size + 1)
    let length = 0
    for (;;) {
      if (length === buffer.length) {
        // It grew: read on, up to one byte past the limit.
        if (length > MAX_FILE_BYTES) break
        const bigger = Buffer.allocUnsafe(Math.min(length * 2, MAX_FILE_BYTES + 1))
        buffer.copy(bigger, 0, 0, length)
        buffer = bigger
      }
      const n = readSync(fd, buffer, length, buffer.length - length, null)
      if (n === 0) break
      length += n
    }
    if (length > MAX_FILE_BYTES) return { kind: 'skip', reason: tooLarge(length) }
    return { kind: 'bytes', bytes: buffer.subarray(0, length) }
  } finally {
    closeSync(fd)
  }
}

function tooLarge(size: number): string {
  const mb = (size / (1024 * 1024)).toFixed(1)
  return `${mb} MB is over the ${MAX_FILE_BYTES / (1024 * 1024)} MB limit`
}

function notice(file: string, message: string): Diagnostic {
  return { severity: 'notice', file, line: 1, message }
}

function error(file: string, message: string): Diagnostic {
  return { severity: 'error', file, line: 1, message }
}
