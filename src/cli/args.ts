// Command-line arguments of `swarm-report`: parsing and validation only.
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path'
import { parseArgs } from 'node:util'
import { DEFAULT_OPTIONS } from '../analysis-options.js'
import { PROFILE_THRESHOLDS, type Result } from '../model.js'
import pkg from '../../package.json' with { type: 'json' }
import { errorText } from '../error-text.js'

/** `production (0.80, default), experimental (0.70), …`: the profiles and their thresholds. */
function profiles(): string {
  return Object.entries(PROFILE_THRESHOLDS)
    .map(([name, threshold]) => {
      const notes = [
        ...(threshold === null ? [] : [threshold.toFixed(2)]),
        ...(name === DEFAULT_OPTIONS.profile ? ['default'] : [])
      ]
      return notes.length === 0 ? name : `${name} (${notes.join(', ')})`
    })
    .join(', ')
}

export const USAGE = `usage: swarm-report [track-dir ...] [options]

Renders the integration report of swarm-iosm tracks (default: swarm/tracks/* under
the current folder).

options:
  --format F            markdown (default), json, or check (the check-run output as JSON)
  --pretty              indent JSON output (the default on a terminal; piped, it is compact)
  --fail-on LIST        conditions that fail the verdict (default
                        blockers,gates,cycles,incomplete,errors; also conflicts, unreported)
  --profile NAME        ${profiles()}
  --index-threshold N   explicit IOSM-Index threshold, overrides --profile
  --na-policy P         exclude (default), zero, strict
  --changed-files FILE  'git diff --numstat' or '--name-status' output for the diff check ('-' = stdin)
  --base REF            run 'git diff REF...HEAD' for the diff check
  --previous FILE       a result saved with --format json: the report opens with what changed since
  --tracks GLOB         track folders to look for when no track-dir is given (repeatable)
  --debug               on an internal error, print its stack too
  -h, --help            this text
  -v, --version         the version

exit status: 0 verdict success, 1 verdict failure, 2 unusable input, 3 internal error`

/** package.json's version: the bundle carries it alone (rollup.config.js), tests read the file. */
export const VERSION: string = pkg.version

export type Format = 'markdown' | 'json' | 'check'

export interface CliArgs {
  dirs: string[]
  format: Format
  /** Indent JSON even when stdout is not a terminal. */
  pretty: boolean
  failOn?: string
  profile?: string
  indexThreshold?: string
  naPolicy?: string
  changedFiles?: string
  base?: string
  previous?: string
  tracks: string[]
}

type Parsed = { kind: 'help' } | { kind: 'version' } | { kind: 'run'; args: CliArgs }

export function parseCliArgs(argv: readonly string[]): Result<Parsed> {
  let values: ReturnType<typeof parseOptions>['values']
  let positionals: string[]
  try {
    ;({ values, positionals } = parseOptions(argv))
  } catch (err) {
    return { ok: false, error: errorText(err) }
  }
  if (values.help) return { ok: true, value: { kind: 'help' } }
  if (values.version) return { ok: true, value: { kind: 'version' } }
  const format = values.format ?? 'markdown'
  if (format !== 'markdown' && format !== 'json' && format !== 'check') {
    return {
      ok: false,
      error: `--format: unknown format '${format}'; allowed: markdown, json, check`
    }
  }
  if (values['changed-files'] !== undefined && values.base !== undefined) {
    return { ok: false, error: '--changed-files and --base both name the diff; give one of them' }
  }
  return {
    ok: true,
    value: {
      kind: 'run',
      args: {
        dirs: positionals,
        format,
        pretty: values.pretty ?? false,
        failOn: values['fail-on'],
        profile: values.profile,
        indexThreshold: values['index-threshold'],
        naPolicy: values['na-policy'],
        changedFiles: values['changed-files'],
        base: values.base,
        previous: values.previous,
        tracks: values.tracks ?? []
      }
    }
  }
}

function parseOptions(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string' },
      pretty: { type: 'boolean' },
      'fail-on': { type: 'string' },
      profile: { type: 'string' },
      'index-threshold': { type: 'string' },
      'na-policy': { type: 'string' },
      'changed-files': { type: 'string' },
      base: { type: 'string' },
      previous: { type: 'string' },
      tracks: { type: 'string', multiple: true },
      // Read by the crash guard before the arguments are parsed.
      debug: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' }
    }
  })
}

/** The folder the track paths are reported relative to: the current folder, or the common parent of tracks outside it. */
export function chooseWorkspace(cwd: string, dirs: readonly string[]): string {
  const abs = dirs.map(d => resolve(cwd, d))
  const inside = (p: string) => {
    const rel = relative(cwd, p)
    return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))
  }
  if (abs.every(inside)) return cwd
  let common = dirname(abs[0] ?? cwd)
  for (const p of abs) {
    while (!(p + sep).startsWith(common.endsWith(sep) ? common : common + sep)) {
      const up = dirname(common)
      if (up === common) break
      common = up
    }
  }
  return common
}
