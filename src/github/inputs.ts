// The action's inputs (action.yml), read through a getter so the rules can be
// tested without a runner. A bad value is an error naming the input and what
// it accepts; an empty value takes the default action.yml documents.
import { parseAnalyzeOptions } from '../analysis-options.js'
import type { AnalyzeOptions, Result } from '../model.js'

export interface ActionInputs {
  token: string
  /** Track folder globs, one per line. */
  tracks: string[]
  changedOnly: boolean
  checkName: string
  comment: boolean
  checkRun: boolean
  jobSummary: boolean
  analyze: AnalyzeOptions
  prNumber: number | null
  diffCheck: boolean
  failJob: boolean
  commentAuthor: string
  /**
   * A JSON result (schemaVersion 1) to publish instead of reading tracks: the
   * report-json of a run whose token could not write, such as a fork's.
   */
  publishResult: string | null
}

const DEFAULT_TRACKS = 'swarm/tracks/*'
const DEFAULT_CHECK_NAME = 'IOSM integration'
const DEFAULT_COMMENT_AUTHOR = 'github-actions[bot]'

/** Every input action.yml declares; the getter is asked for each. */
export const INPUT_NAMES = [
  'github-token',
  'tracks',
  'changed-only',
  'check-name',
  'comment',
  'check-run',
  'job-summary',
  'fail-on',
  'profile',
  'index-threshold',
  'na-policy',
  'pr-number',
  'diff-check',
  'fail-job',
  'comment-author',
  'publish-result'
] as const

export type InputName = (typeof INPUT_NAMES)[number]

/** `get` returns the raw value, '' when unset (as @actions/core's getInput does). */
export function readInputs(get: (name: InputName) => string): Result<ActionInputs> {
  const raw = (name: InputName): string => get(name).trim()
  const flags: Record<string, boolean> = {}
  const defaults: Array<[InputName, boolean]> = [
    ['changed-only', true],
    ['comment', true],
    ['check-run', true],
    ['job-summary', true],
    ['diff-check', true],
    ['fail-job', true]
  ]
  for (const [name, fallback] of defaults) {
    const value = bool(name, raw(name), fallback)
    if (!value.ok) return value
    flags[name] = value.value
  }

  const token = raw('github-token')
  if (token === '') {
    return {
      ok: false,
      error:
        'github-token: empty; pass `github-token: ${{ github.token }}` (the default) or a token that can write comments and check runs'
    }
  }
  const checkName = raw('check-name') || DEFAULT_CHECK_NAME
  if (/[\r\n]/.test(checkName)) {
    return { ok: false, error: 'check-name: must be one line' }
  }
  const prNumber = pullNumber(raw('pr-number'))
  if (!prNumber.ok) return prNumber
  const analyze = parseAnalyzeOptions({
    failOn: raw('fail-on'),
    profile: raw('profile'),
    indexThreshold: raw('index-threshold'),
    naPolicy: raw('na-policy')
  })
  if (!analyze.ok) return analyze
  const tracks = get('tracks')
    .split(/\r?\n/)
    .map(line => line.trim())
    .filter(line => line !== '')

  return {
    ok: true,
    value: {
      token,
      tracks: tracks.length > 0 ? tracks : [DEFAULT_TRACKS],
      changedOnly: flags['changed-only'] ?? true,
      checkName,
      comment: flags['comment'] ?? true,
      checkRun: flags['check-run'] ?? true,
      jobSummary: flags['job-summary'] ?? true,
      analyze: analyze.value,
      prNumber: prNumber.value,
      diffCheck: flags['diff-check'] ?? true,
      failJob: flags['fail-job'] ?? true,
      commentAuthor: raw('comment-author') || DEFAULT_COMMENT_AUTHOR,
      publishResult: raw('publish-result') || null
    }
  }
}

// The spellings the YAML 1.2 core schema reads as booleans, as @actions/core accepts them.
const TRUE = new Set(['true', 'True', 'TRUE'])
const FALSE = new Set(['false', 'False', 'FALSE'])

function bool(name: InputName, text: string, fallback: boolean): Result<boolean> {
  if (text === '') return { ok: true, value: fallback }
  if (TRUE.has(text)) return { ok: true, value: true }
  if (FALSE.has(text)) return { ok: true, value: false }
  return { ok: false, error: `${name}: '${text}' is not a boolean; allowed: true, false` }
}

function pullNumber(text: string): Result<number | null> {
  if (text === '') return { ok: true, value: null }
  const digits = text.startsWith('#') ? text.slice(1) : text
  const n = Number(digits)
  if (!/^\d+$/.test(digits) || !Number.isSafeInteger(n) || n < 1) {
    return {
      ok: false,
      error: `pr-number: '${text}' is not a pull request number; allowed: a whole number from 1, or empty`
    }
  }
  return { ok: true, value: n }
}
