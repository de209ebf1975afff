import { readFileSync } from 'node:fs'
import type { Diagnostic, SourceFile } from '../../src/model.js'

export function fixture(name: string): string {
  return readFileSync(new URL(`../../__fixtures__/parse/${name}`, import.meta.url), 'utf8')
}

export function source(path: string, text: string): SourceFile {
  return { path, text }
}

/** Diagnostics as `severity line: message` strings, for readable assertions. */
export function brief(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map(d => `${d.severity} ${d.line}: ${d.message}`)
}

/** Line number (1-based) of the first line of `text` that contains `needle`. */
export function lineOf(text: string, needle: string): number {
  const index = text.split(/\r\n|\r|\n/).findIndex(l => l.includes(needle))
  if (index === -1) throw new Error(`"${needle}" is not in the text`)
  return index + 1
}
