import {
  clip,
  codeSpan,
  escapeCell,
  escapeHtmlText,
  escapeInline,
  escapeLinkText,
  neutraliseMentions,
  oneLine
} from '../../src/render/escape.js'
import { mermaidLabel } from '../../src/render/mermaid.js'

const ZWJ = '\u200d'

describe('clip', () => {
  test('keeps short text as is', () => {
    expect(clip('abc', 3)).toBe('abc')
  })

  test('marks the cut with an ellipsis within the limit', () => {
    expect(clip('abcdef', 4)).toBe('abc…')
  })

  test('counts code points and never splits a surrogate pair', () => {
    const emoji = '😀😀😀😀'
    expect(clip(emoji, 4)).toBe(emoji)
    const cut = clip(emoji, 3)
    expect(cut).toBe('😀😀…')
    expect(cut).not.toMatch(
      /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
    )
  })
})

describe('oneLine', () => {
  test('collapses every kind of line break to one space', () => {
    expect(oneLine('a\r\nb\nc\rd\u2028e\u2029f\u0085g')).toBe('a b c d e f g')
  })

  test('removes control characters and bidirectional overrides', () => {
    expect(oneLine('a\u0000b\u001bc\u202ed\u2066e')).toBe('abcde')
  })
})

describe('neutraliseMentions', () => {
  test('breaks user and team mentions with a zero-width joiner', () => {
    expect(neutraliseMentions('ping @octocat and @org/team')).toBe(
      `ping @${ZWJ}octocat and @${ZWJ}org/team`
    )
  })

  test('breaks issue references, which GitHub cross-links', () => {
    expect(neutraliseMentions('see #12 and owner/repo#7')).toBe(
      `see #${ZWJ}12 and owner/repo#${ZWJ}7`
    )
  })

  test('leaves a lone @ and # alone', () => {
    expect(neutraliseMentions('a @ b # c')).toBe('a @ b # c')
  })
})

describe('escapeInline', () => {
  test('turns HTML into entities', () => {
    expect(escapeInline('<script>alert(1)</script> & co')).toBe(
      '&lt;script&gt;alert(1)&lt;/script&gt; &amp; co'
    )
  })

  test('cannot open an HTML comment, so it cannot forge the marker', () => {
    const out = escapeInline('<!-- swarm-integration-report {"check":"x"} -->')
    expect(out).not.toContain('<!--')
    expect(out).not.toContain('-->')
    expect(out.startsWith('&lt;!--')).toBe(true)
  })

  test('escapes markdown punctuation', () => {
    expect(escapeInline('a|b `c` *d* _e_ [f](g) ~h~ $i$ \\j')).toBe(
      'a\\|b \\`c\\` \\*d\\* \\_e\\_ \\[f\\](g) \\~h\\~ \\$i\\$ \\\\j'
    )
  })

  test.each([
    ['# title', '\\# title'],
    ['> quote', '&gt; quote'],
    ['- item', '\\- item'],
    ['+ item', '\\+ item'],
    ['=== ', '\\==='],
    ['12. item', '12\\. item'],
    ['3) item', '3\\) item'],
    ['    indented code', 'indented code']
  ])('cannot start a block: %j', (text, escaped) => {
    expect(escapeInline(text)).toBe(escaped)
  })

  test('stays on one line', () => {
    expect(escapeInline('a\n# b\n```\nc')).toBe('a \\# b \\`\\`\\` c')
  })

  test('neutralises mentions after escaping', () => {
    expect(escapeInline('@octocat')).toBe(`@${ZWJ}octocat`)
    expect(escapeInline('#42')).toBe(`\\#${ZWJ}42`)
  })

  test('clips long text before escaping it', () => {
    const out = escapeInline('x'.repeat(1000), 10)
    expect(out).toBe(`${'x'.repeat(9)}…`)
  })
})

describe('escapeCell and escapeLinkText', () => {
  test('a cell is never empty and never splits its row', () => {
    expect(escapeCell('')).toBe(' ')
    expect(escapeCell('a | b')).toBe('a \\| b')
  })

  test('link text cannot close the link', () => {
    expect(escapeLinkText('x](javascript:alert(1))')).toBe('x\\](javascript:alert(1))')
    expect(escapeLinkText('')).toBe('(empty)')
  })
})

describe('escapeHtmlText', () => {
  test('uses entities only, since raw HTML shows backslashes literally', () => {
    expect(escapeHtmlText('a_b *c* </summary>')).toBe('a_b *c* &lt;/summary&gt;')
  })
})

describe('codeSpan', () => {
  test('wraps plain text in single backticks', () => {
    expect(codeSpan('src/app.ts')).toBe('`src/app.ts`')
  })

  test('outlasts backtick runs in the text', () => {
    expect(codeSpan('a``b')).toBe('```a``b```')
    expect(codeSpan('`x`')).toBe('`` `x` ``')
  })

  test('in a table, text with a pipe becomes <code> with the pipe escaped', () => {
    expect(codeSpan('a|b', { inTable: true })).toBe('<code>a\\|b</code>')
    expect(codeSpan('a\\|b', { inTable: true })).toBe('<code>a\\\\\\|b</code>')
    expect(codeSpan('a|b')).toBe('`a|b`')
  })

  test('collapses newlines, so a fence cannot start', () => {
    expect(codeSpan('x\n```\ny')).toBe('````x ``` y````')
  })

  test('says so when there is nothing to show', () => {
    expect(codeSpan('  ')).toBe('(empty)')
  })
})

describe('mermaidLabel', () => {
  test('encodes quotes and characters Mermaid or HTML would read', () => {
    expect(mermaidLabel('say "hi" <b> & `x` #1')).toBe(
      'say #quot;hi#quot; #lt;b#gt; #amp; #96;x#96; #35;1'
    )
  })

  test('encodes % so no directive can start', () => {
    expect(mermaidLabel('%%{init: {}}%%')).toBe('#37;#37;{init: {}}#37;#37;')
  })

  test('encodes # first, so the codes it adds are not encoded again', () => {
    expect(mermaidLabel('#quot;')).toBe('#35;quot;')
  })

  test('is never empty and never spans lines', () => {
    expect(mermaidLabel('')).toBe('#160;')
    expect(mermaidLabel('a\nb')).toBe('a b')
  })

  test('is capped in length', () => {
    expect(Array.from(mermaidLabel('y'.repeat(500))).length).toBeLessThanOrEqual(48)
  })
})

describe('codeSpan with HTML-like text', () => {
  test('uses <code> with entities, so no raw tag from the input reaches the output', () => {
    expect(codeSpan('a/<script>.ts')).toBe('<code>a/&lt;script&gt;.ts</code>')
    expect(codeSpan('<!-- x --> `y` | z', { inTable: true })).toBe(
      '<code>&lt;!-- x --&gt; \\`y\\` \\| z</code>'
    )
  })
})
