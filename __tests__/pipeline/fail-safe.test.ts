// Lost input never passes a check: truncating, corrupting, deleting, bloating
// past the size limit or making unreadable any one input file of a failing
// track never turns its `failure` into `success`. The whole pipeline runs on
// real files in a temporary workspace, as the CLI and the action run it.

import fc from 'fast-check'
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { DEFAULT_OPTIONS } from '../../src/analysis-options.js'
import type { Conclusion } from '../../src/model.js'
import { runPipeline } from '../../src/pipeline.js'
import { MAX_FILE_BYTES } from '../../src/track/load.js'

const ROOT = resolve('.')

/** Failing tracks whose every file may be perturbed in any way. */
const TRACKS = [
  'examples/swarm/tracks/2026-03-02-001',
  '__fixtures__/track/bad-utf8',
  '__fixtures__/track/crlf-bom',
  '__fixtures__/track/mojibake',
  '__fixtures__/track/odd-names',
  '__fixtures__/track/reports-only'
]

type Loss =
  | { kind: 'delete' }
  | { kind: 'truncate'; at: number }
  | { kind: 'corrupt'; at: number; bytes: Uint8Array }
  | { kind: 'oversize' }
  | { kind: 'unreadable'; how: 'folder' | 'broken-link' }

let ws: string
let n = 0

beforeAll(() => {
  ws = mkdtempSync(join(tmpdir(), 'fail-safe-'))
})
afterAll(() => {
  rmSync(ws, { recursive: true, force: true })
})

function filesOf(dir: string): string[] {
  const out: string[] = []
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name)
      if (e.isDirectory()) walk(p)
      else out.push(relative(dir, p))
    }
  }
  walk(dir)
  return out.sort()
}

/** A fresh copy of `source` (a folder, or files written from a map) in the workspace. */
function copyTrack(source: string | Record<string, string>): string {
  const rel = `swarm/tracks/t${n++}`
  const dest = join(ws, rel)
  if (typeof source === 'string') cpSync(join(ROOT, source), dest, { recursive: true })
  else
    for (const [name, text] of Object.entries(source)) {
      mkdirSync(join(dest, name, '..'), { recursive: true })
      writeFileSync(join(dest, name), text)
    }
  return rel
}

function apply(file: string, loss: Loss): void {
  const bytes = readFileSync(file)
  switch (loss.kind) {
    case 'delete':
      rmSync(file)
      return
    case 'truncate':
      writeFileSync(file, bytes.subarray(0, loss.at % (bytes.length + 1)))
      return
    case 'corrupt': {
      const at = loss.at % (bytes.length + 1)
      writeFileSync(
        file,
        Buffer.concat([bytes.subarray(0, at), loss.bytes, bytes.subarray(at + loss.bytes.length)])
      )
      return
    }
    case 'oversize':
      writeFileSync(file, Buffer.concat([bytes, Buffer.alloc(MAX_FILE_BYTES, 0x20)]))
      return
    case 'unreadable':
      rmSync(file)
      if (loss.how === 'folder') mkdirSync(file)
      else symlinkSync(`${file}.missing`, file)
  }
}

/** The run's conclusion; input that cannot be used at all is no success either. */
async function conclusion(dir: string): Promise<Conclusion | 'unusable'> {
  const r = await runPipeline({
    workspace: ws,
    patterns: [],
    dirs: [dir],
    options: DEFAULT_OPTIONS,
    changed: null
  })
  return r.ok ? r.value.conclusion : 'unusable'
}

async function afterLoss(source: string | Record<string, string>, file: string, loss: Loss) {
  const dir = copyTrack(source)
  apply(join(ws, dir, file), loss)
  const result = await conclusion(dir)
  rmSync(join(ws, dir), { recursive: true, force: true })
  return result
}

const lossArb: fc.Arbitrary<Loss> = fc.oneof(
  fc.constant<Loss>({ kind: 'delete' }),
  fc.nat().map<Loss>(at => ({ kind: 'truncate', at })),
  fc
    .record({ at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }) })
    .map<Loss>(c => ({ kind: 'corrupt', ...c })),
  fc.constantFrom<Loss>(
    { kind: 'unreadable', how: 'folder' },
    { kind: 'unreadable', how: 'broken-link' }
  )
)

describe('a failing track stays failing when one input file is lost', () => {
  it.each(TRACKS)('%s fails as it is', async track => {
    expect(await conclusion(copyTrack(track))).toBe('failure')
  })

  it('after any one file is deleted, truncated, corrupted or made unreadable', async () => {
    const cases = TRACKS.flatMap(t => filesOf(join(ROOT, t)).map(f => ({ track: t, file: f })))
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...cases), lossArb, async ({ track, file }, loss) => {
        expect(await afterLoss(track, file, loss)).not.toBe('success')
      }),
      { numRuns: 150 }
    )
  })

  it('after any one file grows past the size limit', async () => {
    for (const track of TRACKS) {
      for (const file of filesOf(join(ROOT, track))) {
        expect([track, file, await afterLoss(track, file, { kind: 'oversize' })]).not.toEqual([
          track,
          file,
          'success'
        ])
      }
    }
  })
})

// Tracks that fail for one reason held in one file: losing that file is
// what once flipped the verdict. Truncating such a file at a line boundary is
// indistinguishable from a shorter file, so here the losses are the ones the
// tool itself notices: a file it could not read, or could not make sense of.
const report = (id: string, status: string, gate = '0.95'): string =>
  [
    `# Task Report: ${id}`,
    `**Status:** ${status}`,
    '## Summary',
    `Did ${id}.`,
    '## Files Touched',
    `- Created: \`src/${id}.ts\``,
    '## IOSM Quality Gate Results',
    '### Gate-I',
    `**Score:** ${gate} / 1.0`
  ].join('\n')

const plan = (second: string): string =>
  [
    '# Plan: one reason',
    '## Phase 1',
    '- [x] **T01**: First',
    '  - **Effort:** S',
    `- ${second} **T02**: Second`,
    '  - **Effort:** S',
    '## Gate Targets',
    '| Gate | Target |',
    '|---|---|',
    '| Gate-I | ≥0.70 |'
  ].join('\n')

const ONE_REASON: Record<string, Record<string, string>> = {
  'a failing gate in iosm_report.md': {
    'plan.md': plan('[x]'),
    'reports/T01.md': report('T01', 'Complete'),
    'reports/T02.md': report('T02', 'Complete'),
    'iosm_report.md': '# IOSM Report\n## Gate-I: Improve\n**Score:** 0.30 / 1.0\n'
  },
  'a task that only the plan names': {
    'plan.md': plan('[ ]'),
    'reports/T01.md': report('T01', 'Complete')
  },
  'a blocked task in its report': {
    'plan.md': plan('[x]'),
    'reports/T01.md': report('T01', 'Complete'),
    'reports/T02.md': report('T02', 'Blocked')
  },
  // A warning only, once: the reports alone passed with the plan's tasks unread.
  'a Tasks section the tool cannot read': {
    'plan.md': '# Plan\n## Tasks\nT01 writes the counter, then T02 wires it in.\n',
    'reports/T01.md': report('T01', 'Complete')
  },
  // Numbered items without fields were no tasks, and T02 left the plan in silence.
  'a task the plan writes as a numbered item': {
    'plan.md': '# Plan\n## Phase 1\n1. **T01** — First\n2. **T02** — Second\n',
    'reports/T01.md': report('T01', 'Complete')
  },
  // Its one row was once skipped: a table was no list of blockers.
  'a blocker in a table': {
    'plan.md': plan('[x]'),
    'reports/T01.md': report('T01', 'Complete'),
    'reports/T02.md': `${report('T02', 'Complete')}\n## Blockers\n| Blocker | Status |\n|---|---|\n| Staging is down | open |\n`
  },
  // Read as no score at all, this report's gate once left T01's 0.95 alone in the mean.
  'a gate one report fails in words': {
    'plan.md': plan('[x]'),
    'reports/T01.md': report('T01', 'Complete'),
    'reports/T02.md': report('T02', 'Complete').replace(
      /### Gate-I\n.*$/,
      '- Gate-I (Improve): FAIL — 40%'
    )
  }
}

const TOOL_LOSSES: Loss[] = [
  { kind: 'oversize' },
  { kind: 'unreadable', how: 'folder' },
  { kind: 'unreadable', how: 'broken-link' }
]

describe.each(Object.entries(ONE_REASON))('a track failing on %s', (_name, files) => {
  it('fails as it is', async () => {
    expect(await conclusion(copyTrack(files))).toBe('failure')
  })

  it.each(Object.keys(files))('still fails when the tool cannot read %s', async file => {
    for (const loss of TOOL_LOSSES) {
      expect([loss.kind, await afterLoss(files, file, loss)]).not.toEqual([loss.kind, 'success'])
    }
  })
})

test('a gate-heavy iosm_report.md still fails its track (no dropped file)', async () => {
  const files = {
    ...ONE_REASON['a failing gate in iosm_report.md'],
    'iosm_report.md':
      '# IOSM Report\n## Gate-I: Improve\n**Score:** 0.30 / 1.0\n' +
      '## Gate-I: Improve\n'.repeat(200_000)
  }
  const dir = copyTrack(files)
  expect(statSync(join(ws, dir, 'iosm_report.md')).size).toBeLessThan(MAX_FILE_BYTES)
  expect(await conclusion(dir)).toBe('failure')
})

test('a zero-width space inside **T02** neither hides the task nor passes the check', async () => {
  const files = {
    ...ONE_REASON['a task that only the plan names'],
    'plan.md': plan('[ ]').replace('**T02**', '**T\u200b02**')
  }
  expect(await conclusion(copyTrack(files))).toBe('failure')
})
