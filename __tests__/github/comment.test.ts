import {
  listStickyComments,
  upsertStickyComment,
  type StickyComment
} from '../../src/github/comment.js'
import { GitHubEmulator, PERSON, ACTIONS_BOT, READ_TOKEN } from '../e2e/emulator.js'
import { BOT, CHECK, clientFor, commentBody, stopAndCheck } from './helpers.js'

let emu: GitHubEmulator

beforeEach(async () => {
  emu = await GitHubEmulator.start()
  emu.addPull({ number: 5, headRef: 'feature', headSha: 'b'.repeat(40) })
})

afterEach(() => stopAndCheck(emu))

function sticky(report: string, runId: number | null, runAttempt = 1): StickyComment {
  const { body, state } = commentBody(report, { runId, runAttempt })
  return { owner: 'acme', repo: 'rocket', issueNumber: 5, check: CHECK, author: BOT, body, state }
}

async function upsert(comment: StickyComment) {
  const result = await upsertStickyComment(clientFor(emu), comment)
  if (!result.ok) throw new Error(result.error)
  return result.value
}

test('creates the comment when the pull request has none, then lists once to settle races', async () => {
  const out = await upsert(sticky('# Report one', 100))
  expect(out.action).toBe('created')
  expect(emu.commentsOn(5)).toHaveLength(1)
  expect(emu.commentsOn(5)[0]?.body).toContain('# Report one')
  expect(out.url).toContain('#issuecomment-')
  expect(emu.requests.map(r => `${r.method} ${r.operationId}`)).toEqual([
    'GET issues/list-comments',
    'POST issues/create-comment',
    'GET issues/list-comments'
  ])
})

test('an unchanged report makes no write', async () => {
  await upsert(sticky('# Same', 100))
  emu.clearRequests()
  const out = await upsert(sticky('# Same', 101))
  expect(out.action).toBe('unchanged')
  expect(emu.writes()).toEqual([])
})

test('a changed report updates the same comment in place', async () => {
  const first = await upsert(sticky('# Before', 100))
  const second = await upsert(sticky('# After', 101))
  expect(second).toMatchObject({ action: 'updated', id: first.id })
  expect(emu.commentsOn(5)).toHaveLength(1)
  expect(emu.commentsOn(5)[0]?.body).toContain('# After')
})

test('finds its comment beyond the first page of comments', async () => {
  for (let i = 0; i < 130; i++) emu.addComment(5, `chatter ${i}`, PERSON)
  const first = await upsert(sticky('# Late', 100))
  for (let i = 0; i < 20; i++) emu.addComment(5, `more ${i}`, PERSON)
  const second = await upsert(sticky('# Later', 101))
  expect(second).toMatchObject({ action: 'updated', id: first.id })
  expect(emu.commentsOn(5).filter(c => c.user.login === BOT)).toHaveLength(1)
})

test("never edits or deletes a person's comment that carries a copy of the marker", async () => {
  const quoted = sticky('# Quoted by a person', 1)
  const theirs = emu.addComment(5, quoted.body, PERSON)
  const out = await upsert(sticky('# Ours', 100))
  expect(out.action).toBe('created')
  expect(out.id).not.toBe(theirs.id)
  const stored = emu.commentsOn(5)
  expect(stored.find(c => c.id === theirs.id)?.body).toBe(quoted.body)
  expect(stored).toHaveLength(2)
  expect(emu.requests.filter(r => r.path.endsWith(`/comments/${theirs.id}`))).toEqual([])
})

test('a comment of another check name is left alone', async () => {
  const other = commentBody('# Other check', { runId: 50, check: 'IOSM staging' })
  emu.addComment(5, other.body, ACTIONS_BOT)
  await upsert(sticky('# Ours', 100))
  expect(emu.commentsOn(5)).toHaveLength(2)
})

test('a comment written by a newer run is not overwritten', async () => {
  const newer = await upsert(sticky('# From run 200', 200))
  const out = await upsert(sticky('# From run 150', 150))
  expect(out).toMatchObject({ action: 'kept-newer', id: newer.id })
  expect(emu.commentsOn(5)[0]?.body).toContain('# From run 200')
})

test('a later attempt of the same run is newer than an earlier one', async () => {
  await upsert(sticky('# Attempt 2', 300, 2))
  expect((await upsert(sticky('# Attempt 1', 300, 1))).action).toBe('kept-newer')
  expect((await upsert(sticky('# Attempt 3', 300, 3))).action).toBe('updated')
})

test('left-over duplicates of ours are deleted, keeping the oldest', async () => {
  const a = emu.addComment(5, sticky('# dup', 10).body, ACTIONS_BOT)
  const b = emu.addComment(5, sticky('# dup', 11).body, ACTIONS_BOT)
  const out = await upsert(sticky('# fresh', 12))
  expect(out.id).toBe(a.id)
  expect(out.deleted).toEqual([b.id])
  expect(emu.commentsOn(5).map(c => c.id)).toEqual([a.id])
})

test('two runs creating at once end with one comment, the oldest', async () => {
  emu.latencyMs = 40
  const [x, y] = await Promise.all([upsert(sticky('# Race', 400)), upsert(sticky('# Race', 400))])
  const left = emu.commentsOn(5)
  expect(left).toHaveLength(1)
  expect(x.id).toBe(left[0]?.id)
  expect(y.id).toBe(left[0]?.id)
  expect(emu.requests.filter(r => r.operationId === 'issues/create-comment')).toHaveLength(2)
})

test('a read-only token gives an error naming pull-requests: write', async () => {
  const result = await upsertStickyComment(clientFor(emu, READ_TOKEN), sticky('# x', 1))
  expect(result.ok).toBe(false)
  if (!result.ok) {
    expect(result.error).toContain('403')
    expect(result.error).toContain('`pull-requests: write`')
  }
  expect(emu.commentsOn(5)).toHaveLength(0)
})

test('a 502 on create is retried and produces one comment', async () => {
  emu.inject({ operation: 'issues/create-comment', status: 502 })
  const out = await upsert(sticky('# After a bad gateway', 1))
  expect(out.action).toBe('created')
  expect(emu.commentsOn(5)).toHaveLength(1)
})

test('the comments listed first are handed to the write: one listing, and the kept body to read', async () => {
  await upsert(sticky('# Before', 100))
  emu.addComment(5, 'a person writes', PERSON)
  emu.clearRequests()
  const where = { owner: 'acme', repo: 'rocket', issueNumber: 5, check: CHECK, author: BOT }
  const listed = await listStickyComments(clientFor(emu), where)
  if (!listed.ok) throw new Error(listed.error)
  expect(listed.value).toHaveLength(1)
  expect(listed.value[0]?.body).toContain('# Before')
  const out = await upsert({ ...sticky('# After', 101), listed: listed.value })
  expect(out.action).toBe('updated')
  expect(emu.requests.map(r => `${r.method} ${r.operationId}`)).toEqual([
    'GET issues/list-comments',
    'PATCH issues/update-comment'
  ])
})
