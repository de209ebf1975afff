// plan.md: header, overview, phases and streams, task lines with their field
// bullets, and the Gate Targets table (also inside a fenced block).

import type { Diagnostic, Plan, PlanField, PlanTask, SourceFile } from '../model.js'
import { FileDiagnostics } from './diagnostics.js'
import {
  type BoldLabel,
  boldLabel,
  collapseSpaces,
  indentOf,
  inlineText,
  isBlank,
  isPlaceholder,
  labelItem,
  lineLabel,
  listItem,
  plainLabel
} from './inline.js'
import { englishName } from './languages.js'
import { memoByText } from './memo.js'
import {
  readBool,
  readChecks,
  readConcurrency,
  readDependsOn,
  readSeverity,
  readTouches,
  stripComment
} from './plan-fields.js'
import {
  type Doc,
  type Section,
  fenceDoc,
  fencesIn,
  lineNo,
  ownEnd,
  reportScan,
  scanText
} from './sections.js'
import { restAfter } from './rest.js'
import { readStatus } from './status.js'
import { findTables } from './tables.js'
import { type Targets, gateBullets, targetsFromTable } from './targets.js'
import { TASK_ID } from '../task-ids.js'

export function parsePlan(file: SourceFile, out: Diagnostic[]): Plan {
  const diag = new FileDiagnostics(file.path, out)
  const doc = scanText(file.text)
  reportScan(doc, diag)
  const skipped = skippedLines(doc)
  const header = readHeader(doc)
  const overview = doc.headings.find(h => h.key === 'overview')
  const overviewLabels = overview
    ? labelsIn(doc, overview.index + 1, ownEnd(doc, overview))
    : new Map()
  const structure = readStructure(doc, skipped, diag)
  if (structure.tasks.length === 0) warnEmptyTaskSection(doc, diag)
  return {
    file: file.path,
    title: header.title,
    feature: value(header.labels, 'feature'),
    trackHeader: value(header.labels, 'track', 'track id'),
    created: value(header.labels, 'created', 'date'),
    statusText: value(header.labels, 'status'),
    goal: value(overviewLabels, 'goal') ?? value(header.labels, 'goal'),
    complexity:
      value(overviewLabels, 'estimated complexity', 'complexity') ??
      value(header.labels, 'estimated complexity', 'complexity'),
    phases: structure.phases,
    tasks: structure.tasks,
    gateTargets: planTargets(doc, skipped, diag)
  }
}

const TASK_SECTION_RE = /^(?:tasks?|task (?:list|breakdown|plan)|implementation tasks)\b/

/**
 * A Tasks section that yields no task is said, never silent: the verdict would
 * miss every task. An error when the section holds text, which may be tasks in
 * a shape this tool does not read (the check must not pass without them); a
 * warning when it is empty.
 */
function warnEmptyTaskSection(doc: Doc, diag: FileDiagnostics): void {
  const section = doc.headings.find(h => h.level >= 2 && TASK_SECTION_RE.test(h.key))
  if (!section) return
  let holdsText = false
  for (let i = section.index + 1; i < section.end && !holdsText; i++) {
    holdsText = doc.headingOn[i] !== -1 || !isBlank(doc.lines[i] ?? '')
  }
  const message =
    `the section '${inlineText(section.text).slice(0, 80)}' holds no task this tool can read ` +
    '(a task is a `- [ ] **T01**: Title` line, a `### T01: Title` heading or a row of a task table); ' +
    'no task is taken from the plan'
  if (holdsText) diag.error(lineNo(doc, section.index), message)
  else diag.warning(lineNo(doc, section.index), message)
}

function value(labels: Map<string, string>, ...names: string[]): string | null {
  for (const name of names) {
    const v = labels.get(name)
    if (v !== undefined) return v === '' || isPlaceholder(v) ? null : inlineText(v)
  }
  return null
}

/** Bold-label lines in [start, end), outside fences, first occurrence of each label. */
function labelsIn(doc: Doc, start: number, end: number): Map<string, string> {
  const labels = new Map<string, string>()
  for (let i = start; i < end; i++) {
    if (doc.opaque[i]) continue
    const l = lineLabel(doc.lines[i] ?? '')
    if (!l || l.indent > 1) continue
    const key = l.label.toLowerCase()
    if (!labels.has(key)) labels.set(key, l.value)
  }
  return labels
}

function readHeader(doc: Doc): { title: string | null; labels: Map<string, string> } {
  const h1 = doc.headings.find(h => h.level === 1)
  const next = doc.headings.find(h => h !== h1)
  return {
    title: h1 ? inlineText(h1.text) || null : null,
    labels: labelsIn(doc, 0, next ? next.index : doc.lines.length)
  }
}

// ---------------------------------------------------------------------------
// Phases, streams, tasks

interface FieldBuilder {
  label: string
  first: string
  more: string[]
  line: number
}

interface TaskBuilder {
  id: string
  title: string
  line: number
  /** Indent of the task line; -1 for a `### Task T01:` heading. */
  indent: number
  phase: string | null
  phaseNumber: number | null
  stream: string | null
  checked: boolean
  fieldIndent: number | null
  fields: FieldBuilder[]
  current: FieldBuilder | null
  dropped: boolean
}

// The patterns end where the title begins, and the title is the rest of the line
// (rest.ts). No `(.*)$` after them: a run of spaces before a U+2028 in the line
// made the optional separators backtrack in cubic time.
// Dashes are written `\u2014` (em) and `\u2013` (en) in String.raw patterns: the
// bundles are ASCII (rollup.config.js), and a tagged template's text is not escaped.
const TASK_RE = new RegExp(
  String.raw`^\*\*[ \t]*(${TASK_ID})[ \t]*(?::[ \t]*)?\*\*[ \t]*[:\u2014\u2013-]?[ \t]*`,
  'i'
)
const PLAIN_TASK_RE = new RegExp(String.raw`^(${TASK_ID})[ \t]*[:\u2014\u2013-][ \t]*`, 'i')
const LEGACY_RE = new RegExp(String.raw`^task\s+(${TASK_ID})\b[ \t]*[:\u2014\u2013-]?[ \t]*`, 'i')
/** `### Task 3: Title`: a task heading numbered without the `T`, read as T03. */
const NUMBERED_HEADING_RE = /^task\s+(\d{1,4})[ \t]*[:\u2014\u2013-][ \t]*/i
/**
 * Format characters (zero-width space and joiners, word joiner, soft hyphen,
 * byte-order mark) are invisible where a person reads the plan, so `**T0<U+200B>1**`
 * must read as T01, not as a line without a task.
 */
const INVISIBLE_RE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g
/** A checkbox line that names a task id in bold, read or not: `- [ ] **T01**`, `- [ ] **Task 3**`. */
const TASKLIKE_RE = /^\*\*[^*]{0,40}\bT(?:ASK)?[\s-]?\d/i
const PHASE_RE = /^(?:phase|stage)\s+(\d+|[a-z])\b/i
// `### T02: Title`, `#### T02 — Title`: a task written as a heading.
const HEADING_TASK_RE = new RegExp(String.raw`^(${TASK_ID})\b\s*[:\u2014\u2013-]\s*`, 'i')
/** A cell that is a task id and nothing else. */
const WHOLE_TASK_ID_RE = new RegExp(`^(?:${TASK_ID})$`, 'i')

/** NUMBERED_HEADING_RE's match with the id in the plan's usual spelling (`Task 3` → T03). */
function numberedHeading(text: string): RegExpExecArray | null {
  const m = NUMBERED_HEADING_RE.exec(text)
  if (m) m[1] = `T${(m[1] ?? '').padStart(2, '0')}`
  return m
}

/** `Phase 2` → 2, `Stage B` → 2: the token is digits or one letter (PHASE_RE). */
function phaseNumber(token: string): number {
  const c = token.charCodeAt(0)
  return c >= 48 && c <= 57 ? Number(token) : token.toUpperCase().charCodeAt(0) - 64
}

/** `Task Field Definitions` explains the fields with examples: its ids are not tasks. */
const isSkippedHeading = (h: Section): boolean => h.key.startsWith('task field definitions')

/** 1 for each line under (not on) a skipped heading: one mask, so each check is a look-up. */
type SkippedLines = Uint8Array

function skippedLines(doc: Doc): SkippedLines {
  return linesUnder(doc, doc.headings.filter(isSkippedHeading))
}

/**
 * 1 for each line inside one of the sections, after its heading. A line covered
 * twice (a section inside another) is skipped on the second pass, so the cost
 * stays the file's length.
 */
function linesUnder(doc: Doc, sections: readonly Section[]): Uint8Array {
  const mask = new Uint8Array(doc.lines.length)
  let done = 0
  for (const s of sections) {
    for (let i = Math.max(s.index + 1, done); i < s.end; i++) mask[i] = 1
    done = Math.max(done, s.end)
  }
  return mask
}

// Long: one pass over the plan's lines, in which the phase and stream headings
// seen so far decide what each task line belongs to; `start` and `finish`
// share that state with the loop.
function readStructure(
  doc: Doc,
  skipped: SkippedLines,
  diag: FileDiagnostics
): { phases: Plan['phases']; tasks: PlanTask[] } {
  const phases: Plan['phases'] = []
  const tasks: PlanTask[] = []
  const seen = new Set<string>()
  let phase: { name: string; number: number | null; level: number } | null = null
  let stream: { name: string; level: number } | null = null
  let task: TaskBuilder | null = null
  const named: Array<{ id: string; line: number }> = []

  const finish = (): void => {
    if (task && !task.dropped) tasks.push(buildTask(task, diag))
    task = null
  }
  const start = (id: string, title: string, i: number, indent: number, checked: boolean): void => {
    const upper = id.toUpperCase()
    const line = lineNo(doc, i)
    const dropped = seen.has(upper)
    if (dropped) diag.error(line, `duplicate task id ${upper}: this second definition is ignored`)
    seen.add(upper)
    task = {
      id: upper,
      title: inlineText(title),
      line,
      indent,
      phase: phase?.name ?? null,
      phaseNumber: phase?.number ?? null,
      stream: stream?.name ?? null,
      checked,
      fieldIndent: null,
      fields: [],
      current: null,
      dropped
    }
  }

  const n = doc.lines.length
  for (let i = 0; i < n; i++) {
    const hi = doc.headingOn[i] ?? -1
    if (hi !== -1) {
      finish()
      const s = doc.headings[hi]
      if (!s) continue
      if (isSkippedHeading(s)) {
        i = s.end - 1
        continue
      }
      const text = inlineText(s.text)
      // A task heading starts with `T` (`Task T01`, `T01:`); other headings leave both patterns
      // uncompiled (docs/performance.md, "Regular expressions compiled at start").
      const legacy =
        text.startsWith('T') || text.startsWith('t')
          ? (LEGACY_RE.exec(text) ??
            (s.level >= 2 ? (HEADING_TASK_RE.exec(text) ?? numberedHeading(text)) : null))
          : null
      const phaseMatch = PHASE_RE.exec(text)
      if (legacy) {
        start(legacy[1] ?? '', restAfter(text, legacy), i, -1, false)
      } else if (phaseMatch) {
        phase = { name: text, number: phaseNumber(phaseMatch[1] ?? '1'), level: s.level }
        phases.push({ name: text, number: phase.number, line: lineNo(doc, i) })
        stream = null
      } else if (/^stream\b/i.test(text)) {
        stream = { name: text, level: s.level }
      } else {
        if (stream && s.level <= stream.level) stream = null
        if (phase && s.level <= phase.level) {
          phase = null
          stream = null
        }
      }
      continue
    }
    if (doc.opaque[i]) continue
    const line = doc.lines[i] ?? ''
    if (task && consume(task, line, lineNo(doc, i))) continue
    finish()
    const item = listItem(line)
    if (!item) continue
    if (item.box === null) {
      // `1. **T01** — Schema` with its fields below is a task without a checkbox;
      // without fields it may be a mention, kept to be checked once all is read.
      // Both patterns start with `**` or `T` (or a format character INVISIBLE_RE
      // drops): other items, most of a plan's, leave them unrun.
      const c = item.text.charCodeAt(0)
      if (c !== 42 && c !== 84 && c !== 116 && c < 0xad) continue
      const text = item.text.replace(INVISIBLE_RE, '')
      const m = TASK_RE.exec(text) ?? PLAIN_TASK_RE.exec(text)
      if (!m) continue
      if (opensFields(doc, i, item.indent))
        start(m[1] ?? '', restAfter(text, m), i, item.indent, false)
      else named.push({ id: (m[1] ?? '').toUpperCase(), line: lineNo(doc, i) })
      continue
    }
    const text = item.text.replace(INVISIBLE_RE, '')
    const m = TASK_RE.exec(text) ?? PLAIN_TASK_RE.exec(text)
    if (m) {
      start(m[1] ?? '', restAfter(text, m), i, item.indent, ['x', 'X'].includes(item.box.trim()))
    } else if ((phase && /^\*\*[^*]+(?::\*\*|\*\*\s*:)/.test(text)) || TASKLIKE_RE.test(text)) {
      // A task the plan meant but the parser cannot read would vanish from
      // the verdict: an error, so that `fail-on: errors` holds the check.
      diag.error(
        lineNo(doc, i),
        `task line could not be read (no task id such as T01 or T-AUTO-01): ${inlineText(item.text.slice(0, 120))}`
      )
    }
  }
  finish()
  tableTasks(doc, skipped, phases, seen, tasks, diag)
  warnUnreadTasks(named, tasks, diag)
  return { phases, tasks }
}

/**
 * Whether the line after item `i` (blanks skipped) is a field of it: a deeper
 * item or line whose label is a task field (`- Touches:`, `- **Depends on:**`).
 */
function opensFields(doc: Doc, i: number, indent: number): boolean {
  for (let j = i + 1; j < doc.lines.length; j++) {
    const line = doc.lines[j] ?? ''
    if (isBlank(line)) continue
    if (doc.opaque[j] || doc.headingOn[j] !== -1 || indentOf(line) <= indent) return false
    const item = listItem(line)
    const label = boldLabel(item ? item.text : line.trim()) ?? plainLabel(line)
    return label !== null && isFieldName(label.label)
  }
  return false
}

/**
 * Ids that list items name the way tasks are written (`- **T02** — Loader`)
 * but that no task was read for: the plan meant tasks the verdict would miss.
 * An error when the plan gave no task at all, else a warning (a mention of a
 * task the plan does not define).
 */
function warnUnreadTasks(
  named: ReadonlyArray<{ id: string; line: number }>,
  tasks: readonly PlanTask[],
  diag: FileDiagnostics
): void {
  const read = new Set(tasks.map(t => t.id))
  const reported = new Set<string>()
  for (const { id, line } of named) {
    if (read.has(id) || reported.has(id)) continue
    reported.add(id)
    const message = `${id} is written like a task here, but no task ${id} could be read (a task is a \`- [ ] **${id}**: Title\` line or an item with its fields below it, a \`### ${id}: Title\` heading or a row of a task table)`
    if (tasks.length === 0) diag.error(line, message)
    else diag.warning(line, message)
  }
}

const ID_HEADER_RE = /^(?:task\s*)?(?:id|#)$|^task$/
const TITLE_HEADER_RE = /^(?:task|title|name|description|summary)$/

/** `ID`, `Task ID`, `#`, `Task`: its end is tested first, so most headers skip the pattern. */
const isIdHeader = (h: string): boolean =>
  (h.endsWith('id') || h.endsWith('#') || h === 'task') && ID_HEADER_RE.test(h)

/**
 * Tasks written as table rows (`| ID | Task | Depends on | Status |`): each
 * other column is a field named by its header. A row's phase is the last
 * phase heading above the table. A table that names a task defined
 * elsewhere in the plan is a summary and is left alone.
 */
function tableTasks(
  doc: Doc,
  skipped: SkippedLines,
  phases: Plan['phases'],
  seen: Set<string>,
  tasks: PlanTask[],
  diag: FileDiagnostics
): void {
  const found: PlanTask[] = []
  for (const table of findTables(doc, 0, doc.lines.length)) {
    const at = table.line - 1 - doc.offset
    if (skipped[at] === 1) continue
    const idCol = table.header.findIndex(isIdHeader)
    if (idCol === -1) continue
    const titleCol = table.header.findIndex((h, k) => k !== idCol && TITLE_HEADER_RE.test(h))
    const ids = table.rows.map(r => inlineText(r.cells[idCol] ?? ''))
    if (!ids.some(id => WHOLE_TASK_ID_RE.test(id))) continue
    // A table restating tasks already defined (progress tracking, a summary) defines none.
    if (ids.some(id => seen.has(id.toUpperCase()))) continue
    let phase: Plan['phases'][number] | null = null
    for (const ph of phases) if (ph.line < table.line) phase = ph
    table.rows.forEach((row, r) => {
      const id = (ids[r] ?? '').toUpperCase()
      // Upper-cased above, so the case-blind test is the exact one.
      if (!WHOLE_TASK_ID_RE.test(id)) {
        if (id !== '')
          diag.warning(row.line, `task table row without a task id (T01, T-AUTO-01): ${id}`)
        return
      }
      if (seen.has(id)) {
        diag.error(row.line, `duplicate task id ${id}: this second definition is ignored`)
        return
      }
      seen.add(id)
      const fields: FieldBuilder[] = []
      table.header.forEach((h, k) => {
        if (k === idCol || k === titleCol || h === '') return
        fields.push({ label: h, first: row.cells[k] ?? '', more: [], line: row.line })
      })
      found.push(
        buildTask(
          {
            id,
            title: titleCol === -1 ? '' : inlineText(row.cells[titleCol] ?? ''),
            line: row.line,
            indent: -1,
            phase: phase?.name ?? null,
            phaseNumber: phase?.number ?? null,
            stream: null,
            checked: false,
            fieldIndent: null,
            fields,
            current: null,
            dropped: false
          },
          diag
        )
      )
    })
  }
  if (found.length === 0) return
  tasks.push(...found)
  tasks.sort((a, b) => a.line - b.line)
}

/** Take a line into the open task; false when the line ends the task. */
function consume(task: TaskBuilder, line: string, lineNumber: number): boolean {
  if (isBlank(line)) return true
  const indent = indentOf(line)
  if (task.indent >= 0 && indent <= task.indent) return false
  // Most field lines are bulleted bold labels: one pattern reads them (labelItem).
  const field = labelItem(line)
  if (field && startsField(task, field, indent, lineNumber)) return true
  const item = listItem(line)
  const bold = item ? (item.box === null ? boldLabel(item.text) : null) : boldLabel(line)
  // Fields without bold (`- Depends on: T01`) count only under known field names.
  const plain = bold ? null : plainLabel(line)
  const label = bold ?? (plain && isFieldName(plain.label) ? plain : null)
  const at = item ? item.indent : indent
  if (label && startsField(task, label, at, lineNumber)) return true
  if (task.current && (task.fieldIndent === null || at > task.fieldIndent)) {
    const text = item ? item.text : line.trim()
    if (text !== '') task.current.more.push(text)
    return true
  }
  task.current = null
  return true
}

/** A label at `at` starts the task's next field unless it is deeper than the fields are. */
function startsField(task: TaskBuilder, label: BoldLabel, at: number, line: number): boolean {
  if (task.fieldIndent !== null && at > task.fieldIndent) return false
  task.fieldIndent ??= at
  task.current = { label: label.label, first: label.value, more: [], line }
  task.fields.push(task.current)
  return true
}

/** Labels of the field that orders tasks: the template's first, then the ones plans drift to. */
const DEPENDENCY_FIELDS = [
  'depends on',
  'dependencies',
  'depends',
  'deps',
  'dependency',
  'depends upon',
  'blocked by',
  'prerequisites'
]

const FIELD_NAMES = new Set([
  'owner role',
  'role',
  'owner',
  ...DEPENDENCY_FIELDS,
  'touches',
  'concurrency class',
  'concurrency',
  'needs user input',
  'user input',
  'effort',
  'model',
  'severity',
  'discoveries expected',
  'auto-spawn allowed',
  'acceptance',
  'acceptance criteria',
  'artifacts',
  'iosm checks',
  'iosm gates',
  'gates',
  'status',
  'note'
])

function isFieldName(label: string): boolean {
  return FIELD_NAMES.has(fieldKey(label))
}

/**
 * A field label's English name, lower-cased, its white space collapsed; kept
 * by label as written, since a plan repeats a few labels on every task.
 */
const fieldKey = memoByText(label => englishName(collapseSpaces(label.toLowerCase())), 1024)

// Effort is left to the analysis, which reports a missing one together with
// the duration it assumes instead.
const REQUIRED: Array<[string, string[]]> = [
  ['Owner role', ['owner role', 'role', 'owner']],
  ['Touches', ['touches']],
  ['Acceptance', ['acceptance', 'acceptance criteria']],
  ['Status', ['status']]
]

/** The task's fields by English name; the first of a repeated field wins. */
function taskFields(b: TaskBuilder): Record<string, PlanField> {
  const fields: Record<string, PlanField> = {}
  for (const f of b.fields) {
    const key = fieldKey(f.label)
    if (fields[key]) continue
    let first = f.first
    if (key === 'model') first = stripComment(first)
    // Most fields are one line: the value is then that line, with nothing to join.
    const value = f.more.length === 0 ? first : [first, ...f.more].filter(v => v !== '').join('\n')
    fields[key] = { label: f.label, value, line: f.line }
  }
  return fields
}

/** A value that is task ids and nothing else: `T1, T-AUTO-01`, `[T01 and T02]`. */
const IDS_ONLY_RE = new RegExp(
  String.raw`^[\s\[\](),;&]*(?:(?:${TASK_ID})(?:[\s\[\](),;&]+|\s+and\s+|$))+$`,
  'i'
)

/**
 * A field the plan does not read that names tasks and nothing else (`**Blocks:** T05`,
 * `**Runs after:** T02`) is most likely an order between tasks: say that it is not one.
 */
function warnUnreadTaskFields(
  id: string,
  fields: Record<string, PlanField>,
  diag: FileDiagnostics
): void {
  // `for … in`: Object.entries built an array per task, thousands in a large plan.
  for (const key in fields) {
    const f = fields[key]
    if (f === undefined || FIELD_NAMES.has(key) || !IDS_ONLY_RE.test(inlineText(f.value))) continue
    diag.warning(
      f.line,
      `${id}: field "${inlineText(f.label)}" names ${inlineText(f.value)} but is not read; only Depends on orders tasks (also written Dependencies, Deps, Blocked by or Prerequisites)`
    )
  }
}

/** The stated concurrency class, else read-only for a task that touches nothing and says so. */
function taskConcurrency(
  id: string,
  field: PlanField | null,
  touches: { paths: string[]; readOnlyNote: boolean },
  diag: FileDiagnostics
): PlanTask['concurrency'] {
  const stated = field ? readConcurrency(field.value) : null
  if (field && stated === null) {
    diag.warning(
      field.line,
      `${id}: concurrency class "${inlineText(field.value)}" is not read-only, write-local or write-shared; write-local assumed`
    )
  }
  return (
    stated ?? (touches.paths.length === 0 && touches.readOnlyNote ? 'read-only' : 'write-local')
  )
}

function taskStatus(
  id: string,
  field: PlanField | null,
  diag: FileDiagnostics
): PlanTask['status'] {
  if (!field) return null
  const reading = readStatus(field.value)
  if (reading.kind === 'ok') return reading.status
  diag.warning(field.line, `${id}: status "${inlineText(field.value)}" is not a known status`)
  return null
}

function buildTask(b: TaskBuilder, diag: FileDiagnostics): PlanTask {
  const fields = taskFields(b)
  const get = (...names: string[]): PlanField | null => {
    for (const name of names) {
      const f = fields[name]
      if (f) return f
    }
    return null
  }

  const deps = get(...DEPENDENCY_FIELDS)
  warnUnreadTaskFields(b.id, fields, diag)
  const dependencies = deps
    ? readDependsOn(deps.value, b.id, diag, deps.line)
    : { ids: [], phases: [] }
  const touchesField = get('touches')
  const touches = touchesField
    ? readTouches(touchesField.value, b.id, diag, touchesField.line)
    : { paths: [], readOnlyNote: false }
  const concurrency = taskConcurrency(b.id, get('concurrency class', 'concurrency'), touches, diag)
  const statusField = get('status')
  const status = taskStatus(b.id, statusField, diag)

  const missing = REQUIRED.filter(([name, names]) => {
    if (name === 'Touches' && concurrency === 'read-only') return false
    const f = get(...names)
    return !f || f.value.trim() === ''
  }).map(([name]) => name)
  if (missing.length > 0) diag.warning(b.line, `${b.id} has no ${missing.join(', ')}`)

  const owner = get('owner role', 'role', 'owner')
  const effort = get('effort')
  const checks = get('iosm checks', 'iosm gates', 'gates')
  const userInput = get('needs user input', 'user input')
  const severity = get('severity')
  const acceptance = get('acceptance', 'acceptance criteria')
  return {
    id: b.id,
    title: b.title,
    line: b.line,
    phase: b.phase,
    phaseNumber: b.phaseNumber,
    stream: b.stream,
    checked: b.checked,
    fields,
    ownerRole: owner && owner.value !== '' ? inlineText(owner.value) : null,
    dependsOn: dependencies.ids,
    dependsOnPhases: dependencies.phases,
    dependsOnLine: deps ? deps.line : null,
    touches: touches.paths,
    concurrency,
    effort: effort && effort.value !== '' ? inlineText(effort.value) : null,
    status,
    statusText: statusField ? inlineText(statusField.value) : null,
    iosmChecks: checks ? readChecks(checks.value) : [],
    needsUserInput: userInput ? readBool(userInput.value) : false,
    severity: severity ? readSeverity(severity.value) : null,
    acceptance: acceptance
      ? acceptance.value
          .split('\n')
          .map(v => inlineText(v))
          .filter(v => v !== '')
      : []
  }
}

// ---------------------------------------------------------------------------
// Gate Targets

function planTargets(doc: Doc, skipped: SkippedLines, diag: FileDiagnostics): Targets {
  const inSkipped = (index: number): boolean => skipped[index] === 1
  const sections = doc.headings.filter(h => isTargetsKey(h.key) && !inSkipped(h.index))
  const inSections = linesUnder(doc, sections)
  for (const s of sections) {
    const found = targetsIn(doc, s.index + 1, s.end, diag)
    if (found) return found
    const bullets = gateBullets(doc, s.index + 1, s.end, 'plan', diag)
    if (Object.keys(bullets).length > 0) return bullets
  }
  // The template keeps the table in a fenced markdown block.
  for (const fence of doc.fences) {
    if (inSkipped(fence.open) || !/^(?:markdown|md|)$/.test(fence.info)) continue
    const inSection = inSections[fence.open] === 1
    if (!inSection && !mentionsTargets(doc, fence.open + 1, fence.close)) continue
    const sub = fenceDoc(doc, fence)
    const inner = sub.headings.filter(h => isTargetsKey(h.key))
    if (inner.length === 0 && !inSection) continue
    const ranges = inner.length > 0 ? inner.map(h => [h.index + 1, h.end]) : [[0, sub.lines.length]]
    for (const [a, b] of ranges) {
      const found = targetsIn(sub, a ?? 0, b ?? 0, diag)
      if (found) return found
    }
  }
  const first = sections[0]
  if (first) {
    diag.warning(
      lineNo(doc, first.index),
      `section "${first.text}" holds no gate target the parser can read (a Gate / Target table or "- Gate-I: ≥ 0.80" bullets); the PRD's targets or the default floors apply`
    )
  }
  return {}
}

/** `Gate Targets`, `Quality Gate Targets`, `IOSM Targets`, `Quality Targets`. */
function isTargetsKey(key: string): boolean {
  return /^(?:(?:iosm\s+)?quality\s+)?gate\s+targets|^(?:iosm|quality)\s+targets/.test(key)
}

function mentionsTargets(doc: Doc, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (/gate targets/i.test(doc.lines[i] ?? '')) return true
  return false
}

function targetsIn(doc: Doc, start: number, end: number, diag: FileDiagnostics): Targets | null {
  for (const table of findTables(doc, start, end)) {
    const targets = targetsFromTable(table, 'plan', diag)
    if (targets) return targets
  }
  for (const fence of fencesIn(doc, start, end)) {
    if (!/^(?:markdown|md|)$/.test(fence.info)) continue
    const sub = fenceDoc(doc, fence)
    for (const table of findTables(sub, 0, sub.lines.length)) {
      const targets = targetsFromTable(table, 'plan', diag)
      if (targets) return targets
    }
  }
  return null
}
