// The one pipeline both shells (the action and the CLI) run: find tracks,
// load them, parse, analyse. Rendering and publishing stay with the caller.
import { analyzeRun } from './analyze/index.js'
import type {
  AnalyzeOptions,
  ChangedFiles,
  ParsedTrack,
  Result,
  RunResult,
  TrackFiles
} from './model.js'
import { loadMarkdownParser, type PendingSummary } from './parse/markdown.js'
import { parseTrack } from './parse/track.js'
import { discoverTracks } from './track/discover.js'
import { loadTrack } from './track/load.js'

export interface PipelineInput {
  workspace: string
  /** Globs of track folders, used when `dirs` is absent. */
  patterns: readonly string[]
  /** Explicit track folders (the CLI's arguments). */
  dirs?: readonly string[]
  options: AnalyzeOptions
  /** The diff the reports' claims are checked against (null: no diff check). */
  changed: ChangedFiles | null
}

export async function runPipeline(input: PipelineInput): Promise<Result<RunResult>> {
  let dirs: readonly string[]
  if (input.dirs && input.dirs.length > 0) {
    dirs = input.dirs
  } else {
    const found = discoverTracks(input.workspace, input.patterns)
    if (!found.ok) return found
    if (found.value.length === 0) {
      return {
        ok: false,
        error: `no swarm-iosm track found under ${input.patterns.join(', ')} (a track is a folder with plan.md or reports/T##.md)`
      }
    }
    dirs = found.value
  }

  const parsed: ParsedTrack[] = []
  for (const dir of dirs) {
    const files = loadTrack(input.workspace, dir)
    if (!files.ok) return files
    parsed.push(await parseLoaded(files.value))
  }
  return { ok: true, value: analyzeRun(parsed, input.options, input.changed) }
}

/** Parses a track, loading the markdown parser only when a summary needs it. */
async function parseLoaded(files: TrackFiles): Promise<ParsedTrack> {
  const pending: PendingSummary[] = []
  const track = parseTrack(files, pending)
  if (pending.length === 0) return track
  const parse = await loadMarkdownParser()
  try {
    for (const summary of pending) summary.settle(parse)
    return track
  } catch {
    // A paragraph the parser failed on: parsed again with the parser at hand,
    // that report's failure is reported like any other file's.
    return parseTrack(files)
  }
}

/** Tracks whose folder holds a changed file; all of them when none does (the `changed-only` input). */
export function selectChangedTracks(
  dirs: readonly string[],
  changed: ChangedFiles
): readonly string[] {
  const touched = dirs.filter(dir => {
    const prefix = dir.endsWith('/') ? dir : `${dir}/`
    return changed.files.some(
      f => f.path.startsWith(prefix) || (f.previousPath?.startsWith(prefix) ?? false)
    )
  })
  return touched.length > 0 ? touched : dirs
}
