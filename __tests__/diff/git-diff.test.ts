import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { gitChangedFiles } from '../../src/diff/git-diff.js'

let root: string
let repo: string

function git(...args: string[]): string {
  return execFileSync(
    'git',
    ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args],
    {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' }
    }
  )
}

async function put(rel: string, body: string | Buffer): Promise<void> {
  await mkdir(path.dirname(path.join(repo, rel)), { recursive: true })
  await writeFile(path.join(repo, rel), body)
}

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'git-diff-'))
  repo = path.join(root, 'repo')
  await mkdir(repo)
  git('init', '-q', '-b', 'main')
  await put(
    'src/limits/bucket.ts',
    Array.from({ length: 40 }, (_, i) => `export const v${i} = ${i}\n`).join('')
  )
  await put('docs/old guide.md', 'How to run the service locally.\nSecond line.\n')
  await put('keep.txt', 'one\n')
  await put('gone.txt', 'bye\n')
  await put('notes/résumé.md', Array.from({ length: 20 }, (_, i) => `note ${i}\n`).join(''))
  await put('logo.png', Buffer.from([0, 1, 2, 3, 0, 255]))
  git('add', '-A')
  git('commit', '-q', '-m', 'base')
  git('checkout', '-q', '-b', 'feature')
  git('mv', 'src/limits/bucket.ts', 'src/limits/token-bucket.ts')
  git('mv', 'docs/old guide.md', 'docs/new guide.md')
  git('mv', 'notes/résumé.md', 'notes/ünïcode résumé.md')
  git('rm', '-q', 'gone.txt')
  await put('keep.txt', 'one\ntwo\nthree\n')
  await put('src/limits/redis-store.ts', 'export {}\n')
  await put('logo.png', Buffer.from([0, 9, 9, 9, 0, 255]))
  git('add', '-A')
  git('commit', '-q', '-m', 'feature work')
  // Work on main after the branch point must not show up: the diff is from the merge base.
  git('checkout', '-q', 'main')
  await put('main-only.txt', 'later\n')
  git('add', '-A')
  git('commit', '-q', '-m', 'main moves on')
  git('checkout', '-q', 'feature')
})

afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

describe('gitChangedFiles', () => {
  it('lists the branch changes since the merge base with status and counts', async () => {
    const r = await gitChangedFiles(repo, 'main')
    if (!r.ok) throw new Error(r.error)
    expect(r.value.source).toBe('git diff main...HEAD')
    expect(r.value.truncated).toBe(false)
    expect(r.value.files).toEqual([
      {
        path: 'docs/new guide.md',
        status: 'renamed',
        previousPath: 'docs/old guide.md',
        additions: 0,
        deletions: 0
      },
      { path: 'gone.txt', status: 'removed', previousPath: null, additions: 0, deletions: 1 },
      { path: 'keep.txt', status: 'modified', previousPath: null, additions: 2, deletions: 0 },
      {
        path: 'logo.png',
        status: 'modified',
        previousPath: null,
        additions: null,
        deletions: null
      },
      {
        path: 'notes/ünïcode résumé.md',
        status: 'renamed',
        previousPath: 'notes/résumé.md',
        additions: 0,
        deletions: 0
      },
      {
        path: 'src/limits/redis-store.ts',
        status: 'added',
        previousPath: null,
        additions: 1,
        deletions: 0
      },
      {
        path: 'src/limits/token-bucket.ts',
        status: 'renamed',
        previousPath: 'src/limits/bucket.ts',
        additions: 0,
        deletions: 0
      }
    ])
  })

  it('names an unknown ref and how to fetch it', async () => {
    const r = await gitChangedFiles(repo, 'origin/does-not-exist')
    expect(r).toEqual({
      ok: false,
      error: expect.stringMatching(/^unknown git ref "origin\/does-not-exist".*fetch-depth: 0/)
    })
  })

  it('refuses a ref that git would read as an option', async () => {
    const r = await gitChangedFiles(repo, '--output=/tmp/x')
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/^not a usable base ref/) })
  })

  it('says when the folder is not a git repository', async () => {
    const plain = path.join(root, 'plain')
    await mkdir(plain)
    const r = await gitChangedFiles(plain, 'main')
    // Depending on where the temp folder sits, git may find no repository at all.
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error).toMatch(/not a git repository|unknown git ref/)
  })

  it('reports a git failure with its message when there is no merge base', async () => {
    git('checkout', '-q', '--orphan', 'unrelated')
    git('commit', '-q', '--allow-empty', '-m', 'unrelated history')
    try {
      const r = await gitChangedFiles(repo, 'main')
      expect(r).toEqual({
        ok: false,
        error: expect.stringMatching(/^git diff main\.\.\.HEAD failed: .*merge base/)
      })
    } finally {
      git('checkout', '-q', 'feature')
    }
  })
})
