// Whether a heading key starts with one of a list of names, as whole words:
// what `^(?:name|name|…)\b` tests, looked up by the key's first word instead.
// A pattern of thirty names costs more to compile than every lookup a run
// makes (docs/performance.md, "What a small run loads, parses and waits for").

import { isAsciiAlphanumeric } from '../text-classes.js'

/** `\w` in a pattern without the `u` flag: ASCII letters, digits, `_`. */
function isWordCode(c: number): boolean {
  return isAsciiAlphanumeric(c) || c === 95
}

function firstWordEnd(text: string): number {
  let i = 0
  while (i < text.length && isWordCode(text.charCodeAt(i))) i++
  return i
}

/** A test for keys that start with one of `names` followed by a word boundary. */
export function leadingNames(names: readonly string[]): (key: string) => boolean {
  const byFirstWord = new Map<string, string[]>()
  for (const name of names) {
    const word = name.slice(0, firstWordEnd(name))
    const list = byFirstWord.get(word)
    if (list) list.push(name)
    else byFirstWord.set(word, [name])
  }
  return key => {
    const list = byFirstWord.get(key.slice(0, firstWordEnd(key)))
    // Past the end, charCodeAt gives NaN: the end of the key is a boundary.
    return (
      list !== undefined &&
      list.some(n => key.startsWith(n) && !isWordCode(key.charCodeAt(n.length)))
    )
  }
}
