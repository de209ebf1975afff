// The IOSM-Index arithmetic written out, so a reader can check it, under the
// na-policy the analysis used: the mean of the evaluated gates (`exclude`, and
// `strict` when every gate was evaluated), the gates without a score counted
// as 0 over all four (`zero`), or no index at all (`strict` with a gate
// missing).

import { GATE_KEYS, type GateKey, type NaPolicy, type TrackResult } from '../model.js'
import { count, score3 } from './format.js'

export interface IndexCalculation {
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

export function indexCalculation(track: TrackResult): IndexCalculation {
  const policy = track.naPolicy
  const counted = GATE_KEYS.filter(g => {
    const gate = track.gates[g]
    return (gate.status === 'pass' || gate.status === 'fail') && gate.score !== null
  })
  const left = GATE_KEYS.filter(g => !counted.includes(g))
  const index = track.iosmIndex
  if (counted.length === 0 || index === null)
    return { policy, counted, left, lines: [], disagrees: false }

  const sum = counted.reduce((total, g) => total + (track.gates[g].score ?? 0), 0)
  const zeros = policy === 'zero' && left.length > 0
  const divisor = zeros ? GATE_KEYS.length : counted.length
  const value = sum / divisor
  const terms = GATE_KEYS.filter(g => zeros || counted.includes(g))
    .map(g => (counted.includes(g) ? score3(track.gates[g].score ?? 0) : '0'))
    .join(' + ')
  const what = zeros
    ? 'sum over all 4 gates, those without a score as 0, divided by 4'
    : `mean of ${count(counted.length, 'evaluated gate')}`
  return {
    policy,
    counted,
    left,
    lines: [
      `IOSM-Index = ${what}`,
      `           = (${terms}) / ${divisor}`,
      `           = ${score3(sum)} / ${divisor}`,
      `           = ${score3(value)}`
    ],
    disagrees: Math.abs(index - value) >= TOLERANCE
  }
}
