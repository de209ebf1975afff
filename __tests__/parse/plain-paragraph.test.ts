// The summary's plain-prose shortcut must give exactly what the markdown
// parser gives, for every paragraph it accepts.
import fc from 'fast-check'
import { paragraphText } from '../../src/parse/markdown-parser.js'
import { plainParagraph } from '../../src/parse/plain-paragraph.js'

const viaParser = (lines: string[]): string => paragraphText(lines)

const chars = [...'abcdefghij XYZ 0123456789 .,:;()!?#-+=\t—✅éß"\'/%$@{}\u0000'].map(c => c)
// Backticks often, in runs of one to three, with what may touch a code span.
const withTicks = [...chars, '`', '`', '`', '``', '```', ' `', '` ', 'www.', '://', '\\', '<']

// Lines built from words and code spans whose content may hold spaces, markup
// and backtick runs of other lengths, so that most of them are taken.
const word = fc.string({
  unit: fc.constantFrom(...'abcXYZ019.,:;()!?—✅é/%$@'),
  minLength: 1,
  maxLength: 8
})
const codeSpan = fc
  .tuple(
    fc.integer({ min: 1, max: 3 }),
    fc.string({ unit: fc.constantFrom(...'ab *_<>&|\\[]~#'), maxLength: 8 }),
    fc.integer({ min: 0, max: 4 })
  )
  .map(([run, content, inner]) => {
    const ticks = '`'.repeat(run)
    // A backtick run of another length inside the span is content.
    const other = inner === 0 || inner === run ? '' : '`'.repeat(inner)
    return `${ticks}${content}${other}${content}${ticks}`
  })
// Words with emphasis, strong and links around them, and now and then a
// character that could make the parser read them otherwise.
const markWord = fc.string({
  unit: fc.constantFrom(...'abcXYZ019.,:;()!?—✅é/%$'),
  minLength: 1,
  maxLength: 8
})
const alnum = fc.constantFrom(...'abXZ09é')
// Mostly phrases that start and end with a letter or digit, as emphasis takes.
const phrase = fc.oneof(
  { arbitrary: fc.tuple(alnum, markWord, alnum).map(parts => parts.join('')), weight: 3 },
  { arbitrary: alnum, weight: 1 },
  { arbitrary: markWord, weight: 1 }
)
const markupToken = fc.oneof(
  { arbitrary: markWord, weight: 4 },
  { arbitrary: fc.constant(' '), weight: 3 },
  {
    arbitrary: fc.tuple(fc.constantFrom('*', '**'), phrase).map(([run, w]) => `${run}${w}${run}`),
    weight: 4
  },
  {
    arbitrary: fc
      .tuple(
        phrase,
        fc.constantFrom('https://example.com/x', 'docs/adr.md', '#a', 'a_b', 'x y', 'a(b)')
      )
      .map(([text, dest]) => `[${text}](${dest})`),
    weight: 3
  },
  {
    arbitrary: fc.constantFrom('*', '**', '***', '[', ']', '(', ')', '](', '!', '_', '`', '~', '@'),
    weight: 1
  }
)
const markupLine = fc
  .array(markupToken, { minLength: 1, maxLength: 10 })
  .map(tokens => tokens.join(''))
const spanLine = fc
  .array(fc.oneof(word, codeSpan, fc.constant(' ')), { minLength: 1, maxLength: 10 })
  .map(tokens => `a ${tokens.join('')}`)

describe('plainParagraph', () => {
  test.each([
    ['prose', fc.string({ unit: fc.constantFrom(...chars), minLength: 1, maxLength: 60 })],
    [
      'prose with backticks',
      fc.string({ unit: fc.constantFrom(...withTicks), minLength: 1, maxLength: 60 })
    ],
    ['words and code spans', spanLine],
    ['words with emphasis and links', markupLine],
    ['words, code spans and emphasis', fc.tuple(spanLine, markupLine).map(([a, b]) => a + b)]
  ])('agrees with the markdown parser on every paragraph of %s it takes', (_name, line) => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 5 }), lines => {
        const fast = plainParagraph(lines)
        if (fast === null) return
        expect(fast).toBe(viaParser(lines))
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 3000) }
    )
  })

  test.each([
    ['Built `src/ratelimit/`: a pure `TokenBucket`.'],
    ['x` a `y and `` a`b `` and ` `'],
    ['`*not emphasis*` and `<b>` and `a\\b`'],
    ['two lines with `code`,', 'then `more`.'],
    ['See [the ADR](docs/adr.md)'],
    ['**bold** start'],
    [
      'Component 5 now **rejects** empty input and links to [the spec](https://example.com/spec/5).'
    ],
    ['(*one*) and **two words**, `code` then **3**.'],
    ['intra**word**s and *a*-*b*']
  ])('reads code spans, emphasis and links as the parser does: %j', (...lines) => {
    const fast = plainParagraph(lines)
    expect(fast).not.toBeNull()
    expect(fast).toBe(viaParser(lines))
  })

  test('takes plain prose and hands other markup to the parser', () => {
    expect(plainParagraph(['Added the cache layer,', 'with retries (3 attempts).'])).toBe(
      'Added the cache layer, with retries (3 attempts).'
    )
    for (const lines of [
      ['Uses `redis-py` in * one place'],
      ['**Note:** the rest'],
      ['***strong and emphasis***'],
      ['**across', 'lines**'],
      ['![an image](img.png)'],
      ['[a link](with "a title")'],
      ['[a link](x\u0001y)'],
      ['**www.example.com**'],
      ['snake_case'],
      ['an open ` backtick'],
      ['a\u0000b'],
      ['a `x\u0000` b'],
      ['a span `across', 'lines` here'],
      ['first line', '- a list item'],
      ['a &amp; b'],
      ['text', '---']
    ]) {
      expect(plainParagraph(lines)).toBeNull()
    }
  })
})
