// The fetch octokit sends the action's requests with, over node:http and
// node:https. Node's own fetch is its bundled undici, loaded on the first call:
// on Node 24 that first call costs a run about 100 ms, several times what the
// whole exchange with GitHub needs. Octokit uses little of fetch (a method,
// headers, a string body, redirects followed, the answer read whole), and that
// much is here. The modules are loaded with require, on first use: an ES import
// of node:http on Node 24 loads Node's undici after all.
import type { IncomingMessage } from 'node:http'
import { createRequire } from 'node:module'

const load = createRequire(import.meta.url)

interface FetchInit {
  method?: string
  headers?: Record<string, string>
  body?: string | Uint8Array | null
  /** As fetch has it: follow (the default), manual or error. */
  redirect?: string
  signal?: AbortSignal | null
}

/** The part of fetch's Response that octokit reads. */
interface FetchResponse {
  status: number
  statusText: string
  url: string
  headers: ResponseHeaders
  text(): Promise<string>
  arrayBuffer(): Promise<ArrayBuffer>
}

export type OctokitFetch = (url: string, init?: FetchInit) => Promise<FetchResponse>

/** Header names in lower case; repeated headers joined with `, `, as fetch joins them. */
class ResponseHeaders implements Iterable<[string, string]> {
  private readonly map = new Map<string, string>()

  constructor(raw: IncomingMessage['headers']) {
    for (const [name, value] of Object.entries(raw)) {
      if (value !== undefined) this.map.set(name, Array.isArray(value) ? value.join(', ') : value)
    }
  }

  get(name: string): string | null {
    return this.map.get(name.toLowerCase()) ?? null
  }

  [Symbol.iterator](): Iterator<[string, string]> {
    return this.map.entries()
  }
}

const REDIRECTS = new Set([301, 302, 303, 307, 308])
const MAX_REDIRECTS = 20
/** How long a request may go without a byte from the server; undici's own limit. */
const IDLE_MS = 300_000

/**
 * Fails as fetch fails, a TypeError whose cause is the network error; its
 * message is the cause's, which octokit puts in the error it throws.
 */
function failed(cause: Error): TypeError {
  return new TypeError(cause.message, { cause })
}

export const nodeFetch: OctokitFetch = (url, init = {}) => send(new URL(url), init, 0)

async function send(url: URL, init: FetchInit, redirects: number): Promise<FetchResponse> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw failed(new Error(`cannot fetch ${url.protocol} URLs`))
  }
  const http = load(
    url.protocol === 'https:' ? 'node:https' : 'node:http'
  ) as typeof import('node:http')
  const method = (init.method ?? 'GET').toUpperCase()
  const headers: Record<string, string | number> = { ...init.headers }
  const body = init.body ?? null
  if (body !== null) headers['content-length'] = Buffer.byteLength(body)
  const answer = await new Promise<IncomingMessage>((resolve, reject) => {
    const request = http.request(
      url,
      { method, headers, timeout: IDLE_MS, ...(init.signal ? { signal: init.signal } : {}) },
      resolve
    )
    request.on('error', err => reject(err.name === 'AbortError' ? err : failed(err)))
    request.on('timeout', () =>
      request.destroy(new Error(`no answer from ${url.host} in ${IDLE_MS / 1000} s`))
    )
    request.end(body ?? undefined)
  })
  const status = answer.statusCode ?? 0
  const location = answer.headers.location
  if (REDIRECTS.has(status) && location && init.redirect !== 'manual') {
    answer.resume()
    if (init.redirect === 'error') throw failed(new Error(`redirected to ${location}`))
    if (redirects >= MAX_REDIRECTS) throw failed(new Error(`more than ${MAX_REDIRECTS} redirects`))
    return send(
      new URL(location, url),
      redirected(url, new URL(location, url), status, init),
      redirects + 1
    )
  }
  const chunks: Buffer[] = []
  try {
    for await (const chunk of answer) chunks.push(chunk as Buffer)
  } catch (err) {
    throw failed(err instanceof Error ? err : new Error(String(err)))
  }
  const bytes = Buffer.concat(chunks)
  return {
    status,
    statusText: answer.statusMessage ?? '',
    url: url.href,
    headers: new ResponseHeaders(answer.headers),
    text: () => Promise.resolve(bytes.toString('utf8')),
    arrayBuffer: () =>
      Promise.resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length))
  }
}

/**
 * The next request of a redirect, by fetch's rules: 303, and 301/302 after a
 * POST, become a GET without a body; credentials are not sent to another origin.
 */
function redirected(from: URL, to: URL, status: number, init: FetchInit): FetchInit {
  const method = (init.method ?? 'GET').toUpperCase()
  const asGet =
    status === 303 ? method !== 'HEAD' : (status === 301 || status === 302) && method === 'POST'
  const headers = { ...init.headers }
  if (asGet) {
    for (const name of Object.keys(headers)) {
      if (/^content-/i.test(name)) delete headers[name]
    }
  }
  if (to.origin !== from.origin) {
    for (const name of Object.keys(headers)) {
      if (/^(authorization|cookie)$/i.test(name)) delete headers[name]
    }
  }
  return { ...init, headers, ...(asGet ? { method: 'GET', body: null } : {}) }
}
