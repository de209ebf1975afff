import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { discoverTracks } from '../../src/track/discover.js'
import { parsePatterns, pathMatches } from '../../src/track/glob.js'

let root: string
let ws: string
let outside: string

async function put(rel: string, text = 'x\n'): Promise<void> {
  const abs = path.join(root, rel)
  await mkdir(path.dirname(abs), { recursive: true })
  await writeFile(abs, text)
}

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'discover-'))
  ws = path.join(root, 'ws')
  outside = path.join(root, 'outside')
  await put('ws/swarm/tracks/2026-01-01-001/plan.md')
  await put('ws/swarm/tracks/2026-01-02-001/reports/T01.md')
  await put('ws/swarm/tracks/2026-01-03-001/PLAN.md')
  await put('ws/swarm/tracks/old-track/plan.md')
  await put('ws/swarm/tracks/empty-notes/notes.md')
  await put('ws/swarm/tracks/stray-reports/reports/summary.md')
  await put('ws/swarm/tracks/.hidden/plan.md')
  await put('ws/swarm/tracks.md')
  await put('ws/services/api/swarm/tracks/t-api/plan.md')
  await put('ws/services/web/swarm/tracks/t-web/reports/T-AUTO-01.md')
  await put('ws/node_modules/pkg/swarm/tracks/vendored/plan.md')
  await put('ws/.git/swarm/tracks/in-git/plan.md')
  await put('ws/plan-at-root/plan.md')
  await put('outside/swarm/tracks/escaped/plan.md')
  // A link leaving the workspace, and one that loops back inside it.
  await symlink(
    path.join(outside, 'swarm', 'tracks', 'escaped'),
    path.join(ws, 'swarm', 'tracks', 'link-out')
  )
  await symlink(path.join(ws, 'services'), path.join(ws, 'services', 'api', 'loop'))
  await symlink(
    path.join(ws, 'swarm', 'tracks', 'old-track'),
    path.join(ws, 'swarm', 'tracks', 'alias')
  )
})

afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

function discover(patterns: string[]): string[] {
  const r = discoverTracks(ws, patterns)
  if (!r.ok) throw new Error(r.error)
  return r.value
}

describe('discoverTracks', () => {
  it('finds track folders one level down, sorted, skipping non-tracks, dot folders and links out', async () => {
    expect(discover(['swarm/tracks/*'])).toEqual([
      'swarm/tracks/2026-01-01-001',
      'swarm/tracks/2026-01-02-001',
      'swarm/tracks/2026-01-03-001',
      'swarm/tracks/alias',
      'swarm/tracks/old-track'
    ])
  })

  it('excludes with a leading ! whatever the line order, ignoring blanks and comments', async () => {
    const patterns = [
      '!swarm/tracks/old-*',
      '',
      '# the main tracks',
      'swarm/tracks/2026-*',
      'swarm/tracks/old-track'
    ]
    expect(discover(patterns)).toEqual([
      'swarm/tracks/2026-01-01-001',
      'swarm/tracks/2026-01-02-001',
      'swarm/tracks/2026-01-03-001'
    ])
  })

  it('accepts patterns given as one multi-line string, as the action input arrives', async () => {
    expect(discover(['swarm/tracks/2026-01-0?-001\n!swarm/tracks/2026-01-02-*\n'])).toEqual([
      'swarm/tracks/2026-01-01-001',
      'swarm/tracks/2026-01-03-001'
    ])
  })

  it('matches ** across folders without entering node_modules, .git or a symlink loop', async () => {
    expect(discover(['**/swarm/tracks/*'])).toEqual([
      'services/api/swarm/tracks/t-api',
      'services/web/swarm/tracks/t-web',
      'swarm/tracks/2026-01-01-001',
      'swarm/tracks/2026-01-02-001',
      'swarm/tracks/2026-01-03-001',
      'swarm/tracks/alias',
      'swarm/tracks/old-track'
    ])
  })

  it('takes a plain folder path, with ./ and a trailing slash', async () => {
    expect(discover(['./plan-at-root/'])).toEqual(['plan-at-root'])
    expect(discover(['services/api/swarm/tracks/t-api'])).toEqual([
      'services/api/swarm/tracks/t-api'
    ])
  })

  it('enters a dot folder or node_modules when the pattern names it', async () => {
    expect(discover(['swarm/tracks/.hidden'])).toEqual(['swarm/tracks/.hidden'])
    expect(discover(['swarm/tracks/.*'])).toEqual(['swarm/tracks/.hidden'])
    expect(discover(['node_modules/*/swarm/tracks/*'])).toEqual([
      'node_modules/pkg/swarm/tracks/vendored'
    ])
  })

  it('accepts an absolute pattern inside the workspace', async () => {
    expect(discover([path.join(ws, 'swarm', 'tracks', '2026-01-01-*')])).toEqual([
      'swarm/tracks/2026-01-01-001'
    ])
  })

  it('returns an empty list when nothing matches', async () => {
    expect(discover(['no/such/folder/*'])).toEqual([])
    expect(discover(['swarm/tracks/empty-notes', 'swarm/tracks/stray-reports'])).toEqual([])
    expect(discover([])).toEqual([])
  })

  it('never follows a symlink out of the workspace, even when named', async () => {
    expect(discover(['swarm/tracks/link-out'])).toEqual([])
  })

  it('refuses a pattern that leaves the workspace', async () => {
    for (const p of ['../outside/swarm/tracks/*', 'swarm/../../outside/*', outside]) {
      const r = discoverTracks(ws, [p])
      expect(r.ok).toBe(false)
      if (!r.ok) expect(r.error).toMatch(/outside the workspace/)
    }
  })

  it('reports a missing workspace as an error value', async () => {
    const r = discoverTracks(path.join(root, 'nope'), ['*'])
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/^workspace not found/) })
  })
})

describe('folder globs', () => {
  function matches(pattern: string, rel: string): boolean {
    const parsed = parsePatterns([pattern], '/ws')
    if (!parsed.ok) throw new Error(parsed.error)
    const p = parsed.value[0]
    if (!p) throw new Error('no pattern')
    return pathMatches(p.segments, rel === '' ? [] : rel.split('/'))
  }

  it('matches * and ? within one segment only', () => {
    expect(matches('a/*', 'a/b')).toBe(true)
    expect(matches('a/*', 'a/b/c')).toBe(false)
    expect(matches('a/b?', 'a/b1')).toBe(true)
    expect(matches('a/b?', 'a/b12')).toBe(false)
    expect(matches('a/*-001', 'a/2026-001')).toBe(true)
  })

  it('matches ** across any number of segments, including none', () => {
    expect(matches('**/t', 't')).toBe(true)
    expect(matches('**/t', 'x/y/t')).toBe(true)
    expect(matches('a/**', 'a')).toBe(true)
    expect(matches('a/**/z', 'a/b/c/z')).toBe(true)
    expect(matches('a/**/z', 'b/z')).toBe(false)
  })

  it('supports character classes and treats regex characters literally', () => {
    expect(matches('t[0-9]', 't5')).toBe(true)
    expect(matches('t[!0-9]', 't5')).toBe(false)
    expect(matches('a.b+(c)', 'a.b+(c)')).toBe(true)
    expect(matches('a.b', 'axb')).toBe(false)
  })

  it('keeps wildcards away from dot names', () => {
    expect(matches('*', '.git')).toBe(false)
    expect(matches('**/x', '.cache/x')).toBe(false)
    expect(matches('.*', '.git')).toBe(true)
  })

  it('resolves .. inside the pattern and rejects escapes', () => {
    expect(matches('a/b/../c', 'a/c')).toBe(true)
    expect(parsePatterns(['a/../../b'], '/ws').ok).toBe(false)
    expect(parsePatterns(['/elsewhere/x'], '/ws').ok).toBe(false)
    expect(parsePatterns(['!'], '/ws').ok).toBe(false)
  })
})
