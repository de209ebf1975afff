// Writes a bundle's characters outside ASCII as `\u` escapes (rollup.config.js).

/**
 * An escape means the same character in strings, untagged templates, regular
 * expressions and names, and changes nothing in a comment. Two places keep
 * their characters as written: a tagged template, whose raw text its tag can
 * read (`String.raw`), and a character right after a backslash, which is an
 * escape of its own. `kept` counts those.
 * @param {string} code
 * @param {(code: string) => unknown} parse an ESTree parser with node offsets (rollup's)
 * @returns {{ text: string, kept: number }}
 */
export function escapeOutsideAscii(code, parse) {
  if (!/[\u0080-\uffff]/.test(code)) return { text: code, kept: 0 }
  const tagged = taggedTemplates(parse(code))
  let kept = 0
  let t = 0
  const text = code.replace(
    /(\\*)([\u0080-\uffff])/g,
    (
      /** @type {string} */ match,
      /** @type {string} */ slashes,
      /** @type {string} */ ch,
      /** @type {number} */ at
    ) => {
      const offset = at + slashes.length
      while (t < tagged.length && (tagged[t]?.[1] ?? 0) <= offset) t++
      const inTagged = t < tagged.length && (tagged[t]?.[0] ?? Infinity) <= offset
      if (inTagged || slashes.length % 2 === 1) {
        kept++
        return match
      }
      return `${slashes}\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`
    }
  )
  return { text, kept }
}

/**
 * The [start, end) offsets of every tagged template's text, by start.
 * @param {unknown} ast
 * @returns {Array<[number, number]>}
 */
function taggedTemplates(ast) {
  /** @type {Array<[number, number]>} */
  const found = []
  /** @param {any} node */
  const visit = node => {
    if (Array.isArray(node)) {
      for (const child of node) visit(child)
      return
    }
    if (!node || typeof node.type !== 'string') return
    if (node.type === 'TaggedTemplateExpression') found.push([node.quasi.start, node.quasi.end])
    for (const [key, value] of Object.entries(node)) {
      if (key !== 'type' && typeof value === 'object') visit(value)
    }
  }
  visit(ast)
  return found.sort((a, b) => a[0] - b[0])
}
