// The "Since the last report" block that opens the sticky comment and the
// check-run summary: what moved between the previous report and this one.
// Each kind is one bullet; a kind names at most MAX_PER_KIND items, then
// counts the rest, so the block stays short however much changed.

import { GATE_NAMES } from '../model.js'
import type { ConflictKey, FindingKey, ScoreMove, SinceChanges, TrackChanges } from '../model.js'
import { type Block, bulletList, group, leaf } from './blocks.js'
import { escapeInline } from './escape.js'
import { heading, idList, idText, path } from './format.js'
import { CLIP } from './widths.js'

export const MAX_PER_KIND = 10

/** The block, or nothing when there was no previous report or nothing changed. It opens the document, so its heading is always `##`. */
export function sinceBlocks(since: SinceChanges | undefined, multi: boolean): Block[] {
  if (since === undefined || since.tracks.length === 0) return []
  const head = heading(2, 'Since the last report')
  if (!multi) {
    const only = since.tracks[0]
    return only === undefined
      ? []
      : [
          group([bulletList(trackLines(only))], {
            head,
            label: 'Since the last report',
            atomic: true
          })
        ]
  }
  const parts: Block[] = since.tracks.map(t =>
    group([leaf(`**${escapeInline(t.track.id, CLIP.name)}**`), bulletList(trackLines(t))])
  )
  return [group(parts, { head, label: 'Since the last report', atomic: true })]
}

function trackLines(c: TrackChanges): string[] {
  const lines: string[] = []
  const ids = (emoji: string, what: string, list: readonly string[]): void => {
    if (list.length === 0) return
    lines.push(`${emoji} **${what}:** ${capped(list.map(idText)).join(', ')}`)
  }
  const items = (emoji: string, what: string, list: readonly string[]): void => {
    if (list.length === 0) return
    lines.push([`${emoji} **${what}:**`, ...capped(list).map(x => `  - ${x}`)].join('\n'))
  }
  ids('✅', 'Became complete', c.becameComplete)
  ids('⚠️', 'Became partial', c.becamePartial)
  ids('🚫', 'Became blocked', c.becameBlocked)
  const blocker = (b: { task: string; title: string }): string =>
    `${idText(b.task)}: ${escapeInline(b.title, CLIP.name)}`
  items('🆕', 'Blockers that appeared', c.blockersAppeared.map(blocker))
  items('✔️', 'Blockers resolved', c.blockersResolved.map(blocker))
  if (c.gates.length > 0) {
    lines.push(
      `📊 **Gates:** ${c.gates.map(g => `${GATE_NAMES[g.gate]} (${g.gate}) ${move(g)}`).join(' · ')}`
    )
  }
  if (c.iosmIndex !== null) lines.push(`📊 **IOSM-Index:** ${move(c.iosmIndex)}`)
  items('⚠️', 'New conflicts', c.conflictsNew.map(conflict))
  items('✔️', 'Conflicts cleared', c.conflictsCleared.map(conflict))
  items('🔮', 'New forecast conflicts', c.forecastNew.map(conflict))
  items('✔️', 'Forecast conflicts cleared', c.forecastCleared.map(conflict))
  items('🔍', 'New diff-check findings', c.findingsNew.map(finding))
  items('✔️', 'Diff-check findings cleared', c.findingsCleared.map(finding))
  ids('➕', 'Added to the plan', c.tasksAdded)
  ids('➖', 'Removed from the plan', c.tasksRemoved)
  return lines
}

/** The first MAX_PER_KIND items, then `and N more`. */
function capped(list: readonly string[]): string[] {
  if (list.length <= MAX_PER_KIND) return [...list]
  return [...list.slice(0, MAX_PER_KIND), `and ${list.length - MAX_PER_KIND} more`]
}

/**
 * `0.85 → 0.96`; with 3 decimals when 2 would show no move, so an arrow
 * never points from a number to itself.
 */
export function move(m: ScoreMove): string {
  const two = (x: number | null): string => (x === null ? 'n/a' : x.toFixed(2))
  const three = (x: number | null): string => (x === null ? 'n/a' : x.toFixed(3))
  const fine = two(m.from) === two(m.to)
  const show = fine ? three : two
  return `${show(m.from)} → ${show(m.to)}`
}

function conflict(c: ConflictKey): string {
  return `${path(c.path)} (${idList(c.tasks)}, ${escapeInline(c.kind, CLIP.word)})`
}

const FINDING_WORD: Record<FindingKey['kind'], string> = {
  unreported: 'changed, claimed by no report',
  phantom: 'claimed, not in the diff',
  mismatch: 'claimed as another kind of change'
}

function finding(f: FindingKey): string {
  return `${path(f.path)}${f.task === null ? '' : ` (${idText(f.task)})`}: ${FINDING_WORD[f.kind]}`
}
