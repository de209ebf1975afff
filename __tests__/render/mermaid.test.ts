// The task graph must be accepted by Mermaid's own parser, whatever the task
// ids and titles hold. Mermaid runs in node here (see mermaid-node.ts).

import fc from 'fast-check'
import { renderMermaid } from '../../src/render/mermaid.js'
import { trackArb } from '../../__fixtures__/render/arbitraries.js'
import { blockedTrack, cycleTrack, typicalTrack } from '../../__fixtures__/render/models.js'
import { task, track } from '../../__fixtures__/render/build.js'
import { loadMermaid } from '../../__fixtures__/render/mermaid-node.js'

const mermaid = await loadMermaid()

function graphOf(t: Parameters<typeof renderMermaid>[0]): string {
  const out = renderMermaid(t)
  if (!out.ok) throw new Error(out.reason)
  return out.text
}

describe('Mermaid graph', () => {
  test('the parser is strict enough to catch a broken label', async () => {
    await expect(mermaid.parse('graph TD\n  n0["a"b"] --> n1["c"]')).rejects.toThrow()
    await expect(mermaid.parse('graph TD\n  n0[""]')).rejects.toThrow()
  })

  test.each([
    ['typical', typicalTrack()],
    ['blocked', blockedTrack()],
    ['cycle', cycleTrack()]
  ])('the %s track graph parses', async (_name, t) => {
    await expect(mermaid.parse(graphOf(t))).resolves.toBeTruthy()
  })

  test('any generated track gives a graph Mermaid accepts', async () => {
    await fc.assert(
      fc.asyncProperty(trackArb, async t => {
        const out = renderMermaid(t)
        // Generated tracks stay within the graph's size limits: only an empty one has no graph.
        if (!out.ok) {
          expect(t.tasks).toHaveLength(0)
          return
        }
        await mermaid.parse(out.text)
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 150) }
    )
  })

  test('one subgraph per wave and one for held tasks, in merge order', () => {
    const text = graphOf(typicalTrack())
    const groups = [...text.matchAll(/subgraph (\w+)\["([^"]*)"\]/g)].map(m => `${m[1]}:${m[2]}`)
    expect(groups).toEqual(['w1:Wave 1', 'w2:Wave 2', 'w3:Wave 3', 'w4:Wave 4', 'held:Held'])
  })

  test('node ids are ours; report text only appears in quoted labels', () => {
    const t = track('x', {
      tasks: [
        task('T01', { title: 'end' }),
        task('x"] --> evil["', { title: 'a', dependsOn: ['T01'] })
      ],
      mergeOrder: { waves: [['T01']], held: ['x"] --> evil["'] }
    })
    const text = graphOf(t)
    expect(text).toContain('n0["T01: end"]')
    expect(text).toContain('n1["x#quot;] --#gt; evil[#quot;: a"]')
    expect(text).toContain('  n0 --> n1')
    expect(text).not.toContain('evil["')
  })

  test('critical-path edges are thick and coloured; others are plain', () => {
    const text = graphOf(typicalTrack())
    const edges = text
      .split('\n')
      .filter(l => /^\s+n\d+ (-->|==>) n\d+$/.test(l))
      .map(l => l.trim())
    expect(edges).toEqual([
      'n0 ==> n1',
      'n1 --> n2',
      'n1 ==> n3',
      'n3 ==> n4',
      'n2 --> n5',
      'n3 --> n5',
      'n4 ==> n5'
    ])
    const styled = [...text.matchAll(/linkStyle (\d+) stroke:#7c3aed/g)].map(m => Number(m[1]))
    expect(styled).toEqual([0, 2, 3, 6])
  })

  test('edges of a cycle are dashed red, both ways', () => {
    const text = graphOf(cycleTrack())
    const edges = text
      .split('\n')
      .filter(l => /^\s+n\d+ --> n\d+$/.test(l))
      .map(l => l.trim())
    expect(edges).toEqual(['n0 --> n1', 'n2 --> n1', 'n1 --> n2', 'n2 --> n3'])
    const dashed = [...text.matchAll(/linkStyle (\d+) stroke:#dc2626[^\n]*dasharray/g)].map(m =>
      Number(m[1])
    )
    expect(dashed).toEqual([1, 2])
  })

  test('nodes take the class of their status', () => {
    const text = graphOf(typicalTrack())
    expect(text).toContain('class n0,n1,n2,n3 complete')
    expect(text).toContain('class n4 partial')
    expect(text).toContain('class n5 todo')
  })

  test('a dependency on an unknown id draws no edge', () => {
    const t = track('x', { tasks: [task('T01', { dependsOn: ['T99'] })] })
    expect(graphOf(t)).not.toMatch(/-->|==>/)
  })

  test('too many tasks give a reason instead of an unreadable graph', () => {
    const tasks = Array.from({ length: 101 }, (_, i) => task(`T${i}`))
    const out = renderMermaid(track('big', { tasks }))
    expect(out).toEqual({ ok: false, reason: expect.stringContaining('101 tasks') })
  })

  test('no tasks, no graph', () => {
    expect(renderMermaid(track('none', { tasks: [] })).ok).toBe(false)
  })
})
