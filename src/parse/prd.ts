// PRD.md §10 (IOSM Targets): the fallback gate targets. Either a table
// `Gate | Baseline | Target | Expected Δ`, or one subsection per gate whose
// bullets include a gate-level `Target:` (sub-criteria lines are not targets).

import type { Diagnostic, SourceFile } from '../model.js'
import { labelValue } from './blocks.js'
import { FileDiagnostics } from './diagnostics.js'
import { lineLabel, listItem } from './inline.js'
import { type Doc, type Section, childSections, reportScan, scanText } from './sections.js'
import { findTables } from './tables.js'
import { type Targets, gateBullets, gateOf, makeTarget, targetsFromTable } from './targets.js'

export function parsePrdTargets(file: SourceFile, out: Diagnostic[]): Targets {
  const diag = new FileDiagnostics(file.path, out)
  const doc = scanText(file.text)
  reportScan(doc, diag)
  const section = doc.headings.find(
    h =>
      h.level <= 3 &&
      /^(?:\d+[.)]?\s*)?(?:iosm\s+(?:targets|gates?)|(?:quality\s+)?gate\s+targets|quality\s+targets)/.test(
        h.key
      )
  )
  if (!section) return {}
  for (const table of findTables(doc, section.index + 1, section.end)) {
    const targets = targetsFromTable(table, 'prd', diag)
    if (targets) return targets
  }
  return bulletTargets(doc, section, diag)
}

const TARGET_LABEL_RE =
  /^(?:gate\s+)?(?:target|threshold|minimum(?:\s+score)?|pass\s+(?:if|when))$/i

function bulletTargets(doc: Doc, section: Section, diag: FileDiagnostics): Targets {
  const out: Targets = {}
  for (const sub of childSections(doc, section)) {
    const gate = gateOf(sub.text)
    if (!gate || out[gate]) continue
    const found =
      labelValue(doc, sub.index + 1, sub.end, l => TARGET_LABEL_RE.test(l)) ?? plainTarget(doc, sub)
    const target = found ? makeTarget(gate, found.value, '', 'prd', diag, found.line) : null
    if (target) out[gate] = target
  }
  if (Object.keys(out).length === 0)
    return gateBullets(doc, section.index + 1, section.end, 'prd', diag)
  return out
}

/** A bullet written without bold: `- Target: ≥0.80`. */
function plainTarget(doc: Doc, sub: Section): { value: string; line: number } | null {
  for (let i = sub.index + 1; i < sub.end; i++) {
    if (doc.opaque[i]) continue
    const line = doc.lines[i] ?? ''
    if (lineLabel(line)) continue
    const item = listItem(line)
    const m = /^([^:]{1,40}):\s*([\s\S]+)$/.exec(item ? item.text : line.trim())
    if (m && TARGET_LABEL_RE.test((m[1] ?? '').trim()))
      return { value: m[2] ?? '', line: doc.offset + i + 1 }
  }
  return null
}
