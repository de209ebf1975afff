// The body of a track's report about the work itself: what changed by phase
// and task, the summary of changed files, conflicts, blockers and issues, and
// the integration plan (merge order step by step, then held tasks).

import type {
  Conflict,
  DiffFileResult,
  LineClaim,
  TaskResult,
  TrackResult,
  VerificationStep
} from '../model.js'
import { type HeldReason, heldReasons, type Impact, taskImpacts } from '../analyze/assess.js'
import {
  type Block,
  bulletList,
  collapseIfLong,
  group,
  leaf,
  measure,
  orderedList,
  section,
  table
} from './blocks.js'
import { fact, type SectionContext } from './context.js'
import { COLLAPSE_LIMITS as LIMITS } from './detail.js'
import { escapeCell, escapeHtmlText, escapeInline } from './escape.js'
import {
  changeWord,
  count,
  heading,
  idList,
  idText,
  path,
  taskStatus,
  thousands
} from './format.js'
import {
  type CollisionLookup,
  collisionsByTask,
  forecastBlocks,
  heldCollision
} from './forecast.js'
import { claimLookup, claimText, linesText, onlyBy, sumClaims } from './lines.js'
import { CLIP } from './widths.js'

const VERIFY_EMOJI: Record<VerificationStep['status'], string> = {
  pass: '✅',
  warn: '⚠️',
  fail: '❌',
  unknown: '❔'
}

function taskTitleLine(task: TaskResult): string {
  const s = taskStatus(task.status)
  const role = task.role === null ? '' : ` (${escapeInline(task.role, CLIP.label)})`
  return `${s.emoji} ${idText(task.id)}: ${escapeInline(task.title, CLIP.title)}${role}`
}

// Facts derived once per render (see SectionContext.derive).

const impacts = fact('task impacts', taskImpacts)
const reasonsHeld = fact('held reasons', heldReasons)
const claims = fact('claim lookup', claimLookup)
const diffByPath = fact(
  'diff by path',
  (track: TrackResult): Map<string, DiffFileResult> =>
    new Map((track.diffCheck?.files ?? []).map(file => [file.path, file]))
)

/** A file as listed under a task: its path, then the diff's line counts and the task's claim. */
const fileEntries = fact(
  'file entries',
  (_track: TrackResult, derive): ((task: TaskResult, file: string) => string) => {
    const diff = derive(diffByPath)
    const claimOf = derive(claims)
    return (task, file) => {
      const d = diff.get(file)
      // A file other tasks changed too: the diff's counts hold their work as well.
      const lines = linesText(claimOf(task, file), d, d === undefined || onlyBy([task.id], d))
      return lines === '' ? path(file) : `${path(file)} (${lines})`
    }
  }
)

const phasesOf = fact(
  'phases',
  (track: TrackResult): Array<{ name: string | null; tasks: TaskResult[] }> => {
    const phases: Array<{ name: string | null; tasks: TaskResult[] }> = []
    const byName = new Map<string | null, { name: string | null; tasks: TaskResult[] }>()
    for (const task of track.tasks) {
      const known = byName.get(task.phase)
      if (known === undefined) {
        const phase = { name: task.phase, tasks: [task] }
        byName.set(task.phase, phase)
        phases.push(phase)
      } else known.tasks.push(task)
    }
    return phases
  }
)

// --------------------------------------------------------------------------
// What changed

export function whatChanged(ctx: SectionContext): Block {
  const { track } = ctx
  const phases = ctx.derive(phasesOf)
  const body: Block[] = []
  // Past the room the document is only measured: the tasks after it are left out.
  let bytes = 0
  for (const phase of phases) {
    if (bytes > ctx.room) break
    const entries: Block[] = []
    for (const task of phase.tasks) {
      if (bytes > ctx.room) break
      const entry = taskEntry(ctx, task)
      entries.push(entry)
      bytes += measure(entry).bytes
    }
    const name =
      phase.name === null ? 'Tasks outside any phase' : escapeInline(phase.name, CLIP.title)
    body.push(group(entries, { head: heading(ctx.level + 1, name) }))
  }
  const label = `${ctx.labelPrefix}What changed`
  const title = heading(ctx.level, 'What changed')
  if (body.length === 0) return section(label, title, [leaf('_The track has no tasks._')])
  const summary = `What changed: ${count(track.tasks.length, 'task')} in ${count(phases.length, 'phase')}`
  return section(label, title, collapseIfLong(escapeHtmlText(summary), body, LIMITS))
}

/**
 * File lists written whole, by list, and the task each was written for (two
 * tasks may share one list, but not their line counts). A list shown whole
 * reads the same at every detail level that shows it whole: a shorter form
 * of the report reuses it.
 */
const wholeLists = fact(
  'whole file lists',
  (_track: TrackResult): Map<readonly string[], { task: TaskResult; text: string }> => new Map()
)

function fileList(files: readonly string[], max: number, entry: (file: string) => string): string {
  const shown = files.slice(0, max).map(entry)
  const more = files.length - shown.length
  return more > 0 ? `${shown.join(', ')} and ${thousands(more)} more` : shown.join(', ')
}

function taskEntry(ctx: SectionContext, task: TaskResult): Block {
  const { detail } = ctx
  const items: string[] = []
  if (task.status !== 'complete') items.push(`**Status:** ${taskStatus(task.status).word}`)
  if (detail.perTaskNotes && task.summary !== null)
    items.push(`**Summary:** ${escapeInline(task.summary, detail.textChars)}`)
  const kinds: Array<[string, readonly string[]]> = [
    ['Created', task.files.created],
    ['Modified', task.files.modified],
    ['Deleted', task.files.deleted],
    ['Also touched', task.touched]
  ]
  const withFiles = kinds.filter(([, files]) => files.length > 0)
  if (withFiles.length === 0) items.push('**Files:** none reported')
  else if (detail.filesPerKind > 0) {
    const lists = ctx.derive(wholeLists)
    const entries = ctx.derive(fileEntries)
    const entry = (file: string): string => entries(task, file)
    for (const [word, files] of withFiles) {
      const whole = files.length <= detail.filesPerKind
      const known = whole ? lists.get(files) : undefined
      let text = known?.task === task ? known.text : undefined
      if (text === undefined) {
        text = fileList(files, detail.filesPerKind, entry)
        if (whole) lists.set(files, { task, text })
      }
      items.push(`**${word} (${files.length}):** ${text}`)
    }
  } else {
    items.push(
      `**Files:** ${withFiles.map(([word, files]) => `${files.length} ${word.toLowerCase()}`).join(', ')}`
    )
  }
  // With no files there is nothing to weigh: the files line already says so.
  if (withFiles.length > 0) items.push(impactLine(ctx.derive(impacts)(task)))
  if (detail.perTaskNotes && task.decisions.length > 0) {
    const lines = task.decisions.slice(0, detail.stepItems).map(d => {
      const what = escapeInline(d.title, detail.textChars)
      return d.decision === null
        ? `  - ${what}`
        : `  - **${what}**: ${escapeInline(d.decision, detail.textChars)}`
    })
    items.push(['**Key decisions:**', ...lines].join('\n'))
  }
  if (detail.perTaskNotes && task.verification.length > 0) {
    items.push(
      [
        '**Verification:**',
        ...verificationLines(task.verification, detail.stepItems, detail.textChars).map(
          l => `  - ${l}`
        )
      ].join('\n')
    )
  }
  if (task.blockers.length > 0) {
    const lines = task.blockers
      .slice(0, detail.stepItems)
      .map(b => `  - ❌ ${escapeInline(b, detail.textChars)}`)
    const more = task.blockers.length - lines.length
    if (more > 0) lines.push(`  - and ${thousands(more)} more`)
    items.push(['**Blockers:**', ...lines].join('\n'))
  }
  items.push(`**Report:** ${task.report === null ? '_none_' : path(task.report)}`)
  return group([bulletList(items)], {
    head: heading(ctx.level + 2, taskTitleLine(task))
  })
}

/** `**Impact:** High — shares files with T04`: the level and the fact that set it. */
function impactLine(impact: Impact): string {
  const shown = impact.sharesWith.slice(0, 3)
  const more = impact.sharesWith.length - shown.length
  const why =
    shown.length > 0
      ? `shares files with ${idList(shown)}${more > 0 ? ` and ${thousands(more)}${impact.sharesWithCapped ? ' or' : ''} more` : ''}`
      : impact.level === 'Medium' && impact.files <= 3
        ? `changes ${impact.existing === 1 ? 'an existing file' : `${impact.existing} existing files`}`
        : count(impact.files, 'file')
  return `**Impact:** ${impact.level} — ${why}`
}

function verificationLines(
  steps: readonly VerificationStep[],
  max: number,
  chars: number
): string[] {
  const lines = steps.slice(0, max).map(step => {
    const name = escapeInline(step.name, chars)
    const result = step.result === null ? '' : `: ${escapeInline(step.result, chars)}`
    return `${VERIFY_EMOJI[step.status] ?? '❔'} ${name}${result}`
  })
  if (steps.length > lines.length) lines.push(`and ${thousands(steps.length - lines.length)} more`)
  return lines
}

// --------------------------------------------------------------------------
// Summary of changes

const KIND_ORDER = ['created', 'modified', 'deleted', 'touched'] as const
type Kind = (typeof KIND_ORDER)[number]

/** One row of the summary table: a path the reports claim, the kind of change and who claims it. */
interface ClaimRow {
  path: string
  kind: Kind
  tasks: string[]
}

/** The rows of the summary table, counted by kind and sorted only as far as they are shown. */
interface ClaimRows {
  /** Files per kind of change. */
  counts: Record<Kind, number>
  total: number
  /** The first `n` files by kind, then path. */
  first: (n: number) => ClaimRow[]
}

/**
 * Every file the reports claim, once per kind of change. A table shows only
 * the first rows, so a kind is sorted only when its rows are reached.
 */
const claimRows = fact('claim rows', (track: TrackResult): ClaimRows => {
  // Path -> the ids of the tasks claiming it: most files have one, kept as a
  // plain string, so that no row is built for a file the table never shows.
  const byKind: Record<Kind, Map<string, string | string[]>> = {
    created: new Map(),
    modified: new Map(),
    deleted: new Map(),
    touched: new Map()
  }
  const claim = (kind: Kind, files: readonly string[], id: string): void => {
    const claims = byKind[kind]
    for (const file of files) {
      const known = claims.get(file)
      if (known === undefined) claims.set(file, id)
      else if (typeof known === 'string') {
        if (known !== id) claims.set(file, [known, id])
      } else if (!known.includes(id)) known.push(id)
    }
  }
  for (const task of track.tasks) {
    claim('created', task.files.created, task.id)
    claim('modified', task.files.modified, task.id)
    claim('deleted', task.files.deleted, task.id)
    claim('touched', task.touched, task.id)
  }
  const counts: Record<Kind, number> = {
    created: byKind.created.size,
    modified: byKind.modified.size,
    deleted: byKind.deleted.size,
    touched: byKind.touched.size
  }
  const sortedKinds = new Map<Kind, string[]>()
  const sorted = (kind: Kind): string[] => {
    let paths = sortedKinds.get(kind)
    if (paths === undefined) {
      // The default sort orders strings by UTF-16 code units, as `<` does.
      paths = [...byKind[kind].keys()].sort()
      sortedKinds.set(kind, paths)
    }
    return paths
  }
  const first = (n: number): ClaimRow[] => {
    const out: ClaimRow[] = []
    for (const kind of KIND_ORDER) {
      if (out.length >= n) break
      if (counts[kind] === 0) continue
      for (const file of sorted(kind).slice(0, n - out.length)) {
        const ids = byKind[kind].get(file) ?? []
        out.push({ path: file, kind, tasks: typeof ids === 'string' ? [ids] : ids })
      }
    }
    return out
  }
  return { counts, total: KIND_ORDER.reduce((sum, kind) => sum + counts[kind], 0), first }
})

function claimRowCells(
  track: TrackResult,
  index: ReadonlyMap<string, DiffFileResult>,
  byId: ReadonlyMap<string, TaskResult>,
  claimOf: (task: TaskResult, file: string) => LineClaim | undefined,
  withClaims: boolean
): (row: ClaimRow) => string[] {
  const diff = track.diffCheck
  return (row: ClaimRow) => {
    const cells = [path(row.path, true), row.kind, idList(row.tasks)]
    const claims = withClaims
      ? row.tasks.map(id => {
          const task = byId.get(id)
          return task === undefined ? undefined : claimOf(task, row.path)
        })
      : []
    const claim = sumClaims(claims)
    if (diff !== null) {
      const d = index.get(row.path)
      if (d === undefined) {
        const where = row.path.endsWith('/') ? 'folder' : '❔ not in diff'
        const text = claimText(claim)
        cells.push(text === '' ? where : `${where} · ${text}`)
      } else {
        // The sum is judged only when it covers every task the diff credits with the file.
        const comparable = !claims.includes(undefined) && onlyBy(row.tasks, d)
        cells.push(`${changeWord(d.status)} ${linesText(claim, d, comparable)}`.trim())
      }
    } else if (withClaims) cells.push(claimText(claim) || '—')
    return cells
  }
}

const claimsLines = fact('claims lines', (track: TrackResult): boolean =>
  track.tasks.some(task => task.claimedLines.length > 0)
)

export function summaryOfChanges(ctx: SectionContext): Block {
  const { track, detail } = ctx
  const files = ctx.derive(claimRows)
  const label = `${ctx.labelPrefix}Summary of changes`
  const title = heading(ctx.level, 'Summary of changes')
  const lines = [
    `**Files claimed by the reports:** ${KIND_ORDER.filter(
      kind => kind !== 'touched' || files.counts[kind] > 0
    )
      .map(kind => `${thousands(files.counts[kind])} ${kind}`)
      .join(' · ')}`
  ]
  const diff = track.diffCheck
  if (diff !== null) {
    const add = diff.files.reduce((sum, f) => sum + (f.additions ?? 0), 0)
    const del = diff.files.reduce((sum, f) => sum + (f.deletions ?? 0), 0)
    lines.push(
      `**Pull request diff:** ${count(diff.files.length, 'file')} changed, +${thousands(add)} −${thousands(del)} lines${diff.truncated ? ' (truncated)' : ''}`
    )
  }
  const children: Block[] = [leaf(lines.join('  \n'))]
  if (files.total === 0) return section(label, title, children)
  const withClaims = ctx.derive(claimsLines)
  const header = ['File', 'Change', 'Tasks']
  if (diff !== null) header.push('In the PR diff')
  else if (withClaims) header.push('Lines')
  const cells = claimRowCells(
    track,
    ctx.derive(diffByPath),
    ctx.derive(tasksById),
    ctx.derive(claims),
    withClaims
  )
  const shown = files.first(detail.rows).map(row => cells(row))
  const rowsBlock: Block[] = [table(header, shown)]
  if (files.total > shown.length)
    rowsBlock.push(leaf(`_and ${count(files.total - shown.length, 'more file')}_`))
  children.push(
    ...collapseIfLong(escapeHtmlText(`All ${count(files.total, 'file')}`), rowsBlock, LIMITS)
  )
  return section(label, title, children)
}

// --------------------------------------------------------------------------
// Conflicts

export function conflictsSection(ctx: SectionContext): Block {
  const { track, detail } = ctx
  const label = `${ctx.labelPrefix}Conflicts`
  const title = heading(ctx.level, 'Conflicts')
  const children: Block[] = []
  if (track.conflicts.length === 0) {
    children.push(leaf('No two tasks touch the same file.'))
  } else {
    const { ordered, parallel } = ctx.derive(orderedConflicts)
    children.push(
      leaf(
        `${count(parallel, 'parallel conflict')} (no dependency orders the tasks: resolve by hand) · ${count(ordered.length - parallel, 'sequential overlap')} (merged in dependency order: for information).`
      )
    )
    const writeShared = ctx.derive(writeSharedTasks)
    const rows = ordered.slice(0, detail.rows).map(c => [
      // A hand-off note, or a write-shared task with no files, names no file: `*`.
      c.path === '*' && c.reason !== 'overlap' ? '—' : path(c.path, true),
      conflictTasks(c),
      c.kind === 'parallel' ? '⚠️ parallel: needs resolution' : 'ℹ️ sequential: informational',
      conflictWhy(c, detail.textChars, writeShared)
    ])
    const blocks: Block[] = [table(['Path', 'Tasks', 'Kind', 'Why'], rows)]
    if (ordered.length > rows.length)
      blocks.push(leaf(`_and ${count(ordered.length - rows.length, 'more conflict')}_`))
    children.push(
      ...collapseIfLong(escapeHtmlText(`All ${count(ordered.length, 'conflict')}`), blocks, LIMITS)
    )
  }
  children.push(...forecastBlocks(ctx))
  if (track.unplannedTouches.length > 0) {
    const touches = track.unplannedTouches
    const rows = touches.slice(0, detail.rows).map(t => [idText(t.task), path(t.path, true)])
    const blocks: Block[] = [table(['Task', 'Path'], rows)]
    if (touches.length > rows.length)
      blocks.push(leaf(`_and ${count(touches.length - rows.length, 'more')}_`))
    children.push(
      leaf(
        `**Touched outside the plan:** ${count(touches.length, 'file')} that the plan's Touches did not list.`
      )
    )
    children.push(
      ...collapseIfLong(escapeHtmlText(`Unplanned touches (${touches.length})`), blocks, LIMITS)
    )
  }
  return section(label, title, children)
}

// --------------------------------------------------------------------------
// Blockers and issues

/** Parallel conflicts first, then sequential overlaps, each in the analysis's order. */
const orderedConflicts = fact(
  'ordered conflicts',
  (track: TrackResult): { ordered: Conflict[]; parallel: number } => {
    const parallel = track.conflicts.filter(c => c.kind === 'parallel')
    const ordered = [...parallel, ...track.conflicts.filter(c => c.kind !== 'parallel')]
    return { ordered, parallel: parallel.length }
  }
)

const writeSharedTasks = fact(
  'write-shared tasks',
  (track: TrackResult): Set<string> =>
    new Set(track.tasks.filter(t => t.concurrency === 'write-shared').map(t => t.id))
)

/** Tasks shown in a conflict row; an entry of many tasks names a few and counts the rest. */
const ROW_TASKS = 6

function conflictTasks(c: Conflict): string {
  const total = c.tasks.length + (c.moreTasks ?? 0)
  if (total <= ROW_TASKS) return idList(c.tasks)
  return `${idList(c.tasks.slice(0, ROW_TASKS - 1))} and ${thousands(total - ROW_TASKS + 1)} more`
}

function conflictWhy(c: Conflict, textChars: number, writeShared: ReadonlySet<string>): string {
  if (c.pairs) {
    const { parallel, sequential } = c.pairs
    const what = c.reason === 'overlap' ? 'all change it' : 'a write-shared task must merge alone'
    return `${what}: ${thousands(parallel)} parallel and ${thousands(sequential)} sequential pairs`
  }
  if (c.reason === 'note')
    return `📝 noted in a report${c.note === undefined ? '' : `: ${escapeCell(c.note, textChars)}`}`
  if (c.reason === 'overlap') return 'both change it'
  // The path is a file of the write-shared task, which the other task need not touch.
  const shared = c.tasks.filter(id => writeShared.has(id))
  if (shared.length === 0) return 'a write-shared task must merge alone'
  return shared.length === 1
    ? `a write-shared task (${idList(shared)}) must merge alone`
    : `write-shared tasks (${idList(shared)}) must merge alone`
}

const BLOCKER_KIND: Record<TrackResult['blockers'][number]['kind'], string> = {
  blocker: 'reported blocker',
  status: 'task status',
  error: 'error',
  'spawn-candidate': 'critical spawn candidate',
  question: 'open question'
}

export function blockersSection(ctx: SectionContext): Block {
  const { track, detail } = ctx
  const label = `${ctx.labelPrefix}Blockers and issues`
  const title = heading(ctx.level, 'Blockers and issues')
  if (track.blockers.length === 0)
    return section(label, title, [leaf('✅ No blockers or issues reported.')])
  const item = (b: TrackResult['blockers'][number]): string => {
    const where =
      b.file === null ? '' : ` · ${path(b.line === null ? b.file : `${b.file}:${b.line}`)}`
    const kind = b.kind === 'error' && !b.resolved ? 'unresolved error' : BLOCKER_KIND[b.kind]
    return `**${idText(b.task)}** · ${kind ?? 'issue'}: ${escapeInline(b.title, detail.textChars)}${where}`
  }
  const groups: Array<[string, TrackResult['blockers']]> = [
    [
      '🔴 Critical: must be fixed before merge',
      track.blockers.filter(b => !b.resolved && b.severity === 'critical')
    ],
    ['⚠️ Non-critical', track.blockers.filter(b => !b.resolved && b.severity !== 'critical')],
    ['✅ Resolved', track.blockers.filter(b => b.resolved)]
  ]
  const children: Block[] = []
  for (const [name, list] of groups) {
    if (list.length === 0) continue
    const shown = list.slice(0, detail.rows).map(item)
    if (list.length > shown.length)
      shown.push(`_and ${thousands(list.length - shown.length)} more_`)
    children.push(
      group([bulletList(shown)], { head: heading(ctx.level + 1, `${name} (${list.length})`) })
    )
  }
  return section(label, title, children)
}

// --------------------------------------------------------------------------
// Integration plan

export function integrationPlan(ctx: SectionContext): Block {
  const { track, detail } = ctx
  const label = `${ctx.labelPrefix}Integration plan`
  const title = heading(ctx.level, 'Integration plan')
  const byId = ctx.derive(tasksById)
  const children: Block[] = []
  const waves = track.mergeOrder.waves
  if (waves.length === 0) {
    children.push(leaf('Nothing is ready to merge yet.'))
  } else {
    children.push(
      leaf(
        `Merge in this order: ${count(waves.length, 'wave')}, ${count(
          waves.reduce((n, w) => n + w.length, 0),
          'step'
        )}. Tasks in one wave neither depend on each other nor touch the same files; after each step, run its checks.`
      )
    )
  }
  let step = 1
  waves.forEach((wave, i) => {
    const items = wave.map(id => {
      const task = byId.get(id)
      const more: string[] = []
      if (task !== undefined) {
        more.push(
          ...verificationLines(task.verification, detail.stepItems, detail.textChars).map(
            l => `- ${l}`
          )
        )
        const instructions = task.integrationInstructions.slice(0, detail.stepItems)
        more.push(...instructions.map(text => `- ➡️ ${escapeInline(text, detail.textChars)}`))
        if (task.integrationInstructions.length > instructions.length) {
          more.push(
            `- and ${thousands(task.integrationInstructions.length - instructions.length)} more instructions`
          )
        }
        if (more.length === 0) more.push('- _no verification reported_')
      }
      const line =
        task === undefined
          ? `**${idText(id)}** (not among the tasks)`
          : `**${idText(id)}**: ${escapeInline(task.title, CLIP.title)}${task.report === null ? '' : ` · ${path(task.report)}`}`
      return { line, more }
    })
    children.push(
      group([orderedList(items, step)], { head: heading(ctx.level + 1, `Wave ${i + 1}`) })
    )
    step += wave.length
  })
  const held = track.mergeOrder.held
  if (held.length > 0) {
    const item = heldItem(byId, ctx.derive(reasonsHeld), ctx.derive(collisionsByTask))
    const items = held.slice(0, detail.rows).map(id => item(id))
    if (held.length > items.length)
      items.push(`_and ${thousands(held.length - items.length)} more_`)
    children.push(
      group([bulletList(items)], { head: heading(ctx.level + 1, `Held (${held.length})`) })
    )
  }
  return section(label, title, children)
}

const tasksById = fact(
  'tasks by id',
  (track: TrackResult): Map<string, TaskResult> => new Map(track.tasks.map(t => [t.id, t]))
)

/** One held task as listed: status, id, title and why it is held. */
function heldItem(
  byId: ReadonlyMap<string, TaskResult>,
  reasonOf: (id: string) => HeldReason,
  collisions: CollisionLookup
): (id: string) => string {
  return (id: string) => {
    const task = byId.get(id)
    const name = task === undefined ? '' : `: ${escapeInline(task.title, CLIP.title)}`
    const collide = heldCollision(collisions, id, task?.status === 'complete')
    return `${task === undefined ? '❓' : taskStatus(task.status).emoji} **${idText(id)}**${name} — ${heldText(reasonOf(id))}${collide === null ? '' : `; ${collide}`}`
  }
}

function heldText(reason: HeldReason): string {
  switch (reason.kind) {
    case 'cycle': {
      const first = reason.cycle[0]
      const loop = idList([...reason.cycle, ...(first === undefined ? [] : [first])], ' → ')
      if (reason.onCycle) return `on the dependency cycle ${loop}`
      // Off the one cycle listed, but it still reaches itself through the group.
      return `depends on itself: ${idList(reason.group)} depend on each other (one cycle: ${loop})`
    }
    case 'status':
      return `not complete (${taskStatus(reason.status).word})`
    case 'waits':
      return `waits for held ${idList(reason.on)}${reason.more > 0 ? ` and ${thousands(reason.more)} more` : ''}`
    case 'unscheduled':
      return 'not scheduled by the analysis'
  }
}
