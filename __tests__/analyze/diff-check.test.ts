import { checkDiff } from '../../src/analyze/diff-check.js'
import { changed, claims, report } from '../../__fixtures__/analyze/builders.js'
import type { ClaimedFiles, FileClaim } from '../../src/model.js'

const task = (id: string, files: Partial<ClaimedFiles>) => ({
  id,
  report: report(id, { files: { created: [], modified: [], deleted: [], touched: [], ...files } })
})
const at = (line: number, path: string): FileClaim => ({
  path,
  line,
  linesAdded: null,
  linesRemoved: null,
  note: null
})

describe('checkDiff', () => {
  it('maps every changed file to the tasks claiming it, folders included', () => {
    const { diffCheck } = checkDiff(
      [
        task('T02', { touched: claims('src/api/') }),
        task('T01', { modified: claims('src/api/users.ts') })
      ],
      changed([
        { path: 'src/api/users.ts' },
        { path: 'README.md' },
        { path: 'swarm/tracks/t/reports/T01.md', status: 'added' }
      ]),
      'swarm/tracks/t'
    )
    expect(diffCheck.files.map(f => [f.path, f.claimedBy])).toEqual([
      ['README.md', []],
      ['src/api/users.ts', ['T01', 'T02']],
      ['swarm/tracks/t/reports/T01.md', []]
    ])
    expect(diffCheck.unreported).toEqual(['README.md'])
  })

  it('reports phantom files and empty claimed folders as warnings at the claim line', () => {
    const { diffCheck, diagnostics } = checkDiff(
      [task('T03', { created: [at(12, 'gone.ts')], touched: [at(14, 'docs/'), at(15, 'src/')] })],
      changed([{ path: 'src/a.ts' }]),
      'swarm/tracks/t'
    )
    expect(diffCheck.phantom).toEqual([
      { task: 'T03', path: 'docs/' },
      { task: 'T03', path: 'gone.ts' }
    ])
    expect(diagnostics).toEqual([
      {
        severity: 'warning',
        file: 'reports/T03.md',
        line: 12,
        message: 'T03 claims gone.ts, but the diff does not change it.'
      },
      {
        severity: 'warning',
        file: 'reports/T03.md',
        line: 14,
        message: 'T03 claims the folder docs/, but the diff changes nothing in it.'
      }
    ])
  })

  it('flags claims whose kind the diff contradicts', () => {
    const { diffCheck, diagnostics } = checkDiff(
      [
        task('T01', {
          created: [at(5, 'a.ts')],
          modified: [at(6, 'b.ts'), at(7, 'c.ts')],
          deleted: [at(8, 'd.ts'), at(9, 'e.ts')],
          touched: [at(10, 'f.ts')]
        })
      ],
      changed([
        { path: 'a.ts', status: 'modified' },
        { path: 'b.ts', status: 'added' },
        { path: 'c.ts', status: 'modified' },
        { path: 'd.ts', status: 'modified' },
        { path: 'e.ts', status: 'removed' },
        { path: 'f.ts', status: 'added' }
      ]),
      'x'
    )
    expect(diffCheck.mismatch).toEqual([
      { task: 'T01', path: 'a.ts', claimed: 'created', actual: 'modified' },
      { task: 'T01', path: 'b.ts', claimed: 'modified', actual: 'added' },
      { task: 'T01', path: 'd.ts', claimed: 'deleted', actual: 'modified' }
    ])
    expect(diagnostics.map(d => [d.line, d.message])).toEqual([
      [5, 'T01 says it created a.ts, but the diff shows it modified.'],
      [6, 'T01 says it modified b.ts, but the diff shows it added.'],
      [8, 'T01 says it deleted d.ts, but the diff shows it modified.']
    ])
  })

  it('lets a change of unknown kind (numstat, a plain list) fit any claim', () => {
    const { diffCheck, diagnostics } = checkDiff(
      [
        task('T01', {
          created: [at(5, 'a.ts')],
          modified: [at(6, 'b.ts')],
          deleted: [at(7, 'c.ts')]
        })
      ],
      changed([
        { path: 'a.ts', status: 'unknown' },
        { path: 'b.ts', status: 'unknown' },
        { path: 'c.ts', status: 'unknown' }
      ]),
      'x'
    )
    expect(diffCheck.mismatch).toEqual([])
    expect(diffCheck.phantom).toEqual([])
    expect(diagnostics).toEqual([])
  })

  it('follows renames: the new path may be created or modified, the old one deleted or modified', () => {
    const rename = changed([{ path: 'new/x.ts', status: 'renamed', previousPath: 'old/x.ts' }])
    const ok = checkDiff(
      [
        task('T01', { created: claims('new/x.ts'), deleted: claims('old/x.ts') }),
        task('T02', { modified: claims('old/x.ts') })
      ],
      rename,
      'x'
    )
    expect(ok.diagnostics).toEqual([])
    expect(ok.diffCheck.files[0]?.claimedBy).toEqual(['T01', 'T02'])
    expect(ok.diffCheck.unreported).toEqual([])
    const bad = checkDiff([task('T01', { created: claims('old/x.ts') })], rename, 'x')
    expect(bad.diffCheck.mismatch).toEqual([
      { task: 'T01', path: 'old/x.ts', claimed: 'created', actual: 'renamed' }
    ])
    expect(bad.diagnostics[0]?.message).toBe(
      'T01 says it created old/x.ts, but the diff shows it renamed to new/x.ts.'
    )
  })

  it('does not call claims phantom when the diff is truncated, and copies the flag', () => {
    const { diffCheck, diagnostics } = checkDiff(
      [task('T01', { created: claims('far.ts', 'dir/') })],
      changed([], true),
      'x'
    )
    expect(diffCheck.phantom).toEqual([])
    expect(diagnostics).toEqual([])
    expect(diffCheck.truncated).toBe(true)
  })

  it('ignores unchanged entries', () => {
    const { diffCheck } = checkDiff([], changed([{ path: 'same.ts', status: 'unchanged' }]), 'x')
    expect(diffCheck.files).toEqual([])
    expect(diffCheck.unreported).toEqual([])
  })
})
