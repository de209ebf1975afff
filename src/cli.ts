// `swarm-report`: the action's pipeline on a local checkout, printing the
// report instead of publishing it. Exit 0 on success, 1 on a failure verdict,
// 2 when the input cannot be used, 3 on an internal error.
import { fstatSync, readFileSync } from 'node:fs'
import { relative, resolve, sep } from 'node:path'
import { parseAnalyzeOptions } from './analysis-options.js'
import { compareStates } from './analyze/since.js'
import { readPreviousResult } from './cli/previous.js'
import {
  type CliArgs,
  type Format,
  USAGE,
  VERSION,
  chooseWorkspace,
  parseCliArgs
} from './cli/args.js'
import { EXIT_INTERNAL, guardCrash } from './cli/crash.js'
import type { ChangedFiles, Result, RunResult } from './model.js'
import { parseChangedFiles } from './diff/changed-files.js'
import { runPipeline } from './pipeline.js'
import { renderCheck } from './render/check.js'
import { summarizeRun, type ReportState } from './report-state.js'
import { BUDGETS, renderMarkdown } from './render/markdown.js'
import { gitChangedFiles } from './diff/git-diff.js'
import { gitTopLevel } from './diff/git-root.js'
import { workOf } from './cli/workload.js'
import { writeErr, writeOut } from './cli/output.js'
import { mayBeTerminal } from './cli/terminal.js'
import { tty } from './lazy-builtins.js'

async function readChanged(args: CliArgs, workspace: string): Promise<Result<ChangedFiles | null>> {
  if (args.base !== undefined) return gitChangedFiles(workspace, args.base)
  if (args.changedFiles === undefined) return { ok: true, value: null }
  let text: string
  try {
    text =
      args.changedFiles === '-'
        ? await readStdin()
        : readFileSync(resolve(process.cwd(), args.changedFiles), 'utf8')
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    return {
      ok: false,
      error: `--changed-files: cannot read ${args.changedFiles} (${code ?? String(err)})`
    }
  }
  return parseChangedFiles(text, args.changedFiles)
}

function readPrevious(file: string | undefined): Result<ReportState | null> {
  if (file === undefined) return { ok: true, value: null }
  let text: string
  try {
    text = readFileSync(resolve(process.cwd(), file), 'utf8')
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    return { ok: false, error: `--previous: cannot read ${file} (${code ?? String(err)})` }
  }
  return readPreviousResult(text, file)
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

/**
 * JSON is indented for a reader at a terminal (or with --pretty); piped to a
 * program or a file it is compact, which on a large track is a fraction of
 * the bytes and of the time.
 */
function format(run: RunResult, fmt: Format, pretty: boolean): string {
  const indent = pretty ? 2 : undefined
  switch (fmt) {
    case 'json':
      return JSON.stringify(run, null, indent)
    case 'check':
      return JSON.stringify(renderCheck(run, { fullReportHint: null }), null, indent)
    case 'markdown':
      return renderMarkdown(run, {
        budgetBytes: BUDGETS.jobSummary,
        fullReportHint: null
      })
  }
}

/** Runs the CLI; returns the exit status. */
async function main(argv: readonly string[], cwd: string): Promise<number> {
  const parsed = parseCliArgs(argv)
  if (!parsed.ok) return usageError(parsed.error)
  if (parsed.value.kind === 'help') {
    writeOut(`${USAGE}\n`)
    return 0
  }
  if (parsed.value.kind === 'version') {
    writeOut(`swarm-report ${VERSION}\n`)
    return 0
  }
  const args = parsed.value.args
  const options = parseAnalyzeOptions({
    failOn: args.failOn,
    profile: args.profile,
    indexThreshold: args.indexThreshold,
    naPolicy: args.naPolicy
  })
  if (!options.ok) return usageError(options.error)

  // Diff paths are relative to the checkout's top folder: report track
  // folders relative to it too, wherever the CLI runs from.
  const diffGiven = args.base !== undefined || args.changedFiles !== undefined
  const root = diffGiven ? await gitTopLevel(cwd) : null
  const workspace = chooseWorkspace(
    root ?? cwd,
    args.dirs.map(d => resolve(cwd, d))
  )
  const prefix = relative(workspace, cwd).split(sep).join('/')
  const changed = await readChanged(args, workspace)
  if (!changed.ok) return usageError(changed.error)
  const previous = readPrevious(args.previous)
  if (!previous.ok) return usageError(previous.error)
  if (changed.value === null && options.value.failOn.includes('unreported')) {
    writeErr(
      'swarm-report: warning: fail-on unreported has no diff to check; give --changed-files or --base\n'
    )
  }

  const run = await runPipeline({
    workspace,
    // Globs are written relative to where the CLI runs.
    patterns: (args.tracks.length > 0 ? args.tracks : ['swarm/tracks/*']).map(p =>
      prefix === '' ? p : `${prefix}/${p}`
    ),
    dirs: args.dirs.map(d => relative(workspace, resolve(cwd, d)).split(sep).join('/') || '.'),
    options: options.value,
    changed: changed.value
  })
  if (!run.ok) return usageError(run.error)
  if (previous.value !== null) {
    const since = compareStates(previous.value, summarizeRun(run.value))
    if (since !== null) run.value.since = since
  }

  const pretty = args.pretty || (args.format !== 'markdown' && stdoutIsTerminal())
  writeOut(`${format(run.value, args.format, pretty)}\n`)
  work = workOf(args.format, run.value, { diff: diffGiven, previous: previous.value !== null })
  return run.value.conclusion === 'success' ? 0 : 1
}

/** Whether a person reads the output: JSON is indented for a terminal (./cli/terminal.ts). */
function stdoutIsTerminal(): boolean {
  try {
    if (!mayBeTerminal(fstatSync(1), process.platform)) return false
  } catch {
    return false
  }
  return tty().isatty(1)
}

/** What the run did (./cli/workload.ts), 0 before a report is printed. */
let work = 0

/** Read by the CLI's entry when the run is over, to keep its code (./cli/entry.ts). */
export function workDone(): number {
  return work
}

function usageError(message: string): number {
  writeErr(`swarm-report: ${message}\n`)
  return 2
}

// No top-level await: the bundle is a CommonJS script (see src/cli/entry.ts),
// and the process waits for the promise anyway.
const argv = process.argv.slice(2)
void guardCrash(
  // process.cwd() inside the guard: it throws when the current folder is gone.
  () => main(argv, process.cwd()),
  argv.includes('--debug'),
  writeErr
).then(
  status => {
    process.exitCode = status
  },
  // Only if writing the crash line itself failed: still not a verdict.
  () => {
    process.exitCode = EXIT_INTERNAL
  }
)
