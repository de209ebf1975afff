// The action: read the inputs, find what to report on, run the pipeline, and
// publish the report as the sticky comment, the check run and the job summary.
// Each step lives in its own module; this file only wires them together.
import * as core from '@actions/core'
import { readFileSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sinceLastReport, type SinceReport } from './analyze/since.js'
import {
  GITHUB_FILES_CAP,
  type ChangedFiles,
  type CheckOutput,
  type RunResult,
  type SinceChanges
} from './model.js'
import { thousands } from './words.js'
import { runPipeline, selectChangedTracks } from './pipeline.js'
import { renderCheck } from './render/check.js'
import { renderComment } from './render/comment.js'
import { BUDGETS, renderMarkdown } from './render/markdown.js'
import type { MarkerState } from './marker.js'
import { readState, summarizeRun } from './report-state.js'
import { publishCheckRun, type CheckConclusion } from './github/check-run.js'
import { createClient, UNTHROTTLED_ENV, type GitHubClient } from './github/client.js'
import { listStickyComments, upsertStickyComment } from './github/comment.js'
import {
  readEvent,
  readRunEnvironment,
  resolveTarget,
  runUrl,
  type PublishTarget,
  type RunEnvironment
} from './github/context.js'
import { readInputs, type ActionInputs } from './github/inputs.js'
import {
  deniedWarning,
  neededScopes,
  readOnlyReason,
  readOnlyWarning
} from './github/permissions.js'
import { listPullFiles } from './github/pr-files.js'
import {
  changedLines,
  inputLines,
  targetLines,
  trackLines,
  verdictLines
} from './github/step-log.js'
import { discoverTracks } from './track/discover.js'
import { parseRunResult } from './parse/run-result.js'
import { readResultFile, resultFileLabel } from './track/result-file.js'
import { errorText } from './error-text.js'

export async function run(): Promise<void> {
  try {
    await act()
  } catch (err) {
    core.setFailed(
      `swarm-integration-report: unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`
    )
  }
}

interface Published {
  commentId: number | null
  commentUrl: string | null
  checkRunId: number | null
  checkRunUrl: string | null
  /** Writes that failed, each a sentence naming what to fix. */
  errors: string[]
  /** What changed since the report the kept comment held; null without one. */
  since: SinceChanges | null
}

async function act(): Promise<void> {
  const inputs = readInputs(name => core.getInput(name))
  if (!inputs.ok) return core.setFailed(inputs.error)
  group('Inputs', inputLines(inputs.value))
  const event = readEvent(process.env, path => readFileSync(path, 'utf8'))
  if (!event.ok) return core.setFailed(event.error)
  if (event.value.note) core.info(event.value.note)
  const env = readRunEnvironment(process.env, event.value.eventName, event.value.payload)
  if (!env.ok) return core.setFailed(env.error)
  const runEnv = env.value
  const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd()

  const client = createClient(inputs.value.token, {
    unthrottled: process.env[UNTHROTTLED_ENV] === '1',
    log: message => core.info(message),
    debug: message => core.debug(message)
  })
  core.startGroup('Pull request')
  const target = await resolveTarget(client, runEnv, inputs.value.prNumber)
  if (target.ok) for (const line of targetLines(target.value)) core.info(line)
  core.endGroup()
  if (!target.ok) return core.setFailed(target.error)
  if (target.value.notice) core.notice(target.value.notice)

  if (inputs.value.publishResult !== null) {
    const text = await readResultFile(workspace, inputs.value.publishResult)
    if (!text.ok) return core.setFailed(text.error)
    const given = parseRunResult(text.value, resultFileLabel(inputs.value.publishResult))
    if (!given.ok) return core.setFailed(given.error)
    group('Verdict', [`From ${inputs.value.publishResult}:`, ...verdictLines(given.value)])
    return publishRun(client, runEnv, target.value, inputs.value, given.value)
  }

  const found = discoverTracks(workspace, inputs.value.tracks)
  if (!found.ok) return core.setFailed(found.error)
  group('Tracks', trackLines(found.value))
  // Decision: a repository (or branch) without tracks is not a failure of the
  // pull request. A notice says so, no comment is written, and the check run
  // is neutral, so that a required check does not wait forever.
  if (found.value.length === 0) return reportNoTracks(client, runEnv, target.value, inputs.value)

  core.startGroup('Changed files')
  const changed = await changedFiles(client, runEnv, target.value, inputs.value)
  let dirs: readonly string[] = found.value
  if (inputs.value.changedOnly && changed) dirs = selectChangedTracks(dirs, changed)
  for (const line of changedLines(inputs.value, target.value, changed, found.value, dirs)) {
    core.info(line)
  }
  core.endGroup()

  const result = await runPipeline({
    workspace,
    patterns: inputs.value.tracks,
    dirs,
    options: inputs.value.analyze,
    changed: inputs.value.diffCheck ? changed : null
  })
  if (!result.ok) return core.setFailed(result.error)
  group('Verdict', verdictLines(result.value))
  await publishRun(client, runEnv, target.value, inputs.value, result.value)
}

/** A group of the step log, folded by default in the run's page. */
function group(title: string, lines: readonly string[]): void {
  core.startGroup(title)
  for (const line of lines) core.info(line)
  core.endGroup()
}

async function changedFiles(
  client: GitHubClient,
  run: RunEnvironment,
  target: PublishTarget,
  inputs: ActionInputs
): Promise<ChangedFiles | null> {
  const pr = target.pullRequest
  if (!pr || !(inputs.diffCheck || inputs.changedOnly)) return null
  const files = await listPullFiles(client, {
    owner: run.owner,
    repo: run.repo,
    pullNumber: pr.number,
    changedFiles: pr.changedFiles
  })
  if (!files.ok) {
    core.warning(`${files.error}. The diff check and changed-only are skipped for this run.`)
    return null
  }
  if (files.value.truncated) {
    core.warning(
      `Pull request #${pr.number} changes more files than GitHub lists (${thousands(GITHUB_FILES_CAP)}): the diff check covers the first ${files.value.files.length} only.`
    )
  }
  return files.value
}

async function publishRun(
  client: GitHubClient,
  run: RunEnvironment,
  target: PublishTarget,
  inputs: ActionInputs,
  result: RunResult
): Promise<void> {
  const url = runUrl(run)
  const hint = url
    ? `the job summary of workflow run ${run.runId} (${url})`
    : 'the job summary of this workflow run'
  core.startGroup('Publish')
  const withSince = (since: SinceChanges | null): RunResult =>
    since === null ? result : { ...result, since }
  const published = await publish(client, run, target, inputs, {
    conclusion: result.conclusion,
    since: body => sinceLastReport(readState(body), summarizeRun(result)),
    comment: prior =>
      renderComment(withSince(prior?.since ?? null), {
        state: {
          check: inputs.checkName,
          headSha: target.headSha,
          runId: run.runId,
          runAttempt: run.runAttempt
        },
        fullReportHint: hint,
        ...(prior ? { keep: prior.kept } : {})
      }),
    check: since => renderCheck(withSince(since), { fullReportHint: hint })
  })
  // Written after the comment was read, so that the job summary and the JSON
  // file carry the same "since the last report" block as the comment.
  const final = withSince(published.since)
  const full = renderMarkdown(final, {
    budgetBytes: BUDGETS.jobSummary,
    fullReportHint: 'the report-markdown file of this step'
  })
  const files = await writeReportFiles(inputs.checkName, final, full)
  if (inputs.jobSummary) await writeJobSummary(full)
  if (files) core.info(`JSON result: ${files.json}; full report: ${files.markdown}`)
  core.endGroup()

  const first = result.tracks[0]
  const tasks = result.tracks.flatMap(t => t.tasks)
  setOutputs({
    conclusion: result.conclusion,
    'iosm-index': first?.iosmIndex == null ? '' : first.iosmIndex.toFixed(3),
    rating: first?.rating ?? '',
    'tasks-complete': String(tasks.filter(t => t.status === 'complete').length),
    'tasks-total': String(tasks.length),
    'report-json': files?.json ?? '',
    'report-markdown': files?.markdown ?? '',
    ...publishedOutputs(published)
  })

  if (published.errors.length > 0) {
    core.setFailed(published.errors.join('\n'))
  } else if (result.conclusion === 'failure' && inputs.failJob) {
    core.setFailed(verdictMessage(result))
  }
}

interface Renderers {
  conclusion: CheckConclusion
  /** null: no comment in this case, whatever the inputs say. */
  comment: ((prior: SinceReport | null) => { body: string; state: MarkerState }) | null
  check: (since: SinceChanges | null) => CheckOutput
  /** What changed since the report whose comment body is given, and the state to keep. */
  since?: (previousBody: string) => SinceReport
}

// Long: the comment is written before the check run, and what the first write
// learns (the previous report, a token that cannot write) decides the second.
/** The comment and the check run, unless the token is known not to be able to write them. */
async function publish(
  client: GitHubClient,
  run: RunEnvironment,
  target: PublishTarget,
  inputs: ActionInputs,
  render: Renderers
): Promise<Published> {
  const out: Published = {
    commentId: null,
    commentUrl: null,
    checkRunId: null,
    checkRunUrl: null,
    errors: [],
    since: null
  }
  const noComment = whyNoComment(inputs, target, render)
  const wantComment = noComment === null
  const wantCheck = inputs.checkRun
  if (noComment !== null) core.info(`No comment: ${noComment}`)
  if (!wantCheck) core.info('No check run: check-run is false')
  if (!wantComment && !wantCheck) return out
  const scopes = neededScopes({ comment: wantComment, checkRun: wantCheck })

  const readOnly = readOnlyReason(run, target)
  if (readOnly !== null) {
    core.warning(readOnlyWarning(readOnly, scopes))
    return out
  }

  if (wantComment && render.comment && target.pullRequest) {
    const where = {
      owner: run.owner,
      repo: run.repo,
      issueNumber: target.pullRequest.number,
      check: inputs.checkName,
      author: inputs.commentAuthor
    }
    // The listing the write begins with, done first: the kept comment holds
    // the previous report's state, and the write is handed the list.
    const listed = await listStickyComments(client, where)
    const kept = listed.ok ? listed.value[0] : undefined
    const prior = kept !== undefined && render.since ? render.since(kept.body) : null
    out.since = prior?.since ?? null
    const rendered = render.comment(prior)
    core.debug(`Comment marker state: ${JSON.stringify(rendered.state)}`)
    const written = await upsertStickyComment(client, {
      ...where,
      body: rendered.body,
      state: rendered.state,
      ...(listed.ok ? { listed: listed.value } : {})
    })
    if (written.ok) {
      out.commentId = written.value.id
      out.commentUrl = written.value.url
      core.info(`Comment ${commentActionText(written.value.action)}: ${written.value.url}`)
      if (written.value.deleted.length > 0) {
        core.info(
          `Removed duplicate comments of a concurrent run: ${written.value.deleted.join(', ')}`
        )
      }
    } else if (written.denied) {
      // The first refusal settles it: the other write would be refused too.
      core.warning(deniedWarning(written.error, scopes))
      return out
    } else {
      out.errors.push(written.error)
    }
  }

  if (wantCheck) {
    const written = await publishCheckRun(client, {
      owner: run.owner,
      repo: run.repo,
      name: inputs.checkName,
      headSha: target.headSha,
      conclusion: render.conclusion,
      output: render.check(out.since),
      detailsUrl: runUrl(run),
      run: { runId: run.runId, runAttempt: run.runAttempt }
    })
    if (written.ok) {
      out.checkRunId = written.value.id
      out.checkRunUrl = written.value.url
      core.info(`Check run ${commentActionText(written.value.action)}: ${written.value.url}`)
    } else if (written.denied) {
      // With the comment written, only the check run's permission is missing.
      core.warning(deniedWarning(written.error, wantComment ? ['checks: write'] : scopes))
    } else {
      out.errors.push(written.error)
    }
  }
  return out
}

/** Why this run writes no comment, or null when it should write one. */
function whyNoComment(
  inputs: ActionInputs,
  target: PublishTarget,
  render: Renderers
): string | null {
  if (!inputs.comment) return 'comment is false'
  if (render.comment === null) return 'there is no report to comment with'
  if (!target.commentAllowed) return 'a merge group has no conversation to comment on'
  if (target.pullRequest === null) return 'no pull request was found (see "Pull request" above)'
  return null
}

function commentActionText(action: 'created' | 'updated' | 'unchanged' | 'kept-newer'): string {
  switch (action) {
    case 'unchanged':
      return 'unchanged (it already shows this report, so it was not written)'
    case 'kept-newer':
      return 'left alone (a newer workflow run wrote it)'
    default:
      return action
  }
}

async function reportNoTracks(
  client: GitHubClient,
  run: RunEnvironment,
  target: PublishTarget,
  inputs: ActionInputs
): Promise<void> {
  const text = `No swarm-iosm track matched ${inputs.tracks.map(t => `\`${t}\``).join(', ')} (a track is a folder with plan.md or reports/T##.md), so there is nothing to report.`
  core.notice(text)
  core.startGroup('Publish')
  if (inputs.jobSummary) await writeJobSummary(`# Integration report\n\n${text}\n`)
  const published = await publish(client, run, target, inputs, {
    conclusion: 'neutral',
    comment: null,
    check: () => ({ title: 'No swarm-iosm tracks', summary: text, text: '', annotations: [] })
  })
  core.endGroup()
  setOutputs({
    conclusion: 'neutral',
    'iosm-index': '',
    rating: '',
    'tasks-complete': '0',
    'tasks-total': '0',
    'report-json': '',
    'report-markdown': '',
    ...publishedOutputs(published)
  })
  if (published.errors.length > 0) core.setFailed(published.errors.join('\n'))
}

function publishedOutputs(p: Published): Record<string, string> {
  return {
    'comment-id': p.commentId === null ? '' : String(p.commentId),
    'comment-url': p.commentUrl ?? '',
    'check-run-id': p.checkRunId === null ? '' : String(p.checkRunId),
    'check-run-url': p.checkRunUrl ?? ''
  }
}

function setOutputs(outputs: Record<string, string>): void {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value)
}

function verdictMessage(result: RunResult): string {
  const reasons = result.tracks.flatMap(t =>
    t.verdict.reasons.map(r => (result.tracks.length > 1 ? `${t.track.id}: ${r}` : r))
  )
  const shown = reasons.slice(0, 5)
  const more = reasons.length > shown.length ? ` (and ${reasons.length - shown.length} more)` : ''
  return `Integration verdict: failure. ${shown.join(' ')}${more}`
}

async function writeJobSummary(markdown: string): Promise<void> {
  if (!process.env['GITHUB_STEP_SUMMARY']) {
    core.info('GITHUB_STEP_SUMMARY is not set: no job summary written')
    return
  }
  try {
    await core.summary.addRaw(markdown, true).write()
    core.info('Job summary written')
  } catch (err) {
    core.warning(`could not write the job summary: ${errorText(err)}`)
  }
}

/** The JSON result and the full markdown, for later steps (report-json, report-markdown). */
async function writeReportFiles(
  checkName: string,
  result: RunResult,
  markdown: string
): Promise<{ json: string; markdown: string } | null> {
  const slug =
    checkName
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'report'
  const dir = join(process.env['RUNNER_TEMP'] || tmpdir(), 'swarm-integration-report', slug)
  const paths = { json: join(dir, 'report.json'), markdown: join(dir, 'report.md') }
  try {
    await mkdir(dir, { recursive: true })
    await writeFile(paths.json, `${JSON.stringify(result, null, 2)}\n`)
    await writeFile(paths.markdown, markdown)
    return paths
  } catch (err) {
    core.warning(`could not write the report files under ${dir}: ${errorText(err)}`)
    return null
  }
}
