// Node built-ins that only some runs use, loaded on first use. Each costs a few
// milliseconds of start-up on Node 24 (zlib ≈ 3 ms with the stream modules it
// brings, child_process ≈ 2 ms, as much as the rest of a small CLI run's
// set-up), and a plain CLI run needs none: zlib packs the state kept in a
// comment, child_process runs git for --changed-files, tty tells whether JSON
// is printed for a person. Node caches a loaded module, so later calls cost a
// lookup.
import { createRequire } from 'node:module'

const load = createRequire(import.meta.url)

export const zlib = (): typeof import('node:zlib') => load('node:zlib')

export const childProcess = (): typeof import('node:child_process') => load('node:child_process')

export const tty = (): typeof import('node:tty') => load('node:tty')
