// Fails when modules under src/ import each other in a circle, directly or
// through others: the layers are only a direction if no circle runs back.
// Type-only imports count too, since they tie the modules' meanings together.
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import ts from 'typescript'

const root = resolve(process.argv[2] ?? 'src')

function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap(e => {
    const path = join(dir, e.name)
    if (e.isDirectory()) return sources(path)
    return e.name.endsWith('.ts') ? [path] : []
  })
}

const files = sources(root)
const known = new Set(files)
const edges = new Map()
for (const file of files) {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, false)
  const targets = importedFiles
    .map(i => i.fileName)
    .filter(spec => spec.startsWith('.'))
    .map(spec => resolve(dirname(file), spec.replace(/\.js$/, '.ts')))
    .filter(target => known.has(target))
  edges.set(file, [...new Set(targets)])
}

// Tarjan's strongly connected components: every component of more than one
// module (or a module importing itself) is a circle.
let next = 0
const index = new Map()
const low = new Map()
const stack = []
const onStack = new Set()
const circles = []
function visit(v) {
  index.set(v, next)
  low.set(v, next++)
  stack.push(v)
  onStack.add(v)
  for (const w of edges.get(v)) {
    if (!index.has(w)) {
      visit(w)
      low.set(v, Math.min(low.get(v), low.get(w)))
    } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)))
  }
  if (low.get(v) !== index.get(v)) return
  const component = []
  let w
  do {
    w = stack.pop()
    onStack.delete(w)
    component.push(w)
  } while (w !== v)
  if (component.length > 1 || edges.get(v).includes(v)) circles.push(component)
}
for (const file of files) if (!index.has(file)) visit(file)

for (const circle of circles) {
  const names = circle.map(f => relative(process.cwd(), f)).sort()
  console.error(`import circle: ${names.join(', ')}`)
}
if (circles.length > 0) {
  console.error('Move what both sides need into one module that neither imports back.')
  process.exit(1)
}
