// @ts-expect-error: a plain ES module script, without type declarations
import { longFunctions } from '../../scripts/long-functions.mjs'

const body = (n: number): string => Array.from({ length: n }, (_, i) => `  x += ${i}`).join('\n')
const names = (text: string): string[] =>
  (longFunctions('f.ts', text, 5) as Array<{ name: string }>).map(f => f.name)

describe('long-functions', () => {
  it('flags a function longer than the limit, and only that one', () => {
    const text = `function long() {\n${body(5)}\n}\nfunction short() {\n${body(2)}\n}\n`
    expect(names(text)).toEqual(['long'])
  })

  it('accepts a long function whose comment before it says why, in either comment style', () => {
    const line = `// Long: one pass keeps the state in one place.\nfunction a() {\n${body(5)}\n}\n`
    const doc = `/**\n * Reads it.\n *\n * Long: a table of cases.\n */\nexport function b() {\n${body(5)}\n}\n`
    expect(names(line + doc)).toEqual([])
  })

  it('names an arrow function by its variable and reads the comment before the statement', () => {
    const plain = `const c = () => {\n${body(5)}\n}\n`
    const said = `// Long: why.\nconst d = () => {\n${body(5)}\n}\n`
    expect(names(plain + said)).toEqual(['c'])
  })

  it('does not take a comment that only mentions the word for a reason', () => {
    const text = `// A long list of cases.\nfunction e() {\n${body(5)}\n}\n`
    expect(names(text)).toEqual(['e'])
  })
})
