import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { TrackFiles } from '../../src/model.js'
import { parseTrack } from '../../src/parse/track.js'
import { listedChild, loadTrack, MAX_FILE_BYTES, MAX_REPORTS } from '../../src/track/load.js'

const fixtures = fileURLToPath(new URL('../../__fixtures__/track/', import.meta.url))

function load(workspace: string, dir: string): TrackFiles {
  const r = loadTrack(workspace, dir)
  if (!r.ok) throw new Error(r.error)
  return r.value
}

function loadError(workspace: string, dir: string): string {
  const r = loadTrack(workspace, dir)
  if (r.ok) throw new Error(`expected an error for ${dir}`)
  return r.error
}

describe('loadTrack on fixture folders', () => {
  it('strips the BOM and normalises CRLF and lone CR in every file', async () => {
    const t = load(fixtures, 'crlf-bom')
    expect(t.id).toBe('crlf-bom')
    expect(t.dir).toBe('crlf-bom')
    expect(t.plan?.path).toBe('plan.md')
    expect(t.plan?.text.startsWith('# Implementation Plan — crlf-bom\n\n**Feature:**')).toBe(true)
    expect(t.prd?.text).not.toContain('\r')
    expect(t.reports.map(r => r.path)).toEqual(['reports/T01.md'])
    expect(t.reports[0]?.text).toBe(
      '# Subagent Report: Task T01 — Check line endings\n\n**Status:** ✅ Complete\n**Role:** Explorer\n'
    )
    expect(t.diagnostics).toEqual([])
  })

  it('repairs double-encoded files and flags the ones it cannot repair', async () => {
    const t = load(fixtures, 'mojibake')
    expect(t.plan?.text).toContain('**Feature:** Отчёт о кэше')
    expect(t.plan?.text).toContain('Измерить задержку — базовая линия')
    expect(t.reports.find(r => r.path === 'reports/T02.md')?.text).toBe(
      '# Subagent Report: T02 — Retry budget\n\n**Status:** ✅ Complete\n'
    )
    const byFile = Object.fromEntries(t.diagnostics.map(d => [d.file, d]))
    expect(byFile['plan.md']).toMatchObject({ severity: 'warning', line: 1 })
    expect(byFile['plan.md']?.message).toMatch(/repaired/)
    expect(byFile['reports/T02.md']?.message).toMatch(/Windows-1252.*repaired/)
    expect(byFile['reports/T01.md']).toMatchObject({ severity: 'warning', line: 3 })
    expect(byFile['reports/T01.md']?.message).toMatch(/left as is/)
  })

  it('decodes invalid UTF-8 with replacement and a warning on the right line', async () => {
    const t = load(fixtures, 'bad-utf8')
    expect(t.plan).toBeNull()
    expect(t.reports[0]?.text).toContain('caf\uFFFD au lait')
    expect(t.diagnostics).toEqual([
      expect.objectContaining({ severity: 'warning', file: 'reports/T01.md', line: 3 })
    ])
  })

  it('accepts case variants of the top files and every report name form', async () => {
    const t = load(fixtures, 'odd-names')
    expect(t.plan?.path).toBe('PLAN.md')
    expect(t.prd?.path).toBe('prd.md')
    expect(t.iosmReport?.path).toBe('IOSM_Report.md')
    expect(t.reports.map(r => r.path)).toEqual([
      'reports/T-AUTO-01.md',
      'reports/T01.md',
      'reports/T02-partial.md',
      'reports/T04-draft.md',
      'reports/T10.md',
      'reports/T3.md'
    ])
    expect(t.diagnostics.map(d => [d.severity, d.file])).toEqual([['notice', 'reports/notes.md']])
  })

  it('loads a folder with reports and no plan', async () => {
    const t = load(fixtures, 'reports-only')
    expect(t.plan).toBeNull()
    expect(t.reports.map(r => r.path)).toEqual(['reports/T05.md'])
  })

  it('refuses a folder that is not a track, saying what is missing', async () => {
    expect(loadError(fixtures, 'not-a-track')).toBe(
      'not a track folder: not-a-track (no plan.md and no reports/T##.md)'
    )
  })

  it('refuses a missing folder, a file, and a path outside the workspace', async () => {
    expect(loadError(fixtures, 'nope')).toBe('track folder not found: nope')
    expect(loadError(fixtures, 'crlf-bom/plan.md')).toMatch(/^not a folder: crlf-bom\/plan\.md/)
    expect(loadError(path.join(fixtures, 'crlf-bom'), '../odd-names')).toMatch(
      /^track folder is outside the workspace: \.\.\/odd-names/
    )
  })

  it('takes an absolute path inside the workspace and reports it repository-relative', async () => {
    const t = load(path.join(fixtures, '..'), path.join(fixtures, 'reports-only'))
    expect(t.dir).toBe('track/reports-only')
    expect(t.id).toBe('reports-only')
  })
})

describe('loadTrack limits and links', () => {
  let root: string
  let ws: string

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'load-'))
    ws = path.join(root, 'ws')
    await mkdir(ws)
  })

  afterAll(async () => {
    await rm(root, { recursive: true, force: true })
  })

  async function track(rel: string, files: Record<string, string | Buffer>): Promise<string> {
    for (const [name, body] of Object.entries(files)) {
      const abs = path.join(ws, rel, name)
      await mkdir(path.dirname(abs), { recursive: true })
      await writeFile(abs, body)
    }
    return rel
  }

  it('skips a file over 5 MB with an error that says the verdict cannot be trusted', async () => {
    const dir = await track('big', {
      'plan.md': Buffer.alloc(MAX_FILE_BYTES + 1, 0x61),
      'reports/T01.md': 'small\n',
      'reports/T02.md': Buffer.alloc(MAX_FILE_BYTES + 1, 0x61)
    })
    const t = load(ws, dir)
    expect(t.plan).toBeNull()
    expect(t.reports.map(r => r.path)).toEqual(['reports/T01.md'])
    expect(t.diagnostics).toEqual([
      {
        severity: 'error',
        file: 'plan.md',
        line: 1,
        message: 'could not be read: 5.0 MB is over the 5 MB limit; the verdict cannot be trusted'
      }
    ])
    // A report is listed as unreadable; the parser says what that means for its task.
    expect(t.unreadableReports).toEqual([
      { path: 'reports/T02.md', reason: '5.0 MB is over the 5 MB limit' }
    ])
    const parsed = parseTrack(t)
    expect(parsed.reports.map(r => [r.taskId, r.status])).toContainEqual(['T02', 'unknown'])
    expect(parsed.diagnostics).toContainEqual({
      severity: 'error',
      file: 'reports/T02.md',
      line: 1,
      message:
        'could not be read: 5.0 MB is over the 5 MB limit; T02 counts as status unknown and the verdict cannot be trusted'
    })
  })

  it('names no unreadable report when every report reads', async () => {
    const dir = await track('all-read', { 'plan.md': '# Plan\n', 'reports/T01.md': 'one\n' })
    expect(load(ws, dir).unreadableReports).toEqual([])
  })

  it('reads a file of exactly 5 MB', async () => {
    const dir = await track('edge', { 'plan.md': Buffer.alloc(MAX_FILE_BYTES, 0x61) })
    const t = load(ws, dir)
    expect(t.plan?.text.length).toBe(MAX_FILE_BYTES)
    expect(t.diagnostics).toEqual([])
  })

  it('skips symlinks that lead outside the workspace, keeps those that stay inside', async () => {
    await writeFile(path.join(root, 'secret.md'), 'outside the workspace\n')
    await mkdir(path.join(root, 'elsewhere'), { recursive: true })
    await writeFile(path.join(root, 'elsewhere', 'T09.md'), 'outside\n')
    const dir = await track('links', {
      'reports/T01.md': 'one\n',
      'shared/PRD.md': '# shared PRD\n'
    })
    await symlink(path.join(root, 'secret.md'), path.join(ws, dir, 'plan.md'))
    await symlink(path.join(root, 'secret.md'), path.join(ws, dir, 'reports', 'T02.md'))
    await symlink(path.join(ws, dir, 'shared', 'PRD.md'), path.join(ws, dir, 'PRD.md'))
    await symlink(path.join(ws, dir, 'missing.md'), path.join(ws, dir, 'reports', 'T03.md'))
    const t = load(ws, dir)
    expect(t.plan).toBeNull()
    expect(t.prd?.text).toBe('# shared PRD\n')
    expect(t.reports.map(r => r.path)).toEqual(['reports/T01.md'])
    expect(t.diagnostics.map(d => [d.severity, d.file, d.message])).toEqual([
      [
        'error',
        'plan.md',
        'could not be read: a symlink that leads outside the workspace; the verdict cannot be trusted'
      ]
    ])
    // plan.md is not a report: only report files are listed as unreadable.
    expect(t.unreadableReports).toEqual([
      { path: 'reports/T02.md', reason: 'a symlink that leads outside the workspace' },
      { path: 'reports/T03.md', reason: 'a broken symlink (ENOENT)' }
    ])
    expect(JSON.stringify(t)).not.toContain('outside the workspace\\n')
  })

  it('refuses a track folder, or a reports folder, that links out of the workspace', async () => {
    await symlink(path.join(root, 'elsewhere'), path.join(ws, 'linked-track'))
    expect(loadError(ws, 'linked-track')).toMatch(/symlink that leads outside the workspace/)

    const dir = await track('linked-reports', { 'plan.md': '# Plan\n' })
    await symlink(path.join(root, 'elsewhere'), path.join(ws, dir, 'reports'))
    const t = load(ws, dir)
    expect(t.reports).toEqual([])
    expect(t.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'error',
        file: 'reports',
        message: expect.stringMatching(/symlink that leads outside.*cannot be trusted/)
      })
    ])
  })

  it('reads at most 2,000 reports, the lowest ids first, and says so', async () => {
    const files: Record<string, string> = { 'plan.md': '# Plan\n' }
    for (let i = 1; i <= MAX_REPORTS + 3; i++)
      files[`reports/T${String(i).padStart(2, '0')}.md`] = `r${i}\n`
    const dir = await track('many', files)
    const t = load(ws, dir)
    expect(t.reports).toHaveLength(MAX_REPORTS)
    const ids = new Set(t.reports.map(r => r.path))
    expect(ids.has('reports/T2000.md')).toBe(true)
    expect(ids.has('reports/T2001.md')).toBe(false)
    expect(t.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'error',
        file: 'reports',
        message: expect.stringMatching(/2003 report files.*cannot be trusted/)
      })
    ])
    // Sorted by path, as the model promises.
    const paths = t.reports.map(r => r.path)
    expect(paths).toEqual([...paths].sort())
  })

  it('lists a folder named like a report as unreadable rather than reading it', async () => {
    const dir = await track('dir-report', {
      'plan.md': '# Plan\n',
      'reports/T01.md/inner.txt': 'x\n'
    })
    const t = load(ws, dir)
    expect(t.reports).toEqual([])
    expect(t.diagnostics).toEqual([])
    expect(t.unreadableReports).toEqual([{ path: 'reports/T01.md', reason: 'not a regular file' }])
  })

  it('loads the workspace itself when it is a track', async () => {
    const solo = path.join(root, 'solo')
    await mkdir(path.join(solo, 'reports'), { recursive: true })
    await writeFile(path.join(solo, 'reports', 'T01.md'), 'x\n')
    const t = load(solo, '.')
    expect(t.dir).toBe('.')
    expect(t.id).toBe('solo')
  })
})

describe('listedChild', () => {
  it('names a listed file as path.join does, for a normalised folder and a name from a listing', () => {
    const segment = fc.stringMatching(/^[^/\0]{1,8}$/).filter(n => n !== '.' && n !== '..')
    const folder = fc.array(segment, { maxLength: 4 }).map(parts => path.resolve('/', ...parts))
    fc.assert(
      fc.property(folder, segment, (dir, name) => {
        expect(listedChild(dir, name)).toBe(path.join(dir, name))
      })
    )
  })
})
