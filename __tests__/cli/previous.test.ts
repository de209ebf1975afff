// `--previous old.json`: the report opens with what changed since a saved
// `--format json` result; a file that is not one is a usage error.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { readPreviousResult } from '../../src/cli/previous.js'
import type { RunResult } from '../../src/model.js'

const CLI = resolve('dist/cli.cjs')

function cli(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 30000 })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

function write(root: string, path: string, text: string): void {
  const full = join(root, path)
  mkdirSync(dirname(full), { recursive: true })
  writeFileSync(full, text)
}

const plan = (t2Status: string) =>
  [
    '# Implementation Plan — demo',
    '',
    '**Feature:** Export invoices as CSV',
    '',
    '## Phases',
    '',
    '### Phase 1 — Build',
    '',
    '- [x] **T01**: Write the exporter',
    '  - **Depends on:** None',
    '  - **Touches:** `src/export/`',
    '  - **Effort:** M',
    '  - **Status:** DONE',
    '',
    '- [ ] **T02**: Add the route',
    '  - **Depends on:** T01',
    '  - **Touches:** `src/export/route.ts`',
    '  - **Effort:** M',
    `  - **Status:** ${t2Status}`,
    ''
  ].join('\n')

describe('swarm-report --previous', () => {
  let root: string

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'swarm-previous-'))
    write(root, 'swarm/tracks/demo/plan.md', plan('TODO'))
  })

  afterAll(() => rmSync(root, { recursive: true, force: true }))

  it('opens the report with what changed, and carries it in the JSON', () => {
    const saved = cli(['--format', 'json', '--fail-on', 'none'], root)
    expect(saved.status).toBe(0)
    write(root, 'old.json', saved.stdout)
    write(root, 'swarm/tracks/demo/plan.md', plan('DONE'))

    const md = cli(['--previous', 'old.json', '--fail-on', 'none'], root)
    expect(md.stderr).toBe('')
    expect(md.stdout).toContain(
      '## Since the last report\n\n- ✅ **Became complete:** T02\n\n## Executive summary'
    )
    const json = JSON.parse(
      cli(['--previous', 'old.json', '--format', 'json', '--fail-on', 'none'], root).stdout
    ) as RunResult
    expect(json.since?.tracks[0]?.becameComplete).toEqual(['T02'])

    // Compared with itself, nothing changed: no block, no field.
    write(root, 'new.json', cli(['--format', 'json', '--fail-on', 'none'], root).stdout)
    const same = cli(['--previous', 'new.json', '--format', 'json', '--fail-on', 'none'], root)
    expect((JSON.parse(same.stdout) as RunResult).since).toBeUndefined()
  })

  it.each([
    ['missing.json', null, /^swarm-report: --previous: cannot read missing\.json \(ENOENT\)\n$/],
    [
      'notjson.json',
      'not json\nat all',
      /^swarm-report: --previous: notjson\.json is not JSON \([^\n]*\)\n$/
    ],
    ['other.json', '{"schemaVersion":2,"tracks":[]}', /schemaVersion is 2, not 1\n$/],
    [
      'broken.json',
      '{"schemaVersion":1,"tracks":[{"track":{"id":"x"}}]}',
      /tracks\[0\]\.track\.dir is not text\n$/
    ]
  ])('%s is a usage error with one line naming what is wrong (exit 2)', (name, text, message) => {
    if (text !== null) write(root, name, text)
    const r = cli(['--previous', name], root)
    expect(r.status).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(message)
  })
})

describe('readPreviousResult', () => {
  it('reads a result saved before forecast conflicts existed', () => {
    const old = {
      schemaVersion: 1,
      conclusion: 'success',
      tracks: [
        {
          track: { id: 'a', dir: 'swarm/tracks/a' },
          tasks: [{ id: 'T01', status: 'complete' }],
          gates: { I: { score: 0.9 }, O: { score: null }, S: { score: null }, M: { score: null } },
          iosmIndex: 0.9,
          blockers: [],
          conflicts: [],
          diffCheck: null
        }
      ]
    }
    const r = readPreviousResult(JSON.stringify(old), 'old.json')
    expect(r.ok && r.value.tracks[0]?.forecast).toEqual([])
  })

  it('names a score out of range', () => {
    const r = readPreviousResult(
      JSON.stringify({
        schemaVersion: 1,
        tracks: [{ track: { id: 'a', dir: 'a' }, gates: { I: { score: 3 } } }]
      }),
      'x.json'
    )
    expect(r).toEqual({
      ok: false,
      error:
        '--previous: x.json is not a result saved with --format json: tracks[0].gates.I.score is not a score between 0 and 1, or null'
    })
  })
})
