// The sticky comment: marker first, then the hidden state of this result (for
// the next run's "Since the last report"), then the report, within the comment
// budget. The marker carries the hash of everything after it, and the report
// is sized for the exact marker and state lengths, so the parts never disagree.

import type { RunResult } from '../model.js'
import { encodeState, summarizeRun, type ReportState } from '../report-state.js'
import { utf8Bytes } from './budget.js'
import { BUDGETS, renderMarkdown } from './markdown.js'
import { bodyHash, buildMarker, type MarkerState } from '../marker.js'

export interface RenderedComment {
  /** Marker, newline, state line, newline, report: what to post. */
  body: string
  /** The hash stored in the marker: of the body without the marker line. */
  bodyHash: string
  state: MarkerState
}

export function renderComment(
  run: RunResult,
  options: {
    state: Omit<MarkerState, 'bodyHash'>
    fullReportHint: string | null
    budgetBytes?: number
    /** The state to keep for the next run; by default this result's, without a base. */
    keep?: ReportState
  }
): RenderedComment {
  const budget = options.budgetBytes ?? BUDGETS.comment
  // Every hash has the same length, so a placeholder sizes the marker exactly.
  const probe = buildMarker({ ...options.state, bodyHash: bodyHash('') })
  const kept = encodeState(options.keep ?? summarizeRun(run))
  // The state serves the next run; on a budget too small for it the report comes first.
  const hidden = kept === null || (utf8Bytes(kept) + 1) * 4 > budget ? '' : `${kept}\n`
  const report = renderMarkdown(run, {
    budgetBytes: Math.max(0, budget - utf8Bytes(probe) - 1 - utf8Bytes(hidden)),
    fullReportHint: options.fullReportHint
  })
  const after = hidden + report
  const hash = bodyHash(after)
  const state: MarkerState = { ...options.state, bodyHash: hash }
  return { body: `${buildMarker(state)}\n${after}`, bodyHash: hash, state }
}
