// Fails when a function under src/ runs over MAX_LINES lines without a
// comment that says why. A long function usually runs several phases that
// read better as functions of their own; where one pass really is clearer
// (a scanner's state machine, a table of cases), the comment just before it
// says so on a line of its own that starts with `Long:`, for example
//
//     // Long: one pass over the lines, since each state decides how the next
//     // line is read.
//
// Lines are counted from the function's first token to its last, nested
// functions included, as a reader sees them.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import ts from 'typescript'

export const MAX_LINES = 80
const WHY = /^\s*(?:\/\/|\/\*+|\*)\s*Long:\s*\S/m

function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap(e => {
    const path = join(dir, e.name)
    if (e.isDirectory()) return sources(path)
    return e.name.endsWith('.ts') ? [path] : []
  })
}

/** The node whose leading comments speak for `fn`: its declaration, or the statement or property holding it. */
function documented(fn) {
  let node = fn
  while (
    node.parent &&
    (ts.isVariableDeclaration(node.parent) ||
      ts.isVariableDeclarationList(node.parent) ||
      ts.isVariableStatement(node.parent) ||
      ts.isPropertyAssignment(node.parent) ||
      ts.isPropertyDeclaration(node.parent) ||
      ts.isExportAssignment(node.parent))
  )
    node = node.parent
  return node
}

function nameOf(fn) {
  if (fn.name && ts.isIdentifier(fn.name)) return fn.name.text
  const holder = documented(fn)
  if (ts.isVariableStatement(holder)) {
    const decl = holder.declarationList.declarations[0]
    if (decl && ts.isIdentifier(decl.name)) return decl.name.text
  }
  if (ts.isPropertyAssignment(holder) && ts.isIdentifier(holder.name)) return holder.name.text
  return '(anonymous)'
}

/** Functions of `text` longer than `max` lines with no `Long:` comment before them. */
export function longFunctions(file, text, max = MAX_LINES) {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
  const found = []
  const visit = node => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line
      const last = source.getLineAndCharacterOfPosition(node.getEnd()).line
      const lines = last - first + 1
      if (lines > max) {
        const holder = documented(node)
        const comments = ts.getLeadingCommentRanges(text, holder.getFullStart()) ?? []
        const said = comments.some(c => WHY.test(text.slice(c.pos, c.end)))
        if (!said) found.push({ name: nameOf(node), line: first + 1, lines })
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

function main() {
  const root = resolve(process.argv[2] ?? 'src')
  let failed = false
  for (const file of sources(root)) {
    for (const f of longFunctions(file, readFileSync(file, 'utf8'))) {
      failed = true
      console.error(
        `${relative(process.cwd(), file)}:${f.line}: ${f.name} is ${f.lines} lines (over ${MAX_LINES}); ` +
          'split it into its phases, or say why it is one function in a comment before it that starts with "Long:".'
      )
    }
  }
  if (failed) process.exit(1)
  console.log(
    `long-functions: no function under ${relative(process.cwd(), root) || '.'} is over ${MAX_LINES} lines without a reason`
  )
}

if (import.meta.url === `file://${process.argv[1]}`) main()
