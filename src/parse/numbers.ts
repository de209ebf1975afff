// Scores and thresholds as people write them: `0.85`, `0,85` (decimal comma),
// `85%`, `85 %`, `78/100`, `4/5`, `1.5/5`, `0.9 / 1.0`, `3 out of 4`. A value
// whose scale cannot be known (`150`, `1.5` alone) or that is negative is
// unreadable, never guessed: the caller warns and leaves the value out. A score
// past its stated maximum (`1.4 / 1.0`, `120%`) is kept and clamped later.

import { afterBlanks } from './inline.js'

export type ScoreReading =
  | { kind: 'value'; value: number }
  /** No number in the text at all (`pending`, `see below`). */
  | { kind: 'none' }
  | { kind: 'unreadable'; reason: string }

// No nested quantifiers: each alternative is linear from its start.
const NUMBER_RE = /\d+(?:[.,]\d+)?|[.,]\d+/
const DENOMINATOR_RE = /^[ \t]*(?:\/|out[ \t]+of\b|of\b)[ \t]*(\d+(?:[.,]\d+)?|[.,]\d+)/i

/** A number token, `,` read as the decimal separator when digits follow it. */
function numberValue(token: string): number {
  return Number(token.replace(',', '.'))
}

/** The first number of `text` read as a fraction in [0, 1]. */
/** A count written with thousands commas (`1,204`); null when it is not a safe integer. */
export function toInt(text: string | undefined): number | null {
  if (text === undefined) return null
  const n = Number(text.replaceAll(',', ''))
  return Number.isSafeInteger(n) ? n : null
}

export function readScore(text: string): ScoreReading {
  const m = NUMBER_RE.exec(text)
  if (!m) return { kind: 'none' }
  const token = m[0]
  const value = numberValue(token)
  if (!Number.isFinite(value)) return { kind: 'unreadable', reason: `"${token}" is not a number` }
  const before = text.charAt(m.index - 1)
  const beforeSign = text.charAt(m.index - 2)
  if ((before === '-' || before === '−') && (m.index < 2 || /[\s(:=]/.test(beforeSign))) {
    return { kind: 'unreadable', reason: `${before}${token} is negative` }
  }
  // The rest of the value is short: a bounded slice keeps the tail checks cheap.
  const tail = text.slice(m.index + token.length, m.index + token.length + 64)
  if (tail.charAt(afterBlanks(tail)) === '%') {
    // Above 100% is a claim past the maximum, clamped later like any score above 1.
    return { kind: 'value', value: value / 100 }
  }
  const d = DENOMINATOR_RE.exec(tail)
  if (d) {
    const denominator = numberValue(d[1] ?? '')
    if (!(denominator > 0)) return { kind: 'unreadable', reason: `${token}/${d[1]} divides by 0` }
    return { kind: 'value', value: value / denominator }
  }
  if (value <= 1) return { kind: 'value', value }
  // A bare 85 is a percentage written without its sign; a bare 1.5 has no scale.
  if (value >= 10 && value <= 100) return { kind: 'value', value: value / 100 }
  if (value < 10) {
    return {
      kind: 'unreadable',
      reason: `${token} is above 1 and names no scale (write ${token}/5 or ${token}%)`
    }
  }
  return { kind: 'unreadable', reason: `${token} is neither a fraction of 1 nor a percentage` }
}
