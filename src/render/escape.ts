// Text from plans and reports is data, never markup. Each function here makes
// one kind of untrusted string safe for one place in the rendered markdown, so
// that it cannot open or close a block, inject HTML, forge the hidden marker,
// or notify people on GitHub.

import { CLIP } from './widths.js'

const ZWJ = '\u200d'

// Line and paragraph breaks of every flavour, including the ones JavaScript
// and some renderers treat as newlines but `\n` tests miss.
const LINE_BREAKS = /[ \t]*(?:\r\n|[\r\n\u0085\u2028\u2029\v\f])[ \t\r\n\u0085\u2028\u2029\v\f]*/g
// C0/C1 controls and the bidirectional overrides that can make displayed text
// differ from what is stored ("trojan source").
const INVISIBLE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\u202a-\u202e\u2066-\u2069]/g

/** Cut to at most `max` code points (never splitting a surrogate pair), marking the cut with `…`. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text
  // A code point takes at most two UTF-16 units, so this slice holds more than
  // `max` code points unless it is the whole text.
  const points = Array.from(text.slice(0, (max + 1) * 2))
  if (points.length <= max) return text
  return points.slice(0, Math.max(0, max - 1)).join('') + '…'
}

// Text with none of the characters the two patterns above remove or replace,
// and no space at either end for trim() to take: oneLine leaves it as is.
// eslint-disable-next-line no-control-regex
const NOT_ONE_LINE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]|^\s|\s$/

/** One line of plain text: breaks collapsed to a space, controls removed, clipped. */
export function oneLine(text: string, max: number = CLIP.text): string {
  // Most fields (paths, ids, titles) are short and plain: checked in one pass.
  if (text.length <= max && !NOT_ONE_LINE.test(text)) return text
  const clipped = clip(text, max + 64)
  // Every character the two patterns remove or replace is one NOT_ONE_LINE finds.
  if (!NOT_ONE_LINE.test(clipped)) return clip(clipped, max)
  return clip(clipped.replace(INVISIBLE, '').replace(LINE_BREAKS, ' ').trim(), max)
}

/**
 * `@user`, `@org/team`, `#12` and `owner/repo#12` are turned into links (and
 * notifications or cross-references) by GitHub after rendering. A zero-width
 * joiner after the sigil keeps the text readable and breaks the match.
 */
export function neutraliseMentions(text: string): string {
  // Most text holds neither sigil: its pattern is then neither run nor compiled
  // (docs/performance.md, "Regular expressions compiled at start").
  let s = text
  if (s.includes('@')) s = s.replace(/@(?=[A-Za-z0-9_-])/g, `@${ZWJ}`)
  if (s.includes('#')) s = s.replace(/#(?=\d)/g, `#${ZWJ}`)
  return s
}

function escapeHtmlChars(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
}

// Every character that can start or end an inline construct in GitHub
// flavoured markdown (emphasis, code, links, strikethrough, tables, math).
const MARKDOWN_SPECIALS = /[\\`*_[\]|~$#]/g

// Text that none of the steps of escapeInline would change: no HTML or
// markdown special, no mention sigil, no block starter at the front.
const NEEDS_ESCAPE = /[&<>\\`*_[\]|~$#@]|^[-+=\d]/

/**
 * Untrusted text for a paragraph, list item, heading or table cell. The result
 * is one line that renders as the literal text: HTML special characters become
 * entities, markdown punctuation is backslash-escaped, and nothing at its
 * start can begin a block (list, quote, heading, ordered list, indented code).
 */
export function escapeInline(text: string, max: number = CLIP.text): string {
  let s = oneLine(text, max)
  if (!NEEDS_ESCAPE.test(s)) return s
  s = escapeHtmlChars(s)
  s = s.replace(MARKDOWN_SPECIALS, ch => `\\${ch}`)
  // Block starters that survive the escapes above: `-`, `+`, `=` (setext
  // underline) and `1.` / `1)` (ordered list).
  const first = s.charAt(0)
  if (first === '-' || first === '+' || first === '=') s = `\\${s}`
  else if (first >= '0' && first <= '9' && (s.includes('.') || s.includes(')')))
    s = s.replace(/^(\d{1,9})([.)])/, '$1\\$2')
  return neutraliseMentions(s)
}

/** Untrusted text for a table cell: like inline text, never empty (an empty cell is fine, but a lone space reads better). */
export function escapeCell(text: string, max: number = CLIP.text): string {
  const s = escapeInline(text, max)
  return s === '' ? ' ' : s
}

/** Untrusted text as the visible part of a link: `[text](…)`. */
export function escapeLinkText(text: string, max: number = CLIP.text): string {
  const s = escapeInline(text, max)
  return s === '' ? '(empty)' : s
}

/**
 * Untrusted text inside raw HTML that markdown does not process, such as
 * `<summary>`: entities only, since backslashes would show literally.
 */
export function escapeHtmlText(text: string, max: number = CLIP.text): string {
  return neutraliseMentions(escapeHtmlChars(oneLine(text, max)))
}

// What oneLine would change, and the characters that need more than single backticks.
// eslint-disable-next-line no-control-regex
const PLAIN_CODE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069<>&`|]|^\s|\s$/

/**
 * Untrusted text as code (paths, commands). Backslash escapes do not work
 * inside a backtick code span, so its delimiter is made longer than any
 * backtick run in the text. Text holding `<`, `>` or `&` is written as
 * `<code>` with entities instead, so that no raw HTML-looking text from the
 * input appears in the output at all; so is a `|` in a table, since GitHub
 * splits table cells before it parses code spans.
 */
export function codeSpan(text: string, options: { inTable?: boolean; max?: number } = {}): string {
  const max = options.max ?? CLIP.text
  // Most paths are one plain line with no backtick, pipe or HTML character.
  if (text !== '' && text.length <= max && !PLAIN_CODE.test(text)) return `\`${text}\``
  const s = oneLine(text, max)
  if (s === '') return '(empty)'
  // In a table, `\|` inside backticks would leave the backslash escaping
  // itself and the pipe splitting the row, so pipes go the same way.
  if (/[<>&]/.test(s) || (options.inTable && s.includes('|')))
    return `<code>${escapeInline(s, max)}</code>`
  const longestRun = Math.max(0, ...(s.match(/`+/g) ?? []).map(run => run.length))
  const fence = '`'.repeat(longestRun + 1)
  const pad =
    s.startsWith('`') || s.endsWith('`') || (s.startsWith(' ') && s.endsWith(' ')) ? ' ' : ''
  return `${fence}${pad}${s}${pad}${fence}`
}
