// A track's sections, built one way for the sticky comment and the check run:
// the context each section builder is handed, the label that names the track
// in a truncation notice, and the comment's list of sections, from which the
// check run takes its summary and its text.

import type { TrackResult } from '../model.js'
import { type Block, measure } from './blocks.js'
import { type Derive, deriver, type SectionContext } from './context.js'
import type { Detail } from './detail.js'
import { oneLine } from './escape.js'
import { claimsVsDiff, diagnosticsSection, followUps, lessonsLearned } from './findings.js'
import { trackName } from './format.js'
import { executiveSummary, gatesSection, taskGraph } from './overview.js'
import {
  blockersSection,
  conflictsSection,
  integrationPlan,
  summaryOfChanges,
  whatChanged
} from './work.js'
import { CLIP } from './widths.js'

export type SectionBuilder = (ctx: SectionContext) => Block | null

/** The sections of one track, in the comment's order. */
const TRACK_SECTIONS: readonly SectionBuilder[] = [
  executiveSummary,
  taskGraph,
  whatChanged,
  summaryOfChanges,
  conflictsSection,
  blockersSection,
  integrationPlan,
  gatesSection,
  claimsVsDiff,
  followUps,
  lessonsLearned,
  diagnosticsSection
]

// The check run's summary is what the checks list shows first; its text holds
// the rest of the comment's sections, in the comment's order.
const IN_CHECK_SUMMARY: ReadonlySet<SectionBuilder> = new Set([executiveSummary, gatesSection])
export const CHECK_SUMMARY_SECTIONS: readonly SectionBuilder[] = TRACK_SECTIONS.filter(build =>
  IN_CHECK_SUMMARY.has(build)
)
export const CHECK_TEXT_SECTIONS: readonly SectionBuilder[] = TRACK_SECTIONS.filter(
  build => !IN_CHECK_SUMMARY.has(build)
)

/** Every section of one track, in the comment's order. */
export function trackSections(ctx: SectionContext): Block[] {
  return buildSections(ctx, TRACK_SECTIONS)
}

/** The sections in order, stopping once they alone are longer than `ctx.room`. */
export function buildSections(ctx: SectionContext, builders: readonly SectionBuilder[]): Block[] {
  const out: Block[] = []
  let bytes = 0
  for (const build of builders) {
    if (bytes > ctx.room) break
    const block = build(ctx)
    if (block === null) continue
    out.push(block)
    bytes += measure(block).bytes
  }
  return out
}

/** A track as the labels of a truncation notice name it: one line, clipped. */
export function trackLabel(track: TrackResult): string {
  return oneLine(trackName(track), CLIP.label)
}

/** The label of a whole track's group, for a report of several tracks. */
export function trackGroupLabel(track: TrackResult): string {
  return `Track ${trackLabel(track)}`
}

/**
 * The context of each track's sections: `##` sections for one track; for
 * several, `###` sections under each track's heading, labelled with its name.
 */
export function trackContexts(
  tracks: readonly TrackResult[],
  derives: readonly Derive[],
  detail: Detail,
  room: number
): SectionContext[] {
  const several = tracks.length > 1
  return tracks.map((track, i) => ({
    track,
    detail,
    level: several ? 3 : 2,
    labelPrefix: several ? `${trackLabel(track)} › ` : '',
    derive: derives[i] ?? deriver(track),
    room
  }))
}
