import { count, thousands } from '../../src/render/format.js'

describe('thousands', () => {
  test.each([
    [0, '0'],
    [7, '7'],
    [999, '999'],
    [1000, '1,000'],
    [65536, '65,536'],
    [1234567, '1,234,567'],
    [-4200, '-4,200'],
    [-999, '-999']
  ])('%d reads %s', (n, text) => {
    expect(thousands(n)).toBe(text)
  })

  test.each([1, 12, 123, 1234, 12345, 123456, 1234567, 98765432])(
    'agrees with the en-US locale format on integers: %d',
    n => {
      expect(thousands(n)).toBe(n.toLocaleString('en-US'))
    }
  )

  test('counts with a plural', () => {
    expect(count(1, 'file')).toBe('1 file')
    expect(count(2500, 'file')).toBe('2,500 files')
  })
})
