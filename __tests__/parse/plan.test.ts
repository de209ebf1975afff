import type { Diagnostic, Plan } from '../../src/model.js'
import { parsePlan } from '../../src/parse/plan.js'
import { brief, fixture, lineOf, source } from './helpers.js'

function parse(text: string): { plan: Plan; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = []
  const plan = parsePlan(source('plan.md', text), diagnostics)
  return { plan, diagnostics }
}

function task(plan: Plan, id: string) {
  const t = plan.tasks.find(x => x.id === id)
  if (!t) throw new Error(`no task ${id}`)
  return t
}

describe('plan with a plain Gate Targets table', () => {
  const text = fixture('plan-table-style.md')
  const { plan, diagnostics } = parse(text)

  test('header and overview', () => {
    expect(plan.title).toBe('Implementation Plan — upload-throttle')
    expect(plan.feature).toBe('Throttle large uploads per tenant')
    expect(plan.trackHeader).toBe('upload-throttle')
    expect(plan.created).toBe('2026-02-03')
    expect(plan.statusText).toBe('In Progress')
    expect(plan.goal).toBe("Keep one tenant's bulk uploads from starving the others")
    expect(plan.complexity).toBe('Low')
  })

  test('phases and task order', () => {
    expect(plan.phases).toEqual([
      { name: 'Phase 0 — Survey', number: 0, line: lineOf(text, '### Phase 0') },
      { name: 'Phase 1 — Build', number: 1, line: lineOf(text, '### Phase 1') }
    ])
    expect(plan.tasks.map(t => t.id)).toEqual(['T01', 'T02', 'T03', 'T04'])
    expect(task(plan, 'T02')).toMatchObject({
      title: 'Token bucket per tenant',
      line: lineOf(text, '**T02**'),
      phase: 'Phase 1 — Build',
      phaseNumber: 1,
      stream: null,
      checked: false
    })
    expect(task(plan, 'T01').checked).toBe(true)
  })

  test('gate targets: numeric, binary, skip by status', () => {
    expect(plan.gateTargets.I).toMatchObject({
      kind: 'numeric',
      threshold: 0.8,
      raw: '>= 0.80',
      source: 'plan'
    })
    expect(plan.gateTargets.I?.line).toBe(lineOf(text, '**Gate-I** (Improve)'))
    expect(plan.gateTargets.O).toMatchObject({ kind: 'binary', raw: 'all tests pass' })
    expect(plan.gateTargets.M).toMatchObject({ kind: 'binary', raw: 'API stable' })
    expect(plan.gateTargets.S).toMatchObject({ kind: 'skip', threshold: null })
  })

  test('read-only task: note instead of paths, no IOSM checks, none dependencies', () => {
    const t = task(plan, 'T01')
    expect(t.touches).toEqual([])
    expect(t.concurrency).toBe('read-only')
    expect(t.dependsOn).toEqual([])
    expect(t.iosmChecks).toEqual([])
    expect(t.needsUserInput).toBe(false)
    expect(t.status).toBe('complete')
  })

  test('field values', () => {
    const t = task(plan, 'T02')
    expect(t.ownerRole).toBe('Implementer-A')
    expect(t.dependsOn).toEqual(['T01'])
    expect(t.touches).toEqual(['svc/throttle/bucket.go', 'svc/throttle/'])
    expect(t.concurrency).toBe('write-shared')
    expect(t.needsUserInput).toBe(true)
    expect(t.effort).toBe('M (2-3 hours)')
    expect(t.severity).toBe('high')
    expect(t.iosmChecks).toEqual(['I', 'M'])
    expect(t.status).toBe('in-progress')
    expect(t.statusText).toBe('IN PROGRESS')
    expect(t.fields.reviewer).toMatchObject({ label: 'Reviewer', value: 'platform team' })
    expect(t.fields['owner role']?.line).toBe(lineOf(text, 'Implementer-A'))
  })

  test('ids anywhere in Depends on, ./ stripped, all gates, BLOCKED(reason)', () => {
    const t = task(plan, 'T03')
    expect(t.dependsOn).toEqual(['T02', 'T01'])
    expect(t.touches).toEqual(['svc/upload/handler.go'])
    expect(t.concurrency).toBe('write-local')
    expect(t.iosmChecks).toEqual(['I', 'O', 'S', 'M'])
    expect(t.status).toBe('blocked')
  })

  test('warnings: non-id dependency, unknown status, missing fields in one line', () => {
    const t4 = lineOf(text, '**T04**')
    expect(brief(diagnostics)).toEqual([
      `warning ${lineOf(text, 'once the handler settles')}: T04: Depends on "once the handler settles" names no task id; no dependency is taken from it`,
      `warning ${lineOf(text, 'maybe later')}: T04: status "maybe later" is not a known status`,
      `warning ${t4}: T04 has no Owner role, Touches, Acceptance`
    ])
    expect(task(plan, 'T04').status).toBeNull()
  })
})

describe('plan written like the template', () => {
  const text = fixture('plan-fenced-targets.md')
  const { plan, diagnostics } = parse(text)

  test('the Task Field Definitions section and fences hold no tasks', () => {
    expect(plan.tasks.map(t => t.id)).toEqual(['T00', 'T01', 'T02', 'T03', 'T04'])
  })

  test('placeholders in the header are left out, the status choices kept as text', () => {
    expect(plan.feature).toBeNull()
    expect(plan.trackHeader).toBeNull()
    expect(plan.statusText).toBe('Planning | In Progress | Integration | Complete')
  })

  test('Gate Targets inside a fenced markdown block', () => {
    expect(plan.gateTargets.I).toMatchObject({
      kind: 'numeric',
      threshold: 0.75,
      line: lineOf(text, '| Gate-I | ≥0.75')
    })
    expect(plan.gateTargets.M).toMatchObject({ kind: 'binary', raw: 'pass (no circular deps)' })
    expect(plan.gateTargets.O).toMatchObject({ kind: 'binary', raw: 'tests pass' })
    expect(plan.gateTargets.S?.kind).toBe('skip')
  })

  test('multi-line Acceptance from sub-bullets', () => {
    const t = task(plan, 'T01')
    expect(t.acceptance).toEqual([
      'Message schema versioned',
      'Back-pressure rules written down',
      'Contract tests sketched'
    ])
    expect(t.fields.acceptance?.value).toBe(
      'Message schema versioned\nBack-pressure rules written down\nContract tests sketched'
    )
    expect(t.dependsOn).toEqual(['T00'])
  })

  test('streams, Model comment, unknown lower-case fields kept', () => {
    expect(task(plan, 'T02').stream).toBe('Stream A: Producer')
    expect(task(plan, 'T03').stream).toBe('Stream B: Consumer')
    expect(task(plan, 'T04').stream).toBeNull()
    const t0 = task(plan, 'T00')
    expect(t0.fields.model?.value).toBe('haiku')
    expect(t0.fields.is_on_critical_path?.value).toBe('true')
    expect(t0.concurrency).toBe('read-only')
    expect(t0.phase).toBe('Phase 0 — Intake (Brownfield Only)')
  })

  test('All Phase 2-3 tasks becomes a phase range', () => {
    const t = task(plan, 'T04')
    expect(t.dependsOn).toEqual([])
    expect(t.dependsOnPhases).toEqual([{ from: 2, to: 3 }])
    expect(t.fields['estimated effort']).toBeDefined()
    expect(t.effort).toBe('M')
  })

  test('touches: bracketed notes and free text dropped with warnings', () => {
    expect(task(plan, 'T03').touches).toEqual(['export/consumer/'])
    expect(task(plan, 'T04').touches).toEqual(['integration_report.md'])
    expect(brief(diagnostics)).toEqual([
      `warning ${lineOf(text, '[consumer wiring')}: T03: Touches note [consumer wiring across services] is not a path; ignored`,
      `warning ${lineOf(text, 'release configs')}: T04: Touches item "release configs" is not a path; ignored`
    ])
  })
})

describe('plan edge cases', () => {
  test('legacy ### Task T01: headings with their field lines', () => {
    const text = fixture('plan-legacy.md')
    const { plan, diagnostics } = parse(text)
    expect(plan.tasks.map(t => [t.id, t.title])).toEqual([
      ['T01', 'Write the migration'],
      ['T02', 'Backfill quotas']
    ])
    expect(plan.tasks[0]?.touches).toEqual(['db/migrations/0007_quota.sql'])
    expect(plan.tasks[0]?.status).toBe('complete')
    expect(plan.tasks[1]?.dependsOn).toEqual(['T01'])
    expect(plan.tasks[1]?.touches).toEqual(['db/backfill/'])
    expect(diagnostics).toEqual([])
  })

  test('duplicate id: the second definition is dropped with an error at its line', () => {
    const text = [
      '### Phase 1 — Work',
      '- [ ] **T01**: First',
      '  - **Owner role:** A',
      '- [x] **T01**: Again',
      '  - **Owner role:** B'
    ].join('\n')
    const { plan, diagnostics } = parse(text)
    expect(plan.tasks).toHaveLength(1)
    expect(plan.tasks[0]).toMatchObject({ title: 'First', ownerRole: 'A' })
    expect(diagnostics).toContainEqual({
      severity: 'error',
      file: 'plan.md',
      line: 4,
      message: 'duplicate task id T01: this second definition is ignored'
    })
  })

  test('task line without an id is an error; plain checklists are not tasks', () => {
    const text = [
      '### Phase 1 — Work',
      '- [ ] **TBD**: Something without an id',
      '- [ ] **T-AUTO-03**: Spawned follow-up',
      '',
      '## Progress',
      '- [x] Survey finished'
    ].join('\n')
    const { plan, diagnostics } = parse(text)
    expect(plan.tasks.map(t => t.id)).toEqual(['T-AUTO-03'])
    expect(diagnostics.filter(d => d.severity === 'error')).toEqual([
      {
        severity: 'error',
        file: 'plan.md',
        line: 2,
        message:
          'task line could not be read (no task id such as T01 or T-AUTO-01): TBD: Something without an id'
      }
    ])
  })

  test('dependency text besides ids is warned about; notes, separators and phases are not', () => {
    const deps = [
      'T-AUTO-01, and something vague',
      'T00 (if brownfield)',
      'T08 (final API stable)',
      'T01, T02 and T03.',
      'Tasks T02 & T03 [soft]',
      'All Phase 2-3 tasks, T01',
      'All Phase 2 tasks except the docs'
    ]
    const text = [
      '### Phase 1 — Work',
      ...deps.flatMap((d, k) => [`- [ ] **T1${k}**: Task ${k}`, `  - **Depends on:** ${d}`])
    ].join('\n')
    const { plan, diagnostics } = parse(text)
    expect(task(plan, 'T10').dependsOn).toEqual(['T-AUTO-01'])
    expect(task(plan, 'T16').dependsOnPhases).toEqual([{ from: 2, to: 2 }])
    expect(
      diagnostics.filter(d => d.message.includes('Depends on')).map(d => [d.line, d.message])
    ).toEqual([
      [
        3,
        'T10: Depends on "T-AUTO-01, and something vague": "something vague" is not a task id; no dependency is taken from that part'
      ],
      [
        15,
        'T16: Depends on "All Phase 2 tasks except the docs": "except the docs" is not a task id; no dependency is taken from that part'
      ]
    ])
  })

  test('CRLF line ends and a BOM', () => {
    const text =
      '\uFEFF# Plan\r\n\r\n### Phase 1 — Work\r\n- [ ] **T01**: Only task\r\n  - **Touches:** `a/b.ts`\r\n  - **Status:** DONE\r\n'
    const { plan } = parse(text)
    expect(plan.title).toBe('Plan')
    expect(plan.tasks[0]).toMatchObject({
      id: 'T01',
      line: 4,
      touches: ['a/b.ts'],
      status: 'complete'
    })
  })

  test('an unclosed fence hides what follows and says so', () => {
    const text = '# Plan\n\n```\n- [ ] **T01**: Hidden\n'
    const { plan, diagnostics } = parse(text)
    expect(plan.tasks).toEqual([])
    expect(brief(diagnostics)).toEqual([
      'warning 3: code fence never closed: the rest of the file is read as code'
    ])
  })
})

describe('task lines that hide their id', () => {
  test('a zero-width character inside the bold id still reads as the task', () => {
    const { plan, diagnostics } = parse(
      [
        '## Phase 1',
        '- [ ] **T\u200b01**: First',
        '- [x] **T02\u2060**: Second',
        '- [ ] **\ufeffT03** — Third'
      ].join('\n')
    )
    expect(plan.tasks.map(t => [t.id, t.title])).toEqual([
      ['T01', 'First'],
      ['T02', 'Second'],
      ['T03', 'Third']
    ])
    expect(diagnostics.filter(d => d.severity === 'error')).toEqual([])
  })

  test('a bold task line the parser cannot read is an error, inside a phase or not', () => {
    const { plan, diagnostics } = parse(
      ['- [ ] **T 0 1 x**: Lost', '- [ ] Write the docs'].join('\n')
    )
    expect(plan.tasks).toEqual([])
    expect(diagnostics.filter(d => d.severity === 'error').map(d => [d.line, d.message])).toEqual([
      [1, 'task line could not be read (no task id such as T01 or T-AUTO-01): T 0 1 x: Lost']
    ])
  })

  test('spaces before a U+2028 in a task line: the task, read in linear time', () => {
    // Pinned at a size where the old `[ \t]*…(.*)$` pattern backtracked for minutes.
    const { plan } = parse(`- [ ] **T02**${' '.repeat(20_000)}\u2028tail`)
    expect(plan.tasks.map(t => t.id)).toEqual(['T02'])
  })
})

describe('a Tasks section with no readable task', () => {
  test('is an error at its heading when it holds text, and no task is invented', () => {
    const text = [
      '# Plan: Upload quota',
      '',
      '## Tasks',
      '',
      'T01 — write the counter, then T02 wires it in.',
      '* T02 the upload hook',
      '',
      '## Notes',
      'None.'
    ].join('\n')
    const { plan, diagnostics } = parse(text)
    expect(plan.tasks).toEqual([])
    const warning = diagnostics.find(d => d.message.includes('holds no task'))
    expect(warning).toMatchObject({ severity: 'error', line: lineOf(text, '## Tasks') })
    expect(warning?.message).toContain("'Tasks'")
  })

  test('is a warning when the section is empty', () => {
    const { plan, diagnostics } = parse('# Plan: Upload quota\n\n## Tasks\n\n## Notes\nNone.\n')
    expect(plan.tasks).toEqual([])
    expect(diagnostics.find(d => d.message.includes('holds no task'))).toMatchObject({
      severity: 'warning',
      line: 3
    })
  })

  test('a plan whose tasks are read gets no such warning', () => {
    const { plan, diagnostics } = parse('# Plan\n\n## Tasks\n\n- [ ] **T01**: Counter\n')
    expect(plan.tasks.map(t => t.id)).toEqual(['T01'])
    expect(diagnostics.some(d => d.message.includes('holds no task'))).toBe(false)
  })
})

describe('many repeated Gate Targets and Task Field Definitions sections', () => {
  // 40,000 sections: each used to be checked against every skipped one (seconds).
  test('the first targets table counts and the one task is read', () => {
    const repeats = Array.from({ length: 20000 }, (_, i) =>
      i === 0
        ? '## Gate Targets\n| Gate | Target |\n|---|---|\n| Gate-I | ≥0,75 |\n'
        : '## Task Field Definitions\n- **T99**: example\n## Gate Targets\n| Gate | Target |\n|---|---|\n| Gate-I | ≥0.10 |\n'
    )
    const { plan } = parse(`# Plan\n\n## Tasks\n\n- [ ] **T01**: Counter\n\n${repeats.join('')}`)
    expect(plan.tasks.map(t => t.id)).toEqual(['T01'])
    expect(plan.gateTargets.I).toMatchObject({ threshold: 0.75 })
  })
})
