// A large track on disk for the end-to-end rows of the benchmark: 2,000
// reports of about 8 KB (16 MB) in the report styles met in practice (the
// template, the fenced tree, a French drifted shape and bold-label lists),
// some summaries with markup, some text with non-ASCII letters. Written once
// per content: a marker file holds the generator's version.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { syntheticPlan, syntheticReport } from './synthetic.js'

/** Bump when the generated content changes, so a stale copy is rewritten. */
const VERSION = '1'
export const LARGE_REPORTS = 2000

/** Tasks with a report: the generator leaves every third task without one. */
const TASKS = Math.ceil((LARGE_REPORTS * 3) / 2)
const FILES_PER_TASK = 8

function frenchReport(n: number, files: string[]): string {
  const id = `T${String(n).padStart(3, '0')}`
  const half = Math.ceil(files.length / 2)
  const prose = [
    `Le composant ${n} lit la configuration, valide les entrées et écrit le résultat.`,
    'Les erreurs sont renvoyées comme valeurs, avec un message qui dit quoi corriger.',
    'Les tests couvrent les cas limites : fichiers vides, lignes très longues, accents.'
  ]
  return [
    `# Rapport de sous-agent : ${id} — Composant ${n}`,
    '',
    '**Statut :** Terminé ✅',
    '**Rôle :** Implementer-C',
    '',
    '## Résumé',
    '',
    `Le composant ${n} est construit et branché dans son module.`,
    '',
    '## Détails',
    '',
    ...Array.from({ length: 12 }, (_, i) => prose[i % prose.length] ?? ''),
    '',
    '```ts',
    ...Array.from(
      { length: 34 },
      (_, i) =>
        `export const étape${n}_${i} = (entrée: Record<string, number>): number => entrée['k${i}'] ?? ${i}`
    ),
    '```',
    '',
    '## Fichiers touchés',
    '',
    '### Créés',
    ...files.slice(0, half).map(f => `- \`${f}\` - nouveau`),
    '### Modifiés',
    ...files.slice(half).map(f => `- \`${f}\` - export ajouté`),
    '',
    '## Résultats des portes IOSM',
    '',
    '- Gate-I : 0,80',
    '- Gate-M : 85 %',
    '',
    '## Bloqueurs',
    '',
    'Aucun.',
    '',
    '## SpawnCandidates',
    '',
    'None identified.',
    ''
  ].join('\n')
}

function boldLabelReport(n: number, files: string[]): string {
  const id = `T${String(n).padStart(3, '0')}`
  const half = Math.ceil(files.length / 2)
  return [
    `# Subagent Report: ${id} — Component ${n}`,
    '',
    '**Status:** DONE',
    '',
    '## Summary',
    '',
    // Markup in the summary: this one needs the markdown parser.
    `Component ${n} now **rejects** empty input and links to [the spec](https://example.com/spec/${n}).`,
    '',
    '## Notes',
    '',
    ...Array.from(
      { length: 40 },
      (_, i) =>
        `- Step ${i}: checked \`src/module${n % 97}/part${n}/file${i % FILES_PER_TASK}.ts\` against the contract, *ok* (${i * 7} ms)`
    ),
    '',
    '## Files Touched',
    '',
    '**New:**',
    ...files.slice(0, half).map(f => `- \`${f}\``),
    '**Edited:**',
    ...files.slice(half).map(f => `- \`${f}\` - limit applied`),
    '',
    '## IOSM Quality Gate Results',
    '',
    '- **Gate-I:** 0,75',
    '- Gate-O: 1.5',
    '',
    '## Blockers',
    '',
    n % 13 === 0 ? `The store for component ${n} needs a Redis instance staging lacks.` : 'None.',
    '',
    '## SpawnCandidates',
    '',
    'None identified.',
    ''
  ].join('\n')
}

/** The report of task n in one of four styles, about 8 KB. */
function largeReport(n: number): string {
  const files = Array.from(
    { length: FILES_PER_TASK },
    (_, i) => `src/module${n % 97}/part${n}/file${i}.ts`
  )
  switch (n % 4) {
    case 0:
      return frenchReport(n, files)
    case 1:
      return boldLabelReport(n, files)
    default:
      return syntheticReport(n, { tasks: TASKS, filesPerTask: FILES_PER_TASK })
  }
}

/**
 * Writes the track under `root` (unless an up-to-date copy is there) and
 * returns its folder.
 */
export function writeLargeTrack(root: string): string {
  const dir = join(root, 'swarm', 'tracks', 'large-track')
  const marker = join(root, '.version')
  if (existsSync(marker) && readFileSync(marker, 'utf8') === VERSION) return dir
  rmSync(root, { recursive: true, force: true })
  mkdirSync(join(dir, 'reports'), { recursive: true })
  writeFileSync(join(dir, 'plan.md'), syntheticPlan({ tasks: TASKS, filesPerTask: FILES_PER_TASK }))
  let written = 0
  for (let n = 1; n <= TASKS && written < LARGE_REPORTS; n++) {
    if (n % 3 === 0) continue // not started: no report
    const id = `T${String(n).padStart(3, '0')}`
    writeFileSync(join(dir, 'reports', `${id}.md`), largeReport(n))
    written++
  }
  writeFileSync(marker, VERSION)
  return dir
}
