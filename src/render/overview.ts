// The top of a track's report: title and status, the executive summary, the
// task graph, and the IOSM gates with the index worked out.

import { GATE_KEYS, GATE_NAMES, type GateKey, type NaPolicy, type TrackResult } from '../model.js'
import {
  integrationComplexity,
  readiness,
  type ReadyLevel,
  statedIndexDiffers
} from '../analyze/assess.js'
import { type Block, bulletList, collapseIfLong, fence, leaf, section, table } from './blocks.js'
import type { SectionContext } from './context.js'
import { COLLAPSE_BYTES } from './detail.js'
import { escapeCell, escapeInline } from './escape.js'
import {
  count,
  GATE_STATUS,
  heading,
  idList,
  path,
  score2,
  score3,
  taskStatus,
  trackName,
  TRACK_STATUS
} from './format.js'
import { indexCalculation } from '../analyze/index-calc.js'
import { renderMermaid } from './mermaid.js'
import { CLIP } from './widths.js'

const READY_TEXT: Record<ReadyLevel, string> = {
  yes: '✅ Yes',
  caveats: '⚠️ With caveats',
  no: '❌ No'
}

export function headerBlocks(ctx: SectionContext): Block[] {
  const { track } = ctx
  const info = track.track
  // One track is the whole report; several sit under the run's own title.
  const prefix = ctx.level <= 2 ? 'Integration report: ' : ''
  const title = heading(ctx.level - 1, `${prefix}${escapeInline(trackName(track), CLIP.title)}`)
  const facts = [
    `**Status:** ${TRACK_STATUS[track.status] ?? track.status}`,
    `**Track:** ${path(info.id)}`,
    `**Folder:** ${path(info.dir)}`
  ]
  const lines = [facts.join(' · ')]
  if (info.title !== null && info.title !== trackName(track)) {
    lines.push(`**Plan:** ${escapeInline(info.title, CLIP.title)}`)
  }
  // Two spaces before the newline: a line break inside one paragraph.
  return [leaf(title), leaf(lines.join('  \n'))]
}

export function executiveSummary(ctx: SectionContext): Block {
  const { track, detail } = ctx
  const done = track.tasks.filter(t => t.status === 'complete').length
  const byStatus = new Map<string, number>()
  for (const task of track.tasks) {
    const word = taskStatus(task.status).word
    byStatus.set(word, (byStatus.get(word) ?? 0) + 1)
  }
  const breakdown = [...byStatus].map(([word, n]) => `${n} ${word}`).join(', ')
  const complexity = integrationComplexity(track)
  const ready = readiness(track)
  const counted = GATE_KEYS.filter(
    g => track.gates[g].status === 'pass' || track.gates[g].status === 'fail'
  )
  const threshold =
    track.indexThreshold === null ? 'no threshold' : `threshold ${track.indexThreshold.toFixed(2)}`
  const indexText =
    track.iosmIndex === null
      ? `n/a (${counted.length === 0 ? 'no gate evaluated' : 'not computed'}; ${threshold})`
      : `${score2(track.iosmIndex)} / 1.0 (${counted.length} of 4 gates; ${threshold})`
  const items = [
    `**Goal:** ${track.track.goal === null ? '_not stated in the plan_' : escapeInline(track.track.goal, detail.textChars)}`,
    `**Tasks complete:** ${done}/${track.tasks.length}${breakdown === '' ? '' : ` (${breakdown})`}`,
    `**Integration complexity:** ${complexity.level}${complexity.because.length > 0 ? ` — ${complexity.because.join(', ')}` : ''} (${complexity.facts})`,
    `**Overall quality:** ${track.rating ?? 'n/a (no IOSM-Index)'}`,
    `**IOSM-Index:** ${indexText}`,
    `**Ready for deployment:** ${READY_TEXT[ready.level]}`
  ]
  const verdict = track.verdict.conclusion === 'success' ? '✅ success' : '❌ failure'
  const children: Block[] = [bulletList(items, null)]
  if (track.verdict.reasons.length > 0) {
    children.push(leaf(`**Verdict: ${verdict}** because:`))
    children.push(bulletList(track.verdict.reasons.map(r => escapeInline(r, detail.textChars))))
  } else {
    children.push(leaf(`**Verdict: ${verdict}.**`))
  }
  if (ready.caveats.length > 0 && ready.level !== 'no') {
    children.push(leaf('**Caveats:**'))
    children.push(bulletList(ready.caveats.map(c => escapeInline(c))))
  }
  return section(
    `${ctx.labelPrefix}Executive summary`,
    heading(ctx.level, 'Executive summary'),
    children
  )
}

export function taskGraph(ctx: SectionContext): Block {
  const { track } = ctx
  const graph = renderMermaid(track)
  const title = heading(ctx.level, 'Task graph')
  const label = `${ctx.labelPrefix}Task graph`
  if (!graph.ok) return section(label, title, [leaf(`_No graph: ${escapeInline(graph.reason)}._`)])
  const notes: string[] = ['One box per merge wave, top to bottom, then the held tasks.']
  if (track.criticalPath.length > 1) {
    notes.push(`Thick purple edges: the critical path (${idList(track.criticalPath, ' → ')}).`)
  }
  if (track.cycles.length > 0) notes.push('Dashed red edges: a dependency cycle.')
  const legend = (['complete', 'partial', 'blocked', 'in-progress', 'todo', 'unknown'] as const)
    .filter(status => track.tasks.some(t => t.status === status))
    .map(status => {
      const s = taskStatus(status)
      return `${s.emoji} ${s.word}: ${STATUS_COLOUR[status]}`
    })
    .join(' · ')
  const body: Block[] = [leaf(`${notes.join(' ')}  \n${legend}`), fence('mermaid', graph.text)]
  const collapsed = collapseIfLong(`Task graph (${count(track.tasks.length, 'task')})`, body, {
    bytes: COLLAPSE_BYTES * 4,
    rows: 80
  })
  return section(label, title, collapsed)
}

const STATUS_COLOUR = {
  complete: 'green',
  partial: 'amber',
  blocked: 'red',
  'in-progress': 'blue',
  todo: 'grey',
  unknown: 'grey, dashed'
} as const

const TARGET_SOURCE: Record<TrackResult['gates']['I']['targetSource'], string> = {
  plan: 'plan',
  prd: 'PRD',
  default: 'default floor'
}

const SCORE_SOURCE: Record<TrackResult['gates']['I']['source'], string> = {
  'iosm-report': 'iosm\\_report.md',
  tasks: 'task reports',
  none: '—'
}

export function gatesSection(ctx: SectionContext): Block {
  const { track } = ctx
  const rows = GATE_KEYS.map(g => {
    const gate = track.gates[g]
    return [
      `Gate-${g} (${GATE_NAMES[g]})`,
      score2(gate.score),
      `${escapeCell(gate.target, CLIP.short)} (${TARGET_SOURCE[gate.targetSource] ?? gate.targetSource})`,
      GATE_STATUS[gate.status] ?? escapeCell(gate.status),
      SCORE_SOURCE[gate.source] ?? escapeCell(gate.source)
    ]
  })
  const children: Block[] = [table(['Gate', 'Score', 'Target', 'Status', 'Score from'], rows, null)]
  children.push(...indexBlocks(track))
  return section(`${ctx.labelPrefix}IOSM gates`, heading(ctx.level, 'IOSM gates'), children)
}

function gateList(gates: readonly string[]): string {
  return gates.map(g => `Gate-${g}`).join(', ')
}

export interface WorkedIndex {
  policy: NaPolicy
  /** Gates whose scores enter the sum. */
  counted: GateKey[]
  /** Gates without a score (skipped or not evaluated). */
  left: GateKey[]
  /** The lines of the worked calculation; empty when there is no index to work out. */
  lines: string[]
  /** The analysis's index is not the value worked out: the report says so rather than hide it. */
  disagrees: boolean
}

// The index is rounded to 3 decimals; the arithmetic here is not.
const TOLERANCE = 0.0006

/** The analysis's index arithmetic for `track`, written out line by line. */
export function workedIndex(track: TrackResult): WorkedIndex {
  const calc = indexCalculation(track.gates, track.naPolicy)
  const { policy, counted, left } = calc
  const index = track.iosmIndex
  if (calc.value === null || index === null)
    return { policy, counted, left, lines: [], disagrees: false }
  const terms = GATE_KEYS.filter(g => calc.zeros || counted.includes(g))
    .map(g => (counted.includes(g) ? score3(track.gates[g].score ?? 0) : '0'))
    .join(' + ')
  const what = calc.zeros
    ? 'sum over all 4 gates, those without a score as 0, divided by 4'
    : `mean of ${count(counted.length, 'evaluated gate')}`
  return {
    policy,
    counted,
    left,
    lines: [
      `IOSM-Index = ${what}`,
      `           = (${terms}) / ${calc.divisor}`,
      `           = ${score3(calc.sum)} / ${calc.divisor}`,
      `           = ${score3(calc.value)}`
    ],
    disagrees: Math.abs(index - calc.value) >= TOLERANCE
  }
}

function indexBlocks(track: TrackResult): Block[] {
  const calc = workedIndex(track)
  const out: Block[] = []
  const leftOut = calc.left.map(
    g => `Gate-${g} (${track.gates[g].status === 'skip' ? 'skipped' : 'not evaluated'})`
  )
  if (calc.counted.length === 0) {
    out.push(leaf('**IOSM-Index:** n/a: no gate was evaluated, so there is nothing to average.'))
  } else if (track.iosmIndex === null) {
    out.push(
      leaf(
        calc.policy === 'strict' && calc.left.length > 0
          ? `**IOSM-Index:** n/a: ${leftOut.join(', ')} ${calc.left.length === 1 ? 'has' : 'have'} no score and the na-policy \`strict\` leaves the index undefined.`
          : `**IOSM-Index:** n/a: the analysis gave no index (na-policy ${path(calc.policy)}).`
      )
    )
  } else {
    out.push(fence('text', calc.lines.join('\n')))
    const countedText = `Counted: ${gateList(calc.counted)}.`
    const skipped = calc.left.some(g => track.gates[g].status === 'skip')
    const leftText =
      calc.left.length === 0
        ? ''
        : calc.policy === 'zero'
          ? ` Counted as 0: ${leftOut.join(', ')} (na-policy \`zero\`).`
          : ` Left out: ${leftOut.join(', ')}.${skipped ? ' Skipped gates do not count under the na-policy `exclude`.' : ''}`
    out.push(leaf(`${countedText}${leftText}`))
    if (calc.disagrees) {
      out.push(
        leaf(
          `⚠️ The analysis reports an IOSM-Index of ${track.iosmIndex.toFixed(3)}, which is not the value worked out above.`
        )
      )
    }
  }
  const result: string[] = []
  if (track.iosmIndex !== null) {
    const threshold =
      track.indexThreshold === null
        ? 'no threshold applies'
        : track.iosmIndex >= track.indexThreshold
          ? `✅ meets the threshold ${track.indexThreshold.toFixed(2)}`
          : `❌ below the threshold ${track.indexThreshold.toFixed(2)}`
    result.push(
      `**Result:** ${track.iosmIndex.toFixed(3)} (${track.rating ?? 'unrated'}), ${threshold}.`
    )
  }
  if (track.statedIndex !== null) {
    result.push(
      statedIndexDiffers(track)
        ? `⚠️ iosm\\_report.md states ${track.statedIndex.toFixed(3)}; recomputed from the gate scores: ${track.iosmIndex === null ? 'n/a' : track.iosmIndex.toFixed(3)}. The recomputed value is used.`
        : `iosm\\_report.md states ${track.statedIndex.toFixed(3)}, which agrees.`
    )
  }
  if (result.length > 0) out.push(leaf(result.join('  \n')))
  return out
}

/** A one-line verdict used in summaries: `❌ failure (2 reasons)`. */
export function verdictWord(track: TrackResult): string {
  return track.verdict.conclusion === 'success' ? '✅ success' : '❌ failure'
}
