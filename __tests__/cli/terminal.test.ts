// JSON is indented for a person at a terminal. Whether stdout may be one is
// answered by fstat where it can be, so that output thrown away does not load
// node:tty and Node's stream modules with it.
import { spawnSync } from 'node:child_process'
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { linuxMajor, mayBeTerminal } from '../../src/cli/terminal.js'

const charDevice = (rdev: number) => ({ isCharacterDevice: () => true, rdev })

describe('mayBeTerminal', () => {
  test('only a character device may be a terminal', () => {
    expect(mayBeTerminal({ isCharacterDevice: () => false, rdev: 0 }, 'linux')).toBe(false)
    expect(mayBeTerminal({ isCharacterDevice: () => false, rdev: 0 }, 'darwin')).toBe(false)
  })

  test("Linux's memory devices are none, its terminals and other devices may be", () => {
    // /dev/null is 1:3, /dev/zero 1:5, /dev/urandom 1:9; a pseudo-terminal 136:0, /dev/tty 5:0.
    for (const rdev of [0x103, 0x105, 0x109]) {
      expect(mayBeTerminal(charDevice(rdev), 'linux')).toBe(false)
    }
    for (const rdev of [0x8800, 0x500, 0x400, 0x1000]) {
      expect(mayBeTerminal(charDevice(rdev), 'linux')).toBe(true)
    }
  })

  test('elsewhere device numbers mean other things, and node:tty decides', () => {
    expect(mayBeTerminal(charDevice(0x103), 'darwin')).toBe(true)
    expect(mayBeTerminal(charDevice(0x103), 'win32')).toBe(true)
  })

  test('the major number of a device number beyond 32 bits', () => {
    // As glibc's makedev packs major 0x1234, minor 5.
    const rdev = 0x1000 * 2 ** 32 + (0x234 << 8) + 5
    expect(linuxMajor(rdev)).toBe(0x1234)
    expect(linuxMajor(0x103)).toBe(1)
    expect(linuxMajor(0x8800)).toBe(136)
  })
})

describe('the CLI writing JSON to /dev/null', () => {
  let root = ''
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'swarm-terminal-'))
  })
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  test('leaves node:tty unloaded on Linux', () => {
    const preload = join(root, 'loaded.cjs')
    const seen = join(root, 'seen.json')
    writeFileSync(
      preload,
      `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(seen)}, JSON.stringify(process.moduleLoadList)))\n`
    )
    const out = openSync('/dev/null', 'w')
    try {
      const r = spawnSync(
        process.execPath,
        [
          '-r',
          preload,
          resolve('dist/cli.cjs'),
          resolve('examples/swarm/tracks/2026-03-02-001'),
          '--format',
          'json'
        ],
        { stdio: ['ignore', out, 'pipe'], encoding: 'utf8', timeout: 30000 }
      )
      expect(r.stderr).toBe('')
      expect([0, 1]).toContain(r.status)
    } finally {
      closeSync(out)
    }
    const loaded = (JSON.parse(readFileSync(seen, 'utf8')) as string[]).includes('NativeModule tty')
    expect(loaded).toBe(process.platform !== 'linux')
  })
})
