// Small formatting rules shared by the report sections: status words and
// emoji, numbers, plurals, and the escaped forms of ids and paths.

import type { ChangeStatus, GateStatus, TaskStatus, TrackResult } from '../model.js'
import { count, thousands } from '../words.js'
import { codeSpan, escapeCell, escapeInline } from './escape.js'
import { CLIP } from './widths.js'

const TASK_STATUS: Record<TaskStatus, { emoji: string; word: string }> = {
  complete: { emoji: '✅', word: 'complete' },
  partial: { emoji: '⚠️', word: 'partial' },
  blocked: { emoji: '❌', word: 'blocked' },
  'in-progress': { emoji: '🔄', word: 'in progress' },
  todo: { emoji: '⏳', word: 'to do' },
  unknown: { emoji: '❓', word: 'unknown' }
}

export const TRACK_STATUS: Record<TrackResult['status'], string> = {
  complete: '✅ Complete',
  'in-progress': '🔄 In progress',
  blocked: '❌ Blocked'
}

export const GATE_STATUS: Record<GateStatus, string> = {
  pass: '✅ pass',
  fail: '❌ fail',
  skip: '⚪ skipped',
  'not-evaluated': '➖ not evaluated'
}

/** How the diff changed a file. A source that does not say (`--numstat`, a plain list) still shows a change. */
const CHANGE_WORD: Record<ChangeStatus, string> = {
  added: 'added',
  modified: 'modified',
  removed: 'removed',
  renamed: 'renamed',
  copied: 'copied',
  changed: 'changed',
  unchanged: 'unchanged',
  unknown: 'changed'
}

export function changeWord(status: ChangeStatus): string {
  return CHANGE_WORD[status] ?? escapeCell(status, CLIP.word)
}

export function taskStatus(status: TaskStatus): { emoji: string; word: string } {
  return TASK_STATUS[status] ?? TASK_STATUS.unknown
}

/** A score as shown to readers: 2 decimals, `n/a` when absent. */
export function score2(value: number | null): string {
  return value === null || !Number.isFinite(value) ? 'n/a' : value.toFixed(2)
}

/** A score as used in arithmetic shown to readers: 3 decimals. */
export function score3(value: number): string {
  return Number.isFinite(value) ? value.toFixed(3) : 'n/a'
}

// Numbers in words are shared with the analysis's judgements.
export { count, thousands }

/** A task id from the input: ids are short, but still text from a file. */
export function idText(id: string): string {
  return escapeInline(id, CLIP.short)
}

export function idList(ids: readonly string[], joiner = ', '): string {
  return ids.map(idText).join(joiner)
}

export function path(text: string, inTable = false): string {
  return codeSpan(text, { inTable, max: CLIP.title })
}

export function heading(level: number, text: string): string {
  return `${'#'.repeat(Math.min(6, Math.max(1, level)))} ${text}`
}

/** `+12 −3`, or an empty string when the diff gave no counts (binary files). */
export function lineDelta(additions: number | null, deletions: number | null): string {
  if (additions === null && deletions === null) return ''
  return `+${thousands(additions ?? 0)} −${thousands(deletions ?? 0)}`
}

/** The feature names the work best; plan titles are often generic ("Implementation Plan"). */
export function trackName(track: TrackResult): string {
  return track.track.feature ?? track.track.title ?? track.track.id
}
