import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { INPUT_NAMES, readInputs, type InputName } from '../../src/github/inputs.js'

const ACTION_YML = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'action.yml')

/** Input names declared in action.yml (two-space keys under `inputs:`). */
function declaredInputs(): string[] {
  const text = readFileSync(ACTION_YML, 'utf8')
  const block = text.slice(text.indexOf('\ninputs:'), text.indexOf('\noutputs:'))
  return [...block.matchAll(/^ {2}([a-z][a-z0-9-]*):\s*$/gm)].map(m => m[1] ?? '')
}

function read(values: Partial<Record<InputName, string>>) {
  return readInputs(name => values[name] ?? '')
}

function ok(values: Partial<Record<InputName, string>>) {
  const result = read({ 'github-token': 't', ...values })
  if (!result.ok) throw new Error(result.error)
  return result.value
}

test('every input action.yml declares is read, and nothing else', () => {
  const asked = new Set<string>()
  readInputs(name => {
    asked.add(name)
    return name === 'github-token' ? 't' : ''
  })
  expect([...asked].sort()).toEqual(declaredInputs().sort())
  expect([...INPUT_NAMES].sort()).toEqual(declaredInputs().sort())
})

test("action.yml's fail-on default is the one an empty input takes, errors included", () => {
  const text = readFileSync(ACTION_YML, 'utf8')
  const block = text.slice(text.indexOf('\n  fail-on:'), text.indexOf('\n  profile:'))
  const declared = /default: '([^']*)'/.exec(block)?.[1] ?? ''
  expect(declared.split(',')).toEqual(ok({}).analyze.failOn)
  expect(declared.split(',')).toContain('errors')
})

test('empty inputs take the defaults action.yml documents', () => {
  expect(ok({})).toEqual({
    token: 't',
    tracks: ['swarm/tracks/*'],
    changedOnly: true,
    checkName: 'IOSM integration',
    comment: true,
    checkRun: true,
    jobSummary: true,
    analyze: {
      failOn: ['blockers', 'gates', 'cycles', 'incomplete', 'errors'],
      profile: 'production',
      indexThreshold: null,
      naPolicy: 'exclude'
    },
    prNumber: null,
    diffCheck: true,
    failJob: true,
    commentAuthor: 'github-actions[bot]',
    publishResult: null
  })
})

test('reads every value given', () => {
  const inputs = ok({
    tracks: 'swarm/tracks/a*\n\n  swarm/tracks/b  \n!swarm/tracks/old',
    'changed-only': 'false',
    'check-name': 'IOSM staging',
    comment: 'FALSE',
    'check-run': 'False',
    'job-summary': 'false',
    'fail-on': 'conflicts, unreported',
    profile: 'hotfix',
    'index-threshold': '0.5',
    'na-policy': 'zero',
    'pr-number': '#42',
    'diff-check': 'false',
    'fail-job': 'false',
    'comment-author': 'release-bot[bot]',
    'publish-result': ' result/report.json '
  })
  expect(inputs).toMatchObject({
    tracks: ['swarm/tracks/a*', 'swarm/tracks/b', '!swarm/tracks/old'],
    changedOnly: false,
    checkName: 'IOSM staging',
    comment: false,
    checkRun: false,
    jobSummary: false,
    analyze: {
      failOn: ['conflicts', 'unreported'],
      profile: 'hotfix',
      indexThreshold: 0.5,
      naPolicy: 'zero'
    },
    prNumber: 42,
    diffCheck: false,
    failJob: false,
    commentAuthor: 'release-bot[bot]',
    publishResult: 'result/report.json'
  })
})

test.each([
  ['comment', 'yes', "comment: 'yes' is not a boolean; allowed: true, false"],
  ['fail-job', '1', "fail-job: '1' is not a boolean; allowed: true, false"],
  ['changed-only', 'on', "changed-only: 'on' is not a boolean; allowed: true, false"]
] as const)(
  'a bad boolean names the input and the allowed values (%s: %s)',
  (name, value, error) => {
    expect(read({ 'github-token': 't', [name]: value })).toEqual({ ok: false, error })
  }
)

test.each(['abc', '0', '-3', '1.5', '12x'])(
  'pr-number %p is refused with the allowed values',
  value => {
    const result = read({ 'github-token': 't', 'pr-number': value })
    expect(result).toEqual({
      ok: false,
      error: `pr-number: '${value}' is not a pull request number; allowed: a whole number from 1, or empty`
    })
  }
)

test('analysis options are refused with the input name and the allowed values', () => {
  const failOn = read({ 'github-token': 't', 'fail-on': 'blockers,typos' })
  expect(failOn.ok).toBe(false)
  if (!failOn.ok) expect(failOn.error).toMatch(/^fail-on: .*typos.*allowed: blockers, gates/)
  const profile = read({ 'github-token': 't', profile: 'strict' })
  expect(profile.ok).toBe(false)
  if (!profile.ok) expect(profile.error).toMatch(/^profile: .*production/)
  const na = read({ 'github-token': 't', 'na-policy': 'ignore' })
  expect(na.ok).toBe(false)
  if (!na.ok) expect(na.error).toMatch(/^na-policy: .*exclude/)
  const threshold = read({ 'github-token': 't', 'index-threshold': '2' })
  expect(threshold.ok).toBe(false)
  if (!threshold.ok) expect(threshold.error).toMatch(/^index-threshold: /)
})

test('an empty token and a multi-line check name are refused', () => {
  expect(read({})).toEqual({ ok: false, error: expect.stringMatching(/^github-token: empty/) })
  expect(read({ 'github-token': 't', 'check-name': 'a\nb' })).toEqual({
    ok: false,
    error: 'check-name: must be one line'
  })
})
