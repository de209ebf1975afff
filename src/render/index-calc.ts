// The IOSM-Index arithmetic written out, so a reader can check it. The model
// carries the gate scores and the index but not the na-policy that combined
// them, so the policy is recognised from the numbers: the mean over the
// evaluated gates (`exclude`), skipped gates as zero over four (`zero`), or no
// index although gates were evaluated (`strict`).

import { GATE_KEYS, type GateKey, type TrackResult } from '../model.js'
import { count, score3 } from './format.js'

export type IndexPolicy = 'exclude' | 'zero' | 'strict' | 'none-evaluated' | 'unrecognised'

export interface IndexCalculation {
  policy: IndexPolicy
  /** Gates whose scores enter the mean. */
  counted: GateKey[]
  /** Gates left out (skipped or not evaluated). */
  left: GateKey[]
  /** The lines of the worked calculation; empty when there is nothing to compute. */
  lines: string[]
}

const TOLERANCE = 0.0006

export function indexCalculation(track: TrackResult): IndexCalculation {
  const counted = GATE_KEYS.filter(g => {
    const gate = track.gates[g]
    return (gate.status === 'pass' || gate.status === 'fail') && gate.score !== null
  })
  const left = GATE_KEYS.filter(g => !counted.includes(g))
  const scores = counted.map(g => track.gates[g].score ?? 0)
  const sum = scores.reduce((a, b) => a + b, 0)
  const index = track.iosmIndex

  if (counted.length === 0) return { policy: 'none-evaluated', counted, left, lines: [] }
  if (index === null) return { policy: 'strict', counted, left, lines: [] }

  const exclude = sum / counted.length
  const zero = sum / GATE_KEYS.length
  const terms = (withZeros: boolean): string =>
    GATE_KEYS.filter(g => withZeros || counted.includes(g))
      .map(g => (counted.includes(g) ? score3(track.gates[g].score ?? 0) : '0'))
      .join(' + ')
  const write = (
    policy: IndexPolicy,
    what: string,
    withZeros: boolean,
    divisor: number,
    value: number
  ): IndexCalculation => ({
    policy,
    counted,
    left,
    lines: [
      `IOSM-Index = ${what}`,
      `           = (${terms(withZeros)}) / ${divisor}`,
      `           = ${score3(sum)} / ${divisor}`,
      `           = ${score3(value)}`
    ]
  })
  if (Math.abs(index - exclude) < TOLERANCE) {
    return write(
      'exclude',
      `mean of ${count(counted.length, 'evaluated gate')}`,
      false,
      counted.length,
      exclude
    )
  }
  if (left.length > 0 && Math.abs(index - zero) < TOLERANCE) {
    return write(
      'zero',
      'sum over all 4 gates, skipped ones as 0, divided by 4',
      true,
      GATE_KEYS.length,
      zero
    )
  }
  return write(
    'unrecognised',
    `mean of ${count(counted.length, 'evaluated gate')}`,
    false,
    counted.length,
    exclude
  )
}
