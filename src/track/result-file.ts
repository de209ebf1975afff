// Reads the JSON result named by the publish-result input: a file the workflow
// downloaded (a fork job's artifact), read within a size limit. Its text is
// checked by parse/run-result.ts; main.ts joins the two.
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import type { Result } from '../model.js'
import { errorText } from '../error-text.js'

/** Far above any real result; a larger file is refused rather than parsed. */
const MAX_RESULT_BYTES = 50 * 1024 * 1024

/** The label that names the file in every message about it. */
export function resultFileLabel(file: string): string {
  return `publish-result: ${file}`
}

export async function readResultFile(workspace: string, file: string): Promise<Result<string>> {
  const full = path.resolve(workspace, file)
  const label = resultFileLabel(file)
  try {
    const info = await stat(full)
    if (!info.isFile()) return { ok: false, error: `${label} is not a file` }
    if (info.size > MAX_RESULT_BYTES) {
      return {
        ok: false,
        error: `${label} is ${info.size} bytes, over the ${MAX_RESULT_BYTES} allowed`
      }
    }
    return { ok: true, value: await readFile(full, 'utf8') }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    return {
      ok: false,
      error:
        code === 'ENOENT'
          ? `${label} does not exist: download the result artifact into the workspace first`
          : `${label} could not be read: ${errorText(err)}`
    }
  }
}
