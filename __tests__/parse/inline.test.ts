import fc from 'fast-check'
import { readAnnotation, readPathItem } from '../../src/parse/file-lists.js'
import { isLocalNone } from '../../src/parse/languages.js'
import {
  boldLabel,
  type CodeSpan,
  codeSpans,
  collapseSpaces,
  danglingBacktick,
  findCodeSpans,
  inlineText,
  isNone,
  indentOf,
  isPlaceholder,
  labelItem,
  listItem,
  plainLabel,
  stripEmoji,
  taskIds,
  basename,
  trimSets
} from '../../src/parse/inline.js'
import { readScore } from '../../src/parse/numbers.js'
import { readStatus } from '../../src/parse/status.js'
import { readTarget } from '../../src/parse/targets.js'

describe('line helpers', () => {
  test('bold labels in both colon positions, underscores kept in the label', () => {
    expect(boldLabel('**Owner role:** Explorer')).toEqual({
      label: 'Owner role',
      value: 'Explorer'
    })
    expect(boldLabel('**Status**: DONE')).toEqual({ label: 'Status', value: 'DONE' })
    expect(boldLabel('**is_on_critical_path:** true')).toEqual({
      label: 'is_on_critical_path',
      value: 'true'
    })
    expect(boldLabel('__Effort:__ S')).toEqual({ label: 'Effort', value: 'S' })
    expect(boldLabel('**Bold text** without colon')).toBeNull()
    expect(boldLabel('plain: text')).toBeNull()
  })

  test('a bulleted bold label is read by one pattern as the item and label readers read it', () => {
    expect(labelItem('  - **Owner role:** Explorer ')).toEqual({
      label: 'Owner role',
      value: 'Explorer'
    })
    expect(labelItem('* **Status**: DONE')).toEqual({ label: 'Status', value: 'DONE' })
    for (const line of ['- **Bold** text', '-**A:** b', '1. **A:** b', '- [ ] **A:** b']) {
      expect(labelItem(line)).toBeNull()
    }
    // Lines built like labels, and broken in the places a label can break.
    const part = (units: string[], maxLength: number) =>
      fc.array(fc.constantFrom(...units), { maxLength }).map(a => a.join(''))
    const line = fc
      .tuple(
        fc.constantFrom('', ' ', '  ', '\t', '\u00a0', ' \u2028'),
        fc.constantFrom('-', '-', '*', '+', '1.', ''),
        fc.constantFrom(' ', ' ', '\t', ' \t', '', '\u00a0'),
        part(['A', 'Owner role', ' ', ':', '*', '\u00a0', '_'], 4),
        fc.constantFrom('**', ':**', '**:', ' : **', '**\t:', ': :**', ''),
        part(['**', ':', ' ', 'x', '\t', '*', '`y`'], 4)
      )
      .map(
        ([lead, marker, gap, inner, close, tail]) =>
          `${lead}${marker}${gap}**${inner}${close}${tail}`
      )
    const runs = Number(process.env.PROPERTY_RUNS ?? 3000)
    let read = 0
    fc.assert(
      fc.property(line, text => {
        const label = labelItem(text)
        if (label === null) return
        read++
        const item = listItem(text)
        expect(item).toMatchObject({ indent: indentOf(text), box: null })
        expect(boldLabel(item?.text ?? '')).toEqual(label)
      }),
      { numRuns: runs }
    )
    // The lines must reach the pattern's side often enough to test it.
    expect(read).toBeGreaterThan(runs / 20)
  })

  test('a label read greedily ends where a lazy reading ends it', () => {
    // The patterns as first written, with a lazy label, as the reference.
    const lazy = (t: string) => {
      const m = (
        t.startsWith('_')
          ? /^__([^_]*?[^_\s:])\s*(?:(:)\s*)?__[ \t]*(:?)[ \t]*([\s\S]*)$/
          : /^\*\*([^*]*?[^*\s:])\s*(?:(:)\s*)?\*\*[ \t]*(:?)[ \t]*([\s\S]*)$/
      ).exec(t)
      if (!m || (m[2] !== ':' && m[3] !== ':')) return null
      return { label: (m[1] ?? '').trim(), value: (m[4] ?? '').trim() }
    }
    const part = (units: string[]) =>
      fc.array(fc.constantFrom(...units), { maxLength: 5 }).map(a => a.join(''))
    const opened = fc
      .tuple(
        fc.constantFrom('**', '__'),
        part(['a', 'Owner role', ' ', '\t', '\u00a0', ':', '*', '_', '`x`']),
        fc.constantFrom('**', ':**', '**:', ' : **', '__', ':__', '__:', ': :__', ''),
        part(['**', '__', ':', ' ', 'x', '*', '_'])
      )
      .map(parts => parts.join(''))
    const runs = Number(process.env.PROPERTY_RUNS ?? 3000)
    let read = 0
    fc.assert(
      fc.property(opened, t => {
        const expected = lazy(t.trim())
        if (expected) read++
        expect(boldLabel(t)).toEqual(expected)
        expect(labelItem(`- ${t}`)).toEqual(t.startsWith('**') ? expected : null)
      }),
      { numRuns: runs }
    )
    expect(read).toBeGreaterThan(runs / 20)
  })

  test('list items with boxes; links are not boxes; bold is not a bullet', () => {
    expect(listItem('  - [x] **T01**: A')).toEqual({
      indent: 2,
      marker: '-',
      ordered: false,
      box: 'x',
      text: '**T01**: A'
    })
    expect(listItem('- [✅] done')?.box).toBe('✅')
    expect(listItem('1. first')).toMatchObject({ ordered: true, box: null, text: 'first' })
    expect(listItem('- [link](x) text')?.box).toBeNull()
    expect(listItem('**bold**')).toBeNull()
    expect(listItem('\t* tabbed')?.indent).toBe(4)
  })

  test('inline text keeps code literal and drops markup', () => {
    expect(
      inlineText('**Bold** and *em* with `a**b*` and [link](http://x) ~~gone~~ <b>x</b>')
    ).toBe('Bold and em with a**b* and link gone x')
    expect(inlineText('snake_case_name stays')).toBe('snake_case_name stays')
    expect(codeSpans('`a` and ``b`c`` and `')).toEqual(['a', 'b`c'])
  })

  test('white space collapses as the plain replace does, whatever the kinds and runs', () => {
    const unit = fc.constantFrom(
      ' ',
      '  ',
      '\t',
      '\n',
      '\r\n',
      '\u00a0',
      '\u2028',
      '\u3000',
      'a',
      'b c'
    )
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 12 }), parts => {
        const text = parts.join('')
        expect(collapseSpaces(text)).toBe(text.replace(/\s+/g, ' '))
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 2000) }
    )
  })

  test('a backtick that opens no code span is found', () => {
    expect(danglingBacktick('`a.py')).toBe(0)
    expect(danglingBacktick('`a` and `b')).toBe(8)
    expect(danglingBacktick('``a`b')).toBe(0)
    expect(danglingBacktick('`a` and ``b`c``')).toBe(-1)
    expect(danglingBacktick('no code')).toBe(-1)
  })

  // The rule as CommonMark states it, run by run: a run of backticks opens a
  // span closed by the next run of the same length (an empty span is left
  // out). Lines with many runs are
  // paired through an index, so they are generated here too.
  test('code spans follow the run-by-run rule, with few runs and with many', () => {
    const allByRule = (text: string): CodeSpan[] => {
      const runs = [...text.matchAll(/`+/g)].map(m => ({ pos: m.index, len: m[0].length }))
      const out: CodeSpan[] = []
      for (let k = 0; k < runs.length; k++) {
        const open = runs[k]
        const m = runs.findIndex((r, i) => i > k && r.len === open?.len)
        const close = runs[m]
        if (!open || !close) continue
        out.push({
          start: open.pos,
          end: close.pos + close.len,
          run: open.len,
          content: text.slice(open.pos + open.len, close.pos).trim()
        })
        k = m
      }
      return out
    }
    const spansByRule = (text: string): string[] =>
      allByRule(text)
        .map(s => s.content)
        .filter(c => c !== '')
    const unit = fc.constantFrom('`', '``', '```', 'a', ' ', 'b.ts')
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(unit, { maxLength: 12 }),
          fc.array(unit, { minLength: 40, maxLength: 120 })
        ),
        parts => {
          const text = parts.join('')
          expect(codeSpans(text)).toEqual(spansByRule(text))
          expect(findCodeSpans(text)).toEqual(allByRule(text))
        }
      ),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 2000) }
    )
  })

  test('emoji, ids, placeholders, scores', () => {
    expect(stripEmoji('✅ Done ⚠️')).toBe(' Done ')
    expect(taskIds('T01, t2 and T-AUTO-03 then T01 again; HT01 no')).toEqual([
      'T01',
      'T2',
      'T-AUTO-03'
    ])
    expect(isPlaceholder('[Description]')).toBe(true)
    expect(isPlaceholder('`path/to/file.py`')).toBe(true)
    expect(isPlaceholder('[x]')).toBe(false)
    expect(isPlaceholder('[docs](docs.md)')).toBe(false)
    expect(readScore('0.85 / 1.0 (Good)')).toEqual({ kind: 'value', value: 0.85 })
    expect(readScore('8 / 10')).toEqual({ kind: 'value', value: 0.8 })
    expect(readScore('92%')).toEqual({ kind: 'value', value: 0.92 })
    expect(readScore('none').kind).not.toBe('value')
  })
})

describe('value readers', () => {
  test.each([
    ['DONE', 'complete'],
    ['COMPLETE', 'complete'],
    ['TODO', 'todo'],
    ['DOING', 'in-progress'],
    ['RUNNING', 'in-progress'],
    ['RETRY_IN_PROGRESS', 'in-progress'],
    ['BLOCKED', 'blocked'],
    ['FAILED', 'blocked']
  ])('plan status %s', (text, status) => {
    expect(readStatus(text)).toEqual({ kind: 'ok', status })
  })

  test('status choices and placeholders are unfilled', () => {
    expect(readStatus('✅ Complete | ⚠️ Partial | ❌ Blocked').kind).toBe('unfilled')
    expect(readStatus('TODO / DONE').kind).toBe('unfilled')
    expect(readStatus('[status]').kind).toBe('unfilled')
    expect(readStatus('sideways').kind).toBe('unrecognised')
  })

  test.each([
    ['≥0.75', 'numeric', 0.75],
    ['>= 0.75', 'numeric', 0.75],
    ['>0.7', 'numeric', 0.7],
    ['0.9', 'numeric', 0.9],
    ['≥80%', 'numeric', 0.8],
    ['pass', 'binary', null],
    ['tests pass', 'binary', null],
    ['all tests pass', 'binary', null],
    ['API stable', 'binary', null],
    ['No circular deps', 'binary', null],
    ['N/A', 'skip', null],
    ['-', 'skip', null]
  ])('target %s', (raw, kind, threshold) => {
    expect(readTarget(raw)).toEqual({ kind, threshold, known: true })
  })

  test('unknown targets are binary but flagged; a skip status wins', () => {
    expect(readTarget('be nice')).toEqual({ kind: 'binary', threshold: null, known: false })
    expect(readTarget('0.8', 'skip')).toEqual({ kind: 'skip', threshold: null, known: true })
  })

  test('path annotations', () => {
    expect(readAnnotation('MODIFIED (+15 lines, Redis init)')).toEqual({
      kind: 'modified',
      linesAdded: 15,
      linesRemoved: null,
      note: 'Redis init'
    })
    expect(readAnnotation('(NEW - unplanned)')).toEqual({
      kind: 'created',
      linesAdded: null,
      linesRemoved: null,
      note: 'unplanned'
    })
    expect(readAnnotation('- edited (+3/-1) for the (new) flag')).toEqual({
      kind: 'modified',
      linesAdded: 3,
      linesRemoved: 1,
      note: 'for the (new) flag'
    })
    expect(readPathItem('`a/b.py` - +3/-1 lines (note)', 5)).toMatchObject({
      path: 'a/b.py',
      line: 5
    })
    expect(readPathItem('None', 1)).toBeNull()
    expect(readPathItem('[nothing written]', 1)).toBeNull()
  })
})

describe('trimming', () => {
  it('trims each end by its own set, and long runs whole', () => {
    expect(trimSets('((a.ts)),', '(', '),')).toBe('a.ts')
    expect(trimSets(`${'('.repeat(20000)}x${')'.repeat(20000)}`, '(', ')')).toBe('x')
    expect(basename(`docs/api${'/'.repeat(20000)}`)).toBe('api')
    expect(basename('file.ts')).toBe('file.ts')
  })
})

describe('a line holding U+2028', () => {
  it('still reads as a label and as a list item', () => {
    const line = `- **Role:**${' '.repeat(3000)}Implementer\u2028B`
    expect(listItem(line)?.text.startsWith('**Role:**')).toBe(true)
    expect(boldLabel(listItem(line)?.text ?? '')?.label).toBe('Role')
  })
})

describe('isNone', () => {
  // The whole reading, without the first-letter shortcut: the shortcut must never change an answer.
  const NONE_RE = /^(?:none(?: identified)?|n\/?a|-+|—|–|nothing|\(none[^)]*\))\.?$/i
  const fullReading = (text: string): boolean => {
    const t = inlineText(text).trim()
    return NONE_RE.test(t) || isLocalNone(t)
  }

  test.each([
    ['None'],
    ['`none`'],
    ['  ``none``'],
    ['**N/A**'],
    ['Нет.'],
    ['`` a `none` ``'],
    ['(none - see `src/a.ts`)'],
    ['`src/a.ts` - new'],
    ['` `none'],
    ['`unclosed none']
  ])('reads %j as the whole reading does', text => {
    expect(isNone(text)).toBe(fullReading(text))
  })

  test('agrees with the whole reading on generated values', () => {
    const unit = fc.constantFrom(
      ...['none', 'None', 'n/a', 'Нет', 'aucun', 'rien', 'src/a.ts', '-', '—', '(', ')', '.'],
      ...['`', '``', ' ', '\t', '*', '_', '[', ']', '<b>', 'x', '0', 'N', 'identified']
    )
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 8 }), parts => {
        const text = parts.join('')
        expect(isNone(text)).toBe(fullReading(text))
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 3000) }
    )
  })
})

describe('plainLabel', () => {
  // The label pattern with Unicode letters throughout: the ASCII one used for
  // ASCII labels must read every text the same.
  const UNICODE_RE = /^([\p{L}][\p{L} _-]{0,38}?)[ \t]*:[ \t]+(\S[\s\S]*)$/u
  const unicodeReading = (text: string): { label: string; value: string } | null => {
    const m = UNICODE_RE.exec(text.trim())
    return m ? { label: (m[1] ?? '').trim(), value: (m[2] ?? '').trim() } : null
  }

  test('reads ASCII and other labels as the Unicode pattern does', () => {
    const unit = fc.constantFrom(
      ...['Status', 'Statut', 'é', 'Ж', 'a', 'Z', ' ', '\t', '_', '-', ':', ': ', '0', '.'],
      ...['done', '✅', '`x`', 'K']
    )
    fc.assert(
      fc.property(fc.array(unit, { minLength: 1, maxLength: 8 }), parts => {
        const text = parts.join('')
        // List markers and bold are plainLabel's own business, not the pattern's.
        fc.pre(listItem(text) === null && !text.includes('__'))
        expect(plainLabel(text)).toEqual(unicodeReading(text))
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 3000) }
    )
  })
})
