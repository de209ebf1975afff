// Knowing before the first write that the token cannot write: GitHub gives a
// read-only GITHUB_TOKEN to pull_request workflows started from a fork or by
// Dependabot. The report then goes to the job summary alone, with one warning
// that names the missing permission and the workflow that can write.
import type { RunEnvironment, PublishTarget } from './context.js'
import type { Scope } from './errors.js'

const FORK_RECIPE =
  'publish from a workflow_run workflow, which gets a write token (see "Pull requests from forks" in docs/publishing.md)'

/** Why this run's token is read-only, or null when it should be able to write. */
export function readOnlyReason(run: RunEnvironment, target: PublishTarget): string | null {
  if (run.eventName !== 'pull_request') return null
  const pr = target.pullRequest
  if (pr && pr.headRepo !== pr.baseRepo) {
    const from = pr.headRepo === null ? 'a deleted fork' : `the fork ${pr.headRepo}`
    return `pull request #${pr.number} comes from ${from}, and GitHub gives pull_request workflows from forks a read-only token`
  }
  if (run.actor === 'dependabot[bot]') {
    return 'GitHub gives pull_request workflows started by Dependabot a read-only token'
  }
  return null
}

/** The permissions the enabled outputs need. */
export function neededScopes(wants: { comment: boolean; checkRun: boolean }): Scope[] {
  const scopes: Scope[] = []
  if (wants.comment) scopes.push('pull-requests: write')
  if (wants.checkRun) scopes.push('checks: write')
  return scopes
}

export function readOnlyWarning(reason: string, scopes: readonly Scope[]): string {
  const list = scopes.map(s => `\`${s}\``).join(' and ')
  return (
    `The report is in the job summary only: ${reason}, so it lacks ${list}. ` +
    `The verdict still decides this step. To publish the comment and check run, ${FORK_RECIPE}.`
  )
}

/**
 * The token of a same-repository run was refused a write: its workflow's
 * `permissions:` leave the scope out. Said once, like the fork case.
 */
export function deniedWarning(refusal: string, scopes: readonly Scope[]): string {
  const list = scopes.map(s => `\`${s}\``).join(' and ')
  return (
    `The report is in the job summary only: the token was refused a write (${refusal}), so it lacks ${list}. ` +
    `The verdict still decides this step. To publish the comment and check run, add ${list} to the workflow's \`permissions:\` block.`
  )
}
