#!/usr/bin/env node
'use strict';

var module$1 = require('node:module');
var node_os = require('node:os');
var node_url = require('node:url');
var node_fs = require('node:fs');
var node_path = require('node:path');
var node_vm = require('node:vm');

var _documentCurrentScript = typeof document !== 'undefined' ? document.currentScript : null;
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
/**
 * Bytes before V8's data in each copy: the kinds of work (a 32-bit
 * little-endian set of bits) of the runs the code is from.
 */
const HEADER = 4;
/**
 * Cache files kept in the folder: each new bundle or Node version writes one,
 * and the folder is left to no one else to empty. Several, so that two
 * installed versions of the CLI do not take turns replacing each other's.
 */
const KEPT_FILES = 8;
/** Far above a real cache (two copies, each a little over the bundle's size): a larger file is not ours. */
const MAX_CACHE_BYTES = 64 * 1024 * 1024;
/**
 * The folder for the CLI's code: in the one Node's compile cache uses (its own
 * choice, or NODE_COMPILE_CACHE), else where Node would put it. Null when the
 * user turned Node's compile cache off.
 */
function codeCacheDir(env, nodeCacheDir, tmp) {
    if (env['NODE_DISABLE_COMPILE_CACHE'])
        return null;
    const base = nodeCacheDir ?? (env['NODE_COMPILE_CACHE'] || node_path.join(tmp, 'node-compile-cache'));
    return node_path.join(base, 'swarm-report');
}
/** One file per bundle content (`key`), V8 version and architecture. */
function codeCacheFile(dir, key) {
    return node_path.join(dir, `cli-${key}-${process.versions.v8}-${process.arch}.bin`);
}
/**
 * Whether a run's code is worth keeping: one that printed a report (exit 0
 * or 1). Help and version compile only the argument parser, and a run that
 * stopped on bad input or crashed may have compiled little else.
 */
function worthSaving(exitCode, argv) {
    const code = exitCode ?? 0;
    if (code !== 0 && code !== 1)
        return false;
    return !argv.some(a => a === '-h' || a === '--help' || a === '-v' || a === '--version');
}
/**
 * Runs a CommonJS bundle as Node's loader would, but compiled with the V8
 * code in `cacheFile` when that file is trusted and V8 takes it.
 */
function runWithCodeCache(bundle, cacheFile) {
    const source = node_fs.readFileSync(bundle, 'utf8');
    const cached = cacheFile === null ? undefined : readCache(cacheFile);
    // Node's own wrapper, opened on the first line so that line numbers stay the bundle's.
    const script = new node_vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: bundle, cachedData: cached?.data });
    const use = cacheFile === null
        ? 'off'
        : cached === undefined
            ? 'none'
            : script.cachedDataRejected === true
                ? 'rejected'
                : 'used';
    const wrapper = script.runInThisContext();
    const mod = { exports: {} };
    wrapper.call(mod.exports, mod.exports, module$1.createRequire(bundle), mod, bundle, node_path.dirname(bundle));
    const before = use === 'used' ? (cached?.work ?? 0) : 0;
    return {
        use,
        exports: mod.exports,
        save: work => cacheFile !== null &&
            (use !== 'used' || (work & ~before) !== 0) &&
            writeCache(cacheFile, script.createCachedData(), (before | work) >>> 0)
    };
}
function ownedByUser(info) {
    const uid = process.getuid?.();
    // Where there are no user ids (Windows), the temporary folder is the user's own.
    return uid === undefined || (info.uid === uid && (info.mode & 0o022) === 0);
}
function readCache(file) {
    let fd;
    try {
        fd = node_fs.openSync(file, node_fs.constants.O_RDONLY | (node_fs.constants.O_NOFOLLOW ?? 0));
    }
    catch {
        return undefined;
    }
    try {
        const info = node_fs.fstatSync(fd);
        if (!info.isFile() || !ownedByUser(info))
            return undefined;
        if (info.size <= 2 * HEADER || info.size > MAX_CACHE_BYTES)
            return undefined;
        const bytes = node_fs.readFileSync(fd);
        const half = bytes.length / 2;
        if (!Number.isInteger(half) || half <= HEADER)
            return undefined;
        const copy = bytes.subarray(0, half);
        if (!copy.equals(bytes.subarray(half)))
            return undefined;
        return { data: copy.subarray(HEADER), work: copy.readUInt32LE(0) };
    }
    catch {
        return undefined;
    }
    finally {
        node_fs.closeSync(fd);
    }
}
/** Written beside its place and renamed into it: a reader sees the old file or the whole new one. */
function writeCache(file, data, work) {
    const temporary = `${file}.${process.pid}.tmp`;
    try {
        node_fs.mkdirSync(node_path.dirname(file), { recursive: true, mode: 0o700 });
        const header = Buffer.alloc(HEADER);
        header.writeUInt32LE(work, 0);
        const bytes = Buffer.concat([header, data, header, data]);
        // 'wx': never through a file or link someone put in the way.
        node_fs.writeFileSync(temporary, bytes, { flag: 'wx', mode: 0o600 });
        node_fs.renameSync(temporary, file);
    }
    catch {
        try {
            node_fs.rmSync(temporary, { force: true });
        }
        catch {
            // Left behind in a folder that refused it; the next write uses another name.
        }
        return false;
    }
    try {
        pruneOld(node_path.dirname(file), file);
    }
    catch {
        // Another run pruned at the same time, or the folder refused: the cache is written.
    }
    return true;
}
/** Leaves the newest KEPT_FILES cache files (by the time each was written), `kept` among them. */
function pruneOld(dir, kept) {
    const files = node_fs.readdirSync(dir)
        .filter(name => name.startsWith('cli-') && name.endsWith('.bin'))
        .map(name => node_path.join(dir, name))
        .filter(path => path !== kept)
        .map(path => ({ path, written: node_fs.statSync(path).mtimeMs }))
        .sort((a, b) => b.written - a.written);
    for (const old of files.slice(KEPT_FILES - 1))
        node_fs.rmSync(old.path, { force: true });
}

// An internal error is never a verdict: a crash exits with its own status,
// names itself on one line, and shows its stack only when asked.
/** Exit status of an internal error (0 success, 1 failure, 2 unusable input). */
const EXIT_INTERNAL = 3;
/** Writes the crash line (and the stack with `debug`); returns the exit status of an internal error. */
function reportCrash(err, debug, writeErr) {
    writeErr(`${crashLine(err, debug)}\n`);
    if (debug && err instanceof Error && err.stack)
        writeErr(`${err.stack}\n`);
    return EXIT_INTERNAL;
}
function crashLine(err, debug) {
    const what = err instanceof Error ? `${err.name}: ${err.message}` : `thrown value ${String(err)}`;
    // One line, of a length a terminal shows whole.
    const oneLine = what.replace(/\s+/g, ' ').trim().slice(0, 300);
    const hint = debug ? '' : ' (run with --debug for the stack)';
    return `swarm-report: internal error, not a verdict: ${oneLine}${hint}`;
}

// dist/cli.cjs, the file the `swarm-report` command runs. It loads the CLI
// bundle (dist/cli-bundle.cjs, from src/cli.ts) with V8 code saved by an
// earlier run (./code-cache.ts), and keeps the code of this run when there was
// none to use. With --debug it loads the bundle the plain way, with source
// maps on, so that a stack trace names src/ files and lines.
const bundle = node_url.fileURLToPath(new URL('./cli-bundle.cjs', (typeof document === 'undefined' ? require('u' + 'rl').pathToFileURL(__filename).href : (_documentCurrentScript && _documentCurrentScript.tagName.toUpperCase() === 'SCRIPT' && _documentCurrentScript.src || new URL('cli.cjs', document.baseURI).href))));
// Node's compile cache still serves what the bundle requires (the markdown parser's chunk).
const compileCache = module$1.enableCompileCache?.();
const debug = process.argv.includes('--debug');
try {
    if (debug) {
        process.setSourceMapsEnabled(true);
        module$1.createRequire((typeof document === 'undefined' ? require('u' + 'rl').pathToFileURL(__filename).href : (_documentCurrentScript && _documentCurrentScript.tagName.toUpperCase() === 'SCRIPT' && _documentCurrentScript.src || new URL('cli.cjs', document.baseURI).href)))(bundle);
    }
    else {
        const dir = codeCacheDir(process.env, compileCache?.directory, node_os.tmpdir());
        const run = runWithCodeCache(bundle, dir === null ? null : codeCacheFile(dir, "326e08a8b531492c"));
        // When the run is over and nothing is left to do; not on a crash or process.exit().
        process.once('beforeExit', () => {
            if (worthSaving(process.exitCode, process.argv.slice(2)))
                run.save(reportedWork(run.exports));
        });
    }
}
catch (err) {
    // The bundle could not load (a broken install): an internal error, never exit 1, a verdict.
    process.exitCode = reportCrash(err, debug, text => process.stderr.write(text));
}
/** The kinds of work the run did, as the bundle reports them (src/cli/workload.ts). */
function reportedWork(exports) {
    const done = typeof exports === 'object' && exports !== null
        ? exports.workDone
        : undefined;
    const work = typeof done === 'function' ? done() : 0;
    return typeof work === 'number' && Number.isInteger(work) ? work >>> 0 : 0;
}
