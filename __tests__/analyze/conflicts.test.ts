import { findConflicts, type ConflictTask } from '../../src/analyze/conflicts.js'
import { indexTasks, type GraphTask, type IdGraph } from '../../src/analyze/id-graph.js'
import { reachability, reaches } from '../../src/analyze/reachability.js'

const t = (id: string, over: Partial<ConflictTask & GraphTask> = {}): ConflictTask & GraphTask => ({
  id,
  concurrency: 'write-local',
  files: [],
  dependsOn: [],
  notes: [],
  reportFile: `reports/${id}.md`,
  ...over
})

describe('findConflicts', () => {
  it('finds a shared path, parallel without a dependency path, sequential with one', () => {
    const { conflicts } = findConflicts(
      indexTasks([
        t('T04', { files: ['app.py'] }),
        t('T05', { files: ['app.py'] }),
        t('T06', { files: ['app.py'], dependsOn: ['T07'] }),
        t('T07', { dependsOn: ['T04'] })
      ])
    )
    expect(conflicts).toEqual([
      { path: 'app.py', tasks: ['T04', 'T05'], kind: 'parallel', reason: 'overlap' },
      { path: 'app.py', tasks: ['T04', 'T06'], kind: 'sequential', reason: 'overlap' },
      { path: 'app.py', tasks: ['T05', 'T06'], kind: 'parallel', reason: 'overlap' }
    ])
  })

  it('reports a folder against a file inside it on the file, and nested folders on the deeper one', () => {
    const { conflicts } = findConflicts(
      indexTasks([
        t('T01', { files: ['api/'] }),
        t('T02', { files: ['api/v1/users.ts', 'apix/x.ts'] }),
        t('T03', { files: ['api/v1/'] })
      ])
    )
    expect(conflicts.map(c => [c.path, ...c.tasks])).toEqual([
      ['api/v1/', 'T01', 'T03'],
      ['api/v1/users.ts', 'T01', 'T02'],
      ['api/v1/users.ts', 'T02', 'T03']
    ])
  })

  it('never lets a read-only task conflict', () => {
    const { conflicts } = findConflicts(
      indexTasks([
        t('T01', { concurrency: 'read-only', files: ['a.ts'] }),
        t('T02', { files: ['a.ts'] }),
        t('T03', { concurrency: 'write-shared', files: ['cfg.yml'] })
      ])
    )
    expect(conflicts.flatMap(c => c.tasks)).not.toContain('T01')
  })

  it('makes a write-shared task conflict with every other writer once', () => {
    const { conflicts } = findConflicts(
      indexTasks([
        t('T01', { concurrency: 'write-shared', files: ['z.cfg', 'b.cfg'] }),
        t('T02', { files: ['b.cfg'] }),
        t('T03', { dependsOn: ['T01'] }),
        t('T04', { concurrency: 'write-shared' }),
        t('T05', { concurrency: 'read-only' })
      ])
    )
    expect(conflicts).toEqual([
      { path: '*', tasks: ['T02', 'T04'], kind: 'parallel', reason: 'write-shared' },
      { path: '*', tasks: ['T03', 'T04'], kind: 'parallel', reason: 'write-shared' },
      { path: 'b.cfg', tasks: ['T01', 'T02'], kind: 'parallel', reason: 'overlap' },
      { path: 'b.cfg', tasks: ['T01', 'T03'], kind: 'sequential', reason: 'write-shared' },
      { path: 'b.cfg', tasks: ['T01', 'T04'], kind: 'parallel', reason: 'write-shared' }
    ])
  })

  it('lists May-conflict notes once per pair, or attaches them to an existing conflict', () => {
    const { conflicts, diagnostics } = findConflicts(
      indexTasks([
        t('T01', {
          files: ['a.ts'],
          notes: [
            {
              id: 'T02',
              note: 'both edit the router in `src/router.ts`',
              line: 40,
              paths: ['src/router.ts']
            },
            { id: 'T03', note: 'same file', line: 41, paths: [] },
            { id: 'T99', note: '', line: 42, paths: [] }
          ]
        }),
        t('T02', { notes: [{ id: 'T01', note: 'again', line: 7, paths: [] }] }),
        t('T03', { files: ['a.ts'] })
      ])
    )
    expect(conflicts).toEqual([
      {
        path: 'a.ts',
        tasks: ['T01', 'T03'],
        kind: 'parallel',
        reason: 'overlap',
        note: 'same file'
      },
      {
        path: 'src/router.ts',
        tasks: ['T01', 'T02'],
        kind: 'parallel',
        reason: 'note',
        note: 'both edit the router in `src/router.ts`'
      }
    ])
    expect(diagnostics).toEqual([
      {
        severity: 'warning',
        file: 'reports/T01.md',
        line: 42,
        message: 'T01 may conflict with T99, which is not a task of this track.'
      }
    ])
  })

  it('gives the same answer whatever order the tasks come in', () => {
    const tasks = [
      t('T03', { files: ['x/'], dependsOn: ['T01'] }),
      t('T01', { files: ['x/a.ts', 'y.ts'] }),
      t('T02', { files: ['y.ts', 'x/b.ts'] })
    ]
    expect(findConflicts(indexTasks([...tasks].reverse()))).toEqual(
      findConflicts(indexTasks(tasks))
    )
  })
})

describe('reachability', () => {
  // Whether a depends on b or b on a, as conflicts asks it of a pair.
  const linkedBy = (graph: IdGraph, queried: string[]) => {
    const r = reachability(graph, queried)
    return (a: string, b: string) => reaches(r, a, b) || reaches(r, b, a)
  }

  it('answers reachability in either direction, through chains and cycles', () => {
    const linked = linkedBy(
      indexTasks([
        { id: 'T01', dependsOn: [] },
        { id: 'T02', dependsOn: ['T01'] },
        { id: 'T03', dependsOn: ['T02'] },
        { id: 'T04', dependsOn: ['T01'] },
        { id: 'T05', dependsOn: ['T06'] },
        { id: 'T06', dependsOn: ['T05'] },
        { id: 'T07', dependsOn: ['T06'] }
      ]).graph,
      ['T01', 'T03', 'T04', 'T05', 'T06', 'T07']
    )
    expect(linked('T01', 'T03')).toBe(true)
    expect(linked('T03', 'T01')).toBe(true)
    expect(linked('T03', 'T04')).toBe(false)
    expect(linked('T05', 'T06')).toBe(true)
    expect(linked('T07', 'T05')).toBe(true)
    expect(linked('T01', 'T07')).toBe(false)
  })

  it('handles a 5,000-task chain with every task queried', () => {
    const n = 5000
    const tasks = Array.from({ length: n }, (_, i) => ({
      id: `T${i}`,
      dependsOn: i === 0 ? [] : [`T${i - 1}`]
    }))
    const linked = linkedBy(
      indexTasks(tasks).graph,
      tasks.map(x => x.id)
    )
    expect(linked('T0', `T${n - 1}`)).toBe(true)
    expect(linked('T2500', 'T17')).toBe(true)
  })
})

describe('a May-conflict note of a pair with no conflict', () => {
  const noteOn = (paths: string[]) =>
    findConflicts(
      indexTasks([
        t('T01', { notes: [{ id: 'T02', note: 'see the note', line: 9, paths }] }),
        t('T02')
      ])
    ).conflicts.map(c => c.path)

  it('is listed on the first path it names, or on * when it names none', () => {
    expect(noteOn(['docs/api.md', 'src/x.ts'])).toEqual(['docs/api.md'])
    expect(noteOn([])).toEqual(['*'])
  })
})

describe('findConflicts stays linear in its input', () => {
  const ids = (n: number) => Array.from({ length: n }, (_, i) => `T${i + 1}`)

  it('a path 2,000 tasks share is one entry listing them, with its pairs counted', () => {
    // Pinned at a size where a row per pair (1,999,000 rows) took seconds and gigabytes.
    const tasks = ids(2000).map((id, i) =>
      t(id, {
        files: ['tests/conftest.py', `src/m${i}.py`],
        dependsOn: i < 10 && i > 0 ? [`T${i}`] : []
      })
    )
    const { conflicts } = findConflicts(indexTasks(tasks))
    expect(conflicts).toHaveLength(1)
    const [c] = conflicts
    expect(c?.path).toBe('tests/conftest.py')
    expect(c?.tasks).toEqual(ids(2000))
    expect(c?.kind).toBe('parallel')
    // T1..T10 form a chain: its 45 pairs are sequential, every other pair is parallel.
    expect(c?.pairs).toEqual({ parallel: (2000 * 1999) / 2 - 45, sequential: 45 })
  })

  it('a path a few tasks share keeps one row per pair', () => {
    const { conflicts } = findConflicts(indexTasks(ids(3).map(id => t(id, { files: ['a.ts'] }))))
    expect(conflicts.map(c => c.tasks)).toEqual([
      ['T1', 'T2'],
      ['T1', 'T3'],
      ['T2', 'T3']
    ])
  })

  it('3,000 write-shared tasks: one entry each, listing at most 50 others and counting the rest', () => {
    const tasks = ids(3000).map((id, i) =>
      t(id, { concurrency: 'write-shared', files: [`src/f${i}.ts`] })
    )
    const { conflicts } = findConflicts(indexTasks(tasks))
    const many = conflicts.filter(c => c.pairs !== undefined)
    expect(many.length).toBeGreaterThan(2900)
    expect(Math.max(...many.map(c => c.tasks.length))).toBe(51)
    const first = conflicts.find(c => c.tasks[0] === 'T1')
    expect(first).toMatchObject({
      path: 'src/f0.ts',
      reason: 'write-shared',
      kind: 'parallel',
      moreTasks: 2999 - 50,
      pairs: { parallel: 2999, sequential: 0 }
    })
    // Each pair of write-shared tasks is counted once, by its lower task.
    const pairs = conflicts.reduce((n, c) => n + (c.pairs ? c.pairs.parallel : 1), 0)
    expect(pairs).toBe((3000 * 2999) / 2)
  })
})

describe('write-shared tasks stay linear in their number', () => {
  // Pinned at a size where a list per write-shared task filtered from every
  // writer (10,000 tasks x 20,000 writers) took many seconds.
  const n = 20_000
  const tasks = Array.from({ length: n }, (_, i) =>
    t(`T${i + 1}`, {
      // T2, T4, ... are write-shared.
      concurrency: i % 2 === 1 ? 'write-shared' : 'write-local',
      files: [`src/f${i + 1}.ts`],
      // T1 <- T2 <- ... <- T10: a chain, so some pairs are sequential.
      dependsOn: i > 0 && i < 10 ? [`T${i}`] : []
    })
  )
  const { conflicts } = findConflicts(indexTasks(tasks))
  const entry = (id: string) => conflicts.find(c => c.tasks[0] === id)

  it('one entry per write-shared task, listing the first 50 beside it and counting the rest', () => {
    expect(conflicts).toHaveLength(n / 2)
    const others = ['T1', ...Array.from({ length: 49 }, (_, k) => `T${k + 3}`)]
    expect(entry('T2')).toEqual({
      path: 'src/f2.ts',
      tasks: ['T2', ...others],
      kind: 'parallel',
      reason: 'write-shared',
      // T1 and T3..T10 are on its chain.
      pairs: { parallel: n - 1 - 9, sequential: 9 },
      moreTasks: n - 1 - 50
    })
    // T2 is listed by T2's own entry: T4 sees every writer but itself and T2.
    expect(entry('T4')?.tasks.slice(0, 4)).toEqual(['T4', 'T1', 'T3', 'T5'])
    expect(entry('T4')?.pairs).toEqual({ parallel: n - 2 - 8, sequential: 8 })
    expect(entry(`T${n}`)).toMatchObject({ moreTasks: n / 2 - 50, pairs: { sequential: 0 } })
  })

  it('counts every pair with a write-shared task once', () => {
    const pairs = conflicts.reduce(
      (sum, c) => sum + (c.pairs ? c.pairs.parallel + c.pairs.sequential : 1),
      0
    )
    const plain = n / 2
    expect(pairs).toBe((n * (n - 1)) / 2 - (plain * (plain - 1)) / 2)
  })
})
