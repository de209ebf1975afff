import { checkDeclaredTotals } from '../../src/analyze/totals.js'
import { claims, report } from '../../__fixtures__/analyze/builders.js'

const files = (created: string[], modified: string[]) => ({
  created: claims(...created),
  modified: claims(...modified),
  deleted: [],
  touched: []
})

describe('declared totals', () => {
  it('warns when a stated total contradicts the file list, at the line that states it', () => {
    const r = report('T03', {
      files: files(['a.py', 'b.py'], ['c.py']),
      declaredTotals: { created: null, modified: 3, deleted: null, line: 44 }
    })
    expect(checkDeclaredTotals(r)).toEqual([
      {
        severity: 'warning',
        file: 'reports/T03.md',
        line: 44,
        message:
          'T03 states 3 modified, but its file list shows 2 created, 1 modified; the list is used.'
      }
    ])
  })

  it('is quiet when the totals agree or are absent', () => {
    const r = report('T01', {
      files: files(['a.py'], []),
      declaredTotals: { created: 1, modified: 0, deleted: 0, line: 9 }
    })
    expect(checkDeclaredTotals(r)).toEqual([])
    expect(checkDeclaredTotals(report('T02', { declaredTotals: null }))).toEqual([])
  })
})
