// Validation of the user-supplied analysis options (action inputs, CLI flags).
// Empty or missing values take the defaults; anything else must be valid.

import {
  DEFAULT_FAIL_ON,
  FAIL_ON_VALUES,
  PROFILE_THRESHOLDS,
  type AnalyzeOptions,
  type FailOn,
  type NaPolicy,
  type Profile,
  type Result
} from './model.js'

export interface RawAnalyzeOptions {
  failOn?: string
  profile?: string
  indexThreshold?: string
  naPolicy?: string
}

const PROFILES = Object.keys(PROFILE_THRESHOLDS) as Profile[]
const NA_POLICIES: readonly NaPolicy[] = ['exclude', 'zero', 'strict']

export const DEFAULT_OPTIONS: AnalyzeOptions = {
  failOn: DEFAULT_FAIL_ON,
  profile: 'production',
  indexThreshold: null,
  naPolicy: 'exclude'
}

export function parseAnalyzeOptions(raw: RawAnalyzeOptions): Result<AnalyzeOptions> {
  const failOn = parseFailOn(raw.failOn)
  if (!failOn.ok) return failOn
  const profile = parseChoice('profile', 'profile', raw.profile, PROFILES, DEFAULT_OPTIONS.profile)
  if (!profile.ok) return profile
  const naPolicy = parseChoice(
    'na-policy',
    'policy',
    raw.naPolicy,
    NA_POLICIES,
    DEFAULT_OPTIONS.naPolicy
  )
  if (!naPolicy.ok) return naPolicy
  const threshold = parseThreshold(raw.indexThreshold)
  if (!threshold.ok) return threshold
  return {
    ok: true,
    value: {
      failOn: failOn.value,
      profile: profile.value,
      indexThreshold: threshold.value,
      naPolicy: naPolicy.value
    }
  }
}

/**
 * A list separated by commas, spaces or new lines (a multi-line action
 * input). `none` alone selects no condition: the verdict is then always
 * success.
 */
function parseFailOn(text: string | undefined): Result<readonly FailOn[]> {
  const items = (text ?? '')
    .split(/[\s,]+/)
    .map(s => s.trim().toLowerCase())
    .filter(s => s !== '')
  if (items.length === 0) return { ok: true, value: DEFAULT_FAIL_ON }
  if (items.length === 1 && items[0] === 'none') return { ok: true, value: [] }
  const chosen = new Set<FailOn>()
  for (const item of items) {
    const known = FAIL_ON_VALUES.find(v => v === item)
    if (!known) {
      return {
        ok: false,
        error: `fail-on: unknown condition '${item}'; allowed: ${FAIL_ON_VALUES.join(', ')}`
      }
    }
    chosen.add(known)
  }
  return { ok: true, value: FAIL_ON_VALUES.filter(v => chosen.has(v)) }
}

function parseChoice<T extends string>(
  option: string,
  noun: string,
  text: string | undefined,
  allowed: readonly T[],
  fallback: T
): Result<T> {
  const value = (text ?? '').trim().toLowerCase()
  if (value === '') return { ok: true, value: fallback }
  const known = allowed.find(a => a === value)
  if (known) return { ok: true, value: known }
  return {
    ok: false,
    error: `${option}: unknown ${noun} '${text?.trim()}'; allowed: ${allowed.join(', ')}`
  }
}

function parseThreshold(text: string | undefined): Result<number | null> {
  const value = (text ?? '').trim()
  if (value === '') return { ok: true, value: null }
  const n = /^(?:\d+(?:\.\d*)?|\.\d+)$/.test(value) ? Number(value) : Number.NaN
  if (!Number.isFinite(n) || n < 0 || n > 1) {
    return {
      ok: false,
      error: `index-threshold: '${value}' is not a number between 0 and 1 (for example 0.75)`
    }
  }
  return { ok: true, value: n }
}
