// Patterns that read a label and keep the rest of the line stop where the rest
// begins, and the rest is sliced off here. A case-blind pattern that captures
// the rest itself, `([\s\S]*)`, costs V8 far more to compile than the label
// part: it closes the whole code-point range over case (docs/performance.md,
// "What a small run loads, parses and waits for").

/** The text after a match: what a trailing `([\s\S]*)` in the pattern would have captured. */
export function restAfter(text: string, m: RegExpExecArray): string {
  return text.slice(m.index + m[0].length)
}
