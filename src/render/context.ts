// What every section builder is handed: the track, how much detail to write,
// the heading level of its sections, a prefix for its labels, and the facts
// derived from the track once per render.

import type { TrackResult } from '../model.js'
import type { Detail } from './detail.js'

/**
 * The value of `compute(track)`, worked out on first use and kept for the
 * rest of the render: a report is built at up to three detail levels, and
 * what does not depend on the level (sorted rows, escaped paths, why a task
 * is held) need not be redone at each. `compute` must be a module-level
 * function, since it is the key.
 */
export type Derive = <T>(compute: (track: TrackResult) => T) => T

export interface SectionContext {
  track: TrackResult
  detail: Detail
  /** Heading level of the track's sections (`##` for one track, `###` for several). */
  level: number
  /** Prefix of the labels named in the truncation notice (`Track x › `), or ''. */
  labelPrefix: string
  derive: Derive
  /**
   * Bytes past which this build of the document is too long anyway: it will
   * only be measured, never shown, so a section may stop adding to itself
   * once it alone is longer. Infinity when the whole document is needed.
   */
  room: number
}

/** A fresh cache of derived facts for one track, for one render. */
export function deriver(track: TrackResult): Derive {
  const cache = new Map<(track: TrackResult) => unknown, unknown>()
  return <T>(compute: (track: TrackResult) => T): T => {
    if (cache.has(compute)) return cache.get(compute) as T
    const value = compute(track)
    cache.set(compute, value)
    return value
  }
}
