// The integration report as GitHub-flavoured markdown: for one track, the
// seed report's sections filled from the analysed model; for several, a
// summary table first and then one section per track. The result always fits
// the byte budget it is given.

import type { RunResult, TrackResult } from '../model.js'
import { type Block, group, leaf, table } from './blocks.js'
import { BUDGETS as BUDGET_BYTES, fitToBudget } from './budget.js'
import { type Derive, deriver } from './context.js'
import type { Detail } from './detail.js'
import { escapeCell } from './escape.js'
import { openIssues } from './findings.js'
import { count, path, score2, trackName, TRACK_STATUS } from './format.js'
import { headerBlocks, verdictWord } from './overview.js'
import { trackContexts, trackGroupLabel, trackSections } from './sections.js'
import { sinceBlocks } from './since.js'
import { CLIP } from './widths.js'

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
  const contexts = trackContexts(run.tracks, derives, detail, room)
  const only = contexts.length === 1 ? contexts[0] : undefined
  if (only !== undefined) {
    return [
      ...headerBlocks(only),
      ...sinceBlocks(run.since, false),
      ...notes,
      ...trackSections(only),
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
  for (const ctx of contexts) {
    blocks.push(
      group([...headerBlocks(ctx), ...trackSections(ctx)], { label: trackGroupLabel(ctx.track) })
    )
  }
  blocks.push(leaf(FOOTER))
  return blocks
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
    return name === where ? code : `${escapeCell(name, CLIP.name)} · ${code}`
  }
}
