// The fetch the client sends requests with: what octokit reads of an answer,
// redirects by fetch's rules, and failures reported as fetch reports them.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createClient } from '../../src/github/client.js'
import { httpStatus } from '../../src/github/errors.js'
import { nodeFetch } from '../../src/github/node-fetch.js'

interface Seen {
  method: string
  path: string
  authorization: string | null
  contentType: string | null
  body: string
}

let server: Server
let port: number
let seen: Seen[]
let answer: (req: IncomingMessage, res: ServerResponse) => void

beforeEach(async () => {
  seen = []
  server = createServer((req, res) => {
    let body = ''
    req.on('data', (d: Buffer) => (body += d.toString('utf8')))
    req.on('end', () => {
      seen.push({
        method: req.method ?? '',
        path: req.url ?? '',
        authorization: req.headers.authorization ?? null,
        contentType: req.headers['content-type'] ?? null,
        body
      })
      answer(req, res)
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', () => resolve()))
  port = (server.address() as AddressInfo).port
})

afterEach(async () => {
  server.closeAllConnections()
  await new Promise<void>(resolve => server.close(() => resolve()))
})

test('an answer reads as octokit reads it: status, final URL, headers, body as text and bytes', async () => {
  answer = (_req, res) => {
    res.setHeader('link', ['<a>; rel="next"', '<b>; rel="last"'])
    res.writeHead(201, 'Made', { 'content-type': 'application/json', 'x-ratelimit-remaining': '9' })
    res.end('{"é":1}')
  }
  const response = await nodeFetch(`http://127.0.0.1:${port}/x?y=1`, {
    method: 'post',
    headers: { 'content-type': 'application/json' },
    body: '{"a":"ü"}'
  })
  expect(response).toMatchObject({
    status: 201,
    statusText: 'Made',
    url: `http://127.0.0.1:${port}/x?y=1`
  })
  expect(response.headers.get('Content-Type')).toBe('application/json')
  expect(Object.fromEntries(response.headers)).toMatchObject({
    'x-ratelimit-remaining': '9',
    link: '<a>; rel="next", <b>; rel="last"'
  })
  expect(await response.text()).toBe('{"é":1}')
  expect(Buffer.from(await response.arrayBuffer()).toString('utf8')).toBe('{"é":1}')
  expect(seen).toEqual([
    {
      method: 'POST',
      path: '/x?y=1',
      authorization: null,
      contentType: 'application/json',
      body: '{"a":"ü"}'
    }
  ])
})

test('redirects are followed by fetch rules: 303 turns into a GET, 307 keeps method and body', async () => {
  answer = (req, res) => {
    if (req.url === '/see-other') res.writeHead(303, { location: '/landed' }).end()
    else if (req.url === '/temporary') res.writeHead(307, { location: '/landed' }).end()
    else res.writeHead(200, { 'content-type': 'text/plain' }).end('ok')
  }
  const post = { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }
  const after303 = await nodeFetch(`http://127.0.0.1:${port}/see-other`, post)
  expect(after303.url).toBe(`http://127.0.0.1:${port}/landed`)
  const after307 = await nodeFetch(`http://127.0.0.1:${port}/temporary`, post)
  expect(after307.status).toBe(200)
  expect(seen.map(s => [s.method, s.path, s.contentType, s.body])).toEqual([
    ['POST', '/see-other', 'application/json', '{}'],
    ['GET', '/landed', null, ''],
    ['POST', '/temporary', 'application/json', '{}'],
    ['POST', '/landed', 'application/json', '{}']
  ])
  const manual = await nodeFetch(`http://127.0.0.1:${port}/see-other`, { redirect: 'manual' })
  expect(manual.status).toBe(303)
})

test('the token is not sent on to another origin', async () => {
  answer = (req, res) => {
    // localhost and 127.0.0.1 are the same server but different origins.
    if (req.url === '/away')
      res.writeHead(301, { location: `http://localhost:${port}/there` }).end()
    else if (req.url === '/near') res.writeHead(301, { location: '/here' }).end()
    else res.writeHead(200).end()
  }
  const headers = { authorization: 'token secret' }
  await nodeFetch(`http://127.0.0.1:${port}/near`, { headers })
  await nodeFetch(`http://127.0.0.1:${port}/away`, { headers })
  expect(seen.map(s => [s.path, s.authorization])).toEqual([
    ['/near', 'token secret'],
    ['/here', 'token secret'],
    ['/away', 'token secret'],
    ['/there', null]
  ])
})

test('a redirect loop and a refused connection fail as fetch fails, with the cause', async () => {
  answer = (_req, res) => res.writeHead(302, { location: '/again' }).end()
  await expect(nodeFetch(`http://127.0.0.1:${port}/again`)).rejects.toMatchObject({
    name: 'TypeError',
    cause: expect.objectContaining({ message: 'more than 20 redirects' })
  })
  expect(seen).toHaveLength(21)
  // A port that was listened on and closed, and that no connection was kept to.
  const spare = createServer()
  await new Promise<void>(resolve => spare.listen(0, '127.0.0.1', () => resolve()))
  const closed = `http://127.0.0.1:${(spare.address() as AddressInfo).port}`
  await new Promise<void>(resolve => spare.close(() => resolve()))
  const refused: unknown = await nodeFetch(closed).catch((err: unknown) => err)
  expect(refused).toBeInstanceOf(TypeError)
  expect((refused as TypeError).cause).toMatchObject({ code: 'ECONNREFUSED' })
  // Octokit turns that into a 500 that names the cause, which the retry plugin retries.
  const client = createClient('t', { baseUrl: closed, unthrottled: true })
  const failure: unknown = await client.rest.pulls
    .get({ owner: 'o', repo: 'r', pull_number: 1, request: { retries: 0 } })
    .catch((err: unknown) => err)
  expect(httpStatus(failure)).toBe(500)
  expect(failure).toMatchObject({ message: expect.stringContaining('ECONNREFUSED') })
})
