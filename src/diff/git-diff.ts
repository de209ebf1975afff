// The files a branch changed since it left `baseRef`, asked of the local git.

import { childProcess } from '../lazy-builtins.js'
import type { ChangedFiles, Result } from '../model.js'
import { mergeChangedFiles, parseChangedFiles } from './changed-files.js'

const MAX_OUTPUT = 64 * 1024 * 1024
const TIMEOUT_MS = 120_000

interface GitRun {
  ok: boolean
  stdout: string
  stderr: string
  /** Set when git could not be started at all. */
  spawnError: string | null
}

export async function gitChangedFiles(
  workspace: string,
  baseRef: string
): Promise<Result<ChangedFiles>> {
  const base = baseRef.trim()
  // A ref starting with `-` would be read as an option.
  if (base === '' || base.startsWith('-') || /[\s\0]|\.\./.test(base)) {
    return {
      ok: false,
      error: `not a usable base ref: "${baseRef}" (give a branch, tag or commit)`
    }
  }

  const probe = await git(workspace, ['rev-parse', '--verify', '--quiet', `${base}^{commit}`])
  if (probe.spawnError !== null) return { ok: false, error: probe.spawnError }
  if (!probe.ok) {
    if (/not a git repository/i.test(probe.stderr)) {
      return { ok: false, error: `not a git repository: ${workspace}` }
    }
    return {
      ok: false,
      error:
        `unknown git ref "${base}" in ${workspace}: check the name, or fetch it first ` +
        '(in a workflow: actions/checkout with fetch-depth: 0)'
    }
  }

  const range = `${base}...HEAD`
  const common = [
    '-c',
    'core.quotePath=true',
    'diff',
    '--no-color',
    '--no-ext-diff',
    '--no-relative',
    '-M'
  ]
  const [nameStatus, numstat] = await Promise.all([
    git(workspace, [...common, '--name-status', range, '--']),
    git(workspace, [...common, '--numstat', range, '--'])
  ])
  for (const run of [nameStatus, numstat]) {
    if (run.spawnError !== null) return { ok: false, error: run.spawnError }
    if (!run.ok) return { ok: false, error: diffFailure(range, run.stderr) }
  }

  const ns = parseChangedFiles(nameStatus.stdout, `git diff --name-status ${range}`)
  if (!ns.ok) return ns
  const num = parseChangedFiles(numstat.stdout, `git diff --numstat ${range}`)
  if (!num.ok) return num
  return {
    ok: true,
    value: { ...mergeChangedFiles(ns.value, num.value), source: `git diff ${range}` }
  }
}

function diffFailure(range: string, stderr: string): string {
  const first =
    stderr
      .split('\n')
      .find(l => l.trim() !== '')
      ?.trim() ?? 'no message'
  const hint = /no merge base/i.test(stderr)
    ? ' (the history is too shallow: fetch more of it, e.g. actions/checkout with fetch-depth: 0)'
    : ''
  return `git diff ${range} failed: ${first}${hint}`
}

function git(cwd: string, args: readonly string[]): Promise<GitRun> {
  return new Promise(resolve => {
    childProcess().execFile(
      'git',
      args,
      {
        cwd,
        maxBuffer: MAX_OUTPUT,
        timeout: TIMEOUT_MS,
        encoding: 'utf8',
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', LANGUAGE: 'C' }
      },
      (err, stdout, stderr) => {
        if (err && 'code' in err && err.code === 'ENOENT' && stdout === '' && stderr === '') {
          resolve({ ok: false, stdout, stderr, spawnError: spawnMessage(cwd) })
          return
        }
        if (err && 'code' in err && err.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') {
          resolve({
            ok: false,
            stdout: '',
            stderr: 'the diff listing is over 64 MB',
            spawnError: null
          })
          return
        }
        resolve({ ok: err === null, stdout, stderr, spawnError: null })
      }
    )
  })
}

function spawnMessage(cwd: string): string {
  return `cannot run git in ${cwd}: git is not installed or the folder does not exist`
}
