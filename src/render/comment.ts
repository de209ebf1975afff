// The sticky comment: marker first, then the report, within the comment
// budget. The marker carries the hash of the body after it, and the body is
// sized for the exact marker length, so the two never disagree.

import type { RunResult } from '../model.js'
import { utf8Bytes } from './budget.js'
import { BUDGETS, renderMarkdown } from './markdown.js'
import { bodyHash, buildMarker, type MarkerState } from '../marker.js'

export interface RenderedComment {
  /** Marker, newline, report: what to post. */
  body: string
  /** The hash stored in the marker: of the report without the marker line. */
  bodyHash: string
  state: MarkerState
}

export function renderComment(
  run: RunResult,
  options: {
    state: Omit<MarkerState, 'bodyHash'>
    fullReportHint: string | null
    budgetBytes?: number
  }
): RenderedComment {
  const budget = options.budgetBytes ?? BUDGETS.comment
  // Every hash has the same length, so a placeholder sizes the marker exactly.
  const probe = buildMarker({ ...options.state, bodyHash: bodyHash('') })
  const report = renderMarkdown(run, {
    budgetBytes: Math.max(0, budget - utf8Bytes(probe) - 1),
    marker: null,
    fullReportHint: options.fullReportHint
  })
  const hash = bodyHash(report)
  const state: MarkerState = { ...options.state, bodyHash: hash }
  return { body: `${buildMarker(state)}\n${report}`, bodyHash: hash, state }
}
