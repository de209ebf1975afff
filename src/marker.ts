// The hidden marker at the very start of the sticky comment: an HTML comment
// naming the check and carrying JSON state (head SHA, run, hash of the body),
// so a later run can find its own comment and tell whether it changed.

import { createHash } from 'node:crypto'

const MARKER_NAME = 'swarm-integration-report'
const OPEN = `<!-- ${MARKER_NAME} `
const CLOSE = ' -->'

export interface MarkerState {
  check: string
  headSha: string | null
  runId: number | null
  runAttempt: number | null
  bodyHash: string
  createdAt?: string
}

/**
 * `<!-- swarm-integration-report {"check":…} -->`. `<`, `>` and `&` are
 * written as JSON escapes, so no value (a check name is user input) can end
 * the comment early; so are U+2028/U+2029, so the marker stays on one line.
 */
export function buildMarker(state: MarkerState): string {
  const ordered: MarkerState = {
    check: state.check,
    headSha: state.headSha,
    runId: state.runId,
    runAttempt: state.runAttempt,
    bodyHash: state.bodyHash,
    ...(state.createdAt === undefined ? {} : { createdAt: state.createdAt })
  }
  const json = JSON.stringify(ordered)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    // Valid raw in JSON, but line breaks to some readers (U+2028, U+2029, NEL): keep the marker one line.
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
    .replace(/\u0085/g, '\\u0085')
  return `${OPEN}${json}${CLOSE}`
}

/** The marker's state when `body` starts with a well-formed marker; null otherwise. */
export function readMarker(body: string): MarkerState | null {
  if (!body.startsWith(OPEN)) return null
  const end = body.indexOf(CLOSE, OPEN.length)
  if (end === -1) return null
  let value: unknown
  try {
    value = JSON.parse(body.slice(OPEN.length, end))
  } catch {
    return null
  }
  return asState(value)
}

function asState(value: unknown): MarkerState | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null
  const v = value as Record<string, unknown>
  const nullableString = (x: unknown): x is string | null => x === null || typeof x === 'string'
  const nullableCount = (x: unknown): x is number | null =>
    x === null || (typeof x === 'number' && Number.isSafeInteger(x) && x >= 0)
  if (typeof v.check !== 'string' || typeof v.bodyHash !== 'string') return null
  if (!nullableString(v.headSha) || !nullableCount(v.runId) || !nullableCount(v.runAttempt))
    return null
  if (v.createdAt !== undefined && typeof v.createdAt !== 'string') return null
  const state: MarkerState = {
    check: v.check,
    headSha: v.headSha,
    runId: v.runId,
    runAttempt: v.runAttempt,
    bodyHash: v.bodyHash
  }
  if (typeof v.createdAt === 'string') state.createdAt = v.createdAt
  return state
}

/** A comment this action wrote for this check: our marker at its start, and our identity as author. */
export function isOurComment(
  comment: { body?: string | null; user?: { login?: string } | null },
  check: string,
  author: string
): boolean {
  const login = comment.user?.login
  if (typeof login !== 'string' || login !== author) return false
  const state = readMarker(comment.body ?? '')
  return state !== null && state.check === check
}

/** A stable hash of a report body (without its marker). */
export function bodyHash(markdown: string): string {
  return createHash('sha256').update(markdown, 'utf8').digest('hex')
}
