// Tarjan's strongly connected components without recursion: a track with a
// long dependency chain must not exhaust the call stack.

export interface Components {
  /** component[i]: the component index of node i. */
  component: Int32Array
  /**
   * Members of each component, ascending. Components come out in reverse
   * topological order: a component is listed after every component it has an
   * edge to.
   */
  members: number[][]
}

export function stronglyConnected(adjacency: readonly (readonly number[])[]): Components {
  const n = adjacency.length
  const order = new Int32Array(n).fill(-1)
  const low = new Int32Array(n)
  const onStack = new Uint8Array(n)
  const component = new Int32Array(n).fill(-1)
  const stack: number[] = []
  const members: number[][] = []
  const frameNode: number[] = []
  const frameEdge: number[] = []
  let counter = 0

  const enter = (v: number): void => {
    order[v] = counter
    low[v] = counter
    counter++
    stack.push(v)
    onStack[v] = 1
    frameNode.push(v)
    frameEdge.push(0)
  }

  for (let root = 0; root < n; root++) {
    if (order[root] !== -1) continue
    enter(root)
    while (frameNode.length > 0) {
      const top = frameNode.length - 1
      const v = frameNode[top] as number
      const edges = adjacency[v] ?? []
      const e = frameEdge[top] as number
      if (e < edges.length) {
        frameEdge[top] = e + 1
        const w = edges[e] as number
        if (order[w] === -1) enter(w)
        else if (onStack[w] === 1) low[v] = Math.min(low[v] as number, order[w] as number)
        continue
      }
      frameNode.pop()
      frameEdge.pop()
      if (frameNode.length > 0) {
        const parent = frameNode[frameNode.length - 1] as number
        low[parent] = Math.min(low[parent] as number, low[v] as number)
      }
      if (low[v] === order[v]) {
        const group: number[] = []
        let w: number
        do {
          w = stack.pop() as number
          onStack[w] = 0
          component[w] = members.length
          group.push(w)
        } while (w !== v)
        members.push(group.sort((a, b) => a - b))
      }
    }
  }
  return { component, members }
}
