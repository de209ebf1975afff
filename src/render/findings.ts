// The closing sections of a track's report: report claims checked against the
// pull request's diff, follow-up tasks and spawn candidates, lessons learned,
// and the diagnostics found while reading the input.

import {
  GITHUB_FILES_CAP,
  type Diagnostic,
  type DiffCheck,
  type FollowUpPriority,
  type TrackResult
} from '../model.js'
import { type Block, bulletList, collapseIfLong, group, leaf, section, table } from './blocks.js'
import type { SectionContext } from './context.js'
import { COLLAPSE_BYTES, COLLAPSE_LIMITS as LIMITS } from './detail.js'
import { escapeCell, escapeHtmlText, escapeInline } from './escape.js'
import { changeWord, count, heading, idText, lineDelta, path, thousands } from './format.js'
import { CLIP } from './widths.js'

/** A table of the first `max` items, then how many more there are: only the rows shown are written. */
function cappedTable<T>(
  header: string[],
  items: readonly T[],
  max: number,
  noun: string,
  row: (item: T) => string[]
): Block[] {
  const shown = items.slice(0, max).map(row)
  const out: Block[] = [table(header, shown)]
  if (items.length > shown.length)
    out.push(leaf(`_and ${count(items.length - shown.length, `more ${noun}`)}_`))
  return out
}

export function claimsVsDiff(ctx: SectionContext): Block | null {
  const diff = ctx.track.diffCheck
  if (diff === null) return null
  const children: Block[] = []
  if (diff.truncated) {
    children.push(
      leaf(
        `⚠️ **The diff was truncated** (GitHub lists at most ${thousands(GITHUB_FILES_CAP)} files of a pull request): files beyond it could not be checked, so findings below may be incomplete.`
      )
    )
  }
  const clean =
    diff.unreported.length === 0 && diff.phantom.length === 0 && diff.mismatch.length === 0
  if (clean) {
    children.push(
      leaf(
        `✅ All ${count(diff.files.length, 'changed file')} are claimed by a report, and every claimed file is in the diff.`
      )
    )
  } else {
    children.push(
      leaf(
        `Changed but claimed by no report: ${thousands(diff.unreported.length)} · claimed but not in the diff: ${thousands(diff.phantom.length)} · claimed as the wrong kind of change: ${thousands(diff.mismatch.length)}.`
      ),
      ...diffFindings(ctx, diff)
    )
  }
  return section(`${ctx.labelPrefix}Claims vs diff`, heading(ctx.level, 'Claims vs diff'), children)
}

/** Each kind of finding as a table under a heading of its own, collapsed when long. */
function diffFindings(ctx: SectionContext, diff: DiffCheck): Block[] {
  const rows = ctx.detail.rows
  const under = (title: string, summary: string, blocks: Block[]): Block =>
    group(collapseIfLong(escapeHtmlText(summary), blocks, LIMITS), {
      head: heading(ctx.level + 1, title)
    })
  const out: Block[] = []
  if (diff.unreported.length > 0) {
    const byPath = new Map(diff.files.map(f => [f.path, f]))
    const blocks = cappedTable(['Path', 'Change', 'Lines'], diff.unreported, rows, 'file', p => {
      const f = byPath.get(p)
      return [
        path(p, true),
        f === undefined ? '' : changeWord(f.status),
        f === undefined ? '' : lineDelta(f.additions, f.deletions)
      ]
    })
    out.push(
      under('Changed but not reported', `${diff.unreported.length} unreported files`, blocks)
    )
  }
  if (diff.phantom.length > 0) {
    const blocks = cappedTable(['Task', 'Path'], diff.phantom, rows, 'claim', p => [
      idText(p.task),
      path(p.path, true)
    ])
    out.push(under('Claimed but not in the diff', `${diff.phantom.length} claims`, blocks))
  }
  if (diff.mismatch.length > 0) {
    const blocks = cappedTable(
      ['Task', 'Path', 'Report says', 'Diff says'],
      diff.mismatch,
      rows,
      'claim',
      m => [idText(m.task), path(m.path, true), m.claimed, changeWord(m.actual)]
    )
    out.push(under('Wrong kind of change', `${diff.mismatch.length} claims`, blocks))
  }
  return out
}

const PRIORITY: Array<[FollowUpPriority, string]> = [
  ['high', 'High priority'],
  ['medium', 'Medium priority'],
  ['low', 'Low priority']
]

export function followUps(ctx: SectionContext): Block {
  const { track, detail } = ctx
  const label = `${ctx.labelPrefix}Follow-up tasks`
  const children: Block[] = []
  for (const [priority, name] of PRIORITY) {
    const list = track.followUps.filter(f => f.priority === priority)
    if (list.length === 0) continue
    const items = list
      .slice(0, detail.rows)
      .map(f => `${escapeInline(f.text, detail.textChars)} (${idText(f.task)})`)
    if (list.length > items.length)
      items.push(`_and ${thousands(list.length - items.length)} more_`)
    children.push(
      group([bulletList(items)], { head: heading(ctx.level + 1, `${name} (${list.length})`) })
    )
  }
  if (track.spawnCandidates.length > 0) {
    const row = (sc: TrackResult['spawnCandidates'][number]): string[] => {
      const cells = [
        idText(sc.task),
        escapeCell(sc.id, CLIP.word),
        `${escapeCell(sc.subtask, detail.textChars)}${sc.duplicate ? ' _(duplicate)_' : ''}`,
        escapeCell(sc.severity ?? '—', CLIP.word)
      ]
      if (detail.extras) {
        cells.push(
          sc.touches.length === 0
            ? '—'
            : sc.touches
                .slice(0, 5)
                .map(t => path(t, true))
                .join(', '),
          escapeCell(sc.effort ?? '—', CLIP.short),
          sc.userInput === null ? '—' : sc.userInput ? 'yes' : 'no',
          escapeCell(sc.dedupKey, CLIP.label)
        )
      }
      return cells
    }
    const header = detail.extras
      ? ['Task', 'ID', 'Subtask', 'Severity', 'Touches', 'Effort', 'User input', 'Dedup key']
      : ['Task', 'ID', 'Subtask', 'Severity']
    const blocks = cappedTable(header, track.spawnCandidates, detail.rows, 'candidate', row)
    children.push(
      group(
        collapseIfLong(
          escapeHtmlText(`${track.spawnCandidates.length} spawn candidates`),
          blocks,
          LIMITS
        ),
        {
          head: heading(ctx.level + 1, `Spawn candidates (${track.spawnCandidates.length})`)
        }
      )
    )
  }
  if (children.length === 0) children.push(leaf('None reported.'))
  return section(label, heading(ctx.level, 'Follow-up tasks'), children)
}

export function lessonsLearned(ctx: SectionContext): Block | null {
  const { track, detail } = ctx
  if (!detail.extras) return null
  const kinds: Array<['wentWell' | 'couldImprove' | 'surprises', string]> = [
    ['wentWell', 'What went well'],
    ['couldImprove', 'What could be improved'],
    ['surprises', 'Surprises']
  ]
  const body: Block[] = []
  for (const [key, name] of kinds) {
    const items = track.lessons.flatMap(l => l[key].map(text => ({ text, task: l.task })))
    if (items.length === 0) continue
    const shown = items
      .slice(0, detail.rows)
      .map(l => `${escapeInline(l.text, detail.textChars)} (${idText(l.task)})`)
    if (items.length > shown.length)
      shown.push(`_and ${thousands(items.length - shown.length)} more_`)
    body.push(leaf(`**${name}**`), bulletList(shown))
  }
  const label = `${ctx.labelPrefix}Lessons learned`
  const title = heading(ctx.level, 'Lessons learned')
  if (body.length === 0) return section(label, title, [leaf('None reported.')])
  return section(label, title, collapseIfLong('Lessons from the task reports', body, LIMITS))
}

const SEVERITY: Record<Diagnostic['severity'], { rank: number; text: string }> = {
  error: { rank: 0, text: '❌ error' },
  warning: { rank: 1, text: '⚠️ warning' },
  notice: { rank: 2, text: 'ℹ️ notice' }
}

export function diagnosticsSection(ctx: SectionContext): Block {
  const { track, detail } = ctx
  const label = `${ctx.labelPrefix}Diagnostics`
  const title = heading(ctx.level, 'Diagnostics')
  if (track.diagnostics.length === 0)
    return section(label, title, [leaf('✅ The track files were read without findings.')])
  const sorted = [...track.diagnostics].sort(
    (a, b) => (SEVERITY[a.severity]?.rank ?? 3) - (SEVERITY[b.severity]?.rank ?? 3)
  )
  const counts = (['error', 'warning', 'notice'] as const)
    .map(sev => [sev, track.diagnostics.filter(d => d.severity === sev).length] as const)
    .filter(([, n]) => n > 0)
    .map(([sev, n]) => count(n, sev))
    .join(', ')
  const blocks = cappedTable(
    ['Severity', 'Where', 'Message'],
    sorted,
    detail.rows,
    'finding',
    d => [
      SEVERITY[d.severity]?.text ?? escapeCell(d.severity, CLIP.word),
      path(`${d.file}:${d.line}`, true),
      escapeCell(d.message, detail.textChars)
    ]
  )
  return section(label, title, [
    leaf(`${counts}. Paths are relative to ${path(track.track.dir)}.`),
    ...collapseIfLong(escapeHtmlText(`All ${count(sorted.length, 'finding')}`), blocks, {
      bytes: COLLAPSE_BYTES,
      rows: 10
    })
  ])
}

/** Unresolved blockers and dependency cycles: what stands between the track and a merge. */
export function openIssues(track: TrackResult): number {
  return track.blockers.filter(b => !b.resolved).length + track.cycles.length
}
