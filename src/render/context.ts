// What every section builder is handed: the track, how much detail to write,
// the heading level of its sections, and a prefix for its labels.

import type { TrackResult } from '../model.js'
import type { Detail } from './detail.js'

export interface SectionContext {
  track: TrackResult
  detail: Detail
  /** Heading level of the track's sections (`##` for one track, `###` for several). */
  level: number
  /** Prefix of the labels named in the truncation notice (`Track x › `), or ''. */
  labelPrefix: string
}
