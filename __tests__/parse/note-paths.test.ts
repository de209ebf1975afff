// The paths a May-conflict note names: code spans for certain, else words
// that read as paths, never prose that merely holds a slash or a dot.
import { notePaths } from '../../src/parse/note-paths.js'
import { parseReport } from '../../src/parse/report.js'

describe('notePaths', () => {
  it.each([
    ['both edit the router in `src/router.ts`', ['src/router.ts']],
    [
      '`./docs/api.md` and `src\\\\cfg\\\\a.yml`, not `make test`',
      ['docs/api.md', 'src/cfg/a.yml']
    ],
    ['the code span wins: `a.ts` over b.ts', ['a.ts']],
    ['both write docs/api/rate-limits.md; merge T02 first', ['docs/api/rate-limits.md']],
    ['the schema (schema.ts) changes in both', ['schema.ts']],
    ['everything under src/config/ moves', ['src/config/']],
    ['same page, and/or the same e.g. wording', []],
    ['no file named', []],
    ['**bold** _T07_ and `T07`', []],
    ['both change `UserService.findById` in src/user.ts', ['src/user.ts']],
    ['see `src/a.ts:42` and `lib/b.py:7:3`', ['src/a.ts', 'lib/b.py']],
    ['`.env.local` and `.github/workflows/ci.yml`', ['.env.local', '.github/workflows/ci.yml']],
    ['`src/a.ts src/b.ts` in one span', ['src/a.ts', 'src/b.ts']],
    ['`npm run build` only', []],
    ['(see (`a.ts`)))', ['a.ts']]
  ])('%s -> %j', (note, paths) => {
    expect(notePaths(note)).toEqual(paths)
  })

  it('reads a word wrapped in long runs of closing brackets', () => {
    expect(notePaths(`a long run ${')'.repeat(10000)}x.ts${')'.repeat(10000)}`)).toEqual([])
    expect(notePaths(`see xy.ts${')'.repeat(10000)}`)).toEqual(['xy.ts'])
  })
})

describe('a report hand-off note', () => {
  const report = (line: string) =>
    parseReport(
      {
        path: 'reports/T01.md',
        text: `# Subagent Report: T01\n\n**Status:** ✅ Complete\n\n## Handoff Notes to Integrator\n\n${line}\n`
      },
      'T01',
      false,
      []
    )

  it('keeps the paths of its code spans, which its plain text loses', () => {
    const [ref] = report('- **May conflict with T02:** both touch `src/a_b.ts`').mayConflictWith
    expect(ref?.note).toBe('both touch src/a_b.ts')
    expect(ref?.paths).toEqual(['src/a_b.ts'])
  })

  it('reads the unlabelled form too', () => {
    const [ref] = report('- May conflict with T02: see `lib/x.py`').mayConflictWith
    expect(ref?.paths).toEqual(['lib/x.py'])
  })

  it('keeps the first note of an id named twice', () => {
    const refs = report(
      '- **Depends on T02:** the API\n- **Depends on T02, T03:** the schema'
    ).dependsOn
    expect(refs.map(r => [r.id, r.note])).toEqual([
      ['T02', 'the API'],
      ['T03', 'the schema']
    ])
  })

  it('gives other relations no paths', () => {
    expect(report('- **Depends on T02:** `lib/x.py`').dependsOn[0]?.paths).toEqual([])
  })
})
