import { chooseWorkspace, parseCliArgs } from '../../src/cli/args.js'

describe('parseCliArgs', () => {
  it('defaults to markdown with no folders', () => {
    const r = parseCliArgs([])
    expect(r).toEqual({
      ok: true,
      value: {
        kind: 'run',
        args: expect.objectContaining({ dirs: [], format: 'markdown', tracks: [] })
      }
    })
  })

  it('collects folders and options', () => {
    const r = parseCliArgs([
      'a',
      'b',
      '--format',
      'json',
      '--fail-on',
      'blockers',
      '--profile',
      'hotfix'
    ])
    expect(r.ok && r.value.kind === 'run' && r.value.args).toMatchObject({
      dirs: ['a', 'b'],
      format: 'json',
      failOn: 'blockers',
      profile: 'hotfix'
    })
  })

  it('rejects an unknown format, naming the allowed ones', () => {
    const r = parseCliArgs(['--format', 'html'])
    expect(r).toEqual({ ok: false, error: expect.stringContaining('markdown, json, check') })
  })

  it('rejects an unknown option with a message', () => {
    const r = parseCliArgs(['--colour'])
    expect(r.ok).toBe(false)
    expect(!r.ok && r.error).toMatch(/colour/)
  })

  it('refuses two sources for the diff', () => {
    const r = parseCliArgs(['--changed-files', 'x.txt', '--base', 'main'])
    expect(r).toEqual({ ok: false, error: expect.stringContaining('--changed-files and --base') })
  })

  it('recognises help and version', () => {
    expect(parseCliArgs(['-h'])).toEqual({ ok: true, value: { kind: 'help' } })
    expect(parseCliArgs(['--version'])).toEqual({ ok: true, value: { kind: 'version' } })
  })
})

describe('chooseWorkspace', () => {
  it('keeps the current folder when every track is inside it', () => {
    expect(chooseWorkspace('/repo', ['swarm/tracks/a', '/repo/x'])).toBe('/repo')
  })

  it('climbs to the common parent of tracks outside the current folder', () => {
    expect(chooseWorkspace('/repo', ['/data/tracks/a', '/data/tracks/b'])).toBe('/data/tracks')
    expect(chooseWorkspace('/repo', ['/data/one/a', '/data/two/b'])).toBe('/data')
  })
})
