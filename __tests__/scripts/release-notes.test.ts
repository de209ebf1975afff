import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT } from '../e2e/root.js'

const SCRIPT = join(ROOT, 'scripts', 'release-notes.js')

function notes(version: string, changelog: string) {
  const file = join(mkdtempSync(join(tmpdir(), 'notes-')), 'CHANGELOG.md')
  writeFileSync(file, changelog)
  return spawnSync(process.execPath, [SCRIPT, version, file], { encoding: 'utf8' })
}

const CHANGELOG = [
  '# Changelog',
  '',
  '## [Unreleased]',
  '',
  '## [1.1.0] - 2026-12-01',
  '',
  '### Added',
  '',
  '- The `publish-result` input.',
  '',
  '## [1.0.0] - 2026-11-01',
  '',
  '### Added',
  '',
  '- The action.',
  '',
  '[Unreleased]: https://example.invalid/compare/v1.1.0...HEAD',
  '[1.1.0]: https://example.invalid/compare/v1.0.0...v1.1.0',
  ''
].join('\n')

test("a version's section is its release notes, without the heading or the next version", () => {
  const run = notes('1.1.0', CHANGELOG)
  expect(run.status).toBe(0)
  expect(run.stdout).toBe('### Added\n\n- The `publish-result` input.\n')
})

test('the last section stops at the link definitions', () => {
  expect(notes('1.0.0', CHANGELOG).stdout).toBe('### Added\n\n- The action.\n')
})

test('a missing or empty section fails the release', () => {
  const missing = notes('2.0.0', CHANGELOG)
  expect(missing.status).toBe(1)
  expect(missing.stderr).toContain("no '## [2.0.0]' section")
  const empty = notes(
    '1.1.0',
    CHANGELOG.replace('### Added\n\n- The `publish-result` input.\n', '')
  )
  expect(empty.status).toBe(1)
  expect(empty.stderr).toContain('is empty')
})

test("the changelog's Unreleased section is ready to become a release", () => {
  const run = spawnSync(process.execPath, [SCRIPT, 'Unreleased', join(ROOT, 'CHANGELOG.md')], {
    encoding: 'utf8'
  })
  expect(run.status).toBe(0)
  expect(run.stdout).toMatch(/^### (Added|Changed|Fixed|Removed|Deprecated|Security)$/m)
})
