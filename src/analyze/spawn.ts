// Spawn candidates of every report, with repeats marked: the first task (by
// id) to propose a piece of work owns it.

import type { Report, SpawnCandidateResult } from '../model.js'
import { PLAIN_ID_ORDER, sortedById, type IdOrder } from '../order.js'

export function collectSpawnCandidates(
  tasks: readonly { id: string; report: Report | null }[],
  order: IdOrder = PLAIN_ID_ORDER
): SpawnCandidateResult[] {
  const seen = new Set<string>()
  const out: SpawnCandidateResult[] = []
  const ordered = sortedById(tasks, order)
  for (const t of ordered) {
    for (const sc of t.report?.spawnCandidates ?? []) {
      const key = sc.dedupKey.trim().toLowerCase()
      const duplicate = key !== '' && seen.has(key)
      if (key !== '') seen.add(key)
      out.push({ ...sc, task: t.id, duplicate })
    }
  }
  return out
}
