// Conflicts still to come, as the report shows them: a table under the real
// conflicts, and for each held task the tasks it will collide with when it
// lands. They inform whoever schedules the remaining work; the verdict never
// counts them.

import type { ForecastConflict, TrackResult } from '../model.js'
import { type Block, collapseIfLong, leaf, table } from './blocks.js'
import { fact, type SectionContext } from './context.js'
import { COLLAPSE_LIMITS as LIMITS } from './detail.js'
import { escapeHtmlText } from './escape.js'
import { count, idList, idText, path } from './format.js'

/** Partners named per held task; the rest are counted. */
const MAX_PARTNERS = 3

/** The forecast part of the Conflicts section; nothing when there is none. */
export function forecastBlocks(ctx: SectionContext): Block[] {
  const list = ctx.track.forecastConflicts
  if (list.length === 0) return []
  const ordered = ctx.derive(orderedForecast)
  const parallel = list.filter(c => c.schedule === 'parallel').length
  const rows = ordered
    .slice(0, ctx.detail.rows)
    .map(c => [
      path(c.path, true),
      idList(c.tasks),
      c.schedule === 'parallel' ? '⚠️ parallel: will need resolution' : 'ℹ️ sequential',
      forecastWhy(c)
    ])
  const blocks: Block[] = [table(['Path', 'Tasks', 'Kind', 'Why'], rows)]
  if (ordered.length > rows.length)
    blocks.push(leaf(`_and ${count(ordered.length - rows.length, 'more forecast conflict')}_`))
  return [
    leaf(
      `**Still to come:** ${count(list.length, 'forecast conflict')} from the plan's Touches of tasks not yet complete${parallel > 0 ? ` (${parallel} parallel: no dependency orders the tasks)` : ''}. For scheduling the remaining work; they do not fail the verdict.`
    ),
    ...collapseIfLong(escapeHtmlText(`Forecast conflicts (${list.length})`), blocks, LIMITS)
  ]
}

/**
 * For a held task, `will collide with T05 (api/), T11 (docs/x.md) when it
 * lands`, or null when no forecast names it.
 */
export function heldCollision(
  lookup: CollisionLookup,
  id: string,
  complete: boolean
): string | null {
  const partners = lookup.get(id)
  if (partners === undefined || partners.length === 0) return null
  const shown = partners.slice(0, MAX_PARTNERS).map(p => `${idText(p.id)} (${path(p.path)})`)
  const more = partners.length > shown.length ? ` and ${partners.length - shown.length} more` : ''
  // A complete task's files are known: the collision comes when the others land.
  return complete
    ? `the planned work of ${shown.join(', ')}${more} will collide with it`
    : `will collide with ${shown.join(', ')}${more} when it lands`
}

export type CollisionLookup = ReadonlyMap<string, ReadonlyArray<{ id: string; path: string }>>

/** Each task's forecast partners, one entry per partner (its first path), in task order. */
export const collisionsByTask = fact(
  'forecast collisions',
  (track: TrackResult): CollisionLookup => {
    const position = new Map(track.tasks.map((t, i) => [t.id, i]))
    const out = new Map<string, Array<{ id: string; path: string }>>()
    const seen = new Set<string>()
    const add = (id: string, other: string, p: string): void => {
      const key = `${id}\u0000${other}`
      if (seen.has(key)) return
      seen.add(key)
      const list = out.get(id)
      if (list) list.push({ id: other, path: p })
      else out.set(id, [{ id: other, path: p }])
    }
    for (const c of track.forecastConflicts) {
      const [a, b] = c.tasks
      if (a === undefined || b === undefined) continue
      add(a, b, c.path)
      add(b, a, c.path)
    }
    const at = (id: string): number => position.get(id) ?? Number.MAX_SAFE_INTEGER
    for (const list of out.values()) list.sort((x, y) => at(x.id) - at(y.id))
    return out
  }
)

/** Parallel forecasts first, then sequential ones, each in the analysis's order. */
const orderedForecast = fact('ordered forecast', (track: TrackResult): ForecastConflict[] => [
  ...track.forecastConflicts.filter(c => c.schedule === 'parallel'),
  ...track.forecastConflicts.filter(c => c.schedule !== 'parallel')
])

function forecastWhy(c: ForecastConflict): string {
  const done = c.complete
  if (done.length === 0) return 'both plan to change it'
  const waiting = c.tasks.filter(id => !done.includes(id))
  return `${idList(waiting)} plans to change what ${idList(done)} changed`
}
