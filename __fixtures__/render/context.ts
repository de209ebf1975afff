// A section builder's context for tests: one track at `##` level, at a given
// detail level and room, with a fresh derive cache.
import type { TrackResult } from '../../src/model.js'
import { deriver, type SectionContext } from '../../src/render/context.js'
import { DETAIL_LEVELS, type DetailLevel } from '../../src/render/detail.js'

export function sectionContext(
  track: TrackResult,
  level: DetailLevel = 0,
  room = Infinity
): SectionContext {
  return {
    track,
    detail: DETAIL_LEVELS[level],
    level: 2,
    labelPrefix: '',
    derive: deriver(track),
    room
  }
}
