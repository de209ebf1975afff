// Markdown to HTML roughly as GitHub renders it: CommonMark + GFM, raw HTML
// kept. GitHub then sanitises with an allowlist; the tests do not sanitise
// first, so that anything our escaping let through would show up in the
// browser, and they check the DOM against the same allowlist instead
// (hast-util-sanitize's default schema is GitHub's).

import rehypeSanitize, { defaultSchema } from 'rehype-sanitize'
import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'

/** Raw HTML from the markdown passes through as written, for the browser to parse. */
export function toRawHtml(markdown: string): string {
  return String(
    unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkRehype, { allowDangerousHtml: true })
      .use(rehypeStringify, { allowDangerousHtml: true })
      .processSync(markdown)
  )
}

/** Sanitised with GitHub's allowlist; raw HTML that needs a parser is dropped. */
export function toSanitisedHtml(markdown: string): string {
  return String(
    unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkRehype, { allowDangerousHtml: true })
      .use(rehypeSanitize, defaultSchema)
      .use(rehypeStringify)
      .processSync(markdown)
  )
}

/** Elements GitHub keeps, lower case. */
export const ALLOWED_TAGS: readonly string[] = (defaultSchema.tagNames ?? []).map(t =>
  t.toLowerCase()
)

const STYLE = `
body { margin: 0; background: #fff; }
.markdown-body { box-sizing: border-box; max-width: 980px; margin: 0 auto; padding: 32px;
  font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif, "Noto Color Emoji"; color: #1f2328; }
.markdown-body h1, .markdown-body h2 { border-bottom: 1px solid #d1d9e0; padding-bottom: .3em; }
.markdown-body h1 { font-size: 2em; } .markdown-body h2 { font-size: 1.5em; margin-top: 24px; }
.markdown-body h3 { font-size: 1.25em; } .markdown-body h4 { font-size: 1em; }
.markdown-body table { border-collapse: collapse; display: block; overflow: auto; margin: 0 0 16px; }
.markdown-body th, .markdown-body td { border: 1px solid #d1d9e0; padding: 6px 13px; }
.markdown-body th { font-weight: 600; } .markdown-body tr:nth-child(2n) { background: #f6f8fa; }
.markdown-body code { background: #eff1f3; border-radius: 6px; padding: .2em .4em; font: 85% ui-monospace, "DejaVu Sans Mono", monospace; }
.markdown-body pre { background: #f6f8fa; border-radius: 6px; padding: 16px; overflow: auto; }
.markdown-body pre code { background: none; padding: 0; }
.markdown-body blockquote { margin: 0 0 16px; padding: 0 1em; color: #59636e; border-left: .25em solid #d1d9e0; }
.markdown-body details { margin: 0 0 16px; } .markdown-body summary { cursor: pointer; font-weight: 600; }
.markdown-body sub { color: #59636e; }
`

/** A self-contained page; `csp` adds a Content-Security-Policy that forbids every script. */
export function page(bodyHtml: string, options: { csp: boolean }): string {
  const csp = options.csp
    ? `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`
    : ''
  return `<!doctype html><html><head><meta charset="utf-8">${csp}<style>${STYLE}</style></head><body><article class="markdown-body">${bodyHtml}</article></body></html>`
}
