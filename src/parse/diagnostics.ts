import type { Diagnostic, DiagnosticSeverity } from '../model.js'

/** Collects findings about one file; every finding gets the file's path and a line of at least 1. */
export class FileDiagnostics {
  constructor(
    readonly file: string,
    private readonly out: Diagnostic[]
  ) {}

  error(line: number, message: string): void {
    this.add('error', line, message)
  }

  warning(line: number, message: string): void {
    this.add('warning', line, message)
  }

  notice(line: number, message: string): void {
    this.add('notice', line, message)
  }

  private add(severity: DiagnosticSeverity, line: number, message: string): void {
    const n = Number.isFinite(line) ? Math.max(1, Math.floor(line)) : 1
    this.out.push({ severity, file: this.file, line: n, message })
  }
}
