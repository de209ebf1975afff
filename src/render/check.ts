// The check run's output: a title readable in the checks list, a summary
// (executive summary and gate table of each track), the detailed report as
// text, and annotations on the track files for diagnostics and blockers.

import type {
  Annotation,
  AnnotationLevel,
  CheckOutput,
  DiagnosticSeverity,
  RunResult,
  TrackResult
} from '../model.js'
import { type Block, group, leaf } from './blocks.js'
import { BUDGETS, fitToBudget } from './budget.js'
import { type Derive, deriver, type SectionContext } from './context.js'
import type { Detail } from './detail.js'
import { clip, escapeInline, oneLine } from './escape.js'
import { count, heading, path, score2, TRACK_STATUS, trackName } from './format.js'
import { FOOTER, runSummaryTable } from './markdown.js'
import {
  buildSections,
  CHECK_SUMMARY_SECTIONS,
  CHECK_TEXT_SECTIONS,
  trackContexts,
  trackGroupLabel
} from './sections.js'
import { sinceBlocks } from './since.js'
import { CLIP } from './widths.js'

/** GitHub takes 50 annotations per request; the publisher batches, but a run needs no more than this. */
export const MAX_ANNOTATIONS = 500

const LEVEL: Record<DiagnosticSeverity, AnnotationLevel> = {
  error: 'failure',
  warning: 'warning',
  notice: 'notice'
}
const LEVEL_RANK: Record<AnnotationLevel, number> = { failure: 0, warning: 1, notice: 2 }

export function renderCheck(
  run: RunResult,
  options: { fullReportHint: string | null }
): CheckOutput {
  const all = run.tracks.flatMap(trackAnnotations)
  const annotations = [...all]
    .map((a, i) => ({ a, i }))
    .sort((x, y) => LEVEL_RANK[x.a.level] - LEVEL_RANK[y.a.level] || x.i - y.i)
    .slice(0, MAX_ANNOTATIONS)
    .map(({ a }) => a)
  const capNote =
    all.length > annotations.length
      ? leaf(
          `_${count(all.length, 'finding')} would be annotated; the ${MAX_ANNOTATIONS} most severe are. The rest are listed under Diagnostics and Blockers._`
        )
      : null
  const derives = run.tracks.map(deriver)
  return {
    title: checkTitle(run),
    summary: fitToBudget(
      (detail, note, room) => summaryBlocks(run, derives, detail, note, room, capNote),
      BUDGETS.checkSummary,
      options.fullReportHint
    ),
    text: fitToBudget(
      (detail, note, room) => textBlocks(run, derives, detail, note, room),
      BUDGETS.checkText,
      options.fullReportHint
    ),
    annotations
  }
}

/**
 * `IOSM 0.96 Excellent · 3/6 tasks · 1 blocker`: open critical blockers, then
 * dependency cycles and blocked tasks no open critical blocker names, so that
 * a track the status calls blocked never reads `0 blockers`; open
 * non-critical issues follow when there are any. For several tracks, the
 * range of indexes and the totals.
 */
export function checkTitle(run: RunResult): string {
  const tracks = run.tracks
  if (tracks.length === 0) return 'No swarm-iosm tracks found'
  const done = tracks.reduce(
    (n, t) => n + t.tasks.filter(task => task.status === 'complete').length,
    0
  )
  const total = tracks.reduce((n, t) => n + t.tasks.length, 0)
  const open = tracks.flatMap(t => t.blockers.filter(b => !b.resolved))
  const blockers = open.filter(b => b.severity === 'critical').length
  const issues = open.length - blockers
  const cycles = tracks.reduce((n, t) => n + t.cycles.length, 0)
  const blockedTasks = tracks.reduce((n, t) => n + unexplainedBlocked(t), 0)
  const stops = [
    blockers > 0 ? count(blockers, 'blocker') : '',
    cycles > 0 ? count(cycles, 'cycle') : '',
    blockedTasks > 0 ? count(blockedTasks, 'blocked task') : ''
  ].filter(part => part !== '')
  const tail = `${done}/${total} tasks · ${stops.length > 0 ? stops.join(' · ') : count(0, 'blocker')}${issues > 0 ? ` · ${count(issues, 'issue')}` : ''}`
  const only = tracks.length === 1 ? tracks[0] : undefined
  if (only !== undefined) {
    const index =
      only.iosmIndex === null
        ? 'IOSM n/a'
        : `IOSM ${score2(only.iosmIndex)}${only.rating === null ? '' : ` ${only.rating}`}`
    return clip(`${index} · ${tail}`, CLIP.checkTitle)
  }
  const values = tracks.map(t => t.iosmIndex).filter((v): v is number => v !== null)
  const missing = values.length < tracks.length
  let index: string
  if (values.length === 0) index = 'IOSM n/a'
  else {
    // Reduced, not spread: a spread of thousands of tracks can overflow the stack.
    const low = score2(values.reduce((a, b) => Math.min(a, b)))
    const high = score2(values.reduce((a, b) => Math.max(a, b)))
    index = `IOSM ${low === high ? low : `${low}–${high}`}${missing ? ' (some n/a)' : ''}`
  }
  return clip(`${tracks.length} tracks · ${index} · ${tail}`, CLIP.checkTitle)
}

/** Blocked tasks of a track that no open critical blocker names. */
function unexplainedBlocked(track: TrackResult): number {
  const named = new Set(
    track.blockers.filter(b => !b.resolved && b.severity === 'critical').map(b => b.task)
  )
  return track.tasks.filter(t => t.status === 'blocked' && !named.has(t.id)).length
}

function trackHeading(ctx: SectionContext): Block {
  return leaf(
    heading(
      ctx.level - 1,
      `${escapeInline(trackName(ctx.track), CLIP.title)} · ${TRACK_STATUS[ctx.track.status] ?? ''}`
    )
  )
}

function summaryBlocks(
  run: RunResult,
  derives: readonly Derive[],
  detail: Detail,
  note: Block | null,
  room: number,
  capNote: Block | null
): Block[] {
  const several = run.tracks.length > 1
  const blocks: Block[] = [...sinceBlocks(run.since, several), ...(note === null ? [] : [note])]
  if (run.tracks.length === 0)
    return [...blocks, leaf('No swarm-iosm track was found, so there is nothing to report.')]
  if (several) blocks.push(runSummaryTable(run.tracks))
  for (const ctx of trackContexts(run.tracks, derives, detail, room)) {
    // Both, whatever the room: two short sections, and the first thing the checks list shows.
    const parts = CHECK_SUMMARY_SECTIONS.flatMap(build => build(ctx) ?? [])
    if (several)
      blocks.push(group([trackHeading(ctx), ...parts], { label: trackGroupLabel(ctx.track) }))
    else
      blocks.push(
        leaf(
          `**Track:** ${path(ctx.track.track.id)} · **Status:** ${TRACK_STATUS[ctx.track.status] ?? ''}`
        ),
        ...parts
      )
  }
  if (capNote !== null) blocks.push(capNote)
  return blocks
}

function textBlocks(
  run: RunResult,
  derives: readonly Derive[],
  detail: Detail,
  note: Block | null,
  room: number
): Block[] {
  const blocks: Block[] = note === null ? [] : [note]
  if (run.tracks.length === 0) return [...blocks, leaf(FOOTER)]
  const several = run.tracks.length > 1
  for (const ctx of trackContexts(run.tracks, derives, detail, room)) {
    const parts = buildSections(ctx, CHECK_TEXT_SECTIONS)
    if (several)
      blocks.push(group([trackHeading(ctx), ...parts], { label: trackGroupLabel(ctx.track) }))
    else blocks.push(...parts)
  }
  blocks.push(leaf(FOOTER))
  return blocks
}

/** Repository-relative path of a file named relative to its track folder. */
export function repoPath(track: TrackResult, file: string): string {
  const dir = track.track.dir.replace(/\/+$/, '')
  const rel = file
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .replace(/^\/+/, '')
  if (rel === '') return dir
  return dir === '' ? rel : `${dir}/${rel}`
}

function trackAnnotations(track: TrackResult): Annotation[] {
  const line = (n: number | null): number => (n !== null && Number.isInteger(n) && n >= 1 ? n : 1)
  const out: Annotation[] = track.diagnostics.map(d => ({
    path: repoPath(track, d.file),
    startLine: line(d.line),
    endLine: line(d.line),
    level: LEVEL[d.severity] ?? 'notice',
    title: clip(`Track input ${d.severity}`, CLIP.checkTitle),
    message: clip(d.message, CLIP.annotationMessage)
  }))
  for (const b of track.blockers) {
    if (b.resolved || b.file === null) continue
    out.push({
      path: repoPath(track, b.file),
      startLine: line(b.line),
      endLine: line(b.line),
      level: b.severity === 'critical' ? 'failure' : 'warning',
      title: clip(
        `${b.severity === 'critical' ? 'Critical blocker' : 'Issue'} in ${oneLine(b.task, CLIP.short)}`,
        CLIP.checkTitle
      ),
      message: clip(b.title, CLIP.annotationMessage)
    })
  }
  return out
}
