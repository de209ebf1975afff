// The CLI bundle runs from V8 code that an earlier run saved. Node's compile
// cache keeps only what V8 compiles while a file loads, and V8 compiles most
// functions later, at their first call: every run compiled them again, about
// a fifth of the CLI's time on a small track. After a script has run, V8 can
// serialise its code with those functions in it; that is what this module
// keeps, one file per bundle content, V8 version and architecture.
//
// A run compiles only what it calls: a cache written after a run printing
// JSON holds no renderer, one after a track without reports no report parser,
// and a later run would compile those on every start (10 and 22 ms of a 100 ms
// run on Node 24). So the file records the kinds of work its runs did (bits
// from ./workload.ts), and a run that did another kind writes it again, with
// the code it found there and the code it compiled besides.
//
// A cache file is code this process will run, so it is trusted only when this
// user owns it and no one else may write it, and only whole, because V8 checks
// the header of cached code but not its body: the file holds its contents
// twice, and is used only when the two copies are the same. A file cut short,
// or damaged in one place, fails that test. Comparing two buffers is native
// and loads nothing; a CRC-32 needs node:zlib, which brings Node's stream
// modules with it (about 2 ms of a small run: ./output.ts). A cache that
// cannot be read, written or trusted costs nothing but the time: the bundle
// then compiles as it always did.
import {
  closeSync,
  constants,
  fstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  type Stats
} from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { Script } from 'node:vm'

/** What became of the cache in one run. */
type CacheUse =
  /** No cache folder: turned off. */
  | 'off'
  /** No cache file that could be trusted. */
  | 'none'
  /** A cache file that V8 refused (another bundle, V8 build or flags). */
  | 'rejected'
  | 'used'

export interface CachedRun {
  use: CacheUse
  /** What the script exported. */
  exports: unknown
  /**
   * Writes the script's code, with every function compiled so far, where the
   * run found no cache it could use, or did work (bits) that the runs behind
   * the cache had not done. True when a file was written.
   */
  save(work: number): boolean
}

/**
 * Bytes before V8's data in each copy: the kinds of work (a 32-bit
 * little-endian set of bits) of the runs the code is from.
 */
const HEADER = 4
/**
 * Cache files kept in the folder: each new bundle or Node version writes one,
 * and the folder is left to no one else to empty. Several, so that two
 * installed versions of the CLI do not take turns replacing each other's.
 */
const KEPT_FILES = 8
/** Far above a real cache (two copies, each a little over the bundle's size): a larger file is not ours. */
const MAX_CACHE_BYTES = 64 * 1024 * 1024

/**
 * The folder for the CLI's code: in the one Node's compile cache uses (its own
 * choice, or NODE_COMPILE_CACHE), else where Node would put it. Null when the
 * user turned Node's compile cache off.
 */
export function codeCacheDir(
  env: NodeJS.ProcessEnv,
  nodeCacheDir: string | undefined,
  tmp: string
): string | null {
  if (env['NODE_DISABLE_COMPILE_CACHE']) return null
  const base = nodeCacheDir ?? (env['NODE_COMPILE_CACHE'] || join(tmp, 'node-compile-cache'))
  return join(base, 'swarm-report')
}

/** One file per bundle content (`key`), V8 version and architecture. */
export function codeCacheFile(dir: string, key: string): string {
  return join(dir, `cli-${key}-${process.versions.v8}-${process.arch}.bin`)
}

/**
 * Whether a run's code is worth keeping: one that printed a report (exit 0
 * or 1). Help and version compile only the argument parser, and a run that
 * stopped on bad input or crashed may have compiled little else.
 */
export function worthSaving(
  exitCode: number | string | null | undefined,
  argv: readonly string[]
): boolean {
  const code = exitCode ?? 0
  if (code !== 0 && code !== 1) return false
  return !argv.some(a => a === '-h' || a === '--help' || a === '-v' || a === '--version')
}

/**
 * Runs a CommonJS bundle as Node's loader would, but compiled with the V8
 * code in `cacheFile` when that file is trusted and V8 takes it.
 */
export function runWithCodeCache(bundle: string, cacheFile: string | null): CachedRun {
  const source = readFileSync(bundle, 'utf8')
  const cached = cacheFile === null ? undefined : readCache(cacheFile)
  // Node's own wrapper, opened on the first line so that line numbers stay the bundle's.
  const script = new Script(
    `(function (exports, require, module, __filename, __dirname) {${source}\n})`,
    { filename: bundle, cachedData: cached?.data }
  )
  const use: CacheUse =
    cacheFile === null
      ? 'off'
      : cached === undefined
        ? 'none'
        : script.cachedDataRejected === true
          ? 'rejected'
          : 'used'
  const wrapper = script.runInThisContext() as (
    exports: unknown,
    require: NodeJS.Require,
    module: { exports: unknown },
    filename: string,
    dirname: string
  ) => void
  const mod = { exports: {} }
  wrapper.call(mod.exports, mod.exports, createRequire(bundle), mod, bundle, dirname(bundle))
  const before = use === 'used' ? (cached?.work ?? 0) : 0
  return {
    use,
    exports: mod.exports,
    save: work =>
      cacheFile !== null &&
      (use !== 'used' || (work & ~before) !== 0) &&
      writeCache(cacheFile, script.createCachedData(), (before | work) >>> 0)
  }
}

function ownedByUser(info: Stats): boolean {
  const uid = process.getuid?.()
  // Where there are no user ids (Windows), the temporary folder is the user's own.
  return uid === undefined || (info.uid === uid && (info.mode & 0o022) === 0)
}

function readCache(file: string): { data: Buffer; work: number } | undefined {
  let fd: number
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0))
  } catch {
    return undefined
  }
  try {
    const info = fstatSync(fd)
    if (!info.isFile() || !ownedByUser(info)) return undefined
    if (info.size <= 2 * HEADER || info.size > MAX_CACHE_BYTES) return undefined
    const bytes = readFileSync(fd)
    const half = bytes.length / 2
    if (!Number.isInteger(half) || half <= HEADER) return undefined
    const copy = bytes.subarray(0, half)
    if (!copy.equals(bytes.subarray(half))) return undefined
    return { data: copy.subarray(HEADER), work: copy.readUInt32LE(0) }
  } catch {
    return undefined
  } finally {
    closeSync(fd)
  }
}

/** Written beside its place and renamed into it: a reader sees the old file or the whole new one. */
function writeCache(file: string, data: Buffer, work: number): boolean {
  const temporary = `${file}.${process.pid}.tmp`
  try {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 })
    const header = Buffer.alloc(HEADER)
    header.writeUInt32LE(work, 0)
    const bytes = Buffer.concat([header, data, header, data])
    // 'wx': never through a file or link someone put in the way.
    writeFileSync(temporary, bytes, { flag: 'wx', mode: 0o600 })
    renameSync(temporary, file)
  } catch {
    try {
      rmSync(temporary, { force: true })
    } catch {
      // Left behind in a folder that refused it; the next write uses another name.
    }
    return false
  }
  try {
    pruneOld(dirname(file), file)
  } catch {
    // Another run pruned at the same time, or the folder refused: the cache is written.
  }
  return true
}

/** Leaves the newest KEPT_FILES cache files (by the time each was written), `kept` among them. */
function pruneOld(dir: string, kept: string): void {
  const files = readdirSync(dir)
    .filter(name => name.startsWith('cli-') && name.endsWith('.bin'))
    .map(name => join(dir, name))
    .filter(path => path !== kept)
    .map(path => ({ path, written: statSync(path).mtimeMs }))
    .sort((a, b) => b.written - a.written)
  for (const old of files.slice(KEPT_FILES - 1)) rmSync(old.path, { force: true })
}
