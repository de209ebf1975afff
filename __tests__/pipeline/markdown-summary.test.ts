// The markdown parser is loaded only when a summary holds markup; the
// pipeline then reads those summaries as a parse with the parser at hand does.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DEFAULT_OPTIONS } from '../../src/analysis-options.js'
import { loadMarkdownParser, markdownParser } from '../../src/parse/markdown.js'
import { parseTrack } from '../../src/parse/track.js'
import { runPipeline } from '../../src/pipeline.js'
import { loadTrack } from '../../src/track/load.js'

const report = (id: string, summary: string) =>
  [
    `# Subagent Report: ${id} — Part`,
    '',
    '**Status:** ✅ Complete',
    '',
    '## Summary',
    '',
    summary,
    '',
    '## Files Touched',
    '',
    '### Created',
    `- \`src/${id}.ts\` - new`,
    ''
  ].join('\n')

let ws: string
beforeAll(() => {
  ws = mkdtempSync(join(tmpdir(), 'md-summary-'))
})
afterAll(() => rmSync(ws, { recursive: true, force: true }))

function writeTrack(name: string, summaries: Record<string, string>): string {
  const dir = join('swarm', 'tracks', name)
  mkdirSync(join(ws, dir, 'reports'), { recursive: true })
  for (const [id, text] of Object.entries(summaries)) {
    writeFileSync(join(ws, dir, 'reports', `${id}.md`), report(id, text))
  }
  return dir
}

const summaries = async (dir: string) => {
  const run = await runPipeline({
    workspace: ws,
    patterns: [],
    dirs: [dir],
    options: DEFAULT_OPTIONS,
    changed: null
  })
  if (!run.ok) throw new Error(run.error)
  return run.value.tracks[0]?.tasks.map(t => [t.id, t.summary])
}

test('plain summaries are read without loading the parser; markup loads it and is read through it', async () => {
  const plain = writeTrack('plain', { T01: 'Wrote `a.ts` and its tests.' })
  expect(await summaries(plain)).toEqual([['T01', 'Wrote a.ts and its tests.']])
  expect(markdownParser()).toBeNull()

  const marked = writeTrack('marked', {
    T01: 'Now **rejects** empty input, see [the spec](https://example.com/spec).',
    T02: 'Plain words.',
    T03: '_Emphasis_ and ~~struck~~ text<br>with <b>HTML</b>.'
  })
  const viaPipeline = await summaries(marked)
  expect(markdownParser()).not.toBeNull()
  expect(viaPipeline).toEqual([
    ['T01', 'Now rejects empty input, see the spec.'],
    ['T02', 'Plain words.'],
    ['T03', 'Emphasis and struck textwith HTML.']
  ])

  // The same as parsing with the parser already loaded.
  await loadMarkdownParser()
  const files = loadTrack(ws, marked)
  if (!files.ok) throw new Error(files.error)
  expect(parseTrack(files.value).reports.map(r => [r.taskId, r.summary])).toEqual(viaPipeline)
})
