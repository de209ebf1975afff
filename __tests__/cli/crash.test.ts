import { EXIT_INTERNAL, guardCrash } from '../../src/cli/crash.js'

async function crash(err: unknown, debug: boolean): Promise<{ status: number; err: string }> {
  let text = ''
  const status = await guardCrash(
    () => Promise.reject(err),
    debug,
    t => (text += t)
  )
  return { status, err: text }
}

describe('guardCrash', () => {
  it.each([0, 1, 2])('passes the run status %d through when nothing throws', async code => {
    expect(
      await guardCrash(
        () => Promise.resolve(code),
        false,
        () => undefined
      )
    ).toBe(code)
  })

  it('turns a crash into exit 3 and one line naming it, without the stack', async () => {
    const r = await crash(new RangeError('Invalid string\nlength'), false)
    expect(r.status).toBe(EXIT_INTERNAL)
    expect(r.status).toBe(3)
    expect(r.err).toBe(
      'swarm-report: internal error, not a verdict: RangeError: Invalid string length (run with --debug for the stack)\n'
    )
  })

  it('adds the stack with --debug', async () => {
    const e = new TypeError('x is undefined')
    const r = await crash(e, true)
    expect(r.status).toBe(3)
    const [first, ...rest] = r.err.split('\n')
    expect(first).toBe('swarm-report: internal error, not a verdict: TypeError: x is undefined')
    expect(rest.join('\n')).toContain(e.stack ?? 'no stack')
  })

  it('names a thrown value that is not an Error', async () => {
    const r = await crash('boom', false)
    expect(r.status).toBe(3)
    expect(r.err).toMatch(/^swarm-report: internal error, not a verdict: thrown value boom /)
  })
})
