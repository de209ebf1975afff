// Read failures cannot be provoked portably (root reads a chmod 000 file), so
// opening and reading fail for chosen paths: openSync for a file the listing
// showed as a regular file, readFileSync for one reached through a symlink.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import * as realSyncFs from 'node:fs'
import * as realFs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

const failing = new Set<string>()
const denied = (target: string) =>
  Object.assign(new Error(`EACCES: permission denied, open '${target}'`), { code: 'EACCES' })

jest.unstable_mockModule('node:fs', () => ({
  ...realSyncFs,
  openSync: (...args: Parameters<typeof realSyncFs.openSync>) => {
    const target = String(args[0])
    if ([...failing].some(f => target.endsWith(f))) throw denied(target)
    return realSyncFs.openSync(...args)
  },
  readFileSync: (...args: Parameters<typeof realSyncFs.readFileSync>) => {
    const target = String(args[0])
    if ([...failing].some(f => target.endsWith(f))) throw denied(target)
    return realSyncFs.readFileSync(...args)
  }
}))

const { loadTrack } = await import('../../src/track/load.js')

let ws: string

beforeAll(async () => {
  ws = await realFs.mkdtemp(path.join(os.tmpdir(), 'load-errors-'))
  await realFs.mkdir(path.join(ws, 't', 'reports'), { recursive: true })
  await realFs.writeFile(path.join(ws, 't', 'plan.md'), '# Plan\n')
  await realFs.writeFile(path.join(ws, 't', 'reports', 'T01.md'), 'one\n')
  await realFs.writeFile(path.join(ws, 't', 'reports', 'T02.md'), 'two\n')
})

afterAll(async () => {
  await realFs.rm(ws, { recursive: true, force: true })
})

describe('loadTrack read failures', () => {
  it('turns an unreadable file into an error diagnostic and reads the others', async () => {
    failing.add('plan.md')
    failing.add(path.join('reports', 'T01.md'))
    const r = loadTrack(ws, 't')
    failing.clear()
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.value.plan).toBeNull()
    expect(r.value.reports.map(f => f.path)).toEqual(['reports/T02.md'])
    // The report's error comes from the parser, which knows its task.
    expect(r.value.diagnostics).toEqual([
      {
        severity: 'error',
        file: 'plan.md',
        line: 1,
        message: 'could not be read: read error EACCES; the verdict cannot be trusted'
      }
    ])
    expect(r.value.unreadableReports).toEqual([
      { path: 'reports/T01.md', reason: 'read error EACCES' }
    ])
  })

  it('reports a read failure of a report reached through a symlink', async () => {
    await realFs.mkdir(path.join(ws, 'u', 'reports'), { recursive: true })
    await realFs.writeFile(path.join(ws, 'u', 'plan.md'), '# Plan\n')
    await realFs.writeFile(path.join(ws, 'u', 'T05-source.md'), 'five\n')
    await realFs.symlink(
      path.join(ws, 'u', 'T05-source.md'),
      path.join(ws, 'u', 'reports', 'T05.md')
    )
    failing.add('T05-source.md')
    const r = loadTrack(ws, 'u')
    failing.clear()
    if (!r.ok) throw new Error(r.error)
    expect(r.value.plan?.text).toBe('# Plan\n')
    expect(r.value.unreadableReports).toEqual([
      { path: 'reports/T05.md', reason: 'read error EACCES' }
    ])
  })
})
