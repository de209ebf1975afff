// The Files Touched section of a report, in both styles: Touches Planned /
// Actual fenced lists with Created / Modified / Deleted bullets and Total
// impact, or one fenced tree with NEW / MODIFIED / DELETED markers and a
// `**Total changes:**` list. `Files Analyzed` is reading, never read here.

import type { ClaimedFiles, FileClaim, Report } from '../model.js'
import { type Item, itemsAfter, itemsIn } from './blocks.js'
import type { FileDiagnostics } from './diagnostics.js'
import {
  type ChangeKind,
  type PathEntry,
  barePath,
  readPathBlock,
  readPathItem
} from './file-lists.js'
import { tableFiles } from './file-tables.js'
import { toInt } from './numbers.js'
import { restAfter } from './rest.js'
import { inlineText, isNone, isPlaceholder, listItem } from './inline.js'
import { englishName } from './languages.js'
import {
  type Doc,
  type Section,
  childSections,
  fencesIn,
  findSection,
  labelAt,
  lineNo,
  ownEnd
} from './sections.js'

export interface FilesTouched {
  files: ClaimedFiles
  touchesPlanned: string[]
  declaredTotals: Report['declaredTotals']
  /** The report has a Files Touched section. */
  found: boolean
}

type Role = ChangeKind | 'planned' | 'actual' | 'totals' | 'skip' | 'other'

/** `Created`, `Files modified`, `Deleted`: group 1 is a created list, group 2 a modified one. */
const CHANGE_LIST_RE =
  /^(?:files\s+)?(?:(created|new(?:\s+files?)?|added)|(modified|changed|updated|edited)|deleted|removed)\b/

function roleOf(key: string): Role {
  if (key.startsWith('touches planned') || key === 'planned touches') return 'planned'
  if (key.startsWith('touches actual') || key === 'actual touches') return 'actual'
  const change = CHANGE_LIST_RE.exec(key)
  if (change) return change[1] ? 'created' : change[2] ? 'modified' : 'deleted'
  if (key.startsWith('total') || key.startsWith('summary')) return 'totals'
  if (key.startsWith('unplanned')) return 'skip'
  return 'other'
}

// Long: `add` and `readLoose` share the claimed lists, their seen-sets and the
// declared totals with the loop over sub-sections that feeds them; as closures
// they keep that state in one place.
export function readFilesTouched(doc: Doc, diag: FileDiagnostics): FilesTouched {
  const files: ClaimedFiles = { created: [], modified: [], deleted: [], touched: [] }
  const planned: string[] = []
  let totals: Report['declaredTotals'] = null
  const section = findSection(
    doc,
    k => k.startsWith('files touched') || k === 'files changed' || k === 'changed files'
  )
  if (!section) return { files, touchesPlanned: planned, declaredTotals: null, found: false }

  // Paths seen per list: a report may claim thousands, and scanning the list
  // for each one took time in their square.
  const seen = {
    created: new Set<string>(),
    modified: new Set<string>(),
    deleted: new Set<string>(),
    touched: new Set<string>()
  }
  const plannedSeen = new Set<string>()
  const add = (kind: ChangeKind | 'touched', e: PathEntry): void => {
    if (e.path === null) {
      if (!isPlaceholder(e.raw))
        diag.warning(e.line, `"${e.raw}" is not a usable file path; ignored`)
      return
    }
    if (isPlaceholder(e.raw)) return
    const list = files[kind]
    if (seen[kind].has(e.path)) return
    seen[kind].add(e.path)
    const claim: FileClaim = {
      path: e.path,
      line: e.line,
      linesAdded: e.linesAdded,
      linesRemoved: e.linesRemoved,
      note: e.note
    }
    list.push(claim)
  }

  const readLoose = (start: number, end: number): void => {
    for (const fence of fencesIn(doc, start, end)) {
      for (const e of readPathBlock(doc, fence)) add(e.kind ?? 'touched', e)
    }
    for (const e of tableFiles(doc, start, end, diag)) add(e.kind ?? 'touched', e)
    // Bold labels used as sub-headings (`**New:**`, `**Edited:**`) set the kind of the items below.
    let labelled: ChangeKind | 'touched' = 'touched'
    for (let i = start; i < end; i++) {
      if (doc.opaque[i]) continue
      const line = doc.lines[i] ?? ''
      const l = labelAt(doc, i)
      if (l && l.value === '' && /^total/i.test(l.label)) {
        totals = readTotals(itemsAfter(doc, i), lineNo(doc, i)) ?? totals
        continue
      }
      if (l && l.value === '' && !l.item) {
        const role = roleOf(englishName(l.label.toLowerCase()))
        labelled =
          role === 'created' || role === 'modified' || role === 'deleted' ? role : 'touched'
        continue
      }
      const item = listItem(line)
      if (!item || item.box !== null || item.indent > 1) continue
      const found = verbItem(item.text, lineNo(doc, i))
      for (const { kind, entry } of found) {
        add(kind ?? entry.kind ?? (labelled === 'touched' ? 'touched' : labelled), entry)
      }
      if (found.length === 0 && barePath(item.text) === 'prose') {
        diag.warning(
          lineNo(doc, i),
          `"${inlineText(item.text)}" begins with a path but is not read as a claim, as it reads as a sentence; write the path in backticks to claim it`
        )
      }
    }
  }

  const subs = childSections(doc, section)
  readLoose(section.index + 1, ownEnd(doc, section))
  for (const sub of subs) {
    const role = roleOf(sub.key)
    const start = sub.index + 1
    const end = sub.end
    switch (role) {
      case 'planned':
      case 'actual':
        for (const e of pathsIn(doc, sub)) {
          if (role === 'actual') add('touched', e)
          else if (e.path !== null && !isPlaceholder(e.raw) && !plannedSeen.has(e.path)) {
            plannedSeen.add(e.path)
            planned.push(e.path)
          }
        }
        break
      case 'created':
      case 'modified':
      case 'deleted':
        for (const item of itemsIn(doc, start, end)) {
          const e = readPathItem(item.text, item.line)
          if (e) add(role, withLinesChanged(e, item))
        }
        for (const fence of fencesIn(doc, start, end)) {
          for (const e of readPathBlock(doc, fence)) add(role, e)
        }
        for (const e of tableFiles(doc, start, end, diag)) add(role, e)
        break
      case 'totals':
        totals = readTotals(itemsIn(doc, start, end), lineNo(doc, sub.index)) ?? totals
        break
      case 'other':
        readLoose(start, end)
        break
      case 'skip':
        break
    }
  }
  const none =
    files.created.length + files.modified.length + files.deleted.length + files.touched.length === 0
  if (none && planned.length === 0 && !saysNothingChanged(doc, section)) {
    diag.warning(
      lineNo(doc, section.index),
      `section "${section.text}" names no file path the parser can read (write paths in backticks, one per bullet); this task's files are unknown`
    )
  }
  return { files, touchesPlanned: planned, declaredTotals: totals, found: true }
}

/** A Files section that says no file changed (`None`, `[read-only analysis]`, `No files modified`). */
function saysNothingChanged(doc: Doc, section: Section): boolean {
  for (let i = section.index + 1; i < section.end; i++) {
    const t = inlineText(doc.lines[i] ?? '').replace(/^[-*+]\s+/, '')
    if (/read[\s_-]?only|\bno\s+(?:files?|changes?)\b|^none\b|^n\/a\b/i.test(t) || isNone(t))
      return true
  }
  return false
}

const VERB_RE =
  /^(?:\*\*)?(created|added|new|modified|updated|changed|edited|deleted|removed|renamed|moved)(?:\*\*)?[ \t]*:?[ \t]*(?:\*\*)?[ \t]*/i
const ARROW_RE = /[ \t]*(?:→|->|=>)[ \t]*/

/**
 * A file-list item with its verb before the path (`Created \`a.py\``,
 * `Renamed \`a\` → \`b\``: the old path deleted, the new one created), or a
 * bare path item (its kind then comes from the note or the label above).
 */
function verbItem(
  text: string,
  line: number
): Array<{ kind: ChangeKind | null; entry: PathEntry }> {
  const m = VERB_RE.exec(text)
  const verb = m ? (m[1] ?? '').toLowerCase() : null
  const rest = m ? text.slice(m[0].length) : text
  if (verb === 'renamed' || verb === 'moved') {
    const arrow = ARROW_RE.exec(rest)
    if (arrow && arrow.index > 0) {
      const from = readPathItem(rest.slice(0, arrow.index), line)
      const to = readPathItem(rest.slice(arrow.index + arrow[0].length), line)
      const out: Array<{ kind: ChangeKind | null; entry: PathEntry }> = []
      if (from) out.push({ kind: 'deleted', entry: from })
      if (to) out.push({ kind: 'created', entry: to })
      return out
    }
  }
  // Without a verb a code span marks a path, or a path alone on its bullet
  // (barePath): prose bullets are not file lists.
  if (!verb && !text.includes('`') && barePath(text) !== 'path') return []
  const entry = readPathItem(rest, line)
  if (!entry) return []
  const kind: ChangeKind | null =
    verb === null
      ? null
      : verb === 'created' || verb === 'added' || verb === 'new'
        ? 'created'
        : verb === 'deleted' || verb === 'removed'
          ? 'deleted'
          : 'modified'
  return [{ kind, entry }]
}

/** Paths of a Touches Planned / Actual subsection: its fenced list, else its bullets. */
function pathsIn(doc: Doc, sub: Section): PathEntry[] {
  const fences = fencesIn(doc, sub.index + 1, sub.end)
  if (fences.length > 0) return fences.flatMap(f => readPathBlock(doc, f))
  const out: PathEntry[] = []
  for (const item of itemsIn(doc, sub.index + 1, sub.end)) {
    const e = readPathItem(item.text, item.line)
    if (e) out.push(e)
  }
  return out
}

const LINES_CHANGED_RE = /^(?:\*\*)?lines?\s+(?:changed|added)(?:\*\*)?\s*:?\s*(?:\*\*)?\s*/i

/** Line counts from a `Lines changed:` sub-bullet, when the number is clear. */
function withLinesChanged(e: PathEntry, item: Item): PathEntry {
  if (e.linesAdded !== null || e.linesRemoved !== null) return e
  for (const sub of item.sub) {
    const m = LINES_CHANGED_RE.exec(sub.text)
    if (!m) continue
    const text = inlineText(restAfter(sub.text, m))
    if (text.includes('[')) return e
    const plus = /\+\s*(\d[\d,]*)/.exec(text)
    const minus = /(?:^|[\s/(,])[-−]\s*(\d[\d,]*)/.exec(text)
    if (plus || minus) {
      return {
        ...e,
        linesAdded: plus ? toInt(plus[1]) : null,
        linesRemoved: minus ? toInt(minus[1]) : null
      }
    }
    if (/\d\s*[-–]\s*\d/.test(text)) return e
    const single = /^~?\s*(\d[\d,]*)\b/.exec(text)
    if (single) return { ...e, linesAdded: toInt(single[1]) }
    return e
  }
  return e
}

const TOTAL_RES: Array<[RegExp, 'created' | 'modified' | 'deleted']> = [
  [/files?\s+(?:created|added|new)\s*:\s*~?(\d+)/i, 'created'],
  [/files?\s+(?:modified|changed|updated)\s*:\s*~?(\d+)/i, 'modified'],
  [/files?\s+(?:deleted|removed)\s*:\s*~?(\d+)/i, 'deleted'],
  [/(?<!\d)(\d+)\s+(?:new\s+files?|files?\s+(?:created|added|new))\b/i, 'created'],
  [/(?<!\d)(\d+)\s+files?\s+(?:modified|changed|updated)\b/i, 'modified'],
  [/(?<!\d)(\d+)\s+files?\s+(?:deleted|removed)\b/i, 'deleted']
]

// Each pattern needs the word `file`: items without it (`Lines changed: 120`) are skipped
// before any is compiled (docs/performance.md, "Regular expressions compiled at start").
function readTotals(items: Item[], line: number): Report['declaredTotals'] {
  const totals = {
    created: null as number | null,
    modified: null as number | null,
    deleted: null as number | null,
    line
  }
  let any = false
  for (const item of items) {
    const text = inlineText(item.text)
    if (!text.toLowerCase().includes('file')) continue
    for (const [re, key] of TOTAL_RES) {
      const m = re.exec(text)
      if (m && totals[key] === null) {
        totals[key] = Number(m[1])
        any = true
        break
      }
    }
  }
  return any ? totals : null
}
