import { readFileSync } from 'node:fs'
import type { Diagnostic, Report } from '../../src/model.js'
import { parsePlan } from '../../src/parse/plan.js'
import { isPathWord } from '../../src/parse/paths.js'
import { parseReport } from '../../src/parse/report.js'
import { readStatus } from '../../src/parse/status.js'
import { brief, fixture, lineOf, source } from './helpers.js'

function track(name: string): string {
  return readFileSync(new URL(`../../__fixtures__/drift-track/${name}`, import.meta.url), 'utf8')
}

function report(name: string, id: string): { r: Report; out: Diagnostic[]; text: string } {
  const text = track(`reports/${name}`)
  const out: Diagnostic[] = []
  return { r: parseReport(source(`reports/${name}`, text), id, false, out), out, text }
}

const paths = (claims: Array<{ path: string }>) => claims.map(c => c.path)

describe('plan tasks in other shapes', () => {
  const text = track('plan.md')
  const out: Diagnostic[] = []
  const plan = parsePlan(source('plan.md', text), out)

  test('task lines, headings, a task table and plain task lines, in plan order', () => {
    expect(plan.tasks.map(t => [t.id, t.title, t.line])).toEqual([
      ['T01', 'Audit the signup page', lineOf(text, '**T01**')],
      ['T02', 'Form design', lineOf(text, '### T02')],
      ['T03', 'Subscribe endpoint', lineOf(text, '#### T03')],
      ['T04', 'Confirmation mail', lineOf(text, '| T04')],
      ['T05', 'Rate limit', lineOf(text, '| T05')],
      ['T06', 'Unsubscribe link', lineOf(text, '| T06')],
      ['T07', 'Docs', lineOf(text, 'T07: Docs')],
      ['T08', 'Cleanup', lineOf(text, '**T08**')]
    ])
  })

  test('fields without bold and table columns are fields', () => {
    const byId = new Map(plan.tasks.map(t => [t.id, t]))
    expect(byId.get('T02')).toMatchObject({
      ownerRole: 'Architect',
      dependsOn: ['T01'],
      touches: ['web/signup/form.tsx'],
      status: 'complete'
    })
    expect(byId.get('T05')).toMatchObject({
      ownerRole: 'Implementer-C',
      dependsOn: ['T03'],
      touches: ['api/limit.ts'],
      status: 'complete'
    })
    expect(byId.get('T07')).toMatchObject({ dependsOn: ['T04', 'T06'], status: 'complete' })
  })

  test('phases from Stage headings, numbered by letter', () => {
    expect(plan.phases.map(p => [p.name, p.number])).toEqual([
      ['Stage A: Discovery', 1],
      ['Stage B: Build', 2],
      ['Stage C: Ship', 3]
    ])
    expect(plan.tasks.map(t => t.phaseNumber)).toEqual([1, 1, 1, 2, 2, 2, 3, 3])
  })

  test('nothing in this plan is worth a diagnostic', () => {
    expect(brief(out)).toEqual([])
  })
})

describe('tasks as list items without a checkbox', () => {
  test('an item with its fields below is a task; an id written like a task but never read is a warning', () => {
    const text = fixture('drift/plan-numbered-tasks.md')
    const out: Diagnostic[] = []
    const plan = parsePlan(source('plan.md', text), out)
    expect(plan.tasks.map(t => [t.id, t.title, t.line, t.dependsOn, t.touches])).toEqual([
      ['T01', 'Schema', lineOf(text, '**T01** — Schema'), [], ['db/schema.sql']],
      ['T02', 'Loader', lineOf(text, '**T02**'), ['T01'], ['db/load.py']]
    ])
    expect(brief(out).filter(d => d.includes('written like a task'))).toEqual([
      `warning ${lineOf(text, '**T03**')}: T03 is written like a task here, but no task T03 could be read (a task is a \`- [ ] **T03**: Title\` line or an item with its fields below it, a \`### T03: Title\` heading or a row of a task table)`
    ])
  })

  test('a plan whose task items have no fields gives no task, and each is an error', () => {
    const text = ['# Plan', '', '## Wave 1', '', '1. **T01** — Schema', '2. **T02** — Loader'].join(
      '\n'
    )
    const out: Diagnostic[] = []
    const plan = parsePlan(source('plan.md', text), out)
    expect(plan.tasks).toEqual([])
    expect(brief(out).map(d => d.slice(0, 60))).toEqual([
      'error 5: T01 is written like a task here, but no task T01 co',
      'error 6: T02 is written like a task here, but no task T02 co'
    ])
  })
})

describe('tasks numbered without the T', () => {
  test('a `### Task 2: Title` heading is T02, and `Depends on: Task 1` names T01', () => {
    const text = fixture('drift/plan-task-numbers.md')
    const out: Diagnostic[] = []
    const plan = parsePlan(source('plan.md', text), out)
    expect(plan.tasks.map(t => [t.id, t.title, t.line, t.dependsOn])).toEqual([
      ['T01', 'Schema', lineOf(text, '### Task 1'), []],
      ['T02', 'Loader', lineOf(text, '### Task 2'), ['T01']]
    ])
    expect(brief(out)).toEqual([])
  })
})

describe('dependency fields under other names', () => {
  test('Deps and Blocked by order tasks; another field that names only tasks is a warning, prose is not', () => {
    const text = fixture('drift/plan-dependency-labels.md')
    const out: Diagnostic[] = []
    const plan = parsePlan(source('plan.md', text), out)
    expect(plan.tasks.map(t => [t.id, t.dependsOn])).toEqual([
      ['T01', []],
      ['T02', ['T01']],
      ['T03', ['T01', 'T02']],
      ['T04', []]
    ])
    // Where an unknown id among them is reported.
    expect(plan.tasks.map(t => t.dependsOnLine)).toEqual([
      null,
      lineOf(text, '**Deps:**'),
      lineOf(text, '**Blocked by:**'),
      null
    ])
    expect(brief(out)).toEqual([
      `warning ${lineOf(text, 'Runs after')}: T04: field "Runs after" names [T03] but is not read; only Depends on orders tasks (also written Dependencies, Deps, Blocked by or Prerequisites)`
    ])
  })
})

describe('reports in other shapes', () => {
  test('fields without bold; Files Changed as a numbered list with verbs; a Gate / Score table', () => {
    const { r, out } = report('T02-form-design.md', 'T02')
    expect(r).toMatchObject({ status: 'complete', statusText: 'DONE', role: 'Architect' })
    expect(paths(r.files.created)).toEqual(['web/signup/form.tsx'])
    expect(paths(r.files.modified)).toEqual(['web/signup/index.tsx'])
    expect(r.gates).toMatchObject({ I: { score: 0.85 }, M: { score: 0.8 } })
    expect(brief(out)).toEqual([])
  })

  test('bold labels as sub-headings, a blocker written as prose, CRLF', () => {
    const { r, out, text } = report('T05.md', 'T05')
    expect(text.includes('\r\n')).toBe(true)
    expect(paths(r.files.created)).toEqual(['api/limit.ts'])
    expect(paths(r.files.modified)).toEqual(['api/subscribe.ts'])
    expect(r.blockers).toEqual([
      {
        title: 'The quota store needs a Redis instance that staging does not have.',
        description: 'Ops was asked on Monday.',
        line: lineOf(text, 'The quota store'),
        resolved: false
      }
    ])
    expect(brief(out)).toEqual([
      `warning ${lineOf(text, 'Gate-O: 1.5')}: Gate-O score "1.5" cannot be read: 1.5 is above 1 and names no scale (write 1.5/5 or 1.5%); Gate-O counts as not evaluated in this report`
    ])
  })

  test('a verb before each path; a rename deletes the old path and creates the new', () => {
    const { r } = report('T06.md', 'T06')
    expect(paths(r.files.created)).toEqual(['api/unsubscribe.ts', 'api/unsubscribe-legacy.ts'])
    expect(paths(r.files.deleted)).toEqual(['api/optout.ts'])
  })

  test('French: section and field names, status words, None-like words', () => {
    const { r, out, text } = report('T03_endpoint.md', 'T03')
    expect(r).toMatchObject({
      status: 'complete',
      role: 'Implementer-A',
      title: "Point d'accès d'inscription",
      summary: "Le point d'accès enregistre l'adresse et renvoie 201.",
      blockers: []
    })
    expect(paths(r.files.created)).toEqual(['api/subscribe.ts'])
    expect(paths(r.files.modified)).toEqual(['api/mailer/index.ts'])
    expect(r.gates).toMatchObject({ I: { score: 0.8 }, M: { score: 0.85 } })
    // A section no language table names is not read, and says so.
    expect(brief(out)).toEqual([
      `notice ${lineOf(text, '## Déploiement')}: read in part: 1 of 6 sections not recognised and not read: "Déploiement" (line ${lineOf(text, '## Déploiement')})`
    ])
  })

  test('Russian: section and field names, status words, a score on the gate heading', () => {
    const { r, out } = report('T04.md', 'T04')
    expect(r).toMatchObject({
      status: 'complete',
      role: 'Implementer-B',
      summary: 'Письмо подтверждения отправляется после подписки.',
      blockers: []
    })
    expect(paths(r.files.created)).toEqual(['api/mailer/confirm.ts'])
    expect(r.gates).toMatchObject({ I: { score: 0.9 }, O: { score: 0.78 } })
    expect(brief(out)).toEqual([])
  })

  test.each([
    ['Terminé', 'complete'],
    ['Partiel', 'partial'],
    ['Bloqué', 'blocked'],
    ['Выполнено ✅', 'complete'],
    ['Заблокировано', 'blocked'],
    ['Completado', 'complete'],
    ['Erledigt', 'complete'],
    ['Concluído', 'complete'],
    ['en cours', 'in-progress']
  ])('status word %s', (word, status) => {
    expect(readStatus(word)).toEqual({ kind: 'ok', status })
  })

  test('a Files section that names no readable path is a warning naming it', () => {
    const text = [
      '# Subagent Report: T09 — X',
      '**Status:** DONE',
      '## Summary',
      'Done.',
      '## Files Touched',
      'The usual files around the mailer.',
      '## SpawnCandidates',
      'None identified.'
    ].join('\n')
    const out: Diagnostic[] = []
    parseReport(source('reports/T09.md', text), 'T09', false, out)
    expect(brief(out)).toContain(
      'warning 5: section "Files Touched" names no file path the parser can read (write paths in backticks, one per bullet); this task\'s files are unknown'
    )
  })
})

describe('blockers in a table', () => {
  test('a row per blocker, its status and impact read; a question table asks; a table naming no blocker is a warning', () => {
    const text = fixture('drift/report-blocker-tables.md')
    const out: Diagnostic[] = []
    const r = parseReport(source('reports/T11.md', text), 'T11', false, out)
    expect(r.blockers).toEqual([
      {
        title: 'Staging database is down',
        description: 'no region can be verified',
        line: lineOf(text, '| Staging'),
        resolved: false
      },
      {
        title: 'Missing API key',
        description: '',
        line: lineOf(text, 'Missing API'),
        resolved: true
      },
      { title: 'Quota not raised', description: '', line: lineOf(text, 'Quota'), resolved: true }
    ])
    expect(r.openQuestions).toEqual([
      { title: 'Which region goes first?', line: lineOf(text, 'Which region') }
    ])
    expect(brief(out)).toEqual([
      `warning ${lineOf(text, '| Owner | Due')}: this table has no Blocker, Issue, Problem or Description column (columns: owner, due); its row is not read as blockers`
    ])
  })
})

describe('header fields in a table', () => {
  test('a Field / Value table before the first section gives the status, role and task id', () => {
    const text = fixture('drift/report-field-table.md')
    const out: Diagnostic[] = []
    const r = parseReport(source('reports/T13.md', text), 'T13', false, out)
    expect(r).toMatchObject({
      status: 'complete',
      statusLine: lineOf(text, '| **Status**'),
      role: 'Implementer'
    })
    expect(brief(out)).toEqual([])
  })
})

describe('a State line for the status', () => {
  test.each([
    ['**State:** finished', 'complete'],
    ['State: blocked by the schema', 'blocked']
  ])('%s', (line, status) => {
    const text = ['# Subagent Report: T14 — Export', '', line, '', '## Summary', '', 'Done.'].join(
      '\n'
    )
    const out: Diagnostic[] = []
    const r = parseReport(source('reports/T14.md', text), 'T14', false, out)
    expect([r.status, r.statusLine]).toEqual([status, 3])
    expect(brief(out).filter(d => d.includes('status'))).toEqual([])
  })
})

describe('files in a table', () => {
  test('a claim per row with its change, lines and note; a table of paths without a File column is a warning', () => {
    const text = fixture('drift/report-file-tables.md')
    const out: Diagnostic[] = []
    const r = parseReport(source('reports/T12.md', text), 'T12', false, out)
    const claims = (list: Report['files']['created']) =>
      list.map(c => [c.path, c.linesAdded, c.linesRemoved, c.note, c.line])
    expect(claims(r.files.modified)).toEqual([
      ['src/a.py', 40, 3, 'the loader', lineOf(text, 'src/a.py')]
    ])
    expect(claims(r.files.created)).toEqual([
      ['src/new.py', 120, null, null, lineOf(text, 'src/new.py')],
      ['tests/test_new.py', null, null, 'covers the loader', lineOf(text, 'tests/test_new.py')]
    ])
    expect(claims(r.files.deleted)).toEqual([
      ['docs/old.md', null, null, 'superseded', lineOf(text, 'docs/old.md')]
    ])
    expect(r.files.touched).toEqual([])
    expect(brief(out)).toEqual([
      `warning ${lineOf(text, '| Name | Owner')}: this table holds paths but has no File or Path column (columns: name, owner); its rows are not read as file claims`
    ])
  })
})

describe('paths without backticks', () => {
  test('a path alone on its bullet, or with a note after it, is a claim; a sentence that opens with one is a warning', () => {
    const text = fixture('drift/report-bare-paths.md')
    const out: Diagnostic[] = []
    const r = parseReport(source('reports/T10.md', text), 'T10', false, out)
    expect(r.files.touched.map(c => [c.path, c.note, c.line])).toEqual([
      ['bench/run.py', null, lineOf(text, '- bench/run.py')],
      ['bench/data.csv', 'sample rows', lineOf(text, 'bench/data.csv')],
      ['README.md', 'the bench section', lineOf(text, 'README.md')]
    ])
    expect(paths(r.files.created)).toEqual(['docs/bench.md'])
    expect(brief(out)).toEqual([
      `warning ${lineOf(text, 'src/app.py')}: "src/app.py was split into two modules" begins with a path but is not read as a claim, as it reads as a sentence; write the path in backticks to claim it`
    ])
  })

  test.each([
    ['bench/run.py', true],
    ['docs/', true],
    ['README.md', true],
    ['web/signup/form.tsx', true],
    ['Makefile', false],
    ['v1.2', false],
    ['e.g.', false],
    ['1.5', false],
    ['https://example.com/a.md', false],
    ['.env', false]
  ])('%s is a path word: %s', (word, yes) => {
    expect(isPathWord(word)).toBe(yes)
  })
})

describe('honest about what is not read', () => {
  test('a repeated section is read once and warned; unknown sections are the coverage gap', () => {
    const text = fixture('drift/report-repeated-unknown.md')
    const out: Diagnostic[] = []
    const r = parseReport(source('reports/T09.md', text), 'T09', false, out)
    expect(r.summary).toBe('Built the search index.')
    expect(r.coverage).toEqual({
      sections: 6,
      recognised: 4,
      skipped: [
        { heading: 'Rollout Checklist', line: lineOf(text, '## Rollout') },
        { heading: 'Gate-I', line: lineOf(text, '## Gate-I') }
      ]
    })
    const second = text.split('\n').lastIndexOf('## Summary') + 1
    expect(brief(out)).toEqual([
      `warning ${second}: section "Summary" appears a second time; only the first one (line ${lineOf(text, '## Summary')}) is read`,
      `notice ${lineOf(text, '## Rollout')}: read in part: 2 of 6 sections not recognised and not read: "Rollout Checklist" (line ${lineOf(text, '## Rollout')}), "Gate-I" (line ${lineOf(text, '## Gate-I')})`,
      'warning 1: no IOSM Quality Gate Results or IOSM Quality Checks section'
    ])
  })
})
