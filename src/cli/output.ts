// The CLI's output goes straight to the file descriptor. process.stdout and
// process.stderr are streams made on first use (for a pipe, a socket), and
// making one loads Node's stream modules: about 2 ms of a 45 ms run on Node 24,
// whose whole output is one write. Where the descriptor refuses the bytes (a
// full pipe its reader made non-blocking: EAGAIN), the rest of that write and
// every later one go through the stream, which waits for the reader. A reader
// that has gone (EPIPE: `swarm-report | head`) wants no more: the rest is
// dropped, and the exit status stays the verdict's, where the stream would
// have thrown. On Windows the stream is used from the start: a console needs
// its own way of writing text.
import { writeSync } from 'node:fs'

interface Stream {
  write(chunk: Uint8Array): unknown
}

type WriteBytes = (fd: number, bytes: Uint8Array, offset: number) => number

/** A writer of text to `fd`, falling back for good to `stream()` once the descriptor refuses. */
export function descriptorWriter(
  fd: number,
  stream: () => Stream,
  write: WriteBytes = writeSync,
  direct = process.platform !== 'win32'
): (text: string) => void {
  let useDescriptor = direct
  let readerGone = false
  return text => {
    if (readerGone) return
    const bytes = utf8Bytes(text)
    let done = 0
    if (useDescriptor) {
      try {
        for (let n = 0; done < bytes.length; done += n) {
          n = write(fd, bytes, done)
          if (n <= 0) throw new Error(`write to descriptor ${fd} took no bytes`)
        }
        return
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'EPIPE') {
          readerGone = true
          return
        }
        useDescriptor = false
      }
    }
    stream().write(bytes.subarray(done))
  }
}

/**
 * Longest text encoded into a buffer of three bytes a character. That buffer
 * may be three times the bytes the text needs; for a longer text (48 MB of
 * buffer and more) the memory is worth Buffer.from's measuring pass.
 */
const ONE_PASS_CHARS = 1 << 24

/**
 * The UTF-8 bytes of `text`. No UTF-16 unit takes more than three bytes (a
 * surrogate pair takes four for two units, a lone surrogate three for U+FFFD),
 * so a buffer of three a character always holds it: one encoding pass, where
 * Buffer.from measures the text in a pass of its own first (the JSON of a
 * 2,000-report track: 324 → 284 million instructions, 5.0 → 3.9 ms).
 */
export function utf8Bytes(text: string): Buffer {
  if (text.length > ONE_PASS_CHARS) return Buffer.from(text, 'utf8')
  const buffer = Buffer.allocUnsafe(text.length * 3)
  return buffer.subarray(0, buffer.write(text, 0, 'utf8'))
}

export const writeOut = descriptorWriter(1, () => process.stdout)

export const writeErr = descriptorWriter(2, () => process.stderr)
