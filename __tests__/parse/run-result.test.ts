import { parseRunResult } from '../../src/parse/run-result.js'
import { run } from '../../__fixtures__/render/build.js'
import { hostileRun, multiRun, typicalTrack } from '../../__fixtures__/render/models.js'

const SOURCE = 'publish-result: r.json'

test.each([
  ['a typical run', () => run(typicalTrack())],
  ['several tracks', multiRun],
  ['hostile text', hostileRun]
])('a result the action wrote reads back as it was (%s)', (_name, make) => {
  const result = make()
  expect(parseRunResult(JSON.stringify(result), SOURCE)).toEqual({ ok: true, value: result })
})

test.each([
  ['not json', 'not JSON'],
  ['[]', 'not a JSON object'],
  ['{"schemaVersion": 2, "conclusion": "success", "tracks": []}', 'schemaVersion is 2, not 1'],
  ['{"schemaVersion": 1, "conclusion": "maybe", "tracks": []}', 'conclusion is neither'],
  ['{"schemaVersion": 1, "conclusion": "success", "tracks": {}}', 'tracks is not a list'],
  ['{"schemaVersion": 1, "conclusion": "success", "tracks": [7]}', 'tracks[0] is not an object']
])('%s is refused: %s', (text, why) => {
  const parsed = parseRunResult(text, SOURCE)
  expect(parsed.ok).toBe(false)
  if (!parsed.ok) {
    expect(parsed.error).toContain(`${SOURCE}: ${why}`)
    expect(parsed.error).toContain('schemaVersion 1')
  }
})

test('a track missing a field the renderers read is refused, naming the field', () => {
  const result = run(typicalTrack()) as unknown as { tracks: Array<Record<string, unknown>> }
  const first = result.tracks[0]
  if (first) first['gates'] = { improve: { status: 'pass' } }
  const parsed = parseRunResult(JSON.stringify(result), SOURCE)
  expect(parsed).toEqual({
    ok: false,
    error: expect.stringContaining('tracks[0].gates is missing or malformed')
  })
})
