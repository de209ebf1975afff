// reports/T##.md: one Report per file, whichever variant of the report
// template it follows. Sections are located by normalised heading; only the
// Summary paragraph goes through the markdown parser. A pattern that rarely
// matches runs behind a string test: each one a run executes is compiled
// (docs/performance.md, "Regular expressions compiled at start").

import type {
  Decision,
  Diagnostic,
  FollowUp,
  FollowUpPriority,
  Lessons,
  Report,
  ReportBlocker,
  ReadingCoverage,
  ReportError,
  SourceFile,
  TaskRef,
  TaskStatus,
  VerificationStep
} from '../model.js'
import { type Item, firstParagraph, itemsAfter, itemsIn, labelValue } from './blocks.js'
import { FileDiagnostics } from './diagnostics.js'
import {
  boldLabel,
  inlineText,
  isNone,
  isPlaceholder,
  isStruck,
  plainLabel,
  stripEmoji,
  taskIds,
  withoutBullet
} from './inline.js'
import { englishName } from './languages.js'
import { leadingNames } from './leading-names.js'
import { markdownParser, type PendingSummary } from './markdown.js'
import { memoByText } from './memo.js'
import { notePaths } from './note-paths.js'
import { plainParagraph } from './plain-paragraph.js'
import { type TableBlocker, tableBlockers } from './blocker-tables.js'
import { readFilesTouched } from './report-files.js'
import { isGateSectionKey, readGates, readOverallScore } from './report-gates.js'
import {
  type Doc,
  type Section,
  childSections,
  findSection,
  labelAt,
  lineNo,
  mayHold,
  mayMatch,
  ownEnd,
  reportScan,
  scanText
} from './sections.js'
import { restAfter } from './rest.js'
import { splitRow } from './tables.js'
import { readSpawnCandidates } from './spawn.js'
import { TASK_ID, sameTaskId } from '../task-ids.js'
import { readStatus } from './status.js'

/**
 * A Summary paragraph with markup is read by the markdown parser; when it has
 * not been loaded yet, the paragraph goes to `pending` and the report's
 * summary is settled from there (without `pending`, the parser must be loaded).
 *
 * Long: after the section readers, most of it is the Report literal, a line
 * per field.
 */
export function parseReport(
  file: SourceFile,
  taskId: string,
  partialFile: boolean,
  out: Diagnostic[],
  pending?: PendingSummary[]
): Report {
  const diag = new FileDiagnostics(file.path, out)
  const doc = scanText(file.text)
  reportScan(doc, diag)
  warnRepeatedSections(doc, diag)
  const coverage = readingCoverage(doc, diag)
  const openFenceLine = doc.unclosedFence ? lineNo(doc, doc.unclosedFence.open) : null
  const title = readTitle(doc)
  const header = readHeader(doc)
  const status = readReportStatus(doc, header, title, taskId, partialFile, diag)
  // An unfilled template's lists and scores are the template's examples, not
  // claims: keep the status finding and nothing else.
  if (status.template) {
    return {
      ...emptyReport(file.path, taskId, partialFile),
      title: title.text,
      titleLine: title.line,
      statusText: status.text,
      statusLine: status.line,
      coverage,
      openFenceLine
    }
  }

  const summary = readSummary(doc)
  const files = readFilesTouched(doc, diag)
  const gates = readGates(doc, diag)
  const spawn = readSpawnCandidates(doc, diag)
  const blockers = readBlockers(doc, diag)
  const handoff = readHandoff(doc)
  const role = headerValue(header, 'role', 'owner role', 'owner')

  // Nothing the verdict reads is lost without a Summary: a warning, not an error.
  if (!summary.found) diag.warning(1, 'no Summary or Executive Summary section')
  const readOnly =
    /explor|analy|research|read-only|review/i.test(role ?? '') ||
    findSection(doc, k => k.startsWith('files analyzed') || k.startsWith('files analysed')) !== null
  if (!files.found && !readOnly) diag.warning(1, 'no Files Touched section')
  if (!gates.found) diag.warning(1, 'no IOSM Quality Gate Results or IOSM Quality Checks section')
  if (!spawn.found)
    diag.warning(1, 'no SpawnCandidates section (write "None identified." when there are none)')

  const headerId = headerValue(header, 'task id', 'task')
  const statedId = headerId ? taskIds(headerId)[0] : undefined
  if (headerId && statedId !== undefined && !sameTaskId(statedId, taskId)) {
    diag.warning(
      header.get('task id')?.line ?? 1,
      `Task ID ${headerId} differs from the file name's ${taskId}`
    )
  }

  const report: Report = {
    file: file.path,
    taskId,
    partialFile,
    title: title.text,
    titleLine: title.line,
    status: status.status,
    statusText: status.text,
    statusLine: status.line,
    role,
    effort: headerValue(header, 'effort', 'duration', 'actual effort', 'time spent'),
    summary: summary.text,
    decisions: readDecisions(doc),
    files: files.files,
    touchesPlanned: files.touchesPlanned,
    declaredTotals: files.declaredTotals,
    gates: gates.gates,
    overallScore: readOverallScore(doc, diag),
    verification: readVerification(doc),
    blockers: blockers.blockers,
    openQuestions: blockers.questions,
    deferred: blockers.deferred,
    errors: readErrors(doc),
    escalations: readEscalations(doc),
    dependsOn: handoff.dependsOn,
    blocks: handoff.blocks,
    mayConflictWith: handoff.mayConflictWith,
    integrationInstructions: handoff.instructions,
    spawnCandidates: spawn.candidates,
    followUps: readFollowUps(doc),
    lessons: readLessons(doc),
    coverage,
    openFenceLine
  }
  if (summary.pendingLines !== null) {
    const lines = summary.pendingLines
    if (!pending) throw new Error('the markdown parser is not loaded (loadMarkdownParser)')
    pending.push({ settle: parse => (report.summary = summaryText(parse(lines))) })
  }
  return report
}

// Sections of the report format, read or deliberately passed over (Implementation
// Details, Findings): anything else is a section the parser did not read. Keys
// hold single spaces (headingKey), so `follow up` covers any white space.
const startsWithKnownName = leadingNames([
  ...['summary', 'executive summary', 'what was done', 'decisions'],
  ...['files touched', 'files changed', 'files analyzed', 'files analysed', 'changed files'],
  ...['implementation details', 'code summary', 'tests written', 'verification'],
  ...['shared context', 'errors', 'risks', 'rollback', 'blockers', 'open questions'],
  ...['handoff', 'hand-off', 'spawn candidates', 'spawncandidates', 'escalation'],
  ...['follow up', 'follow ups', 'follow-up', 'follow-ups', 'followup', 'followups'],
  ...['recommendations', 'next steps', 'lessons', 'artifacts', 'findings', 'dependencies'],
  'notes'
])

/** Kept by key: a track's reports repeat their template's headings, and so their keys. */
export const isKnownSection: (key: string) => boolean = memoByText(
  key => startsWithKnownName(key) || isGateSectionKey(key),
  4096
)

/**
 * The report's level-2 sections and the ones not recognised. A report read
 * in part gets a notice naming what was skipped, so a reviewer knows what the
 * verdict did not see.
 */
function readingCoverage(doc: Doc, diag: FileDiagnostics): ReadingCoverage {
  const skipped: ReadingCoverage['skipped'] = []
  let sections = 0
  for (const h of doc.headings) {
    if (h.level !== 2) continue
    sections++
    if (!isKnownSection(h.key)) skipped.push({ heading: h.text, line: lineNo(doc, h.index) })
  }
  const first = skipped[0]
  if (first) {
    const shown = skipped.slice(0, 10).map(s => `"${s.heading}" (line ${s.line})`)
    if (skipped.length > 10) shown.push(`and ${skipped.length - 10} more`)
    const names = shown.join(', ')
    diag.notice(
      first.line,
      `read in part: ${skipped.length} of ${sections} sections not recognised and not read: ${names}`
    )
  }
  return { sections, recognised: sections - skipped.length, skipped }
}

/**
 * A level-2 section written twice: every reader takes the first one, so the
 * repeat is named where it is, not silently left out.
 */
function warnRepeatedSections(doc: Doc, diag: FileDiagnostics): void {
  const first = new Map<string, number>()
  for (const h of doc.headings) {
    if (h.level !== 2 || h.key === '') continue
    const line = first.get(h.key)
    if (line === undefined) first.set(h.key, lineNo(doc, h.index))
    else
      diag.warning(
        lineNo(doc, h.index),
        `section "${h.text}" appears a second time; only the first one (line ${line}) is read`
      )
  }
}

/** The Report of a file that could not be read at all. */
export function emptyReport(file: string, taskId: string, partialFile: boolean): Report {
  return {
    file,
    taskId,
    partialFile,
    title: null,
    titleLine: 1,
    status: 'unknown',
    statusText: null,
    statusLine: 1,
    role: null,
    effort: null,
    summary: null,
    decisions: [],
    files: { created: [], modified: [], deleted: [], touched: [] },
    touchesPlanned: [],
    declaredTotals: null,
    gates: {},
    overallScore: null,
    verification: [],
    blockers: [],
    openQuestions: [],
    deferred: [],
    errors: [],
    escalations: [],
    dependsOn: [],
    blocks: [],
    mayConflictWith: [],
    integrationInstructions: [],
    spawnCandidates: [],
    followUps: [],
    lessons: { wentWell: [], couldImprove: [], surprises: [] },
    coverage: { sections: 0, recognised: 0, skipped: [] },
    openFenceLine: null
  }
}

// ---------------------------------------------------------------------------
// Title, header, status

interface Title {
  text: string | null
  line: number
  placeholder: boolean
}

// The prefix before the id may be in any language (`Rapport de sous-agent :`).
// `\u2014` and `\u2013` are the em and en dash (see TASK_RE in plan.ts).
const TITLE_RE = new RegExp(
  String.raw`^(?:subagent\s+report\s*[:\u2014\u2013-]\s*|[^:]{1,60}:\s*)?(?:task\s+)?(?:${TASK_ID}|\[[^\]]*\])\s*(?:\u2014|\u2013|-|:)\s*(?!$)`,
  'i'
)

function readTitle(doc: Doc): Title {
  const h1 = doc.headings.find(h => h.level === 1)
  if (!h1) return { text: null, line: 1, placeholder: false }
  const text = inlineText(h1.text)
  const m = TITLE_RE.exec(text)
  const title = (m ? restAfter(text, m) : text).trim()
  const placeholder =
    isPlaceholder(title) || (text.includes('[') && /\[(?:task[- ]id|T##)\]/i.test(text))
  return {
    text: title === '' || isPlaceholder(title) ? null : title,
    line: lineNo(doc, h1.index),
    placeholder
  }
}

type Header = Map<string, { value: string; line: number }>

const RULE_RE = /^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/

/** Bold-label lines before the first `---` rule or `##` heading. */
function readHeader(doc: Doc): Header {
  const header: Header = new Map()
  const h1 = doc.headings.find(h => h.level === 1)
  for (let i = 0; i < doc.lines.length; i++) {
    const hi = doc.headingOn[i] ?? -1
    if (hi !== -1 && doc.headings[hi] !== h1) break
    if (doc.opaque[i]) continue
    const line = doc.lines[i] ?? ''
    if (RULE_RE.test(line) && header.size > 0) break
    const l = labelAt(doc, i) ?? plainLabel(line) ?? fieldRow(line)
    if (!l) continue
    const key = englishName(l.label.toLowerCase())
    if (!header.has(key)) header.set(key, { value: l.value, line: lineNo(doc, i) })
  }
  return header
}

/**
 * A row of a field table (`| **Status** | ✅ Complete |`) as a label and its
 * value: header fields written as a table rather than as bold lines.
 */
function fieldRow(line: string): { label: string; value: string } | null {
  if (!line.trimStart().startsWith('|')) return null
  // The header and delimiter rows give keys no reader asks for (`field`, `---`).
  const [name = '', value = ''] = splitRow(line)
  const label = inlineText(name)
  if (label === '') return null
  return { label, value }
}

function headerValue(header: Header, ...names: string[]): string | null {
  for (const name of names) {
    const v = header.get(name)
    if (v && v.value !== '' && !isPlaceholder(v.value)) return inlineText(v.value)
  }
  return null
}

interface StatusResult {
  status: TaskStatus
  text: string | null
  line: number
  /** The report is an unfilled template. */
  template: boolean
}

function readReportStatus(
  doc: Doc,
  header: Header,
  title: Title,
  taskId: string,
  partialFile: boolean,
  diag: FileDiagnostics
): StatusResult {
  // `**State:**` is a status line too, read where no Status line is.
  let found = header.get('status') ?? header.get('state') ?? null
  if (!found) {
    // Some reports put the status line after the header rule.
    for (let i = 0; i < doc.lines.length && !found; i++) {
      if (doc.opaque[i]) continue
      const line = doc.lines[i] ?? ''
      const bold = labelAt(doc, i)
      const l = bold ?? (/^[^\s*+-]/.test(line) ? plainLabel(line) : null)
      const label = l ? englishName(l.label.toLowerCase()) : ''
      const atStart = bold ? !bold.item && bold.indent === 0 : l !== null
      if (l && atStart && /^(?:task\s+)?(?:status|state)$/.test(label)) {
        found = { value: l.value, line: lineNo(doc, i) }
      }
    }
  }
  if (!found) {
    diag.error(1, `no **Status:** line: ${taskId} counts as status unknown`)
    return { status: 'unknown', text: null, line: 1, template: false }
  }
  const text = inlineText(found.value)
  const reading = readStatus(found.value)
  const placeholders = [...header.values()].some(
    v => v.value.includes('[') && /\[(?:T##|YYYY-MM-DD|task[- ]id|track-id)/i.test(v.value)
  )
  let status: TaskStatus = 'unknown'
  let template = false
  if (reading.kind === 'unfilled') {
    diag.error(found.line, `status "${text}" is the unfilled template: pick one status`)
    template = true
  } else if (reading.kind === 'unrecognised') {
    diag.error(found.line, `status "${text}" is not a known status (Complete, Partial, Blocked)`)
  } else if (placeholders || title.placeholder) {
    diag.error(
      found.line,
      'the report still holds template placeholders ([T##], [YYYY-MM-DD]): status unknown'
    )
    template = true
  } else {
    status = reading.status
  }
  if (partialFile && status === 'complete') status = 'partial'
  return { status, text: text === '' ? null : text, line: found.line, template }
}

// ---------------------------------------------------------------------------
// Summary, decisions, verification

/**
 * How much of the Summary's first paragraph the markdown parser sees. The
 * report shows at most its first 1,000 characters, and GFM parsing slows down
 * more than linearly on long runs of emphasis or bracket characters.
 */
export const SUMMARY_SOURCE_CHARS = 2 * 1024

/** The leading lines that fit in `max` characters; a first line longer than that is cut. */
function clipLines(lines: string[], max: number): string[] {
  let total = 0
  for (let k = 0; k < lines.length; k++) {
    total += (lines[k] ?? '').length + 1
    if (total > max + 1) return k === 0 ? [(lines[0] ?? '').slice(0, max)] : lines.slice(0, k)
  }
  return lines
}

function readSummary(doc: Doc): {
  text: string | null
  found: boolean
  /** Lines the markdown parser must read, when it is not loaded yet. */
  pendingLines: readonly string[] | null
} {
  const section = findSection(
    doc,
    k => k.startsWith('summary') || k.startsWith('executive summary')
  )
  if (!section) return { text: null, found: false, pendingLines: null }
  const para = firstParagraph(doc, section.index + 1, ownEnd(doc, section), isPlaceholder)
  if (!para) return { text: null, found: true, pendingLines: null }
  const lines = clipLines(para.lines, SUMMARY_SOURCE_CHARS)
  let text = plainParagraph(lines)
  if (text === null) {
    const parse = markdownParser()
    if (parse === null) return { text: null, found: true, pendingLines: lines }
    text = parse(lines)
  }
  return { text: summaryText(text), found: true, pendingLines: null }
}

function summaryText(text: string): string | null {
  return text === '' ? null : text
}

/**
 * The words of a decisions label (`**Key decisions:**`), wherever they stand.
 * Written as a look-behind so that the search runs on the word `decisions`,
 * which V8 skips through a text by its letters, and not on three alternatives
 * tried at every position (over the 16 MB track's texts, a third of the time).
 */
const DECISIONS_LABEL_WORDS_RE = /(?<=(?:design|key|technical)\s+)decisions/i

function readDecisions(doc: Doc): Decision[] {
  const decisions: Decision[] = []
  const section = findSection(doc, k => k.startsWith('decisions'), [2, 1])
  if (section) {
    for (const sub of childSections(doc, section)) {
      const title = inlineText(sub.text).replace(/^decision\s*\d*\s*[:—–.-]\s*/i, '')
      if (title === '' || isPlaceholder(title)) continue
      const d = labelValue(doc, sub.index + 1, sub.end, l => l === 'decision')
      decisions.push({
        title,
        decision: d && d.value !== '' && !isPlaceholder(d.value) ? inlineText(d.value) : null,
        line: lineNo(doc, sub.index)
      })
    }
  }
  // Decisions written as bullets under a `**Design decisions:**` label, in the few
  // reports whose text names one.
  const lines = mayMatch(doc, DECISIONS_LABEL_WORDS_RE) ? doc.lines.length : 0
  for (let i = 0; i < lines; i++) {
    const line = doc.lines[i] ?? ''
    if (doc.opaque[i] || !line.includes('**')) continue
    const l = labelAt(doc, i)
    if (!l || l.value !== '' || !/^(?:design|key|technical)\s+decisions$/i.test(l.label)) continue
    for (const item of itemsAfter(doc, i)) {
      const title = inlineText(item.text)
      if (title !== '' && !isPlaceholder(title))
        decisions.push({ title, decision: null, line: item.line })
    }
  }
  return decisions
}

function verdictOf(text: string): VerificationStep['status'] | null {
  const t = text.replaceAll('\uFE0F', '')
  if (t.includes('❌')) return 'fail'
  if (t.includes('⚠')) return 'warn'
  if (t.includes('✅') || t.includes('✔')) return 'pass'
  return null
}

function readVerification(doc: Doc): VerificationStep[] {
  const section = findSection(doc, k => k.startsWith('verification'))
  if (!section) return []
  const steps: VerificationStep[] = []
  const subs = childSections(doc, section)
  const blocks: Array<{ name: string; heading: string; start: number; end: number; line: number }> =
    subs.map(s => ({
      name: stripEmoji(inlineText(s.text))
        .trim()
        .replace(/^verification\s+step\s*\d*\s*[:—–.-]?\s*/i, ''),
      heading: s.text,
      start: s.index + 1,
      end: s.end,
      line: lineNo(doc, s.index)
    }))
  if (blocks.length === 0) {
    blocks.push({
      name: 'Verification',
      heading: '',
      start: section.index + 1,
      end: section.end,
      line: lineNo(doc, section.index)
    })
  }
  for (const b of blocks) {
    const name = b.name === '' ? inlineText(b.heading) : b.name
    if (isPlaceholder(name)) continue
    const result = labelValue(doc, b.start, b.end, l => l === 'result' || l === 'results')
    if (!result && blocks.length === 1 && subs.length === 0) continue
    const resultText = result ? stripEmoji(inlineText(result.value)).trim() : null
    steps.push({
      name,
      status: verdictOf(b.heading) ?? (result ? verdictOf(result.value) : null) ?? 'unknown',
      result: resultText === '' ? null : resultText,
      line: b.line
    })
  }
  return steps
}

// ---------------------------------------------------------------------------
// Blockers, open questions, deferred items

interface BlockerLists {
  blockers: ReportBlocker[]
  questions: Array<{ title: string; line: number }>
  deferred: Array<{ title: string; line: number }>
}

type BlockerKind = 'blocker' | 'resolved' | 'question' | 'deferred'

const LEAD_EMOJI_RE = /^(?:[❌❓🔜🔴🟠🟡⚠✅🚨⛔]\uFE0F?\s*)+/u

/**
 * One item of a blocker list into `lists`, as a blocker, question or deferred
 * item by its section (`kind`) or its lead emoji. `row`: what a table row says
 * besides its title (tableBlockers).
 */
function takeBlocker(
  lists: BlockerLists,
  item: Item,
  kind: BlockerKind | null,
  row?: TableBlocker
): void {
  const struck = isStruck(item.text)
  const unstruck = item.text.replaceAll('~~', '').trim()
  const lead = unstruck.replaceAll('\uFE0F', '')
  const resolvedMark = lead.startsWith('✅')
  const k: BlockerKind =
    kind ?? (lead.startsWith('❓') ? 'question' : lead.startsWith('🔜') ? 'deferred' : 'blocker')
  const plain = unstruck.replace(LEAD_EMOJI_RE, '').trim()
  const label = boldLabel(plain)
  const title = inlineText(label ? label.label : plain.replace(/^BLOCKER\s*:\s*/, ''))
  if (
    title === '' ||
    isPlaceholder(title) ||
    isNone(title) ||
    (title.slice(0, 2).toLowerCase() === 'no' &&
      /^no\s+(?:blockers|open questions|deferred)/i.test(title))
  ) {
    return
  }
  if (k === 'question') {
    lists.questions.push({ title, line: item.line })
    return
  }
  if (k === 'deferred') {
    lists.deferred.push({ title, line: item.line })
    return
  }
  const description = label ? inlineText(label.value) : (row?.description ?? '')
  // `resolved` as a word: `unresolved` is another word.
  const said = [plain, ...item.sub.map(s => s.text)].join(' ')
  const saysResolved = said.toLowerCase().includes('resolved') && /\bresolved\b/i.test(said)
  lists.blockers.push({
    title,
    description,
    line: item.line,
    resolved: k === 'resolved' || resolvedMark || struck || saysResolved || row?.resolved === true
  })
}

function readBlockers(doc: Doc, diag: FileDiagnostics): BlockerLists {
  const lists: BlockerLists = { blockers: [], questions: [], deferred: [] }
  const section = findSection(doc, k => k.startsWith('blockers') || k.startsWith('open questions'))
  const take = (item: Item, kind: BlockerKind | null, row?: TableBlocker): void =>
    takeBlocker(lists, item, kind, row)
  let range: [number, number] = [0, 0]
  if (section) {
    range = [section.index, section.end]
    const own = itemsIn(doc, section.index + 1, ownEnd(doc, section))
    for (const item of own) take(item, null)
    const rows = tableBlockers(doc, section.index + 1, ownEnd(doc, section), diag)
    for (const row of rows) take(row.item, row.question ? 'question' : null, row)
    if (
      own.length === 0 &&
      rows.length === 0 &&
      section.key.startsWith('blocker') &&
      childSections(doc, section).length === 0
    )
      proseBlocker(doc, section, lists)
    for (const sub of childSections(doc, section)) {
      const kind: BlockerKind | null = sub.key.startsWith('blocker')
        ? 'blocker'
        : sub.key.includes('question')
          ? 'question'
          : sub.key.includes('deferred')
            ? 'deferred'
            : sub.key.includes('resolved')
              ? 'resolved'
              : null
      if (!kind) continue
      for (const item of itemsIn(doc, sub.index + 1, sub.end)) take(item, kind)
      for (const row of tableBlockers(doc, sub.index + 1, sub.end, diag)) take(row.item, kind, row)
    }
  }
  // A plain `BLOCKER: …` line anywhere else counts too. Most reports hold none.
  const lines = mayHold(doc, 'BLOCKER') ? doc.lines.length : 0
  for (let i = 0; i < lines; i++) {
    if (doc.opaque[i] || (i >= range[0] && i < range[1])) continue
    const line = doc.lines[i] ?? ''
    if (!line.includes('BLOCKER')) continue
    const m = /^\s*(?:[-*+]\s+)?(?:\*\*)?BLOCKER(?:\*\*)?\s*:(?:\*\*)?\s*([\s\S]+)$/.exec(line)
    if (m)
      take(
        { text: m[1] ?? '', box: null, ordered: false, line: lineNo(doc, i), sub: [] },
        'blocker'
      )
  }
  return lists
}

/**
 * A Blockers section written as sentences: one blocker titled by the first
 * sentence, unless the text says there is none (`None.`, `Нет`, `No blockers`).
 */
function proseBlocker(doc: Doc, section: Section, lists: BlockerLists): void {
  const para = firstParagraph(doc, section.index + 1, ownEnd(doc, section), isPlaceholder)
  if (!para) return
  const text = inlineText(para.lines.join(' '))
  if (text === '' || isNone(text) || /^no\s+(?:blockers?|open questions)\b/i.test(text)) return
  const stop = /[.!?](?:\s|$)/.exec(text)
  const title = stop ? text.slice(0, stop.index + 1) : text
  lists.blockers.push({
    title: stripEmoji(title).trim(),
    description: stop ? text.slice(stop.index + 1).trim() : '',
    line: para.line,
    resolved: /^\s*(?:✅|resolved\b)/i.test(text)
  })
}

// ---------------------------------------------------------------------------
// Errors and escalations (both number their blocks E-##: each is read only in its own section)

const E_ID_RE = /^(?:E|ESC)-?(\d+)\b\s*[:—–.-]?\s*/i

/** A line that is only `**Example:**` (emphasis and colon optional). */
function isExampleMarker(line: string): boolean {
  if (line.length >= 40) return false
  const kept = [...line].filter(c => c.trim() !== '' && !'*_:'.includes(c))
  return kept.join('').toLowerCase() === 'example'
}

/** E-## subsections of a section, those after an `**Example:**` line or holding placeholders left out. */
function eBlocks(doc: Doc, section: Section): Array<{ id: string; title: string; sub: Section }> {
  const blocks: Array<{ id: string; title: string; sub: Section }> = []
  let example = -1
  for (let i = section.index + 1; i < section.end; i++) {
    if (!doc.opaque[i] && isExampleMarker(doc.lines[i] ?? '')) {
      example = i
      break
    }
  }
  for (const sub of childSections(doc, section)) {
    if (example !== -1 && sub.index > example) continue
    const heading = inlineText(sub.text)
    const m = E_ID_RE.exec(heading)
    if (!m) continue
    const title = restAfter(heading, m).trim()
    if (isPlaceholder(title) || hasPlaceholder(doc, sub)) continue
    blocks.push({ id: `E-${m[1] ?? ''}`, title, sub })
  }
  return blocks
}

function hasPlaceholder(doc: Doc, sub: Section): boolean {
  for (let i = sub.index + 1; i < sub.end; i++) {
    const line = doc.lines[i] ?? ''
    const may = line.includes('[') || line.includes('/')
    if (may && /path\/to\/|\[Error Type\]|\[Paste exact/i.test(line)) return true
  }
  return false
}

function readErrors(doc: Doc): ReportError[] {
  const section = findSection(doc, k => k.startsWith('errors encountered') || k === 'errors')
  if (!section) return []
  return eBlocks(doc, section).map(({ id, title, sub }) => {
    const r = labelValue(doc, sub.index + 1, sub.end, l => l === 'resolution')
    const resolution = r && r.value !== '' ? inlineText(r.value) : null
    return {
      id,
      type: title,
      resolution,
      resolved: resolution !== null && !/\bunresolved\b/i.test(resolution) && !isNone(resolution),
      line: lineNo(doc, sub.index)
    }
  })
}

function readEscalations(doc: Doc): Report['escalations'] {
  const section = findSection(doc, k => k.startsWith('escalation'))
  if (!section) return []
  return eBlocks(doc, section).map(({ id, title, sub }) => ({
    id,
    title,
    line: lineNo(doc, sub.index)
  }))
}

// ---------------------------------------------------------------------------
// Handoff notes

const RELATION_RE =
  /^(depends\s+on|blocked\s+by|requires|blocks|unblocks|may\s+conflict\s+with|conflicts?\s+with|overlaps?\s+with)\b\s*(.*)$/i

/** A relation in a plain line: `- Depends on T01: …`. */
const PLAIN_RELATION_RE =
  /^(depends\s+on|blocked\s+by|blocks|may\s+conflict\s+with)\s+([^:\s][^:]*):\s*(.*)$/i

function readHandoff(doc: Doc): {
  dependsOn: TaskRef[]
  blocks: TaskRef[]
  mayConflictWith: TaskRef[]
  instructions: string[]
} {
  const result = {
    dependsOn: [] as TaskRef[],
    blocks: [] as TaskRef[],
    mayConflictWith: [] as TaskRef[],
    instructions: [] as string[]
  }
  // The ids each list holds: a report may name thousands.
  const named = new Map<TaskRef[], Set<string>>()
  const section = findSection(doc, k => k.startsWith('handoff') || k.startsWith('hand-off'))
  if (!section) return result
  for (let i = section.index + 1; i < section.end; i++) {
    if (doc.opaque[i] || doc.headingOn[i] !== -1) continue
    const l = labelAt(doc, i)
    let relation: string
    let rest: string
    let note: string
    // The note as written, markup kept: its code spans name paths.
    let raw = doc.lines[i] ?? ''
    if (l) {
      const m = RELATION_RE.exec(inlineText(l.label))
      if (!m) continue
      relation = (m[1] ?? '').toLowerCase()
      rest = m[2] ?? ''
      note = inlineText(l.value)
      raw = l.value
    } else {
      const text = inlineText(withoutBullet(raw))
      // Only a line with a colon that starts with d, b or m can be one.
      const maybe = text.includes(':') && 'dDbBmM'.includes(text.charAt(0))
      const m = maybe ? PLAIN_RELATION_RE.exec(text) : null
      if (!m) continue
      relation = (m[1] ?? '').toLowerCase()
      rest = m[2] ?? ''
      note = m[3] ?? ''
    }
    let ids = taskIds(rest)
    if (ids.length === 0) ids = taskIds(note)
    const line = lineNo(doc, i)
    const list = ['depends', 'blocked by', 'requires'].some(w => relation.startsWith(w))
      ? result.dependsOn
      : relation.startsWith('blocks') || relation.startsWith('unblocks')
        ? result.blocks
        : result.mayConflictWith
    const known = named.get(list) ?? new Set<string>()
    named.set(list, known)
    const fresh = ids.filter(id => !known.has(id))
    if (fresh.length === 0) continue
    const paths = list === result.mayConflictWith ? notePaths(raw) : []
    for (const id of fresh) {
      known.add(id)
      list.push({ id, note, line, paths })
    }
  }
  const instructions = childSections(doc, section).find(s =>
    s.key.startsWith('integration instructions')
  )
  if (instructions) {
    for (const item of itemsIn(doc, instructions.index + 1, instructions.end)) {
      const text = inlineText(item.text)
      if (text !== '' && !isPlaceholder(text)) result.instructions.push(text)
    }
  }
  return result
}

// ---------------------------------------------------------------------------
// Follow-ups and lessons

const PRIORITY_WORDS: Array<[FollowUpPriority, string[]]> = [
  ['high', ['high', 'critical', 'urgent', 'must']],
  ['medium', ['medium', 'should', 'nice']],
  ['low', ['low', 'future', 'could']]
]

function priorityOf(key: string): FollowUpPriority | null {
  for (const [priority, words] of PRIORITY_WORDS) {
    if (words.some(w => key.includes(w))) return priority
  }
  return null
}

function readFollowUps(doc: Doc): FollowUp[] {
  const out: FollowUp[] = []
  const sections = [
    findSection(doc, k => /^follow[\s-]?ups?\b/.test(k), [2, 1]),
    findSection(doc, k => k.startsWith('recommendations'), [2, 1])
  ]
  const take = (items: Item[], priority: FollowUpPriority): void => {
    for (const item of items) {
      const text = inlineText(item.text)
      if (text !== '' && !isPlaceholder(text) && !isNone(text))
        out.push({ priority, text, line: item.line })
    }
  }
  for (const section of sections) {
    if (!section) continue
    take(itemsIn(doc, section.index + 1, ownEnd(doc, section)), 'medium')
    for (const sub of childSections(doc, section)) {
      const priority = priorityOf(sub.key)
      if (priority) take(itemsIn(doc, sub.index + 1, sub.end), priority)
    }
  }
  return out
}

function readLessons(doc: Doc): Lessons {
  const lessons: Lessons = { wentWell: [], couldImprove: [], surprises: [] }
  const section = findSection(doc, k => k.startsWith('lessons'), [2, 1])
  if (!section) return lessons
  for (const sub of childSections(doc, section)) {
    const list = sub.key.includes('went well')
      ? lessons.wentWell
      : sub.key.includes('improve')
        ? lessons.couldImprove
        : ['surprise', 'unexpected', 'challenge'].some(w => sub.key.includes(w))
          ? lessons.surprises
          : null
    if (!list) continue
    for (const item of itemsIn(doc, sub.index + 1, sub.end)) {
      const text = inlineText(item.text)
      if (text !== '' && !isPlaceholder(text)) list.push(text)
    }
  }
  return lessons
}
