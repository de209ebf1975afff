import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import type { ChangedFile, ChangedFiles } from '../../src/model.js'
import { mergeChangedFiles, parseChangedFiles } from '../../src/diff/changed-files.js'

function files(text: string, source = 'diff.txt'): ChangedFile[] {
  const r = parseChangedFiles(text, source)
  if (!r.ok) throw new Error(r.error)
  return r.value.files
}

function one(text: string): ChangedFile {
  const all = files(text)
  expect(all).toHaveLength(1)
  return all[0] as ChangedFile
}

function errorOf(text: string, source = 'diff.txt'): string {
  const r = parseChangedFiles(text, source)
  if (r.ok) throw new Error(`expected an error, got ${JSON.stringify(r.value.files)}`)
  return r.error
}

describe('numstat lines', () => {
  it('reads counts and the path; the kind of change stays unknown', () => {
    expect(one('12\t3\tsrc/app.ts\n')).toEqual({
      path: 'src/app.ts',
      status: 'unknown',
      previousPath: null,
      additions: 12,
      deletions: 3
    })
  })

  it('leaves counts null for binary files', () => {
    const f = one('-\t-\tassets/logo.png')
    expect(f.additions).toBeNull()
    expect(f.deletions).toBeNull()
    expect(f.path).toBe('assets/logo.png')
  })

  it('reads a plain rename', () => {
    const f = one('5\t1\tdocs/old.md => docs/new.md')
    expect(f).toMatchObject({ path: 'docs/new.md', previousPath: 'docs/old.md', status: 'renamed' })
    expect([f.additions, f.deletions]).toEqual([5, 1])
  })

  it('rebuilds both paths of the compact brace rename', () => {
    expect(one('0\t0\tsrc/{a => b}/x.ts')).toMatchObject({
      path: 'src/b/x.ts',
      previousPath: 'src/a/x.ts',
      status: 'renamed'
    })
  })

  it('handles a brace rename with an empty side (a folder added or dropped)', () => {
    expect(one('2\t0\tlib/{ => util}/clock.ts')).toMatchObject({
      path: 'lib/util/clock.ts',
      previousPath: 'lib/clock.ts'
    })
    expect(one('0\t0\t{api => }/routes.ts')).toMatchObject({
      path: 'routes.ts',
      previousPath: 'api/routes.ts'
    })
  })

  it('handles a brace rename of the file name itself', () => {
    expect(one('1\t1\tsrc/limits/{bucket.ts => token-bucket.ts}')).toMatchObject({
      path: 'src/limits/token-bucket.ts',
      previousPath: 'src/limits/bucket.ts'
    })
  })

  it('decodes quoted paths with octal UTF-8 bytes and C escapes', () => {
    expect(one('4\t0\t"docs/sp\\303\\251cial name.md"').path).toBe('docs/spécial name.md')
    expect(one('1\t0\t"a\\"quote\\\\slash\\ttab.txt"').path).toBe('a"quote\\slash\ttab.txt')
  })

  it('reads a rename with quoted sides', () => {
    expect(
      one('1\t0\t"sp\\303\\251cial.md" => "docs/sp\\303\\251cial \\303\\274.md"')
    ).toMatchObject({
      path: 'docs/spécial ü.md',
      previousPath: 'spécial.md',
      status: 'renamed'
    })
  })

  it('keeps spaces and unicode written raw', () => {
    expect(one('3\t0\tnotes/meeting notes — März.md').path).toBe('notes/meeting notes — März.md')
  })
})

describe('name-status lines', () => {
  it('maps each status letter', () => {
    const got = files(
      ['A\tnew.ts', 'M\tchanged.ts', 'D\tgone.ts', 'T\tlink', 'U\tconflicted.ts'].join('\n')
    )
    expect(Object.fromEntries(got.map(f => [f.path, f.status]))).toEqual({
      'new.ts': 'added',
      'changed.ts': 'modified',
      'gone.ts': 'removed',
      link: 'changed',
      'conflicted.ts': 'changed'
    })
    expect(got.every(f => f.additions === null && f.deletions === null)).toBe(true)
  })

  it('reads renames and copies with their similarity score', () => {
    const got = files('R087\tsrc/old name.ts\tsrc/new name.ts\nC100\tbase.yml\tcopy.yml\n')
    expect(got).toEqual([
      {
        path: 'copy.yml',
        status: 'copied',
        previousPath: 'base.yml',
        additions: null,
        deletions: null
      },
      {
        path: 'src/new name.ts',
        status: 'renamed',
        previousPath: 'src/old name.ts',
        additions: null,
        deletions: null
      }
    ])
  })

  it('reads quoted paths on either side of a rename', () => {
    expect(one('R100\t"caf\\303\\251.md"\tcafe.md')).toMatchObject({
      path: 'cafe.md',
      previousPath: 'café.md'
    })
  })

  it('rejects a rename without its second path', () => {
    expect(errorOf('R090\tonly-one.ts')).toMatch(/line 1: .*old and the new path/)
  })
})

describe('plain path lists', () => {
  it('takes one path per line, normalised, kind of change unknown', () => {
    const got = files('./src/./a.ts\r\n\r\n  docs\\guide.md  \nsrc//b.ts\n')
    expect(got.map(f => [f.path, f.status])).toEqual([
      ['docs/guide.md', 'unknown'],
      ['src/a.ts', 'unknown'],
      ['src/b.ts', 'unknown']
    ])
  })

  it('accepts the same path twice once', () => {
    expect(files('a.ts\na.ts\n')).toHaveLength(1)
  })

  it('rejects paths outside the repository', () => {
    expect(errorOf('ok.ts\n../secret.txt\n')).toMatch(
      /^diff\.txt line 2: a path that leaves the repository/
    )
    expect(errorOf('/home/me/repo/a.ts')).toMatch(/line 1: an absolute path/)
  })
})

describe('mixed and bad input', () => {
  it('merges name-status and numstat lines about the same path in one file', () => {
    const text = [
      'A\tsrc/new.ts',
      'R075\tsrc/a.ts\tsrc/b.ts',
      '10\t0\tsrc/new.ts',
      '3\t2\tsrc/{a.ts => b.ts}'
    ].join('\n')
    expect(files(text)).toEqual([
      { path: 'src/b.ts', status: 'renamed', previousPath: 'src/a.ts', additions: 3, deletions: 2 },
      { path: 'src/new.ts', status: 'added', previousPath: null, additions: 10, deletions: 0 }
    ])
  })

  it('lets a name-status line correct the status a numstat line implied, in either order', () => {
    expect(one('4\t4\tgone-soon.ts\nD\tgone-soon.ts')).toMatchObject({
      status: 'removed',
      additions: 4
    })
    expect(one('D\tgone-soon.ts\n4\t4\tgone-soon.ts')).toMatchObject({
      status: 'removed',
      additions: 4
    })
  })

  it('returns an empty list for empty input', () => {
    expect(files('')).toEqual([])
    expect(files('\n\n')).toEqual([])
  })

  it('names the first bad line and the source', () => {
    const err = errorOf('M\tok.ts\n12\tx\tbad.ts\nZ\tworse.ts\n', 'changes.txt')
    expect(err).toMatch(/^changes\.txt line 2: /)
    expect(err).toContain('12\\tx\\tbad.ts')
  })

  it('recognises a patch and --stat output and says what to give instead', () => {
    expect(errorOf('diff --git a/x.ts b/x.ts\nindex 1..2\n')).toMatch(/line 1: this is a patch/)
    expect(errorOf(' src/app.ts | 12 +++++-----\n 1 file changed\n')).toMatch(/--stat output/)
  })

  it('rejects an unterminated quoted path', () => {
    expect(errorOf('M\t"broken.md')).toMatch(/closing quote/)
  })

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), text => {
        const r = parseChangedFiles(text, 'fuzz')
        if (r.ok) {
          for (const f of r.value.files) {
            expect(f.path).not.toMatch(/^\.\/|^\/|\/\//)
            expect(f.path.split('/')).not.toContain('..')
          }
        } else expect(r.error).toMatch(/^fuzz line \d+: /)
      }),
      { numRuns: 500 }
    )
  })

  it('never throws on lines built from git-like pieces', () => {
    const piece = fc.constantFrom(
      '\t',
      '-',
      '12',
      ' => ',
      '{',
      '}',
      '"',
      '\\303',
      '\\',
      'a',
      '/',
      'R087',
      'M',
      '.',
      ' '
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), parts => {
        const r = parseChangedFiles(parts.join(''), 'pieces')
        expect(typeof r.ok).toBe('boolean')
      }),
      { numRuns: 1000 }
    )
  })
})

describe('mergeChangedFiles', () => {
  const nameStatus: ChangedFiles = {
    source: 'name-status.txt',
    truncated: false,
    files: [
      { path: 'a.ts', status: 'added', previousPath: null, additions: null, deletions: null },
      {
        path: 'b.ts',
        status: 'renamed',
        previousPath: 'old-b.ts',
        additions: null,
        deletions: null
      },
      {
        path: 'only-status.ts',
        status: 'removed',
        previousPath: null,
        additions: null,
        deletions: null
      }
    ]
  }
  const numstat: ChangedFiles = {
    source: 'numstat.txt',
    truncated: true,
    files: [
      { path: 'a.ts', status: 'unknown', previousPath: null, additions: 7, deletions: 0 },
      { path: 'b.ts', status: 'renamed', previousPath: 'old-b.ts', additions: 1, deletions: 1 },
      {
        path: 'only-counts.bin',
        status: 'unknown',
        previousPath: null,
        additions: null,
        deletions: null
      }
    ]
  }

  it('takes status from name-status and counts from numstat', () => {
    const merged = mergeChangedFiles(nameStatus, numstat)
    expect(merged.files).toEqual([
      { path: 'a.ts', status: 'added', previousPath: null, additions: 7, deletions: 0 },
      { path: 'b.ts', status: 'renamed', previousPath: 'old-b.ts', additions: 1, deletions: 1 },
      {
        path: 'only-counts.bin',
        status: 'unknown',
        previousPath: null,
        additions: null,
        deletions: null
      },
      {
        path: 'only-status.ts',
        status: 'removed',
        previousPath: null,
        additions: null,
        deletions: null
      }
    ])
    expect(merged.truncated).toBe(true)
    expect(merged.source).toBe('name-status.txt + numstat.txt')
  })

  it('keeps files only numstat knows, with its status', () => {
    const merged = mergeChangedFiles({ ...nameStatus, files: [] }, numstat)
    expect(merged.files.map(f => f.path)).toEqual(['a.ts', 'b.ts', 'only-counts.bin'])
    expect(merged.files[0]?.status).toBe('unknown')
  })
})
