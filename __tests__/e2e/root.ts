// The repository root, found by walking up from this module: the e2e helpers
// run from __tests__/e2e under jest and from build/ when the benchmark bundles
// them, so a fixed number of `..` would be wrong in one of the two.
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

function findRoot(start: string): string {
  let dir = start
  for (;;) {
    if (existsSync(join(dir, 'action.yml')) && existsSync(join(dir, '__fixtures__'))) return dir
    const up = dirname(dir)
    if (up === dir) throw new Error(`no repository root above ${start}`)
    dir = up
  }
}

export const ROOT = findRoot(dirname(fileURLToPath(import.meta.url)))
