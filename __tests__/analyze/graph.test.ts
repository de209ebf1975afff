import fc from 'fast-check'
import { buildGraph, findCycles } from '../../src/analyze/graph.js'
import { indexTasks } from '../../src/analyze/id-graph.js'
import { planTask, report } from '../../__fixtures__/analyze/builders.js'
import type { PlanTask, Report } from '../../src/model.js'

const node = (id: string, p: Partial<PlanTask> | null, r: Partial<Report> | null = null) => ({
  id,
  plan: p === null ? null : planTask(id, p),
  report: r === null ? null : report(id, r)
})

describe('buildGraph', () => {
  it('collects plan, phase and hand-off edges, sorted by id', () => {
    const g = buildGraph(
      [
        node('T01', { phaseNumber: 1 }),
        node('T02', { phaseNumber: 2 }),
        node('T03', { phaseNumber: 3 }),
        node('T10', { phaseNumber: 2, dependsOn: ['T01'] }),
        node(
          'T12',
          { phaseNumber: 4, dependsOnPhases: [{ from: 2, to: 3 }] },
          { blocks: [{ id: 'T13', note: '', line: 3, paths: [] }] }
        ),
        node('T13', null, { dependsOn: [{ id: 'T01', note: '', line: 4, paths: [] }] })
      ],
      'plan.md'
    )
    expect(Object.fromEntries(g.dependsOn)).toEqual({
      T01: [],
      T02: [],
      T03: [],
      T10: ['T01'],
      T12: ['T02', 'T03', 'T10'],
      T13: ['T01', 'T12']
    })
    expect(g.diagnostics).toEqual([])
  })

  it('reports unknown ids as errors and self-dependencies as warnings, without an edge', () => {
    const g = buildGraph(
      [
        node('T01', {
          dependsOn: ['T01', 'T42'],
          line: 3,
          dependsOnLine: 5,
          fields: { deps: { label: 'Deps', value: 'T01, T42', line: 5 } }
        }),
        node('T02', null, {
          blocks: [{ id: 'T77', note: '', line: 12, paths: [] }],
          dependsOn: [{ id: 'T02', note: '', line: 13, paths: [] }]
        })
      ],
      'plan.md'
    )
    expect(g.dependsOn.get('T01')).toEqual([])
    expect(g.dependsOn.get('T02')).toEqual([])
    expect(g.diagnostics).toEqual([
      {
        severity: 'warning',
        file: 'plan.md',
        line: 5,
        message: 'T01 depends on itself; that dependency is ignored.'
      },
      {
        severity: 'error',
        file: 'plan.md',
        line: 5,
        message:
          'T01 depends on T42, which is not a task of this track; that dependency is ignored.'
      },
      {
        severity: 'warning',
        file: 'reports/T02.md',
        line: 13,
        message: 'T02 depends on itself; that dependency is ignored.'
      },
      {
        severity: 'error',
        file: 'reports/T02.md',
        line: 12,
        message:
          'T02 says it blocks T77, which is not a task of this track; that dependency is ignored.'
      }
    ])
  })

  it('warns when a phase range holds no task', () => {
    const g = buildGraph(
      [node('T01', { phaseNumber: 1, dependsOnPhases: [{ from: 5, to: 6 }] })],
      'plan.md'
    )
    expect(g.diagnostics[0]?.severity).toBe('warning')
  })

  it('lists a two-task cycle once, rotated to its smallest id, and holds its members', () => {
    const g = buildGraph(
      [node('T05', { dependsOn: ['T02'] }), node('T02', { dependsOn: ['T05'], line: 7 })],
      'plan.md'
    )
    expect(g.cycles).toEqual([['T02', 'T05']])
    expect([...g.cyclic].sort()).toEqual(['T02', 'T05'])
    expect(g.diagnostics).toEqual([
      {
        severity: 'warning',
        file: 'plan.md',
        line: 7,
        message: 'Dependency cycle: T02 → T05 → T02. These tasks are held.'
      }
    ])
  })
})

describe('findCycles', () => {
  const t = (id: string, ...dependsOn: string[]) => ({ id, dependsOn })

  it('gives each cycle in depends-on order', () => {
    // T01 depends on T03, T03 on T02, T02 on T01.
    expect(
      findCycles(indexTasks([t('T02', 'T01'), t('T03', 'T02'), t('T01', 'T03')])).cycles
    ).toEqual([['T01', 'T03', 'T02']])
  })

  it('finds one elementary cycle through the smallest id of a bigger group and names the whole group', () => {
    const r = findCycles(
      indexTasks([t('T01', 'T02'), t('T02', 'T03', 'T01'), t('T03', 'T04'), t('T04', 'T02')])
    )
    expect(r.cycles).toEqual([['T01', 'T02']])
    expect(r.groups).toEqual([['T01', 'T02', 'T03', 'T04']])
    expect(r.cyclic.size).toBe(4)
  })

  it('lists separate cycles sorted by their first id and ignores acyclic tasks', () => {
    const r = findCycles(
      indexTasks([
        t('T09', 'T08'),
        t('T08', 'T09'),
        t('T03', 'T04'),
        t('T04', 'T03'),
        t('T05', 'T03')
      ])
    )
    expect(r.cycles).toEqual([
      ['T03', 'T04'],
      ['T08', 'T09']
    ])
    expect(r.cyclic.has('T05')).toBe(false)
  })

  it('copes with a chain of twenty thousand tasks closed into one loop', () => {
    const n = 20000
    const tasks = Array.from({ length: n }, (_, i) => t(`T${i + 1}`, `T${((i + 1) % n) + 1}`))
    const r = findCycles(indexTasks(tasks))
    expect(r.cycles).toHaveLength(1)
    expect(r.cycles[0]).toHaveLength(n)
    expect(r.cycles[0]?.slice(0, 3)).toEqual(['T1', 'T2', 'T3'])
  })
})

describe('findCycles on any graph', () => {
  const ids = ['T1', 'T2', 'T3', 'T4', 'T5', 'T6']
  const graphArb = fc.array(fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...ids)), {
    maxLength: 14
  })

  it('lists one real loop per group, from its smallest id, and every task that reaches itself in a group', () => {
    fc.assert(
      fc.property(graphArb, edges => {
        const deps = new Map(ids.map(id => [id, [] as string[]]))
        for (const [from, to] of edges) if (from !== to) deps.get(from)?.push(to)
        const r = findCycles(indexTasks(ids.map(id => ({ id, dependsOn: deps.get(id) ?? [] }))))
        const num = (id: string): number => Number(id.slice(1))
        expect(r.groups).toHaveLength(r.cycles.length)
        r.cycles.forEach((cycle, i) => {
          expect(num(cycle[0] as string)).toBe(Math.min(...cycle.map(num)))
          cycle.forEach((id, k) => {
            expect(deps.get(id)).toContain(cycle[(k + 1) % cycle.length])
          })
          expect(r.groups[i]).toEqual(expect.arrayContaining(cycle))
        })
        // Groups do not share tasks, and a task is in one exactly when it reaches itself.
        const grouped = r.groups.flat()
        expect(new Set(grouped).size).toBe(grouped.length)
        const reaches = (from: string): Set<string> => {
          const seen = new Set<string>()
          const todo = [...(deps.get(from) ?? [])]
          while (todo.length > 0) {
            const id = todo.pop() as string
            if (seen.has(id)) continue
            seen.add(id)
            todo.push(...(deps.get(id) ?? []))
          }
          return seen
        }
        for (const id of ids) expect(grouped.includes(id)).toBe(reaches(id).has(id))
        expect([...r.cyclic].sort()).toEqual([...grouped].sort())
      })
    )
  })
})
