import { parseAnalyzeOptions } from '../src/analysis-options.js'

describe('parseAnalyzeOptions', () => {
  it('takes the defaults for missing or empty values', () => {
    expect(parseAnalyzeOptions({})).toEqual({
      ok: true,
      value: {
        failOn: ['blockers', 'gates', 'cycles', 'incomplete', 'errors'],
        profile: 'production',
        indexThreshold: null,
        naPolicy: 'exclude'
      }
    })
    expect(
      parseAnalyzeOptions({ failOn: ' ', profile: '', indexThreshold: '', naPolicy: '' })
    ).toEqual(parseAnalyzeOptions({}))
  })

  it('reads fail-on lists separated by commas, spaces or lines, in canonical order', () => {
    const r = parseAnalyzeOptions({ failOn: 'Unreported,\n gates  conflicts,gates' })
    expect(r).toEqual(
      expect.objectContaining({
        ok: true,
        value: expect.objectContaining({ failOn: ['gates', 'conflicts', 'unreported'] })
      })
    )
    expect(parseAnalyzeOptions({ failOn: 'none' })).toEqual(
      expect.objectContaining({ value: expect.objectContaining({ failOn: [] }) })
    )
  })

  it('accepts every profile and na-policy, case-insensitively', () => {
    for (const profile of ['production', 'experimental', 'HOTFIX', 'Prototype']) {
      const r = parseAnalyzeOptions({ profile })
      expect(r.ok && r.value.profile).toBe(profile.toLowerCase())
    }
    for (const naPolicy of ['exclude', 'zero', 'Strict']) {
      const r = parseAnalyzeOptions({ naPolicy })
      expect(r.ok && r.value.naPolicy).toBe(naPolicy.toLowerCase())
    }
  })

  it.each([
    ['0.75', 0.75],
    ['.8', 0.8],
    ['1', 1],
    [' 0 ', 0]
  ])('reads index-threshold %p', (indexThreshold, value) => {
    const r = parseAnalyzeOptions({ indexThreshold })
    expect(r.ok && r.value.indexThreshold).toBe(value)
  })

  it.each([
    [
      { failOn: 'gate' },
      "fail-on: unknown condition 'gate'; allowed: blockers, gates, cycles, incomplete, conflicts, unreported, errors"
    ],
    [
      { failOn: 'gates,none' },
      "fail-on: unknown condition 'none'; allowed: blockers, gates, cycles, incomplete, conflicts, unreported, errors"
    ],
    [
      { profile: 'prod' },
      "profile: unknown profile 'prod'; allowed: production, experimental, hotfix, prototype"
    ],
    [{ naPolicy: 'skip' }, "na-policy: unknown policy 'skip'; allowed: exclude, zero, strict"],
    [
      { indexThreshold: '80%' },
      "index-threshold: '80%' is not a number between 0 and 1 (for example 0.75)"
    ],
    [
      { indexThreshold: '1.5' },
      "index-threshold: '1.5' is not a number between 0 and 1 (for example 0.75)"
    ],
    [
      { indexThreshold: '-0.1' },
      "index-threshold: '-0.1' is not a number between 0 and 1 (for example 0.75)"
    ]
  ])('rejects %o with a message naming the option', (raw, error) => {
    expect(parseAnalyzeOptions(raw)).toEqual({ ok: false, error })
  })
})
