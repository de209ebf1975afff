import {
  externalId,
  publishCheckRun,
  readExternalId,
  type CheckRunRequest
} from '../../src/github/check-run.js'
import type { Annotation, CheckOutput } from '../../src/model.js'
import { GitHubEmulator, READ_TOKEN, secondaryRateLimit } from '../e2e/emulator.js'
import { CHECK, SHA, clientFor, stopAndCheck } from './helpers.js'

let emu: GitHubEmulator

beforeEach(async () => {
  emu = await GitHubEmulator.start()
})

afterEach(() => stopAndCheck(emu))

function annotations(n: number): Annotation[] {
  return Array.from({ length: n }, (_, i) => ({
    path: `swarm/tracks/t/reports/T${String(i + 1).padStart(2, '0')}.md`,
    startLine: i + 1,
    endLine: i + 1,
    level: 'warning' as const,
    title: `finding ${i + 1}`,
    message: `message ${i + 1}`
  }))
}

function output(summary: string, n = 0): CheckOutput {
  return { title: 'Verdict: success', summary, text: 'details', annotations: annotations(n) }
}

function request(out: CheckOutput, runId = 100, runAttempt = 1): CheckRunRequest {
  return {
    owner: 'acme',
    repo: 'rocket',
    name: CHECK,
    headSha: SHA,
    conclusion: 'success',
    output: out,
    detailsUrl: `https://github.com/acme/rocket/actions/runs/${runId}`,
    run: { runId, runAttempt }
  }
}

async function publish(req: CheckRunRequest) {
  const result = await publishCheckRun(clientFor(emu), req)
  if (!result.ok) throw new Error(result.error)
  return result.value
}

test('creates a completed check run on the head SHA with the conclusion and output', async () => {
  const out = await publish(request(output('all good')))
  expect(out.action).toBe('created')
  const [run, ...others] = emu.checkRunsOn(SHA)
  expect(others).toEqual([])
  expect(run).toMatchObject({
    id: out.id,
    name: CHECK,
    status: 'completed',
    conclusion: 'success',
    detailsUrl: 'https://github.com/acme/rocket/actions/runs/100',
    output: { title: 'Verdict: success', summary: 'all good', text: 'details' }
  })
  expect(out.url).toBe(`https://github.com/acme/rocket/runs/${out.id}`)
})

test('sends annotations 50 per request: the create, then updates', async () => {
  await publish(request(output('many findings', 120)))
  const writes = emu.writes()
  expect(writes.map(w => w.operationId)).toEqual([
    'checks/create',
    'checks/update',
    'checks/update'
  ])
  const sizes = writes.map(w => {
    const body = w.body as { output: { annotations: unknown[] } }
    return body.output.annotations.length
  })
  expect(sizes).toEqual([50, 50, 20])
  const [run] = emu.checkRunsOn(SHA)
  expect(run?.annotations.map(a => a.start_line)).toEqual(
    Array.from({ length: 120 }, (_, i) => i + 1)
  )
})

test('the same report again makes no write', async () => {
  await publish(request(output('steady', 3)))
  emu.clearRequests()
  const out = await publish(request(output('steady', 3), 101))
  expect(out.action).toBe('unchanged')
  expect(emu.writes()).toEqual([])
})

test('a changed report updates our run when it has no annotations', async () => {
  const first = await publish(request(output('before')))
  const second = await publish(request(output('after'), 101))
  expect(second).toMatchObject({ action: 'updated', id: first.id })
  expect(emu.checkRunsOn(SHA)).toHaveLength(1)
  expect(emu.checkRunsOn(SHA)[0]?.output.summary).toBe('after')
  expect(readExternalId(emu.checkRunsOn(SHA)[0]?.externalId)).toEqual({ runId: 101, runAttempt: 1 })
})

test('a run carrying annotations is replaced by a new run, so old annotations do not pile up', async () => {
  const first = await publish(request(output('before', 2)))
  const second = await publish(request(output('after', 1), 101))
  expect(second.action).toBe('created')
  expect(second.id).not.toBe(first.id)
  const latest = emu.checkRunsOn(SHA).find(r => r.id === second.id)
  expect(latest?.annotations).toHaveLength(1)
})

test('a check run written by a newer workflow run is left in place', async () => {
  await publish(request(output('from the newer run'), 300))
  const out = await publish(request(output('from the older run'), 299))
  expect(out.action).toBe('kept-newer')
  expect(emu.checkRunsOn(SHA)[0]?.output.summary).toBe('from the newer run')
  expect(emu.checkRunsOn(SHA)).toHaveLength(1)
})

test("a run of the same name that the action did not write (the job's own) is not reused", async () => {
  const foreign = emu.addCheckRun({
    name: CHECK,
    headSha: SHA,
    status: 'in_progress',
    conclusion: null,
    externalId: null,
    detailsUrl: null,
    completedAt: null,
    output: { title: null, summary: null, text: null }
  })
  const out = await publish(request(output('ours')))
  expect(out.action).toBe('created')
  expect(out.id).not.toBe(foreign.id)
  expect(emu.checkRuns.find(r => r.id === foreign.id)?.status).toBe('in_progress')
})

test('waits out a secondary rate limit and creates one run', async () => {
  emu.inject(secondaryRateLimit('checks/create', 1))
  const out = await publish(request(output('after waiting')))
  expect(out.action).toBe('created')
  expect(emu.checkRunsOn(SHA)).toHaveLength(1)
  expect(emu.requests.filter(r => r.operationId === 'checks/create').map(r => r.status)).toEqual([
    403, 201
  ])
})

test('a read-only token gives an error naming checks: write', async () => {
  const result = await publishCheckRun(clientFor(emu, READ_TOKEN), request(output('x')))
  expect(result.ok).toBe(false)
  if (!result.ok) expect(result.error).toMatch(/create the check run .*403.*`checks: write`/)
})

test('the external id round-trips and rejects foreign values', () => {
  expect(readExternalId(externalId({ runId: 42, runAttempt: 3 }))).toEqual({
    runId: 42,
    runAttempt: 3
  })
  expect(readExternalId('42')).toBeNull()
  expect(readExternalId(null)).toBeNull()
})
