// The integration report as GitHub-flavoured markdown: for one track, the
// seed report's sections filled from the analysed model; for several, a
// summary table first and then one section per track. The result always fits
// the byte budget it is given.

import type { RunResult, TrackResult } from '../model.js'
import { type Block, group, leaf, measure, table } from './blocks.js'
import { BUDGETS as BUDGET_BYTES, fitToBudget } from './budget.js'
import { type Derive, deriver, type SectionContext } from './context.js'
import type { Detail } from './detail.js'
import { escapeCell } from './escape.js'
import {
  claimsVsDiff,
  diagnosticsSection,
  followUps,
  lessonsLearned,
  openIssues
} from './findings.js'
import { count, path, score2, trackName, TRACK_STATUS } from './format.js'
import { executiveSummary, gatesSection, headerBlocks, taskGraph, verdictWord } from './overview.js'
import { sinceBlocks } from './since.js'
import {
  blockersSection,
  conflictsSection,
  integrationPlan,
  summaryOfChanges,
  whatChanged
} from './work.js'

export interface RenderOptions {
  /** UTF-8 byte budget of the whole output. */
  budgetBytes: number
  /** Where the full report lives, named in the truncation notice (e.g. 'the job summary and the report-markdown file'). */
  fullReportHint: string | null
}

export const BUDGETS: {
  comment: 65536
  checkSummary: 65535
  checkText: 65535
  jobSummary: 1048576
} = BUDGET_BYTES

export const FOOTER =
  '<sub>Produced by swarm-integration-report from the track files (plan, task reports, iosm\\_report.md). Text quoted from them is shown as plain text.</sub>'

export function renderMarkdown(run: RunResult, options: RenderOptions): string {
  const derives = run.tracks.map(deriver)
  return fitToBudget(
    (detail, note, room) => reportBlocks(run, derives, detail, note, room),
    options.budgetBytes,
    options.fullReportHint
  )
}

export type SectionBuilder = (ctx: SectionContext) => Block | null

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

/** Every section of one track, in the report's order. */
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

function reportBlocks(
  run: RunResult,
  derives: readonly Derive[],
  detail: Detail,
  note: Block | null,
  room: number
): Block[] {
  const notes = note === null ? [] : [note]
  if (run.tracks.length === 0) {
    return [
      leaf('# Integration report'),
      ...notes,
      leaf('No swarm-iosm track was found, so there is nothing to report.'),
      leaf(FOOTER)
    ]
  }
  const only = run.tracks.length === 1 ? run.tracks[0] : undefined
  if (only !== undefined) {
    const derive = derives[0] ?? deriver(only)
    const ctx: SectionContext = { track: only, detail, level: 2, labelPrefix: '', derive, room }
    return [
      ...headerBlocks(ctx),
      ...sinceBlocks(run.since, false),
      ...notes,
      ...trackSections(ctx),
      leaf(FOOTER)
    ]
  }
  const blocks: Block[] = [
    leaf(`# Integration report: ${count(run.tracks.length, 'track')}`),
    ...sinceBlocks(run.since, true),
    ...notes,
    leaf(`**Overall verdict:** ${run.conclusion === 'success' ? '✅ success' : '❌ failure'}`),
    runSummaryTable(run.tracks)
  ]
  run.tracks.forEach((track, i) => {
    const name = oneLabel(trackName(track))
    const ctx: SectionContext = {
      track,
      detail,
      level: 3,
      labelPrefix: `${name} › `,
      derive: derives[i] ?? deriver(track),
      room
    }
    blocks.push(group([...headerBlocks(ctx), ...trackSections(ctx)], { label: `Track ${name}` }))
  })
  blocks.push(leaf(FOOTER))
  return blocks
}

function oneLabel(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, 80)
}

export function runSummaryTable(tracks: readonly TrackResult[]): Block {
  const name = trackCell(tracks)
  const rows = tracks.map(track => {
    const done = track.tasks.filter(t => t.status === 'complete').length
    return [
      name(track),
      TRACK_STATUS[track.status] ?? escapeCell(track.status),
      `${done}/${track.tasks.length}`,
      score2(track.iosmIndex),
      track.rating ?? 'n/a',
      String(openIssues(track)),
      verdictWord(track)
    ]
  })
  return table(
    ['Track', 'Status', 'Tasks', 'IOSM-Index', 'Rating', 'Open issues', 'Verdict'],
    rows,
    'Summary of tracks'
  )
}

/**
 * A track as named in the summary table: its feature and its id, since two
 * tracks may work on one feature. Tracks of one id in different folders are
 * told apart by the folder.
 */
function trackCell(tracks: readonly TrackResult[]): (track: TrackResult) => string {
  const ids = new Map<string, number>()
  for (const t of tracks) ids.set(t.track.id, (ids.get(t.track.id) ?? 0) + 1)
  return track => {
    const where = (ids.get(track.track.id) ?? 0) > 1 ? track.track.dir : track.track.id
    const name = trackName(track)
    const code = path(where, true)
    return name === where ? code : `${escapeCell(name, 120)} · ${code}`
  }
}
