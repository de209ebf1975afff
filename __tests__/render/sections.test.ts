// The track label is what a truncation notice names a track by, in the comment
// and in the check run alike.

import { trackGroupLabel, trackLabel } from '../../src/render/sections.js'
import { track } from '../../__fixtures__/render/build.js'

const named = (feature: string) => {
  const t = track('x')
  return { ...t, track: { ...t.track, feature } }
}

describe('trackLabel', () => {
  test('is the track name on one line', () => {
    expect(trackLabel(named('Rate\nlimiting'))).toBe('Rate limiting')
    expect(trackGroupLabel(named('Rate limiting'))).toBe('Track Rate limiting')
  })

  test('clips a long name at 80 characters, marking the cut', () => {
    const label = trackLabel(named('a'.repeat(200)))
    expect(Array.from(label)).toHaveLength(80)
    expect(label.endsWith('…')).toBe(true)
  })
})
