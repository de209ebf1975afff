// Which of two workflow runs is the newer: run ids grow with every new run in
// a repository, and a re-run keeps its id with a higher attempt number.

export interface RunStamp {
  runId: number | null
  runAttempt: number | null
}

/** True only when both runs are known and `a` started after `b`. */
export function isNewerRun(a: RunStamp, b: RunStamp): boolean {
  if (a.runId === null || b.runId === null) return false
  if (a.runId !== b.runId) return a.runId > b.runId
  return (a.runAttempt ?? 1) > (b.runAttempt ?? 1)
}
