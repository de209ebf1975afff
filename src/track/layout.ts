// The names that make a folder a track and the role of each file in it. Shared
// by discovery and loading so that every folder discovery returns is one the
// loader accepts.

import { readReportName } from '../report-names.js'

export const REPORTS_DIR = 'reports'

export type TrackFileRole = 'plan' | 'prd' | 'iosmReport'

const ROLE_NAMES: ReadonlyArray<[TrackFileRole, string]> = [
  ['plan', 'plan.md'],
  ['prd', 'PRD.md'],
  ['iosmReport', 'iosm_report.md']
]

/** The canonical spelling of each top-level file. */
export const CANONICAL_NAME: Record<TrackFileRole, string> = {
  plan: 'plan.md',
  prd: 'PRD.md',
  iosmReport: 'iosm_report.md'
}

/** Top-level names are matched case-insensitively: `PLAN.md` and `prd.md` are common. */
export function roleOf(name: string): TrackFileRole | null {
  const lower = name.toLowerCase()
  for (const [role, canonical] of ROLE_NAMES) {
    if (lower === canonical.toLowerCase()) return role
  }
  return null
}

/** `T01.md`, `T7.md`, `T06-partial.md`, `T-AUTO-01.md`, `T01-seo-audit.md`, `T-AUTO-01_cleanup.md`. */
export function isReportFile(name: string): boolean {
  return name.startsWith('T') && readReportName(name) !== null
}

/**
 * A markdown file in `reports/` that is not read. README-like files are left
 * alone; anything else was probably meant as a report under a wrong name.
 */
export function looksLikeStrayReport(name: string): boolean {
  if (isReportFile(name) || !/\.md$/i.test(name)) return false
  return !/^(readme|index|changelog)\.md$/i.test(name)
}

/** True when a folder with these entries is a track (names only: nothing is opened). */
export function isTrackListing(
  topNames: readonly string[],
  reportNames: readonly string[]
): boolean {
  return topNames.some(n => roleOf(n) === 'plan') || reportNames.some(isReportFile)
}
