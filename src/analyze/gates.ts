// IOSM gates: each gate's score and target for the track, the IOSM-Index and
// its rating. Scores stated by iosm_report.md win over the task reports'.

import {
  GATE_KEYS,
  LOWEST_RATING,
  RATING_FLOORS,
  type Diagnostic,
  type GateKey,
  type GateResult,
  type GateTarget,
  type IosmReport,
  type NaPolicy,
  type Plan,
  type PlanTask,
  type Rating,
  type Report
} from '../model.js'
import { clampToUnit, round3 } from '../scores.js'
import { PLAIN_ID_ORDER, sortedById, type IdOrder } from '../order.js'
import { indexCalculation } from './index-calc.js'

/** The "Acceptable" floors used when neither the plan nor the PRD sets a target. */
const DEFAULT_FLOORS: Record<GateKey, number> = { I: 0.7, O: 0.6, S: 0.65, M: 0.65 }

export interface GateInput {
  plan: Plan | null
  prdTargets: Partial<Record<GateKey, GateTarget>>
  iosm: IosmReport | null
  tasks: readonly { id: string; plan: PlanTask | null; report: Report | null }[]
}

export interface GateAnalysis {
  gates: Record<GateKey, GateResult>
  iosmIndex: number | null
  rating: Rating | null
  diagnostics: Diagnostic[]
}

export function ratingFor(index: number | null): Rating | null {
  if (index === null) return null
  const v = round3(index)
  for (const [rating, floor] of RATING_FLOORS) if (v >= floor) return rating
  return LOWEST_RATING
}

export function formatScore(x: number): string {
  const two = x.toFixed(2)
  return Number(two) === x ? two : String(round3(x))
}

export function analyzeGates(
  input: GateInput,
  naPolicy: NaPolicy,
  order: IdOrder = PLAIN_ID_ORDER
): GateAnalysis {
  const diagnostics: Diagnostic[] = []
  const gates = {} as Record<GateKey, GateResult>
  for (const g of GATE_KEYS) gates[g] = gateResult(g, input)
  const iosmIndex = computeIndex(gates, naPolicy)

  const stated = input.iosm?.statedIndex
  if (
    input.iosm &&
    stated &&
    iosmIndex !== null &&
    Math.abs(stated.value - iosmIndex) > 0.01 + 1e-9
  ) {
    diagnostics.push({
      severity: 'warning',
      file: input.iosm.file,
      line: stated.line,
      message: `${input.iosm.file} states IOSM-Index ${stated.value}, but its gate scores give ${iosmIndex.toFixed(3)} (na-policy ${naPolicy}); ${iosmIndex.toFixed(3)} is used.`
    })
  }

  const planFile = input.plan?.file ?? 'plan.md'
  const ordered = sortedById(input.tasks, order)
  for (const t of ordered) {
    if (!t.plan || !t.report) continue
    for (const g of t.plan.iosmChecks) {
      if (t.report.gates[g]) continue
      diagnostics.push({
        severity: 'warning',
        file: planFile,
        line: t.plan.fields['iosm checks']?.line ?? t.plan.line,
        message: `${t.id}: the plan asks for Gate-${g}, but ${t.report.file} does not evaluate it.`
      })
    }
  }
  return { gates, iosmIndex, rating: ratingFor(iosmIndex), diagnostics }
}

function gateResult(g: GateKey, input: GateInput): GateResult {
  const target = input.plan?.gateTargets[g] ?? input.prdTargets[g] ?? null
  const targetSource: GateResult['targetSource'] = target ? target.source : 'default'

  let score: number | null = null
  let source: GateResult['source'] = 'none'
  let skippedByReport = false
  const stated = input.iosm?.gates[g]
  if (stated) {
    source = 'iosm-report'
    if (stated.skipped || stated.score === null) skippedByReport = stated.skipped
    else score = round3(clamp(stated.score))
  }
  if (!stated || (score === null && !skippedByReport)) {
    let sum = 0
    let count = 0
    for (const t of input.tasks) {
      const v = t.report?.gates[g]
      if (!v) continue
      sum += clamp(v.score)
      count++
    }
    if (count > 0) {
      score = round3(sum / count)
      source = 'tasks'
    } else if (!skippedByReport) source = 'none'
  }

  const kind = target?.kind ?? 'numeric'
  if (kind === 'skip') return { score, target: 'skip', status: 'skip', source, targetSource }
  if (kind === 'binary') {
    const status = skippedByReport
      ? 'skip'
      : score === null
        ? 'not-evaluated'
        : score >= 1 - 1e-9
          ? 'pass'
          : 'fail'
    return { score, target: 'pass', status, source, targetSource }
  }
  const threshold = target?.threshold ?? DEFAULT_FLOORS[g]
  const status = skippedByReport
    ? 'skip'
    : score === null
      ? 'not-evaluated'
      : score >= threshold - 1e-9
        ? 'pass'
        : 'fail'
  return { score, target: `≥${formatScore(threshold)}`, status, source, targetSource }
}

/**
 * exclude: mean of the evaluated gates; zero: skipped and missing gates count
 * as 0 over all four; strict: any skipped or missing gate leaves it undefined.
 * With no gate evaluated there is nothing to average: null under every policy.
 */
export function computeIndex(
  gates: Record<GateKey, GateResult>,
  naPolicy: NaPolicy
): number | null {
  return indexCalculation(gates, naPolicy).index
}

function clamp(x: number): number {
  return Number.isFinite(x) ? clampToUnit(x) : 0
}
