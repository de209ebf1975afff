// Numbers in words, for the sentences the analysis and the report write.

export function count(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${thousands(n)} ${n === 1 ? singular : pluralForm}`
}

/**
 * `12,345`. Written by hand: the first toLocaleString call loads ICU locale
 * data, about 20 ms of the CLI's cold start.
 */
export function thousands(n: number): string {
  if (!Number.isInteger(n) || (n < 1000 && n > -1000)) return String(n)
  const digits = String(Math.abs(n))
  let out = ''
  for (let i = digits.length; i > 0; i -= 3)
    out = digits.slice(Math.max(0, i - 3), i) + (out ? `,${out}` : '')
  return n < 0 ? `-${out}` : out
}
