// Whether standard output may be a terminal, from its fstat alone. JSON is
// indented for a person at a terminal, and asking node:tty loads Node's stream
// modules (./output.ts: about 2 ms and a fifth of a small run's instructions),
// so it is asked only where fstat leaves the question open.

/** What fstat says of the descriptor that matters here. */
export interface DeviceInfo {
  isCharacterDevice(): boolean
  rdev: number
}

/**
 * Linux's character devices of major number 1: /dev/null, /dev/zero,
 * /dev/full, /dev/random and the like, none of them a terminal. Output thrown
 * away (`> /dev/null`, a script that wants only the exit status) lands here.
 */
const LINUX_MEMORY_DEVICES = 1

/** False where fstat rules a terminal out: not a character device, or Linux's /dev/null and its kin. */
export function mayBeTerminal(info: DeviceInfo, platform: string): boolean {
  if (!info.isCharacterDevice()) return false
  return !(platform === 'linux' && linuxMajor(info.rdev) === LINUX_MEMORY_DEVICES)
}

/** The major number of a Linux device number, read as glibc's `major()` reads it. */
export function linuxMajor(rdev: number): number {
  // `>>>` keeps the low 32 bits; the high bits are above 2^32, past JavaScript's bit operators.
  return ((rdev >>> 8) & 0xfff) | (Math.floor(rdev / 2 ** 32) & ~0xfff)
}
