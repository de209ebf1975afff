import { renderComment } from '../src/render/comment.js'
import { bodyHash, buildMarker, isOurComment, type MarkerState, readMarker } from '../src/marker.js'
import { run } from '../__fixtures__/render/build.js'
import { typicalTrack } from '../__fixtures__/render/models.js'

const state: MarkerState = {
  check: 'IOSM integration',
  headSha: 'a1b2c3',
  runId: 99,
  runAttempt: 2,
  bodyHash: 'f00d'
}

describe('buildMarker and readMarker', () => {
  test('build a one-line HTML comment that reads back to the same state', () => {
    const marker = buildMarker(state)
    expect(marker).toBe(
      '<!-- swarm-integration-report {"check":"IOSM integration","headSha":"a1b2c3","runId":99,"runAttempt":2,"bodyHash":"f00d"} -->'
    )
    expect(readMarker(`${marker}\n# Report`)).toEqual(state)
  })

  test('keep createdAt when given', () => {
    const withDate = { ...state, createdAt: '2026-01-02T03:04:05Z' }
    expect(readMarker(buildMarker(withDate))).toEqual(withDate)
  })

  test('escape what could end the comment or break the line', () => {
    const tricky = { ...state, check: 'a --> b <!-- c & d\u2028e' }
    const marker = buildMarker(tricky)
    const inside = marker.slice('<!-- '.length, -' -->'.length)
    expect(inside).not.toMatch(/[<>&\u2028]/)
    expect(marker.split('-->').length).toBe(2)
    expect(readMarker(marker)).toEqual(tricky)
  })

  test('read a marker only at the very start', () => {
    const marker = buildMarker(state)
    expect(readMarker(` ${marker}`)).toBeNull()
    expect(readMarker(`text\n${marker}`)).toBeNull()
  })

  test('tolerate bad or foreign JSON', () => {
    expect(readMarker('<!-- swarm-integration-report {not json} -->')).toBeNull()
    expect(readMarker('<!-- swarm-integration-report [1,2] -->')).toBeNull()
    expect(readMarker('<!-- swarm-integration-report {"check":"x"} -->')).toBeNull()
    expect(
      readMarker(
        '<!-- swarm-integration-report {"check":"x","headSha":null,"runId":"7","runAttempt":null,"bodyHash":"h"} -->'
      )
    ).toBeNull()
    expect(
      readMarker(
        '<!-- swarm-integration-report {"check":"x","headSha":null,"runId":-1,"runAttempt":null,"bodyHash":"h"} -->'
      )
    ).toBeNull()
    expect(
      readMarker(
        '<!-- swarm-integration-report {"check":"x","headSha":null,"runId":null,"runAttempt":null,"bodyHash":"h"'
      )
    ).toBeNull()
    expect(readMarker('<!-- other-tool {"check":"x"} -->')).toBeNull()
    expect(readMarker('')).toBeNull()
  })
})

describe('isOurComment', () => {
  const body = `${buildMarker(state)}\n# Report`

  test('needs our marker, the same check and our identity', () => {
    expect(
      isOurComment(
        { body, user: { login: 'github-actions[bot]' } },
        'IOSM integration',
        'github-actions[bot]'
      )
    ).toBe(true)
  })

  test('never claims a comment someone else wrote, even with our marker', () => {
    expect(
      isOurComment({ body, user: { login: 'octocat' } }, 'IOSM integration', 'github-actions[bot]')
    ).toBe(false)
    expect(isOurComment({ body, user: null }, 'IOSM integration', 'github-actions[bot]')).toBe(
      false
    )
    expect(isOurComment({ body }, 'IOSM integration', 'github-actions[bot]')).toBe(false)
  })

  test('leaves other checks and quoted markers alone', () => {
    const me = { login: 'github-actions[bot]' }
    expect(isOurComment({ body, user: me }, 'Other check', me.login)).toBe(false)
    expect(isOurComment({ body: `> ${body}`, user: me }, 'IOSM integration', me.login)).toBe(false)
    expect(isOurComment({ body: null, user: me }, 'IOSM integration', me.login)).toBe(false)
  })
})

describe('bodyHash', () => {
  test('the hash is stable and changes with the body', () => {
    expect(bodyHash('# A')).toBe(bodyHash('# A'))
    expect(bodyHash('# A')).not.toBe(bodyHash('# B'))
    expect(bodyHash('')).toMatch(/^[0-9a-f]{64}$/)
  })
})

describe('renderComment', () => {
  const model = run(typicalTrack())
  const base = { check: 'IOSM integration', headSha: 'abc', runId: 5, runAttempt: 1 }

  test('puts the marker first and hashes exactly the report after it', () => {
    const out = renderComment(model, { state: base, fullReportHint: null })
    expect(readMarker(out.body)).toEqual({ ...base, bodyHash: out.bodyHash })
    expect(bodyHash(out.body.slice(out.body.indexOf('\n') + 1))).toBe(out.bodyHash)
  })

  test('the same model gives the same hash, whatever the run', () => {
    const a = renderComment(model, { state: base, fullReportHint: null })
    const b = renderComment(model, {
      state: { ...base, runId: 6, headSha: 'def' },
      fullReportHint: null
    })
    expect(a.bodyHash).toBe(b.bodyHash)
  })
})
