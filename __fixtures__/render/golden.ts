// Golden files: rendered reports compared byte for byte with
// __tests__/__golden__/. `UPDATE_GOLDEN=1` rewrites them; read the diff as a
// reviewer would before committing.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { CheckOutput } from '../../src/model.js'

const GOLDEN_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '__tests__', '__golden__')

/** Asserts `actual` equals the golden file `name` (written first under UPDATE_GOLDEN=1). */
export function expectGolden(name: string, actual: string): void {
  const file = join(GOLDEN_DIR, name)
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(GOLDEN_DIR, { recursive: true })
    writeFileSync(file, actual)
  }
  expect(existsSync(file)).toBe(true)
  expect(actual).toBe(readFileSync(file, 'utf8'))
}

/** A check-run output as one readable document. */
export function checkRunDocument(out: CheckOutput): string {
  const annotations = out.annotations
    .map(a => `- ${a.level} ${a.path}:${a.startLine} ${a.title}: ${a.message}`)
    .join('\n')
  return `# title\n\n${out.title}\n\n# summary\n\n${out.summary}\n# text\n\n${out.text}\n# annotations\n\n${annotations}\n`
}
