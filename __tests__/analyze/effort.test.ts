import { DEFAULT_MINUTES, LETTER_MINUTES, parseEffort } from '../../src/analyze/effort.js'

describe('parseEffort', () => {
  it.each([
    ['S', LETTER_MINUTES.S],
    ['M', 150],
    ['L', 480],
    ['XL', 720],
    ['2h', 120],
    ['1.5h', 90],
    ['90min', 90],
    ['30m', 30],
    ['45 minutes', 45],
    ['1 hour', 60],
    ['S (1 hour)', 60],
    ['M (2 hours)', 120],
    ['(2-4 hours)', 180],
    ['M (2-4 hours)', 180],
    ['L (4–12 hours)', 480],
    ['2 to 3 hours', 150],
    ['1h 30m', 90],
    ['45 minutes (estimated: 1 hour)', 45],
    ['XL — about 20 hours', 1200]
  ])('%s -> %i minutes', (text, minutes) => {
    expect(parseEffort(text)).toEqual({ minutes, known: true })
  })

  it.each([null, undefined, '', 'a while', 'Medium effort', '3 months'])(
    'falls back to the default for %p',
    text => {
      expect(parseEffort(text)).toEqual({ minutes: DEFAULT_MINUTES, known: false })
    }
  )
})

describe('parseEffort on long text', () => {
  it('reads the estimate at the start and ignores what follows a few words on', () => {
    expect(parseEffort(`2h ${'x'.repeat(10000)}`).minutes).toBe(120)
    expect(parseEffort('9'.repeat(10000)).known).toBe(false)
  })
})
