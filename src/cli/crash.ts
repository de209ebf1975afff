// An internal error is never a verdict: a crash exits with its own status,
// names itself on one line, and shows its stack only when asked.

/** Exit status of an internal error (0 success, 1 failure, 2 unusable input). */
export const EXIT_INTERNAL = 3

/**
 * Runs the CLI; an exception that escapes it becomes exit status 3 with one
 * line on stderr (and the stack with `debug`), never 1, the failure verdict.
 */
export async function guardCrash(
  run: () => Promise<number>,
  debug: boolean,
  writeErr: (text: string) => void
): Promise<number> {
  try {
    return await run()
  } catch (err) {
    return reportCrash(err, debug, writeErr)
  }
}

/** Writes the crash line (and the stack with `debug`); returns the exit status of an internal error. */
export function reportCrash(
  err: unknown,
  debug: boolean,
  writeErr: (text: string) => void
): number {
  writeErr(`${crashLine(err, debug)}\n`)
  if (debug && err instanceof Error && err.stack) writeErr(`${err.stack}\n`)
  return EXIT_INTERNAL
}

function crashLine(err: unknown, debug: boolean): string {
  const what = err instanceof Error ? `${err.name}: ${err.message}` : `thrown value ${String(err)}`
  // One line, of a length a terminal shows whole.
  const oneLine = what.replace(/\s+/g, ' ').trim().slice(0, 300)
  const hint = debug ? '' : ' (run with --debug for the stack)'
  return `swarm-report: internal error, not a verdict: ${oneLine}${hint}`
}
