// Known report sections are found by the key's first word, not by one pattern
// of thirty names. The pattern they replaced is the reference here: on every
// key below, both must agree.

import { leadingNames } from '../../src/parse/leading-names.js'
import { isGateSectionKey } from '../../src/parse/report-gates.js'
import { isKnownSection } from '../../src/parse/report.js'

const REFERENCE =
  /^(?:summary|executive summary|what was done|decisions|files (?:touched|changed|analy[sz]ed)|changed files|implementation details|code summary|tests written|verification|shared context|errors|risks|rollback|blockers|open questions|handoff|hand-off|spawn ?candidates|escalation|follow[\s-]?ups?|recommendations|next steps|lessons|artifacts|findings|dependencies|notes)\b/

const NAMES = [
  'summary',
  'executive summary',
  'what was done',
  'decisions',
  'files touched',
  'files changed',
  'files analyzed',
  'files analysed',
  'changed files',
  'implementation details',
  'code summary',
  'tests written',
  'verification',
  'shared context',
  'errors',
  'risks',
  'rollback',
  'blockers',
  'open questions',
  'handoff',
  'hand-off',
  'spawn candidates',
  'spawncandidates',
  'escalation',
  'follow up',
  'follow ups',
  'follow-up',
  'follow-ups',
  'followup',
  'followups',
  'recommendations',
  'next steps',
  'lessons',
  'artifacts',
  'findings',
  'dependencies',
  'notes'
]

/** Each name as written, cut short, run on into a word, and followed by other text. */
function variants(name: string): string[] {
  return [
    name,
    name.slice(0, -1),
    `${name}s`,
    `${name}_x`,
    `${name}2`,
    `${name} requests`,
    `${name}: x`,
    `${name}-x`,
    `${name}é`,
    `x${name}`,
    ` ${name}`,
    name.toUpperCase(),
    name.replace(' ', '  ')
  ]
}

const KEYS = [
  ...NAMES.flatMap(variants),
  ...['', 'iosm quality gate results', 'gates', 'quality checks', 'follow', 'follow-upsx'],
  ...[
    'files',
    'files touchedx',
    'spawn  candidates',
    'hand off',
    'notes & links',
    'lessons learned'
  ]
]

test('known sections: the same keys as the pattern they replaced', () => {
  const differ = KEYS.filter(k => isKnownSection(k) !== (REFERENCE.test(k) || isGateSectionKey(k)))
  expect(differ).toEqual([])
  // Both answers occur, so the comparison is not all one way.
  expect(KEYS.filter(k => isKnownSection(k)).length).toBeGreaterThan(NAMES.length)
  expect(KEYS.filter(k => !isKnownSection(k)).length).toBeGreaterThan(NAMES.length)
})

test('a name is a whole word or words at the start of the key', () => {
  const known = leadingNames(['follow up', 'notes'])
  expect(known('follow up tasks')).toBe(true)
  expect(known('follow upper')).toBe(false)
  expect(known('notes')).toBe(true)
  expect(known('notes_1')).toBe(false)
  expect(known('notes-1')).toBe(true)
  expect(known('my notes')).toBe(false)
})
