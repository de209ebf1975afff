// What a CLI run did, as a set of bits, for the code cache (./code-cache.ts):
// a run that does a kind of work the cached runs had not done has compiled
// code the cache lacks, and the cache is written again. Coarse on purpose:
// each bit stands for a large part of the bundle that some runs never call.
import type { RunResult } from '../model.js'
import type { Format } from './args.js'

const FORMAT: Record<Format, number> = { markdown: 1, json: 2, check: 4 }
const REPORTS = 8
const DIFF = 16
const PREVIOUS = 32

export function workOf(
  format: Format,
  run: RunResult,
  given: { diff: boolean; previous: boolean }
): number {
  let work = FORMAT[format]
  if (run.tracks.some(t => t.tasks.some(task => task.report !== null))) work |= REPORTS
  if (given.diff) work |= DIFF
  if (given.previous) work |= PREVIOUS
  return work
}
