// The rendered report in a real browser (Chromium, see browser.ts, driven by
// playwright-core): converted to HTML as GitHub does, loaded with no network.
// Tables must be tables, every <details> must close where it should, nothing
// from the input may run, and each Mermaid graph must parse and render. A
// screenshot of the report is left in test-artifacts/ for a person to look at.

import { mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { renderComment } from '../../src/render/comment.js'
import { BUDGETS, renderMarkdown } from '../../src/render/markdown.js'
import { DEFAULT_OPTIONS } from '../../src/analysis-options.js'
import { runPipeline } from '../../src/pipeline.js'
import { run } from '../../__fixtures__/render/build.js'
import { hostileRun, multiRun, typicalTrack } from '../../__fixtures__/render/models.js'
import { countOf, inspect } from '../../__fixtures__/render/inspect.js'
import { launchBrowser } from './browser.js'
import { ALLOWED_TAGS, page, toRawHtml, toSanitisedHtml } from './github-html.js'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const MERMAID = join(ROOT, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js')
const ARTIFACTS = join(ROOT, 'test-artifacts')

let browser: Browser

// The few DOM shapes the page functions use. The project is type-checked
// without the DOM library (its code runs in node); these run in the page.
interface El {
  tagName: string
  textContent: string | null
  innerHTML: string
  firstElementChild: El | null
  parentElement: El | null
  getAttributeNames(): string[]
  setAttribute(name: string, value: string): void
  closest(selector: string): El | null
  querySelectorAll(selector: string): ArrayLike<El> & Iterable<El>
  replaceWith(node: El): void
}
interface PageGlobals {
  document: El & { createElement(tag: string): El }
  __pwned?: unknown
  mermaid: {
    initialize(config: object): void
    parse(text: string): Promise<unknown>
    render(id: string, text: string): Promise<{ svg: string }>
  }
}

beforeAll(async () => {
  // No skip when no browser starts: a missing browser must not pass as a green run.
  browser = (await launchBrowser()).browser
})

afterAll(async () => {
  await browser?.close()
})

interface Loaded {
  page: Page
  consoleErrors: string[]
  requests: string[]
}

async function load(html: string): Promise<Loaded> {
  const p = await browser.newPage({ viewport: { width: 1100, height: 900 } })
  const consoleErrors: string[] = []
  const requests: string[] = []
  p.on('console', msg => {
    if (msg.type() === 'error') consoleErrors.push(msg.text())
  })
  // No network: every request is refused, and recorded.
  await p.route('**/*', route => {
    requests.push(route.request().url())
    return route.abort()
  })
  await p.setContent(html, { waitUntil: 'load' })
  return { page: p, consoleErrors, requests }
}

interface DomFacts {
  pwned: boolean
  foreignTags: string[]
  handlerAttributes: string[]
  details: number
  detailsWithoutSummary: number
  tables: number
  headingsInsideDetails: string[]
}

async function domFacts(p: Page): Promise<DomFacts> {
  return p.evaluate(
    (allowed: string[]) => {
      const { document } = globalThis as unknown as PageGlobals
      const all = Array.from(document.querySelectorAll('.markdown-body *'))
      const handlerAttributes = all.flatMap(el =>
        el.getAttributeNames().filter(name => name.toLowerCase().startsWith('on'))
      )
      const details = Array.from(document.querySelectorAll('details'))
      return {
        pwned: (globalThis as unknown as PageGlobals).__pwned !== undefined,
        foreignTags: [
          ...new Set(all.map(el => el.tagName.toLowerCase()).filter(tag => !allowed.includes(tag)))
        ],
        handlerAttributes,
        details: details.length,
        detailsWithoutSummary: details.filter(d => d.firstElementChild?.tagName !== 'SUMMARY')
          .length,
        tables: document.querySelectorAll('table').length,
        headingsInsideDetails: Array.from(document.querySelectorAll('h1, h2'))
          .filter(h => h.closest('details') !== null)
          .map(h => h.textContent ?? '')
      }
    },
    [...ALLOWED_TAGS]
  )
}

/** The example track newcomers render, through the whole pipeline. */
async function exampleReport(): Promise<string> {
  const result = await runPipeline({
    workspace: process.cwd(),
    patterns: [],
    dirs: ['examples/swarm/tracks/2026-03-02-001'],
    options: DEFAULT_OPTIONS,
    changed: null
  })
  if (!result.ok) throw new Error(result.error)
  return renderMarkdown(result.value, {
    budgetBytes: BUDGETS.jobSummary,
    fullReportHint: null
  })
}

describe('the report in a browser', () => {
  test('the set-up would catch live input: raw HTML in markdown does run here', async () => {
    const markdown = `# Control\n\n<img src=x onerror="window.__pwned = 1">\n\n<script>window.__pwned = 2</script>\n`
    const { page: p } = await load(page(toRawHtml(markdown), { csp: false }))
    await p.waitForFunction(() => (globalThis as unknown as PageGlobals).__pwned !== undefined)
    const facts = await domFacts(p)
    expect(facts.pwned).toBe(true)
    expect(facts.foreignTags).toEqual(expect.arrayContaining(['script']))
    expect(facts.handlerAttributes).toEqual(['onerror'])
    await p.close()
    const guarded = await load(page(toRawHtml(markdown), { csp: true }))
    await guarded.page.waitForTimeout(200)
    expect(guarded.consoleErrors.some(e => /Content Security Policy/i.test(e))).toBe(true)
    await guarded.page.close()
  })

  test('the hostile report runs nothing and holds only elements GitHub allows', async () => {
    const markdown = renderComment(hostileRun(), {
      state: { check: 'IOSM integration', headSha: null, runId: 1, runAttempt: 1 },
      fullReportHint: 'the job summary'
    }).body
    // No CSP here: were anything of the input live, it would run.
    const { page: p, requests } = await load(page(toRawHtml(markdown), { csp: false }))
    await p.waitForTimeout(200)
    const facts = await domFacts(p)
    expect(facts.pwned).toBe(false)
    expect(facts.foreignTags).toEqual([])
    expect(facts.handlerAttributes).toEqual([])
    expect(facts.details).toBe(countOf(markdown, '<details>'))
    expect(facts.detailsWithoutSummary).toBe(0)
    expect(facts.headingsInsideDetails).toEqual([])
    expect(facts.tables).toBeGreaterThan(0)
    expect(requests).toEqual([])
    mkdirSync(ARTIFACTS, { recursive: true })
    await p.screenshot({ path: join(ARTIFACTS, 'hostile.png'), fullPage: false })
    await p.close()
  })

  test('under a script-forbidding CSP, no script even tries to run', async () => {
    const markdown = renderMarkdown(hostileRun(), {
      budgetBytes: BUDGETS.jobSummary,
      fullReportHint: null
    })
    const { page: p, consoleErrors } = await load(page(toRawHtml(markdown), { csp: true }))
    await p.waitForTimeout(200)
    expect(consoleErrors.filter(e => /Content Security Policy/i.test(e))).toEqual([])
    expect((await domFacts(p)).pwned).toBe(false)
    await p.close()
  })

  test('sanitised as GitHub does, the tables are still tables', async () => {
    const markdown = renderMarkdown(run(typicalTrack()), {
      budgetBytes: BUDGETS.jobSummary,
      fullReportHint: null
    })
    const html = toSanitisedHtml(markdown)
    const { page: p } = await load(page(html, { csp: true }))
    const tables = await p.evaluate(() =>
      Array.from((globalThis as unknown as PageGlobals).document.querySelectorAll('table')).map(
        t => t.querySelectorAll('thead th').length
      )
    )
    // Columns of: changes, conflicts, forecast conflicts, unplanned touches, gates, the three claim tables, spawn candidates, diagnostics.
    expect(tables).toEqual([4, 4, 4, 2, 5, 3, 2, 4, 8, 3])
    await p.close()
  })

  test('the example track, sanitised as GitHub does, keeps its tables as tables', async () => {
    const markdown = await exampleReport()
    const html = toSanitisedHtml(markdown)
    const { page: p } = await load(page(html, { csp: true }))
    const tables = await p.evaluate(() =>
      Array.from((globalThis as unknown as PageGlobals).document.querySelectorAll('table')).map(
        t => t.querySelectorAll('thead th').length
      )
    )
    const sourceTables = markdown.split('\n').filter(l => /^\| ?-{3}/.test(l)).length
    expect(tables.length).toBe(sourceTables)
    expect(tables.length).toBeGreaterThan(3)
    for (const columns of tables) expect(columns).toBeGreaterThanOrEqual(2)
    await p.close()
  })

  test.each([
    ['example-track.png', exampleReport],
    [
      'report.png',
      () =>
        renderMarkdown(run(typicalTrack()), {
          budgetBytes: BUDGETS.jobSummary,
          fullReportHint: null
        })
    ],
    [
      'multi-track.png',
      () =>
        renderMarkdown(multiRun(), {
          budgetBytes: BUDGETS.jobSummary,
          fullReportHint: null
        })
    ]
  ])(
    '%s: every <details> closes, and each Mermaid graph parses and renders',
    async (file, render) => {
      const markdown = await render()
      const { page: p } = await load(page(toRawHtml(markdown), { csp: false }))
      const facts = await domFacts(p)
      expect(facts.details).toBe(inspect(markdown).detailsOpened)
      expect(facts.detailsWithoutSummary).toBe(0)
      expect(facts.headingsInsideDetails).toEqual([])
      expect(facts.foreignTags).toEqual([])

      await p.addScriptTag({ path: MERMAID })
      const graphs = await p.evaluate(async () => {
        const { document, mermaid: m } = globalThis as unknown as PageGlobals
        m.initialize({ startOnLoad: false, securityLevel: 'strict' })
        const blocks = Array.from(document.querySelectorAll('pre > code.language-mermaid'))
        const results: Array<{ parsed: boolean; nodes: number }> = []
        for (const [i, code] of blocks.entries()) {
          const text = code.textContent ?? ''
          const parsed = (await m.parse(text)) !== false
          const { svg } = await m.render(`graph${i}`, text)
          const holder = document.createElement('div')
          holder.innerHTML = svg
          code.parentElement?.replaceWith(holder)
          results.push({ parsed, nodes: holder.querySelectorAll('g.node').length })
        }
        return results
      })
      expect(graphs.length).toBe(inspect(markdown).mermaid.length)
      expect(graphs.length).toBeGreaterThan(0)
      for (const g of graphs) {
        expect(g.parsed).toBe(true)
        expect(g.nodes).toBeGreaterThan(0)
      }
      // Open every <details> so the picture shows the whole report.
      await p.evaluate(() => {
        for (const d of (globalThis as unknown as PageGlobals).document.querySelectorAll('details'))
          d.setAttribute('open', '')
      })
      mkdirSync(ARTIFACTS, { recursive: true })
      await p.screenshot({ path: join(ARTIFACTS, file), fullPage: true })
      await p.close()
    }
  )
})
