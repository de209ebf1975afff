// The lines of the step log, one function per phase, so that a person reading
// a run can tell what the action saw and decided: "why is there no comment?"
// must be answerable from the log alone. Pure: main.ts prints them in groups.
import type { ChangedFiles, RunResult, TrackResult } from '../model.js'
import type { PublishTarget } from './context.js'
import type { ActionInputs } from './inputs.js'

const onOff = (value: boolean): string => (value ? 'true' : 'false')

/** The effective inputs, after defaults; the token is never shown. */
export function inputLines(inputs: ActionInputs): string[] {
  const a = inputs.analyze
  return [
    `tracks: ${inputs.tracks.join(', ')}`,
    `publish-result: ${inputs.publishResult ?? '(none: the tracks are read)'}`,
    `changed-only: ${onOff(inputs.changedOnly)}`,
    `diff-check: ${onOff(inputs.diffCheck)}`,
    `check-name: ${inputs.checkName}`,
    `comment: ${onOff(inputs.comment)}, check-run: ${onOff(inputs.checkRun)}, job-summary: ${onOff(inputs.jobSummary)}`,
    `fail-on: ${a.failOn.join(',') || '(nothing)'}`,
    `profile: ${a.profile}, index-threshold: ${a.indexThreshold ?? "(the profile's)"}, na-policy: ${a.naPolicy}`,
    `pr-number: ${inputs.prNumber ?? '(none)'}`,
    `fail-job: ${onOff(inputs.failJob)}`,
    `comment-author: ${inputs.commentAuthor}`
  ]
}

export function targetLines(target: PublishTarget): string[] {
  const pr = target.pullRequest
  if (!pr) return [`Pull request: ${target.how}`, `Check run commit: ${target.headSha}`]
  const from = pr.headRepo !== null && pr.headRepo !== pr.baseRepo ? ` (from ${pr.headRepo})` : ''
  return [
    `Pull request #${pr.number}${from}, found ${target.how}`,
    `Head: ${pr.headRef || '(unknown branch)'} at ${target.headSha}`,
    ...(pr.changedFiles === null ? [] : [`GitHub counts ${count(pr.changedFiles, 'changed file')}`])
  ]
}

export function trackLines(found: readonly string[]): string[] {
  return [`Found ${count(found.length, 'track')}:`, ...found.map(dir => `  ${dir}`)]
}

/** Changed files, and which tracks they select when changed-only is on. */
export function changedLines(
  inputs: ActionInputs,
  target: PublishTarget,
  changed: ChangedFiles | null,
  found: readonly string[],
  reported: readonly string[]
): string[] {
  const lines: string[] = []
  if (!inputs.diffCheck && !inputs.changedOnly) {
    lines.push('Changed files not read: diff-check and changed-only are both false')
  } else if (!target.pullRequest) {
    lines.push('Changed files not read: no pull request to read them from')
  } else if (!changed) {
    lines.push('Changed files could not be read (see the warning above)')
  } else {
    const cap = changed.truncated ? ' (GitHub lists no more: the diff is larger)' : ''
    lines.push(`${count(changed.files.length, 'changed file')} from ${changed.source}${cap}`)
  }
  lines.push(
    changed === null
      ? 'Diff check: off (no changed files)'
      : `Diff check: ${inputs.diffCheck ? 'on' : 'off (diff-check: false)'}`
  )
  const all = found.length === 1 ? 'the only track' : `all ${found.length} tracks`
  if (!inputs.changedOnly) {
    lines.push(`Reporting ${all} (changed-only: false)`)
  } else if (changed === null) {
    lines.push(`Reporting ${all}: no changed files to select by`)
  } else if (reported.length === found.length) {
    const touched = found.every(dir => touches(dir, changed))
    const why = touched
      ? 'changed-only: each has changed files'
      : 'changed-only found none with changed files, and then reports all'
    lines.push(`Reporting ${all} (${why})`)
  } else {
    lines.push(
      `Reporting ${reported.length} of ${count(found.length, 'track')}, those with changed files (changed-only):`,
      ...reported.map(dir => `  ${dir}`)
    )
  }
  return lines
}

function touches(dir: string, changed: ChangedFiles): boolean {
  const prefix = dir.endsWith('/') ? dir : `${dir}/`
  return changed.files.some(f => f.path.startsWith(prefix))
}

/** Per track: the verdict and why, its tasks and index, and the diff check's findings. */
export function verdictLines(result: RunResult): string[] {
  const lines = result.tracks.flatMap(trackVerdict)
  lines.push(`Overall verdict: ${result.conclusion}`)
  return lines
}

function trackVerdict(t: TrackResult): string[] {
  const done = t.tasks.filter(task => task.status === 'complete').length
  const index = t.iosmIndex === null ? 'undefined' : t.iosmIndex.toFixed(3)
  const lines = [
    `${t.track.id}: ${t.verdict.conclusion} (${done}/${t.tasks.length} tasks complete, IOSM-Index ${index}${t.rating ? `, ${t.rating}` : ''})`
  ]
  if (t.verdict.reasons.length === 0) lines.push('  no fail-on condition met')
  for (const reason of t.verdict.reasons) lines.push(`  - ${reason}`)
  const d = t.diffCheck
  if (d) {
    lines.push(
      `  diff check: ${count(d.files.length, 'changed file')}, ${d.unreported.length} claimed by no report, ${d.phantom.length} claimed but unchanged, ${d.mismatch.length} with another change than claimed`
    )
  }
  return lines
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}
