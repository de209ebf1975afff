// Runs the built action (dist/index.js) the way the runner does: a node
// process with INPUT_* variables named as the runner names them, an event
// payload file, and GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files to read back.
import { spawn } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT } from './root.js'

export { ROOT }
const BUNDLE = join(ROOT, 'dist', 'index.js')
export const FIXTURE_WORKSPACE = join(ROOT, '__fixtures__', 'e2e', 'workspace')
export const TRACK_DIR = 'swarm/tracks/2026-03-01-001'

export interface ActionRunOptions {
  apiUrl: string
  repository: string
  eventName: string
  payload: Record<string, unknown>
  workspace: string
  inputs?: Record<string, string>
  env?: Record<string, string>
  runId?: number
  runAttempt?: number
  sha?: string
  ref?: string
}

export interface ActionRun {
  code: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  warnings: string[]
  notices: string[]
  errors: string[]
  /** Contents of the files named by the report-json and report-markdown outputs. */
  reportJson: string | null
  reportMarkdown: string | null
}

/** The runner's name for an input's variable: upper case, spaces to `_`, dashes kept. */
function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

const DEFAULT_INPUTS: Record<string, string> = {
  // The defaults action.yml declares, as the runner passes them.
  tracks: 'swarm/tracks/*',
  'changed-only': 'true',
  'check-name': 'IOSM integration',
  comment: 'true',
  'check-run': 'true',
  'job-summary': 'true',
  'fail-on': 'blockers,gates,cycles,incomplete,errors',
  profile: 'production',
  'index-threshold': '',
  'na-policy': 'exclude',
  'pr-number': '',
  'diff-check': 'true',
  'fail-job': 'true',
  'comment-author': 'github-actions[bot]',
  'publish-result': ''
}

/** A scratch folder removed by `cleanup`. */
export function scratch(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `sir-${prefix}-`))
}

export function cleanup(dir: string): void {
  rmSync(dir, { recursive: true, force: true })
}

/** A copy of the fixture workspace that a test may change. */
export function copyWorkspace(): string {
  const dir = scratch('ws')
  cpSync(FIXTURE_WORKSPACE, dir, { recursive: true })
  return dir
}

export function runAction(options: ActionRunOptions): Promise<ActionRun> {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run npm run bundle first`)
  const temp = scratch('runner')
  const eventPath = join(temp, 'event.json')
  const outputPath = join(temp, 'output')
  const summaryPath = join(temp, 'summary.md')
  writeFileSync(eventPath, JSON.stringify(options.payload))
  writeFileSync(outputPath, '')
  writeFileSync(summaryPath, '')
  const inputs = { ...DEFAULT_INPUTS, ...options.inputs }
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    HOME: temp,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_GRAPHQL_URL: `${options.apiUrl}/graphql`,
    GITHUB_REPOSITORY: options.repository,
    GITHUB_REPOSITORY_OWNER: options.repository.split('/')[0] ?? '',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_RUN_ID: String(options.runId ?? 4100),
    GITHUB_RUN_ATTEMPT: String(options.runAttempt ?? 1),
    GITHUB_RUN_NUMBER: '17',
    GITHUB_SHA: options.sha ?? 'c'.repeat(40),
    GITHUB_REF: options.ref ?? 'refs/heads/main',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_WORKFLOW: 'integration',
    GITHUB_JOB: 'report',
    GITHUB_ACTOR: 'octo-author',
    RUNNER_TEMP: join(temp, 'runner-temp'),
    RUNNER_OS: 'Linux',
    // Test-only: no one-second spacing between writes (see src/github/client.ts).
    SWARM_REPORT_UNTHROTTLED: '1',
    ...options.env
  }
  for (const [name, value] of Object.entries(inputs)) env[inputVariable(name)] = value
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BUNDLE], { cwd: options.workspace, env })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')))
    child.on('error', reject)
    child.on('close', code => {
      const outputs = parseOutputFile(readFileSync(outputPath, 'utf8'))
      const run: ActionRun = {
        code,
        stdout,
        stderr,
        outputs,
        reportJson: readIfThere(outputs['report-json']),
        reportMarkdown: readIfThere(outputs['report-markdown']),
        summary: readFileSync(summaryPath, 'utf8'),
        warnings: commands(stdout, 'warning'),
        notices: commands(stdout, 'notice'),
        errors: commands(stdout, 'error')
      }
      cleanup(temp)
      resolve(run)
    })
  })
}

function readIfThere(path: string | undefined): string | null {
  return path && existsSync(path) ? readFileSync(path, 'utf8') : null
}

/** `name<<DELIMITER\nvalue\nDELIMITER` blocks, as @actions/core writes them. */
function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i] ?? '')
    if (!m?.[1] || !m[2]) continue
    const value: string[] = []
    for (i += 1; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i] ?? '')
    out[m[1]] = value.join('\n')
  }
  return out
}

/** Messages of `::warning::` style workflow commands, unescaped. */
function commands(stdout: string, kind: string): string[] {
  const prefix = new RegExp(`^::${kind}(?: [^:]*)?::(.*)$`)
  return stdout
    .split('\n')
    .map(line => prefix.exec(line)?.[1])
    .filter((m): m is string => m !== undefined)
    .map(m => m.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%'))
}
