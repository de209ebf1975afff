// The top folder of the git checkout holding a folder: diff paths are
// relative to it, so track folders must be too.
import { childProcess } from '../lazy-builtins.js'

export function gitTopLevel(dir: string): Promise<string | null> {
  return new Promise(resolve => {
    childProcess().execFile(
      'git',
      ['rev-parse', '--show-toplevel'],
      { cwd: dir, timeout: 10000 },
      (err, stdout) => {
        const top = stdout.trim()
        resolve(err || top === '' ? null : top)
      }
    )
  })
}
