// Read failures cannot be provoked portably (root reads a chmod 000 file), so
// readFile is replaced for one path.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import * as realFs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

const failing = new Set<string>()

jest.unstable_mockModule('node:fs/promises', () => ({
  ...realFs,
  readFile: async (...args: Parameters<typeof realFs.readFile>) => {
    const target = String(args[0])
    if ([...failing].some(f => target.endsWith(f))) {
      throw Object.assign(new Error(`EACCES: permission denied, open '${target}'`), {
        code: 'EACCES'
      })
    }
    return realFs.readFile(...args)
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
    const r = await loadTrack(ws, 't')
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
})
