// Prints the CHANGELOG.md section of one version (without its heading), the
// notes of its GitHub release: `node scripts/release-notes.js 1.2.0`. Exits 1
// when the section is missing or empty, so a release never goes out blank.
import { readFileSync } from 'node:fs'

const [version, file = 'CHANGELOG.md'] = process.argv.slice(2)
if (!version) {
  console.error('usage: node scripts/release-notes.js X.Y.Z [CHANGELOG.md]')
  process.exit(2)
}
const lines = readFileSync(file, 'utf8').split('\n')
const start = lines.findIndex(line => line.startsWith(`## [${version}]`))
if (start === -1) {
  console.error(`${file} has no '## [${version}]' section`)
  process.exit(1)
}
const rest = lines.slice(start + 1)
// The section ends at the next version's heading or at the link definitions.
const end = rest.findIndex(line => line.startsWith('## [') || /^\[[^\]]+\]: /.test(line))
const notes = (end === -1 ? rest : rest.slice(0, end)).join('\n').trim()
if (notes === '') {
  console.error(`the '## [${version}]' section of ${file} is empty`)
  process.exit(1)
}
console.log(notes)
