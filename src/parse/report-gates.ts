// A report's IOSM gate section in its three forms: scored (`### Gate-I
// (Improve) ✅`, checklist, `**Score:** 0.85 / 1.0`), partial (`### Gate-I
// (Improve) N/A`), and checkbox-only (`- [x] **Gate-I:** text`).

import type { GateKey, TaskGateValue } from '../model.js'
import { GATE_KEYS } from '../model.js'
import { boldLabel, inlineText, listItem, parseScore, round3, stripEmoji } from './inline.js'
import { type Doc, findSection, lineNo } from './sections.js'
import { gateOf } from './targets.js'

export interface GateSection {
  gates: Partial<Record<GateKey, TaskGateValue>>
  found: boolean
}

interface Tally {
  items: number[]
  itemLine: number
  score: number | null
  scoreLine: number
  notApplicable: boolean
  headingValue: number | null
  headingLine: number
}

export function isGateSectionKey(key: string): boolean {
  return /^(?:iosm\s+)?quality\s+(?:gate|check)|^iosm\s+(?:gate|check)/.test(key)
}

/** Value of a checklist mark: `x` / ✅ = 1, ⚠️ = 0.5, blank / ❌ = 0; null for anything else. */
export function markValue(mark: string): number | null {
  const m = stripVariation(mark).trim()
  if (/^[xX✅✔✓]$/u.test(m)) return 1
  if (/^[⚠~½]$/u.test(m)) return 0.5
  if (m === '' || /^[❌✗✘]$/u.test(m)) return 0
  return null
}

function stripVariation(text: string): string {
  return text.replace(/\uFE0F/g, '')
}

function emojiValue(text: string): number | null {
  const t = stripVariation(text)
  if (t.includes('❌')) return 0
  if (t.includes('⚠')) return 0.5
  if (t.includes('✅')) return 1
  return null
}

const NA_RE = /\bn\/a\b/i
const EXPLICIT_GATE_RE = /^(?:\*\*)?\s*gate[\s_-]*([iosm])\b/i

export function readGates(doc: Doc): GateSection {
  const section = findSection(doc, isGateSectionKey)
  if (!section) return { gates: {}, found: false }
  const tallies = new Map<GateKey, Tally>()
  const tally = (gate: GateKey): Tally => {
    let t = tallies.get(gate)
    if (!t) {
      t = {
        items: [],
        itemLine: 0,
        score: null,
        scoreLine: 0,
        notApplicable: false,
        headingValue: null,
        headingLine: 0
      }
      tallies.set(gate, t)
    }
    return t
  }
  const takeScore = (gate: GateKey, value: string, line: number): void => {
    const t = tally(gate)
    if (t.score !== null) return
    if (NA_RE.test(value) || /^skip/i.test(value.trim())) {
      t.notApplicable = true
      return
    }
    const score = parseScore(value)
    if (score !== null) {
      t.score = score
      t.scoreLine = line
    }
  }
  const takeItem = (gate: GateKey, value: number, line: number): void => {
    const t = tally(gate)
    if (t.items.length === 0) t.itemLine = line
    t.items.push(value)
  }

  let context: GateKey | null = null
  for (let i = section.index + 1; i < section.end; i++) {
    if (doc.opaque[i]) continue
    const line = doc.lines[i] ?? ''
    const n = lineNo(doc, i)
    const hi = doc.headingOn[i] ?? -1
    if (hi !== -1) {
      const h = doc.headings[hi]
      context = h ? gateOf(h.text) : null
      if (h && context) {
        const t = tally(context)
        t.headingLine = n
        if (NA_RE.test(h.text)) t.notApplicable = true
        else t.headingValue ??= emojiValue(h.text)
      }
      continue
    }
    const item = listItem(line)
    const text = item ? item.text : line.trim()
    const explicit = EXPLICIT_GATE_RE.exec(stripEmoji(text).trim())
    const gate = explicit ? ((explicit[1] ?? 'I').toUpperCase() as GateKey) : context
    if (!gate) continue
    if (item && item.box !== null) {
      if (NA_RE.test(text)) continue
      const value = markValue(item.box)
      if (value !== null) takeItem(gate, value, n)
      continue
    }
    const label = boldLabel(text)
    if (label && /^score$/i.test(label.label)) {
      takeScore(gate, label.value, n)
      continue
    }
    if (label && explicit) {
      // `- **Gate-I:** 0.9`, `- **Gate-O:** N/A`, `- **Gate-M:** ✅ clean`.
      if (NA_RE.test(label.value)) tally(gate).notApplicable = true
      else if (/^\d|^\.\d/.test(label.value.trim())) takeScore(gate, label.value, n)
      else {
        const value = emojiValue(label.value)
        if (value !== null) takeItem(gate, value, n)
      }
      continue
    }
    if (item && !NA_RE.test(text)) {
      const value = emojiValue(text.slice(0, 3))
      if (value !== null) takeItem(gate, value, n)
    }
  }

  const gates: Partial<Record<GateKey, TaskGateValue>> = {}
  for (const key of GATE_KEYS) {
    const t = tallies.get(key)
    if (!t) continue
    if (t.score !== null) {
      gates[key] = { score: round3(t.score), source: 'score', line: t.scoreLine }
    } else if (t.notApplicable) {
      continue
    } else if (t.items.length > 0) {
      const mean = t.items.reduce((a, b) => a + b, 0) / t.items.length
      gates[key] = { score: round3(mean), source: 'checklist', line: t.itemLine }
    } else if (t.headingValue !== null) {
      gates[key] = { score: round3(t.headingValue), source: 'checklist', line: t.headingLine }
    }
  }
  return { gates, found: true }
}

/** `**Overall IOSM Score for this task:** 0.96 / 1.0 (Excellent)` anywhere outside fences. */
export function readOverallScore(doc: Doc): number | null {
  for (let i = 0; i < doc.lines.length; i++) {
    const line = doc.lines[i] ?? ''
    if (doc.opaque[i] || !line.includes('**')) continue
    const item = listItem(line)
    const label = boldLabel(item ? item.text : line)
    if (!label || !/^overall\b.*\bscore\b/i.test(label.label)) continue
    if (NA_RE.test(label.value) || inlineText(label.value).startsWith('[')) return null
    const score = parseScore(label.value)
    return score === null ? null : round3(score)
  }
  return null
}
