// Shared set-up of the github/ tests: a real octokit pointed at the emulator.
import { createClient, type GitHubClient } from '../../src/github/client.js'
import { bodyHash, buildMarker, type MarkerState } from '../../src/marker.js'
import { GitHubEmulator, WRITE_TOKEN } from '../e2e/emulator.js'

export const SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'
export const CHECK = 'IOSM integration'
export const BOT = 'github-actions[bot]'

export function clientFor(
  emulator: GitHubEmulator,
  token = WRITE_TOKEN,
  log?: (message: string) => void
): GitHubClient {
  return createClient(token, { baseUrl: emulator.url, unthrottled: true, log })
}

/** A comment body as the action writes it: marker line, then the report. */
export function commentBody(
  report: string,
  run: { runId: number | null; runAttempt?: number | null; check?: string }
): { body: string; state: MarkerState } {
  const state: MarkerState = {
    check: run.check ?? CHECK,
    headSha: SHA,
    runId: run.runId,
    runAttempt: run.runAttempt ?? 1,
    bodyHash: bodyHash(report)
  }
  return { body: `${buildMarker(state)}\n${report}`, state }
}

/** Stops the emulator, then fails the test if anything was sent or answered that GitHub would not. */
export async function stopAndCheck(emulator: GitHubEmulator): Promise<void> {
  const violations = [...emulator.violations]
  await emulator.stop()
  expect(violations).toEqual([])
}
