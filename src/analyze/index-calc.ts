// The IOSM-Index arithmetic, done once here for the analysis and written out
// by the report so a reader can check it, under the track's na-policy: the
// mean of the evaluated gates (`exclude`, and `strict` when every gate was
// evaluated), the gates without a score counted as 0 over all four (`zero`),
// or no index at all (`strict` with a gate missing).

import { GATE_KEYS, type GateKey, type GateResult, type NaPolicy } from '../model.js'
import { round3 } from '../scores.js'

export interface IndexCalculation {
  policy: NaPolicy
  /** Gates whose scores enter the sum. */
  counted: GateKey[]
  /** Gates without a score (skipped or not evaluated). */
  left: GateKey[]
  /** The gates in `left` enter the sum as 0 (na-policy `zero`, a gate without a score). */
  zeros: boolean
  sum: number
  divisor: number
  /** `sum / divisor`, not rounded; null when no gate was evaluated. */
  value: number | null
  /** The IOSM-Index: `value` rounded to 3 decimals, or null when the policy leaves it undefined. */
  index: number | null
}

export function indexCalculation(
  gates: Record<GateKey, GateResult>,
  policy: NaPolicy
): IndexCalculation {
  const counted = GATE_KEYS.filter(g => {
    const gate = gates[g]
    return (gate.status === 'pass' || gate.status === 'fail') && gate.score !== null
  })
  const left = GATE_KEYS.filter(g => !counted.includes(g))
  const sum = counted.reduce((total, g) => total + (gates[g].score ?? 0), 0)
  const zeros = policy === 'zero' && left.length > 0
  const divisor = zeros ? GATE_KEYS.length : counted.length
  // With no gate evaluated there is nothing to average: no index under any policy.
  const value = counted.length === 0 ? null : sum / divisor
  const index = value === null || (policy === 'strict' && left.length > 0) ? null : round3(value)
  return { policy, counted, left, zeros, sum, divisor, value, index }
}
