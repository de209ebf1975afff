// dist/cli.cjs, the file the `swarm-report` command runs. It loads the CLI
// bundle (dist/cli-bundle.cjs, from src/cli.ts) with V8 code saved by an
// earlier run (./code-cache.ts), and keeps the code of this run when there was
// none to use. With --debug it loads the bundle the plain way, with source
// maps on, so that a stack trace names src/ files and lines.
import module, { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { fileURLToPath } from 'node:url'
import { codeCacheDir, codeCacheFile, runWithCodeCache, worthSaving } from './code-cache.js'
import { reportCrash } from './crash.js'

/** The bundle's content hash, written in by rollup.config.js when it builds this file. */
declare const CLI_BUNDLE_KEY: string

/** Node 22.1 and later; Node 20 has no compile cache. */
type CompileCache = { enableCompileCache?: () => { directory?: string } }

const bundle = fileURLToPath(new URL('./cli-bundle.cjs', import.meta.url))
// Node's compile cache still serves what the bundle requires (the markdown parser's chunk).
const compileCache = (module as CompileCache).enableCompileCache?.()

const debug = process.argv.includes('--debug')
try {
  if (debug) {
    process.setSourceMapsEnabled(true)
    createRequire(import.meta.url)(bundle)
  } else {
    const dir = codeCacheDir(process.env, compileCache?.directory, tmpdir())
    const run = runWithCodeCache(bundle, dir === null ? null : codeCacheFile(dir, CLI_BUNDLE_KEY))
    // When the run is over and nothing is left to do; not on a crash or process.exit().
    process.once('beforeExit', () => {
      if (worthSaving(process.exitCode, process.argv.slice(2))) run.save(reportedWork(run.exports))
    })
  }
} catch (err) {
  // The bundle could not load (a broken install): an internal error, never exit 1, a verdict.
  process.exitCode = reportCrash(err, debug, text => process.stderr.write(text))
}

/** The kinds of work the run did, as the bundle reports them (src/cli/workload.ts). */
function reportedWork(exports: unknown): number {
  const done =
    typeof exports === 'object' && exports !== null
      ? (exports as { workDone?: unknown }).workDone
      : undefined
  const work: unknown = typeof done === 'function' ? done() : 0
  return typeof work === 'number' && Number.isInteger(work) ? work >>> 0 : 0
}
