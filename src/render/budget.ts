// Byte budgets of the places GitHub shows the report, and the structural cut
// that makes a document fit one. Sizes are UTF-8 bytes, as GitHub counts them.

import {
  type Block,
  documentBytes,
  type Group,
  group,
  leaf,
  measure,
  serialize,
  serializeDocument
} from './blocks.js'
import { DETAIL_LEVELS, type Detail } from './detail.js'
import { escapeInline } from './escape.js'
import { CLIP } from './widths.js'

export const BUDGETS = {
  comment: 65536,
  checkSummary: 65535,
  checkText: 65535,
  jobSummary: 1048576
} as const

export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}

/** The longest prefix of `text` within `max` bytes, never splitting a character. */
export function clipBytes(text: string, max: number): string {
  if (max <= 0) return ''
  if (utf8Bytes(text) <= max) return text
  let out = ''
  let used = 0
  for (const ch of text) {
    const size = utf8Bytes(ch)
    if (used + size > max) break
    out += ch
    used += size
  }
  return out
}

export interface CutResult {
  /** The blocks' markdown, within the budget. */
  text: string
  /** Labels of the parts left out wholly or partly, outermost first. */
  omitted: string[]
}

interface Taken {
  text: string
  bytes: number
  complete: boolean
  /** A labelled group inside was noted as partly kept. */
  noted: boolean
}

/**
 * Keeps as many blocks as fit in `budget` bytes, in document order. A group
 * that does not fit whole is entered: its head is kept with as many children
 * as fit, and its tail (`</details>`) is always written, so nothing is left
 * open. Leaves and atomic groups are all or nothing.
 */
export function cutBlocks(blocks: readonly Block[], budget: number): CutResult {
  const sizeOf = (block: Block): number => measure(block).bytes
  const omitted: string[] = []
  // A labelled group stands for everything inside it.
  const omit = (block: Block): void => {
    if (block.kind === 'leaf' || sizeOf(block) === 0) return
    if (block.label !== null) omitted.push(block.label)
    else block.children.forEach(omit)
  }

  const take = (block: Block, avail: number): Taken | null => {
    const size = sizeOf(block)
    if (size <= avail) return { text: serialize(block), bytes: size, complete: true, noted: false }
    if (block.kind === 'leaf' || block.atomic) return null
    return takePart(block, avail)
  }

  const takePart = (block: Group, avail: number): Taken | null => {
    const tailCost = block.tail === null ? 0 : utf8Bytes(`\n\n${block.tail}`)
    const parts: string[] = block.head === null ? [] : [block.head]
    let used = block.head === null ? 0 : utf8Bytes(block.head)
    if (used + tailCost > avail) return null
    const sepCost = utf8Bytes(block.sep)
    let kept = 0
    let noted = false
    let index = 0
    for (; index < block.children.length; index++) {
      const child = block.children[index]
      if (child === undefined || sizeOf(child) === 0) continue
      const joint = parts.length > 0 ? sepCost : 0
      const got = take(child, avail - used - tailCost - joint)
      if (got === null) break
      parts.push(got.text)
      used += joint + got.bytes
      kept++
      if (!got.complete) {
        noted = got.noted
        index++
        break
      }
    }
    // A heading or table header with nothing under it says nothing.
    if (kept === 0) return null
    if (!noted && block.label !== null) {
      omitted.push(`${block.label} (in part)`)
      noted = true
    }
    block.children.slice(index).forEach(omit)
    const body = parts.join(block.sep)
    return block.tail === null
      ? { text: body, bytes: used, complete: false, noted }
      : { text: `${body}\n\n${block.tail}`, bytes: used + tailCost, complete: false, noted }
  }

  // The document ends with a newline (see serializeDocument).
  const got = take(group([...blocks]), budget - 1)
  if (got === null) {
    blocks.forEach(omit)
    return { text: '', omitted: dedupe(omitted) }
  }
  return { text: got.text === '' ? '' : `${got.text}\n`, omitted: dedupe(omitted) }
}

function dedupe(labels: readonly string[]): string[] {
  return [...new Set(labels)]
}

/** Bytes kept free for the closing notice when the document has to be cut. */
const NOTICE_RESERVE = 2048

/**
 * The document's blocks at one detail level. When the document would be longer
 * than `room` bytes it is only measured, so the builder may stop early, as
 * long as what it returns is still longer than `room`.
 */
export type DocumentBuilder = (detail: Detail, note: Block | null, room: number) => Block[]

/**
 * The document at the most detail that fits `budget` bytes: full detail,
 * then less per-task detail, then the essentials, then the essentials cut at
 * a block boundary with a closing notice of what was left out. Each shortened
 * form says so at the top, and names where the full report is.
 */
export function fitToBudget(
  build: DocumentBuilder,
  budget: number,
  fullReportHint: string | null
): string {
  // Each form is measured from its blocks; only the one kept is serialised.
  // The essentials are built whole, since they may be cut and shown.
  let essentials: { blocks: Block[]; note: Block } | null = null
  for (const detail of [DETAIL_LEVELS[0], DETAIL_LEVELS[1], DETAIL_LEVELS[2]]) {
    const note = detail.level === 0 ? null : shortenedNote(detail.level, fullReportHint, false)
    const blocks = build(detail, note, detail.level === 2 ? Infinity : budget)
    if (documentBytes(blocks) <= budget) return serializeDocument(blocks)
    if (detail.level === 2 && note !== null) essentials = { blocks, note }
  }
  const cutNote = shortenedNote(2, fullReportHint, true)
  // The essentials again, with the note that says they are cut: the blocks
  // just built are reused when the note stands once among them at the top level.
  const at = essentials === null ? -1 : essentials.blocks.indexOf(essentials.note)
  const once =
    essentials !== null && at >= 0 && essentials.blocks.lastIndexOf(essentials.note) === at
  const blocks =
    essentials !== null && once
      ? essentials.blocks.map((block, i) => (i === at ? cutNote : block))
      : build(DETAIL_LEVELS[2], cutNote, Infinity)
  const reserve = Math.min(NOTICE_RESERVE, Math.floor(budget / 2))
  const cut = cutBlocks(blocks, budget - reserve)
  const notice = cutNotice(cut.omitted, fullReportHint, reserve - 2)
  const text = cut.text === '' ? `${notice}\n` : `${cut.text}\n${notice}\n`
  return utf8Bytes(text) <= budget ? text : clipBytes(text, budget)
}

function hintText(fullReportHint: string | null): string {
  return fullReportHint === null
    ? ''
    : ` The full report is in ${escapeInline(fullReportHint, CLIP.title)}.`
}

function shortenedNote(level: number, fullReportHint: string | null, cut: boolean): Block {
  const what =
    level === 1
      ? 'per-task detail (decisions, verification, long file lists) is left out'
      : 'only the essentials of each section are kept'
  const end = cut ? ' It is also cut short: see the note at the end.' : ''
  return leaf(
    `> [!NOTE]\n> This report was shortened to fit GitHub's size limit: ${what}.${end}${hintText(fullReportHint)}`
  )
}

/** The closing notice, within `max` bytes: the list of omitted parts is shortened first. */
function cutNotice(omitted: readonly string[], fullReportHint: string | null, max: number): string {
  const head = '> [!WARNING]\n> **The report stops here: it is longer than GitHub allows.**'
  const tail = hintText(fullReportHint)
  for (let n = omitted.length; n >= 0; n--) {
    const shown = omitted.slice(0, n).map(label => escapeInline(label, CLIP.name))
    const rest = omitted.length - n
    const list =
      omitted.length === 0
        ? ''
        : ` Left out: ${shown.join(', ')}${rest > 0 ? `${n > 0 ? ' and ' : ''}${rest} more part${rest === 1 ? '' : 's'}` : ''}.`
    const text = `${head}${list}${tail}`
    if (utf8Bytes(text) <= max) return text
  }
  return clipBytes(head, max)
}
