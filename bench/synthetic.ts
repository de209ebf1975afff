// Synthetic tracks for the benchmark: N tasks in the report styles the parser
// meets in practice, about 8 KB a report, with long dependency chains and many
// file entries. Deterministic: the same N gives the same bytes.
import type { SourceFile, TrackFiles } from '../src/model.js'

export interface SyntheticOptions {
  tasks: number
  /** File entries per report (created + modified). */
  filesPerTask: number
}

/** A small deterministic PRNG (mulberry32), so runs are comparable. */
function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const id = (n: number) => `T${String(n).padStart(3, '0')}`

function filesOf(n: number, count: number): string[] {
  const out: string[] = []
  for (let i = 0; i < count; i++) out.push(`src/module${n % 97}/part${n}/file${i}.ts`)
  return out
}

function depsOf(n: number, rand: () => number): number[] {
  if (n === 1) return []
  // Mostly a chain, with a few cross edges: long paths, a wide graph.
  const deps = [n - 1]
  if (n > 10 && rand() < 0.3) deps.push(1 + Math.floor(rand() * (n - 2)))
  return [...new Set(deps)]
}

export function syntheticPlan(opts: SyntheticOptions, seed = 7): string {
  const rand = rng(seed)
  const lines = [
    '# Implementation Plan — bench-track',
    '',
    '**Feature:** Synthetic feature for benchmarks',
    '**Track:** bench-track',
    '**Created:** 2026-01-01',
    '**Status:** In Progress',
    '',
    '## Overview',
    '',
    '**Goal:** Exercise the parser and the analysis at scale',
    '',
    '## Gate Targets',
    '',
    '| Gate | Target | Current | Status |',
    '|------|--------|---------|--------|',
    '| Gate-I | ≥0.75 | - | pending |',
    '| Gate-O | tests pass | - | pending |',
    '| Gate-S | N/A | - | skip |',
    '| Gate-M | pass | - | pending |',
    '',
    '## Phases',
    ''
  ]
  const perPhase = Math.max(1, Math.ceil(opts.tasks / 5))
  for (let n = 1; n <= opts.tasks; n++) {
    if ((n - 1) % perPhase === 0) lines.push(`### Phase ${(n - 1) / perPhase} — Stage ${n}`, '')
    const deps = depsOf(n, rand)
    lines.push(
      `- [${n % 3 === 0 ? ' ' : 'x'}] **${id(n)}**: Build component ${n}`,
      `  - **Owner role:** Implementer-${'ABCD'[n % 4]}`,
      `  - **Depends on:** ${deps.length ? deps.map(id).join(', ') : 'None'}`,
      `  - **Touches:** ${filesOf(n, Math.min(3, opts.filesPerTask))
        .map(f => `\`${f}\``)
        .join(', ')}`,
      `  - **Concurrency class:** write-local`,
      `  - **Needs user input:** false`,
      `  - **Effort:** ${['S', 'M', 'L', '2h', 'M (2-4 hours)'][n % 5]}`,
      `  - **Acceptance:** Component ${n} works`,
      `  - **IOSM checks:** Gate-I, Gate-M`,
      `  - **Status:** ${n % 3 === 0 ? 'TODO' : 'DONE'}`,
      ''
    )
  }
  return lines.join('\n')
}

function codeBlock(n: number, lines: number): string[] {
  const out = ['```ts']
  for (let i = 0; i < lines; i++) {
    out.push(
      `export function step${n}_${i}(input: Record<string, number>): number { return input['k${i}'] ?? ${i} } // | not a table |`
    )
  }
  out.push('```')
  return out
}

/** Template style: Created/Modified sections, scored gates, hand-off notes. */
function templateReport(n: number, files: string[], deps: number[]): string {
  const half = Math.ceil(files.length / 2)
  return [
    `# Subagent Report: Task ${id(n)} — Build component ${n}`,
    '',
    '**Track:** bench-track',
    `**Task ID:** ${id(n)}`,
    '**Role:** Implementer-A',
    '**Completed:** 2026-01-02 10:00',
    `**Status:** ${n % 11 === 0 ? '⚠️ Partial' : '✅ Complete'}`,
    '**Effort:** 2 hours',
    '',
    '---',
    '',
    '## Summary (What Was Done)',
    '',
    `Component ${n} was built and wired into its module with tests.`,
    '',
    '## Decisions Made',
    '',
    '### Decision 1: Keep the interface small',
    '',
    '**Decision:** Expose one function and keep helpers private.',
    '',
    '## Files Touched',
    '',
    '### Touches Actual (observed)',
    '```',
    ...files,
    '```',
    '',
    '### Created',
    ...files.slice(0, half).map(f => `- \`${f}\` - new module part`),
    '',
    '### Modified',
    ...files.slice(half).flatMap(f => [`- \`${f}\` - adjusted exports`, '  - Lines changed: 12']),
    '',
    '## Implementation Details',
    '',
    ...codeBlock(n, 45),
    '',
    '## Verification',
    '',
    '### ✅ Verification Step 1: Unit tests',
    '```bash',
    'npm test',
    '```',
    '**Result:** ✅ All tests passed',
    '',
    '## IOSM Quality Gate Results',
    '',
    '### Gate-I (Improve) ✅',
    '- [✅] Clear naming',
    '- [⚠️] One long function left',
    '- **Score:** 0.85 / 1.0',
    '',
    '### Gate-M (Modularize) ✅',
    '- [✅] Clear boundaries',
    '- **Score:** 0.95 / 1.0',
    '',
    ...(n % 11 === 0
      ? [
          '## Blockers & Open Questions',
          '',
          '### Blockers',
          `- ❌ **Flaky dependency:** component ${n} waits on a fix`,
          ''
        ]
      : []),
    '## Handoff Notes to Integrator',
    '',
    '### Dependencies on Other Tasks',
    ...deps.map(d => `- **Depends on ${id(d)}:** needs its exports`),
    '',
    '## SpawnCandidates',
    '',
    '| ID | Subtask | Touches | Effort | User Input | Severity | Dedup Key | Accept Criteria |',
    '|----|---------|---------|--------|------------|----------|-----------|-----------------|',
    `| SC-01 | Add types to part ${n} | \`${files[0] ?? 'x.ts'}\` | S | false | low | \`file0.ts|type-annot\` | tsc passes |`,
    '',
    '## Follow-up Tasks',
    '',
    '### Medium Priority',
    `- [ ] Document component ${n}`,
    '',
    '## Lessons Learned',
    '',
    '### What Went Well',
    '- Small interfaces kept the change contained',
    ''
  ].join('\n')
}

/** Tree style: one fenced tree with dotted leaders, checkbox gates. */
function treeReport(n: number, files: string[]): string {
  const byFolder = new Map<string, string[]>()
  for (const f of files) {
    const slash = f.lastIndexOf('/')
    const folder = f.slice(0, slash + 1)
    const list = byFolder.get(folder) ?? []
    list.push(f.slice(slash + 1))
    byFolder.set(folder, list)
  }
  const tree: string[] = []
  for (const [folder, names] of byFolder) {
    tree.push(folder)
    names.forEach((name, i) => {
      const last = i === names.length - 1
      tree.push(
        `${last ? '└──' : '├──'} ${name} ${'.'.repeat(Math.max(3, 30 - name.length))} ${i % 2 ? 'MODIFIED (+8 lines, tweak)' : 'NEW (40 lines)'}`
      )
    })
  }
  return [
    `# Subagent Report: ${id(n)} — Build component ${n}`,
    '',
    `**Task ID:** ${id(n)}`,
    '**Owner Role:** Implementer-B',
    '**Status:** DONE ✅',
    '**Duration:** 90 minutes',
    '',
    '---',
    '',
    '## Executive Summary',
    '',
    `Implemented component ${n} in the tree style.`,
    '',
    '## Code Summary',
    '',
    ...codeBlock(n, 60),
    '',
    '## Files Touched',
    '',
    '```',
    ...tree,
    '```',
    '',
    '## IOSM Quality Checks',
    '',
    '- [x] **Gate-I:** Clear naming',
    '- [x] **Gate-M:** Module boundary kept',
    '- [ ] **Gate-S:** N/A (internal change)',
    '',
    '## SpawnCandidates',
    '',
    'None identified.',
    ''
  ].join('\n')
}

/** The report of task n in the style syntheticTrack gives it; its only dependency is n - 1. */
export function syntheticReport(n: number, opts: SyntheticOptions): string {
  const files = filesOf(n, opts.filesPerTask)
  return n % 2 === 0 ? treeReport(n, files) : templateReport(n, files, n > 1 ? [n - 1] : [])
}

export function syntheticTrack(opts: SyntheticOptions, seed = 7): TrackFiles {
  const rand = rng(seed)
  const reports: SourceFile[] = []
  for (let n = 1; n <= opts.tasks; n++) {
    const deps = depsOf(n, rand)
    if (n % 3 === 0) continue // not started: no report
    const files = filesOf(n, opts.filesPerTask)
    const text = n % 2 === 0 ? treeReport(n, files) : templateReport(n, files, deps)
    reports.push({ path: `reports/${id(n)}.md`, text })
  }
  return {
    id: 'bench-track',
    dir: 'swarm/tracks/bench-track',
    plan: { path: 'plan.md', text: syntheticPlan(opts, seed) },
    prd: null,
    iosmReport: null,
    reports,
    unreadableReports: [],
    diagnostics: []
  }
}

export function trackBytes(track: TrackFiles): number {
  const all = [track.plan, track.prd, track.iosmReport, ...track.reports]
  return all.reduce((sum, f) => sum + (f ? Buffer.byteLength(f.text) : 0), 0)
}
