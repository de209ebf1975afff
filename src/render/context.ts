// What every section builder is handed: the track, how much detail to write,
// the heading level of its sections, a prefix for its labels, and the facts
// derived from the track once per render.

import type { TrackResult } from '../model.js'
import type { Detail } from './detail.js'

/**
 * A fact worked out from a track at most once per render, under a key of its
 * own: a report is built at up to three detail levels, and what does not
 * depend on the level (sorted rows, escaped paths, why a task is held) need
 * not be redone at each. Declare each fact once, at module level: a fact made
 * anew on each call has a new key and is never found again.
 */
export interface Fact<T> {
  readonly key: symbol
  /** `derive` reads the other facts it builds on, from the same cache. */
  readonly compute: (track: TrackResult, derive: Derive) => T
}

export function fact<T>(name: string, compute: (track: TrackResult, derive: Derive) => T): Fact<T> {
  return { key: Symbol(name), compute }
}

/** The fact's value for the render's track, computed on first use. */
export type Derive = <T>(fact: Fact<T>) => T

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
  const cache = new Map<symbol, unknown>()
  const derive = <T>({ key, compute }: Fact<T>): T => {
    if (cache.has(key)) return cache.get(key) as T
    const value = compute(track, derive)
    cache.set(key, value)
    return value
  }
  return derive
}
