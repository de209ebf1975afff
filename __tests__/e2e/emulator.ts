// A GitHub REST emulator for the tests: a node:http server on 127.0.0.1 holding
// issue comments, check runs, pull requests and their files in memory. Every
// request and every response is checked against GitHub's OpenAPI description
// (trimmed to the operations the action calls); a mismatch is recorded in
// `violations`, which the tests expect to stay empty. Faults can be injected
// per operation, and every request is recorded for counting.
import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { OpenAPIBackend, type Context, type Document } from 'openapi-backend'
import { ROOT } from './root.js'

const SPEC_PATH = join(ROOT, '__fixtures__', 'openapi', 'github-trimmed.json')

export interface EmulatorUser {
  login: string
  id: number
  type: 'User' | 'Bot'
}

export const ACTIONS_BOT: EmulatorUser = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' }
export const PERSON: EmulatorUser = { login: 'octo-reviewer', id: 5101, type: 'User' }

export const WRITE_TOKEN = 'ghs_emulator_write'
export const READ_TOKEN = 'ghs_emulator_read'

export interface TokenGrant {
  user: EmulatorUser
  /** false: every write answers 403 "Resource not accessible by integration". */
  write: boolean
}

type DiffStatus = 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged'

export interface FileSpec {
  path: string
  status?: DiffStatus
  previousPath?: string
  additions?: number
  deletions?: number
}

export interface PullSpec {
  number: number
  headRef: string
  headSha: string
  /** `owner/name` of the head repository; a fork when it differs from the base. */
  headRepo?: string
  baseRef?: string
  baseSha?: string
  state?: 'open' | 'closed'
  title?: string
  /** GitHub's count of changed files (can exceed the 3,000 the API lists). */
  changedFiles?: number
  files?: FileSpec[]
}

export interface StoredComment {
  id: number
  issueNumber: number
  body: string
  user: EmulatorUser
  createdAt: string
  updatedAt: string
}

interface StoredAnnotation {
  path: string
  start_line: number
  end_line: number
  annotation_level: string
  message: string
  title?: string
}

export interface StoredCheckRun {
  id: number
  name: string
  headSha: string
  status: string
  conclusion: string | null
  externalId: string | null
  detailsUrl: string | null
  startedAt: string
  completedAt: string | null
  output: { title: string | null; summary: string | null; text: string | null }
  annotations: StoredAnnotation[]
}

export interface Fault {
  /** operationId in GitHub's description, e.g. `issues/create-comment`. */
  operation: string
  status: number
  /** How many matching requests fail (default 1). */
  times?: number
  message?: string
  headers?: Record<string, string>
}

export interface RecordedRequest {
  method: string
  path: string
  operationId: string | null
  status: number
  write: boolean
  body: unknown
}

const SECONDARY_RATE_LIMIT_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'

export function secondaryRateLimit(operation: string, retryAfter: number): Fault {
  return {
    operation,
    status: 403,
    message: SECONDARY_RATE_LIMIT_MESSAGE,
    headers: { 'retry-after': String(retryAfter) }
  }
}

interface Reply {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

interface StoredPull {
  number: number
  id: number
  headRef: string
  headSha: string
  headRepo: string
  baseRef: string
  baseSha: string
  state: 'open' | 'closed'
  title: string
  changedFiles: number
  files: FileSpec[]
  createdAt: string
}

const WEB = 'https://github.com'
const DOCS = 'https://docs.github.com/rest'
const API_FILES_CAP = 3000

type Ajv = Parameters<
  NonNullable<ConstructorParameters<typeof OpenAPIBackend>[0]['customizeAjv']>
>[0]

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/i

/** The formats GitHub's description uses, checked for real rather than ignored. */
export function addFormats(ajv: Ajv): Ajv {
  ajv.addFormat(
    'date-time',
    (value: string) => DATE_TIME.test(value) && !Number.isNaN(Date.parse(value))
  )
  ajv.addFormat('uri', (value: string) => URL.canParse(value))
  ajv.addFormat('int64', {
    type: 'number',
    validate: (value: number) => Number.isSafeInteger(value)
  })
  ajv.addFormat('int32', {
    type: 'number',
    validate: (value: number) => Number.isInteger(value) && Math.abs(value) < 2 ** 31
  })
  return ajv
}

export class GitHubEmulator {
  readonly owner: string
  readonly repo: string
  readonly comments: StoredComment[] = []
  readonly checkRuns: StoredCheckRun[] = []
  readonly requests: RecordedRequest[] = []
  readonly violations: string[] = []
  /** Delay before each answer, to widen the window in which concurrent runs race. */
  latencyMs = 0

  private readonly pulls: StoredPull[] = []
  private readonly tokens = new Map<string, TokenGrant>([
    [WRITE_TOKEN, { user: ACTIONS_BOT, write: true }],
    [READ_TOKEN, { user: ACTIONS_BOT, write: false }]
  ])
  private faults: Array<Fault & { left: number }> = []
  private nextId = 1000
  private clock = Date.parse('2026-03-01T09:00:00Z')
  private server: Server | null = null
  private api: OpenAPIBackend | null = null
  private baseUrl = ''

  private constructor(owner: string, repo: string) {
    this.owner = owner
    this.repo = repo
  }

  static async start(options: { owner?: string; repo?: string } = {}): Promise<GitHubEmulator> {
    const emulator = new GitHubEmulator(options.owner ?? 'acme', options.repo ?? 'rocket')
    await emulator.listen()
    return emulator
  }

  get url(): string {
    return this.baseUrl
  }

  get fullName(): string {
    return `${this.owner}/${this.repo}`
  }

  async stop(): Promise<void> {
    const server = this.server
    this.server = null
    if (!server) return
    server.closeAllConnections()
    await new Promise<void>(resolve => server.close(() => resolve()))
  }

  addToken(token: string, grant: TokenGrant): void {
    this.tokens.set(token, grant)
  }

  addPull(spec: PullSpec): void {
    this.pulls.push({
      number: spec.number,
      id: this.id(),
      headRef: spec.headRef,
      headSha: spec.headSha,
      headRepo: spec.headRepo ?? this.fullName,
      baseRef: spec.baseRef ?? 'main',
      baseSha: spec.baseSha ?? '0'.repeat(40),
      state: spec.state ?? 'open',
      title: spec.title ?? `Pull request ${spec.number}`,
      changedFiles: spec.changedFiles ?? spec.files?.length ?? 0,
      files: spec.files ?? [],
      createdAt: this.now()
    })
  }

  setPullFiles(number: number, files: FileSpec[], changedFiles = files.length): void {
    const pull = this.pulls.find(p => p.number === number)
    if (!pull) throw new Error(`no pull request ${number}`)
    pull.files = files
    pull.changedFiles = changedFiles
  }

  addComment(issueNumber: number, body: string, user: EmulatorUser): StoredComment {
    const at = this.now()
    const comment = { id: this.id(), issueNumber, body, user, createdAt: at, updatedAt: at }
    this.comments.push(comment)
    return comment
  }

  addCheckRun(run: Omit<StoredCheckRun, 'id' | 'startedAt' | 'annotations'>): StoredCheckRun {
    const stored = { ...run, id: this.id(), startedAt: this.now(), annotations: [] }
    this.checkRuns.push(stored)
    return stored
  }

  inject(fault: Fault): void {
    this.faults.push({ ...fault, left: fault.times ?? 1 })
  }

  commentsOn(issueNumber: number): StoredComment[] {
    return this.comments.filter(c => c.issueNumber === issueNumber)
  }

  checkRunsOn(sha: string): StoredCheckRun[] {
    return this.checkRuns.filter(r => r.headSha === sha)
  }

  writes(): RecordedRequest[] {
    return this.requests.filter(r => r.write)
  }

  clearRequests(): void {
    this.requests.length = 0
  }

  // -------------------------------------------------------------------------

  private id(): number {
    this.nextId += 1
    return this.nextId
  }

  private now(): string {
    this.clock += 1000
    return new Date(this.clock).toISOString().replace(/\.\d{3}Z$/, 'Z')
  }

  private async listen(): Promise<void> {
    const definition = JSON.parse(readFileSync(SPEC_PATH, 'utf8')) as Document
    const api = new OpenAPIBackend({
      definition,
      // Validators are compiled on first use; `openapi.test.ts` checks the document itself.
      quick: true,
      validate: true,
      coerceTypes: true,
      customizeAjv: ajv => addFormats(ajv),
      handlers: {
        validationFail: (c: Context) => this.validationFail(c),
        notFound: (c: Context) => this.unknownRoute(c),
        notImplemented: (c: Context) => this.unknownRoute(c)
      }
    })
    api.register({
      'issues/list-comments': (c: Context) => this.listComments(c),
      'issues/create-comment': (c: Context, auth: TokenGrant) => this.createComment(c, auth),
      'issues/update-comment': (c: Context) => this.updateComment(c),
      'issues/delete-comment': (c: Context) => this.deleteComment(c),
      'checks/list-for-ref': (c: Context) => this.listCheckRuns(c),
      'checks/create': (c: Context) => this.createCheckRun(c),
      'checks/update': (c: Context) => this.updateCheckRun(c),
      'pulls/list': (c: Context) => this.listPulls(c),
      'pulls/get': (c: Context) => this.getPull(c),
      'pulls/list-files': (c: Context) => this.listFiles(c),
      'repos/list-pull-requests-associated-with-commit': (c: Context) => this.pullsForCommit(c)
    })
    await api.init()
    this.api = api
    const server = createServer((req, res) => {
      void this.serve(req, res)
    })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', () => resolve()))
    this.server = server
    const { port } = server.address() as AddressInfo
    this.baseUrl = `http://127.0.0.1:${port}`
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const api = this.api
    if (!api) throw new Error('emulator not started')
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const raw = Buffer.concat(chunks).toString('utf8')
    const url = new URL(req.url ?? '/', this.baseUrl)
    const method = (req.method ?? 'GET').toUpperCase()
    const write = method !== 'GET' && method !== 'HEAD'
    let body: unknown = undefined
    if (raw !== '') {
      try {
        body = JSON.parse(raw)
      } catch {
        this.violations.push(`${method} ${url.pathname}: body is not JSON`)
      }
    }
    const headers: Record<string, string> = {}
    for (const [k, v] of Object.entries(req.headers)) {
      if (typeof v === 'string') headers[k] = v
    }
    const request = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers,
      body
    }
    const operation = api.matchOperation(request)
    const operationId = operation?.operationId ?? null
    let reply: Reply
    const auth = this.authenticate(headers['authorization'])
    const fault = operationId ? this.takeFault(operationId) : null
    if (operation && fault) {
      // A faulted request must still be one GitHub would accept.
      const check = api.validateRequest(request, operation)
      if (check.errors) {
        this.violations.push(
          `${method} ${url.pathname}: request does not match the description: ${JSON.stringify(check.errors).slice(0, 600)}`
        )
      }
      reply = this.faultReply(fault)
    } else if (!auth) {
      reply = this.error(401, 'Bad credentials')
    } else if (write && operationId && !auth.write) {
      reply = this.error(403, 'Resource not accessible by integration')
    } else {
      reply = (await api.handleRequest(request, auth)) as Reply
    }
    if (operationId && reply.body !== undefined && this.declares(operationId, reply.status)) {
      const check = api.validateResponse(reply.body, operationId, reply.status)
      if (check.errors) {
        this.violations.push(
          `${method} ${url.pathname} -> ${reply.status}: response does not match the description: ${JSON.stringify(check.errors).slice(0, 600)}`
        )
      }
    }
    this.requests.push({
      method,
      path: url.pathname + url.search,
      operationId,
      status: reply.status,
      write,
      body
    })
    if (this.latencyMs > 0) await new Promise(resolve => setTimeout(resolve, this.latencyMs))
    const out: Record<string, string> = {
      'x-github-api-version-selected': '2022-11-28',
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      ...reply.headers
    }
    if (reply.body !== undefined) out['content-type'] = 'application/json; charset=utf-8'
    res.writeHead(reply.status, out)
    res.end(reply.body === undefined ? undefined : JSON.stringify(reply.body))
  }

  private authenticate(header: string | undefined): TokenGrant | null {
    const match = /^(?:token|bearer)\s+(\S+)$/i.exec(header ?? '')
    if (!match?.[1]) return null
    return this.tokens.get(match[1]) ?? null
  }

  private takeFault(operationId: string): Fault | null {
    const fault = this.faults.find(f => f.operation === operationId && f.left > 0)
    if (!fault) return null
    fault.left -= 1
    return fault
  }

  private faultReply(fault: Fault): Reply {
    const messages: Record<number, string> = {
      403: 'Resource not accessible by integration',
      404: 'Not Found',
      422: 'Validation Failed',
      500: 'Server Error',
      502: 'Server Error'
    }
    const reply = this.error(fault.status, fault.message ?? messages[fault.status] ?? 'Error')
    return { ...reply, headers: fault.headers }
  }

  private declares(operationId: string, status: number): boolean {
    const operation = this.api?.getOperation(operationId)
    return operation?.responses?.[String(status)] !== undefined
  }

  private error(status: number, message: string): Reply {
    return { status, body: { message, documentation_url: DOCS, status: String(status) } }
  }

  private validationFail(c: Context): Reply {
    const errors = JSON.stringify(c.validation.errors ?? []).slice(0, 600)
    this.violations.push(
      `${c.request.method} ${c.request.path}: request does not match the description: ${errors}`
    )
    return {
      status: 422,
      body: { message: 'Validation Failed', documentation_url: DOCS, errors: [] }
    }
  }

  private unknownRoute(c: Context): Reply {
    this.violations.push(
      `${c.request.method} ${c.request.path}: not an operation the action is known to call`
    )
    return this.error(404, 'Not Found')
  }

  // --- pagination -----------------------------------------------------------

  private page<T>(
    c: Context,
    items: readonly T[]
  ): { items: T[]; headers: Record<string, string> } {
    const perPage = Math.min(100, Math.max(1, Number(c.request.query['per_page'] ?? 30) || 30))
    const page = Math.max(1, Number(c.request.query['page'] ?? 1) || 1)
    const last = Math.max(1, Math.ceil(items.length / perPage))
    const start = (page - 1) * perPage
    const link = (n: number, rel: string): string => {
      const url = new URL(c.request.path, this.baseUrl)
      for (const [k, v] of Object.entries(c.request.query)) {
        if (typeof v === 'string') url.searchParams.set(k, v)
      }
      url.searchParams.set('per_page', String(perPage))
      url.searchParams.set('page', String(n))
      return `<${url.toString()}>; rel="${rel}"`
    }
    const links: string[] = []
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'))
    if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'))
    return {
      items: items.slice(start, start + perPage),
      headers: links.length > 0 ? { link: links.join(', ') } : {}
    }
  }

  private num(c: Context, name: string): number {
    return Number(c.request.params[name])
  }

  // --- comments -------------------------------------------------------------

  private listComments(c: Context): Reply {
    const issue = this.num(c, 'issue_number')
    if (!this.pulls.some(p => p.number === issue)) return this.error(404, 'Not Found')
    const { items, headers } = this.page(
      c,
      this.comments.filter(x => x.issueNumber === issue).sort((a, b) => a.id - b.id)
    )
    return { status: 200, body: items.map(x => this.commentJson(x)), headers }
  }

  private createComment(c: Context, auth: TokenGrant): Reply {
    const issue = this.num(c, 'issue_number')
    if (!this.pulls.some(p => p.number === issue)) return this.error(404, 'Not Found')
    const body = (c.request.requestBody as { body: string }).body
    if (body.length > 65536)
      return this.error(422, 'Body is too long (maximum is 65536 characters)')
    const comment = this.addComment(issue, body, auth.user)
    return {
      status: 201,
      body: this.commentJson(comment),
      headers: { location: `${this.baseUrl}/repos/${this.fullName}/issues/comments/${comment.id}` }
    }
  }

  private updateComment(c: Context): Reply {
    const comment = this.comments.find(x => x.id === this.num(c, 'comment_id'))
    if (!comment) return this.error(404, 'Not Found')
    const body = (c.request.requestBody as { body: string }).body
    if (body.length > 65536)
      return this.error(422, 'Body is too long (maximum is 65536 characters)')
    comment.body = body
    comment.updatedAt = this.now()
    return { status: 200, body: this.commentJson(comment) }
  }

  private deleteComment(c: Context): Reply {
    const index = this.comments.findIndex(x => x.id === this.num(c, 'comment_id'))
    if (index === -1) return this.error(404, 'Not Found')
    this.comments.splice(index, 1)
    return { status: 204 }
  }

  private commentJson(x: StoredComment): Record<string, unknown> {
    const repoApi = `${this.baseUrl}/repos/${this.fullName}`
    return {
      id: x.id,
      node_id: `IC_${x.id}`,
      url: `${repoApi}/issues/comments/${x.id}`,
      html_url: `${WEB}/${this.fullName}/pull/${x.issueNumber}#issuecomment-${x.id}`,
      issue_url: `${repoApi}/issues/${x.issueNumber}`,
      body: x.body,
      user: this.userJson(x.user),
      created_at: x.createdAt,
      updated_at: x.updatedAt,
      author_association: x.user.type === 'Bot' ? 'NONE' : 'MEMBER',
      performed_via_github_app: null,
      reactions: {
        url: `${repoApi}/issues/comments/${x.id}/reactions`,
        total_count: 0,
        '+1': 0,
        '-1': 0,
        laugh: 0,
        confused: 0,
        heart: 0,
        hooray: 0,
        eyes: 0,
        rocket: 0
      }
    }
  }

  // --- check runs -----------------------------------------------------------

  private listCheckRuns(c: Context): Reply {
    const ref = String(c.request.params['ref'])
    const name = c.request.query['check_name']
    const filter = c.request.query['filter'] ?? 'latest'
    let runs = this.checkRuns.filter(
      r => r.headSha === ref && (name === undefined || r.name === name)
    )
    if (filter === 'latest') {
      runs = runs.filter(r => !runs.some(o => o.name === r.name && o.id > r.id))
    }
    runs = [...runs].sort((a, b) => b.id - a.id)
    const { items, headers } = this.page(c, runs)
    return {
      status: 200,
      body: { total_count: runs.length, check_runs: items.map(r => this.checkRunJson(r)) },
      headers
    }
  }

  private createCheckRun(c: Context): Reply {
    const input = c.request.requestBody as CheckRunInput & { name: string; head_sha: string }
    if (!/^[0-9a-f]{40}$/.test(input.head_sha)) {
      return {
        status: 422,
        body: { message: 'No commit found for SHA: ' + input.head_sha, documentation_url: DOCS }
      }
    }
    const completed = input.conclusion !== undefined || input.status === 'completed'
    const run: StoredCheckRun = {
      id: this.id(),
      name: input.name,
      headSha: input.head_sha,
      status: completed ? 'completed' : (input.status ?? 'queued'),
      conclusion: input.conclusion ?? null,
      externalId: input.external_id ?? null,
      detailsUrl: input.details_url ?? null,
      startedAt: input.started_at ?? this.now(),
      completedAt: completed ? (input.completed_at ?? this.now()) : null,
      output: {
        title: input.output?.title ?? null,
        summary: input.output?.summary ?? null,
        text: input.output?.text ?? null
      },
      annotations: [...(input.output?.annotations ?? [])]
    }
    if (completed && run.conclusion === null) {
      return {
        status: 422,
        body: { message: 'Invalid request: conclusion is required', documentation_url: DOCS }
      }
    }
    this.checkRuns.push(run)
    return { status: 201, body: this.checkRunJson(run) }
  }

  private updateCheckRun(c: Context): Reply {
    const run = this.checkRuns.find(r => r.id === this.num(c, 'check_run_id'))
    if (!run) return this.error(404, 'Not Found')
    const input = c.request.requestBody as CheckRunInput & { name?: string }
    if (input.name !== undefined) run.name = input.name
    if (input.details_url !== undefined) run.detailsUrl = input.details_url
    if (input.external_id !== undefined) run.externalId = input.external_id
    if (input.conclusion !== undefined || input.status === 'completed') {
      run.status = 'completed'
      run.conclusion = input.conclusion ?? run.conclusion
      run.completedAt = input.completed_at ?? this.now()
    } else if (input.status !== undefined) {
      run.status = input.status
    }
    if (input.output) {
      run.output = {
        title: input.output.title ?? run.output.title,
        summary: input.output.summary ?? run.output.summary,
        text: input.output.text ?? run.output.text
      }
      // GitHub appends annotations on every update; it never replaces them.
      run.annotations.push(...(input.output.annotations ?? []))
    }
    return { status: 200, body: this.checkRunJson(run) }
  }

  private checkRunJson(r: StoredCheckRun): Record<string, unknown> {
    const repoApi = `${this.baseUrl}/repos/${this.fullName}`
    return {
      id: r.id,
      node_id: `CR_${r.id}`,
      head_sha: r.headSha,
      external_id: r.externalId,
      url: `${repoApi}/check-runs/${r.id}`,
      html_url: `${WEB}/${this.fullName}/runs/${r.id}`,
      details_url: r.detailsUrl,
      status: r.status,
      conclusion: r.conclusion,
      started_at: r.startedAt,
      completed_at: r.completedAt,
      output: {
        title: r.output.title,
        summary: r.output.summary,
        text: r.output.text,
        annotations_count: r.annotations.length,
        annotations_url: `${repoApi}/check-runs/${r.id}/annotations`
      },
      name: r.name,
      check_suite: { id: 77 },
      app: this.appJson(),
      pull_requests: this.pulls
        .filter(p => p.headSha === r.headSha && p.state === 'open')
        .map(p => ({
          id: p.id,
          number: p.number,
          url: `${repoApi}/pulls/${p.number}`,
          head: { ref: p.headRef, sha: p.headSha, repo: { id: 1, url: repoApi, name: this.repo } },
          base: { ref: p.baseRef, sha: p.baseSha, repo: { id: 1, url: repoApi, name: this.repo } }
        }))
    }
  }

  private appJson(): Record<string, unknown> {
    return {
      id: 15368,
      slug: 'github-actions',
      node_id: 'MDM6QXBwMTUzNjg=',
      owner: this.userJson({ login: 'github', id: 9919, type: 'User' }),
      name: 'GitHub Actions',
      description: 'Automate your workflow from idea to production',
      external_url: 'https://help.github.com/en/actions',
      html_url: `${WEB}/apps/github-actions`,
      created_at: '2018-07-30T09:30:17Z',
      updated_at: '2024-04-10T20:33:16Z',
      permissions: { checks: 'write', issues: 'write', metadata: 'read', pull_requests: 'write' },
      events: ['check_run', 'check_suite', 'pull_request', 'push']
    }
  }

  // --- pull requests --------------------------------------------------------

  private listPulls(c: Context): Reply {
    const state = c.request.query['state'] ?? 'open'
    const head = c.request.query['head']
    const base = c.request.query['base']
    const pulls = this.pulls
      .filter(p => state === 'all' || p.state === state)
      .filter(p => {
        if (typeof head !== 'string') return true
        const [user, ref] = head.includes(':') ? head.split(':', 2) : [this.owner, head]
        return p.headRef === ref && p.headRepo.split('/')[0] === user
      })
      .filter(p => typeof base !== 'string' || p.baseRef === base)
      .sort((a, b) => b.number - a.number)
    const { items, headers } = this.page(c, pulls)
    return { status: 200, body: items.map(p => this.pullJson(p)), headers }
  }

  private getPull(c: Context): Reply {
    const pull = this.pulls.find(p => p.number === this.num(c, 'pull_number'))
    if (!pull) return this.error(404, 'Not Found')
    return { status: 200, body: this.pullJson(pull, true) }
  }

  private pullsForCommit(c: Context): Reply {
    const sha = String(c.request.params['commit_sha'])
    const pulls = this.pulls.filter(p => p.headSha === sha).sort((a, b) => b.number - a.number)
    const { items, headers } = this.page(c, pulls)
    return { status: 200, body: items.map(p => this.pullJson(p)), headers }
  }

  private listFiles(c: Context): Reply {
    const pull = this.pulls.find(p => p.number === this.num(c, 'pull_number'))
    if (!pull) return this.error(404, 'Not Found')
    const { items, headers } = this.page(c, pull.files.slice(0, API_FILES_CAP))
    return { status: 200, body: items.map(f => this.fileJson(pull, f)), headers }
  }

  private fileJson(pull: StoredPull, f: FileSpec): Record<string, unknown> {
    const additions = f.additions ?? 1
    const deletions = f.deletions ?? 0
    const entry: Record<string, unknown> = {
      sha: 'f'.repeat(40),
      filename: f.path,
      status: f.status ?? 'modified',
      additions,
      deletions,
      changes: additions + deletions,
      blob_url: `${WEB}/${pull.headRepo}/blob/${pull.headSha}/${f.path}`,
      raw_url: `${WEB}/${pull.headRepo}/raw/${pull.headSha}/${f.path}`,
      contents_url: `${this.baseUrl}/repos/${pull.headRepo}/contents/${f.path}?ref=${pull.headSha}`
    }
    // GitHub omits the patch of a binary file and reports no line counts.
    if (additions + deletions > 0) entry['patch'] = `@@ -1,${deletions} +1,${additions} @@`
    if (f.previousPath !== undefined) entry['previous_filename'] = f.previousPath
    return entry
  }

  private pullJson(p: StoredPull, full = false): Record<string, unknown> {
    const repoApi = `${this.baseUrl}/repos/${this.fullName}`
    const author = this.userJson({
      login: p.headRepo.split('/')[0] ?? 'someone',
      id: 8800,
      type: 'User'
    })
    const side = (ref: string, sha: string, repo: string): Record<string, unknown> => ({
      label: `${repo.split('/')[0]}:${ref}`,
      ref,
      sha,
      repo: this.repositoryJson(repo),
      user: this.userJson({ login: repo.split('/')[0] ?? 'someone', id: 8800, type: 'User' })
    })
    const links = (path: string): { href: string } => ({ href: path })
    const pull: Record<string, unknown> = {
      url: `${repoApi}/pulls/${p.number}`,
      id: p.id,
      node_id: `PR_${p.id}`,
      html_url: `${WEB}/${this.fullName}/pull/${p.number}`,
      diff_url: `${WEB}/${this.fullName}/pull/${p.number}.diff`,
      patch_url: `${WEB}/${this.fullName}/pull/${p.number}.patch`,
      issue_url: `${repoApi}/issues/${p.number}`,
      commits_url: `${repoApi}/pulls/${p.number}/commits`,
      review_comments_url: `${repoApi}/pulls/${p.number}/comments`,
      review_comment_url: `${repoApi}/pulls/comments{/number}`,
      comments_url: `${repoApi}/issues/${p.number}/comments`,
      statuses_url: `${repoApi}/statuses/${p.headSha}`,
      number: p.number,
      state: p.state,
      locked: false,
      title: p.title,
      user: author,
      body: null,
      labels: [],
      milestone: null,
      active_lock_reason: null,
      created_at: p.createdAt,
      updated_at: p.createdAt,
      closed_at: null,
      merged_at: null,
      merge_commit_sha: null,
      assignee: null,
      assignees: [],
      requested_reviewers: [],
      requested_teams: [],
      head: side(p.headRef, p.headSha, p.headRepo),
      base: side(p.baseRef, p.baseSha, this.fullName),
      _links: {
        self: links(`${repoApi}/pulls/${p.number}`),
        html: links(`${WEB}/${this.fullName}/pull/${p.number}`),
        issue: links(`${repoApi}/issues/${p.number}`),
        comments: links(`${repoApi}/issues/${p.number}/comments`),
        review_comments: links(`${repoApi}/pulls/${p.number}/comments`),
        review_comment: links(`${repoApi}/pulls/comments{/number}`),
        commits: links(`${repoApi}/pulls/${p.number}/commits`),
        statuses: links(`${repoApi}/statuses/${p.headSha}`)
      },
      author_association: 'CONTRIBUTOR',
      auto_merge: null,
      draft: false
    }
    if (full) {
      Object.assign(pull, {
        merged: false,
        mergeable: null,
        rebaseable: null,
        mergeable_state: 'unknown',
        merged_by: null,
        comments: this.comments.filter(x => x.issueNumber === p.number).length,
        review_comments: 0,
        maintainer_can_modify: false,
        commits: 1,
        additions: p.files.reduce((n, f) => n + (f.additions ?? 1), 0),
        deletions: p.files.reduce((n, f) => n + (f.deletions ?? 0), 0),
        changed_files: p.changedFiles
      })
    }
    return pull
  }

  private repositoryJson(fullName: string): Record<string, unknown> {
    const [ownerLogin = 'someone', name = 'repo'] = fullName.split('/')
    const api = `${this.baseUrl}/repos/${fullName}`
    const urls: Record<string, string> = {}
    const templated = [
      'archive_url:/{archive_format}{/ref}',
      'assignees_url:/assignees{/user}',
      'blobs_url:/git/blobs{/sha}',
      'branches_url:/branches{/branch}',
      'collaborators_url:/collaborators{/collaborator}',
      'comments_url:/comments{/number}',
      'commits_url:/commits{/sha}',
      'compare_url:/compare/{base}...{head}',
      'contents_url:/contents/{+path}',
      'contributors_url:/contributors',
      'deployments_url:/deployments',
      'downloads_url:/downloads',
      'events_url:/events',
      'forks_url:/forks',
      'git_commits_url:/git/commits{/sha}',
      'git_refs_url:/git/refs{/sha}',
      'git_tags_url:/git/tags{/sha}',
      'hooks_url:/hooks',
      'issue_comment_url:/issues/comments{/number}',
      'issue_events_url:/issues/events{/number}',
      'issues_url:/issues{/number}',
      'keys_url:/keys{/key_id}',
      'labels_url:/labels{/name}',
      'languages_url:/languages',
      'merges_url:/merges',
      'milestones_url:/milestones{/number}',
      'notifications_url:/notifications{?since,all,participating}',
      'pulls_url:/pulls{/number}',
      'releases_url:/releases{/id}',
      'stargazers_url:/stargazers',
      'statuses_url:/statuses/{sha}',
      'subscribers_url:/subscribers',
      'subscription_url:/subscription',
      'tags_url:/tags',
      'teams_url:/teams',
      'trees_url:/git/trees{/sha}'
    ]
    for (const entry of templated) {
      const [key = '', suffix = ''] = entry.split(':')
      urls[key] = `${api}${suffix}`
    }
    return {
      id: fullName === this.fullName ? 1 : 2,
      node_id: `R_${fullName}`,
      name,
      full_name: fullName,
      owner: this.userJson({ login: ownerLogin, id: 7700, type: 'User' }),
      private: false,
      html_url: `${WEB}/${fullName}`,
      description: null,
      fork: fullName !== this.fullName,
      url: api,
      ...urls,
      git_url: `git://github.com/${fullName}.git`,
      ssh_url: `git@github.com:${fullName}.git`,
      clone_url: `${WEB}/${fullName}.git`,
      svn_url: `${WEB}/${fullName}`,
      mirror_url: null,
      homepage: null,
      language: 'TypeScript',
      forks: 0,
      forks_count: 0,
      stargazers_count: 0,
      watchers: 0,
      watchers_count: 0,
      size: 10,
      default_branch: 'main',
      open_issues: 0,
      open_issues_count: 0,
      has_issues: true,
      has_projects: false,
      has_wiki: false,
      has_pages: false,
      has_downloads: false,
      archived: false,
      disabled: false,
      license: null,
      pushed_at: '2026-02-27T10:00:00Z',
      created_at: '2025-01-01T10:00:00Z',
      updated_at: '2026-02-27T10:00:00Z'
    }
  }

  private userJson(u: EmulatorUser): Record<string, unknown> {
    const api = `${this.baseUrl}/users/${encodeURIComponent(u.login)}`
    return {
      login: u.login,
      id: u.id,
      node_id: `U_${u.id}`,
      avatar_url: `https://avatars.githubusercontent.com/u/${u.id}?v=4`,
      gravatar_id: '',
      url: api,
      html_url:
        u.type === 'Bot' ? `${WEB}/apps/${u.login.replace(/\[bot\]$/, '')}` : `${WEB}/${u.login}`,
      followers_url: `${api}/followers`,
      following_url: `${api}/following{/other_user}`,
      gists_url: `${api}/gists{/gist_id}`,
      starred_url: `${api}/starred{/owner}{/repo}`,
      subscriptions_url: `${api}/subscriptions`,
      organizations_url: `${api}/orgs`,
      repos_url: `${api}/repos`,
      events_url: `${api}/events{/privacy}`,
      received_events_url: `${api}/received_events`,
      type: u.type,
      site_admin: false
    }
  }
}

interface CheckRunInput {
  status?: string
  conclusion?: string
  details_url?: string
  external_id?: string
  started_at?: string
  completed_at?: string
  output?: {
    title?: string
    summary?: string
    text?: string
    annotations?: StoredAnnotation[]
  }
}
