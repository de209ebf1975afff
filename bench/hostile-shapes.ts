// Hostile inputs for `npm run bench:hostile`: each shape is a track (and
// optionally a --changed-files text) generated at a size `n`, so that the
// same shape at n, 2n and 4n shows how its cost grows. Sizes stop at the
// loader's caps: 5 MB per file, 2,000 reports.

interface HostileInput {
  /** Track-relative path to file text. */
  files: Record<string, string>
  /** `git diff --name-status` text for the diff check, when the shape has one. */
  changed?: string
}

export interface Shape {
  name: string
  /** What `n` counts, for the table. */
  unit: string
  /** Three sizes, each twice the one before; the last at the cap. */
  sizes: [number, number, number]
  build(n: number): HostileInput
}

const MB = 1024 * 1024
/** Just under the 5 MB limit, so that the file is read rather than skipped. */
const FILE_CAP = 5 * MB - 64 * 1024
const fileSizes: [number, number, number] = [FILE_CAP / 4, FILE_CAP / 2, FILE_CAP]
const reportSizes: [number, number, number] = [500, 1000, 2000]

const id = (i: number): string => `T${String(i + 1).padStart(2, '0')}`

/** A plan of `n` complete tasks, one phase, with optional field lines per task. */
function plan(n: number, fields: (i: number) => string[] = () => [], phases = 1): string {
  const out = ['# Implementation Plan — hostile', '', '## Phases', '']
  const per = Math.ceil(n / phases)
  for (let p = 0; p < phases; p++) {
    out.push(`### Phase ${p + 1} — Work`, '')
    for (let i = p * per; i < Math.min(n, (p + 1) * per); i++) {
      out.push(`- [x] **${id(i)}**: Task ${i + 1}`, '  - **Effort:** S', ...fields(i), '')
    }
  }
  return out.join('\n')
}

/** A complete report of task `i` that created `files`. */
function report(i: number, files: readonly string[], extra: readonly string[] = []): string {
  return [
    `# Task Report: ${id(i)}`,
    '**Status:** Complete',
    '## Summary',
    `Did task ${i + 1}.`,
    '## Files Touched',
    '### Created',
    ...files.map(f => `- \`${f}\``),
    '## IOSM Quality Gate Results',
    '### Gate-I',
    '**Score:** 0.90 / 1.0',
    ...extra
  ].join('\n')
}

function reports(n: number, files: (i: number) => string[]): Record<string, string> {
  const out: Record<string, string> = {}
  for (let i = 0; i < n; i++) out[`reports/${id(i)}.md`] = report(i, files(i))
  return out
}

const utf8 = (text: string): number => Buffer.byteLength(text)

/** `unit` repeated until the text is about `bytes` long in UTF-8 (the loader's limit counts bytes). */
function fill(bytes: number, unit: (i: number) => string, head = '', tail = ''): string {
  const parts = [head]
  let size = utf8(head)
  const room = bytes - utf8(tail)
  for (let i = 0; ; i++) {
    const u = unit(i)
    if (size + utf8(u) > room) break
    parts.push(u)
    size += utf8(u)
  }
  parts.push(tail)
  return parts.join('')
}

const minimalReport = (text: string): HostileInput => ({
  files: { 'plan.md': plan(1), 'reports/T01.md': text }
})

export const SHAPES: Shape[] = [
  {
    name: 'reports sharing one file',
    unit: 'reports',
    sizes: reportSizes,
    build: n => ({
      files: { 'plan.md': plan(n), ...reports(n, i => ['tests/conftest.py', `src/m${i}.py`]) }
    })
  },
  {
    name: 'reports sharing two files',
    unit: 'reports',
    sizes: reportSizes,
    build: n => ({
      files: {
        'plan.md': plan(n),
        ...reports(n, i => ['tests/conftest.py', 'package.json', `src/m${i}.py`])
      }
    })
  },
  {
    name: '100 files each + one shared',
    unit: 'reports',
    sizes: reportSizes,
    build: n => ({
      files: {
        'plan.md': plan(n),
        ...reports(n, i => [
          'package.json',
          ...Array.from({ length: 100 }, (_, k) => `src/t${i}/f${k}.ts`)
        ])
      }
    })
  },
  {
    name: 'half the reports claim one folder',
    unit: 'reports',
    sizes: reportSizes,
    build: n => ({
      files: { 'plan.md': plan(n), ...reports(n, i => [i % 2 ? 'src/' : `src/m${i}.py`]) }
    })
  },
  {
    name: 'write-shared tasks',
    unit: 'tasks',
    sizes: [750, 1500, 3000],
    build: n => ({
      files: { 'plan.md': plan(n, () => ['  - **Concurrency class:** write-shared']) }
    })
  },
  {
    name: 'write-shared reports sharing one file',
    unit: 'reports',
    sizes: reportSizes,
    build: n => ({
      files: {
        'plan.md': plan(n, i => (i % 2 ? ['  - **Concurrency class:** write-shared'] : [])),
        ...reports(n, i => ['package.json', `src/m${i}.py`])
      }
    })
  },
  {
    name: 'All Phase N tasks dependencies',
    unit: 'tasks',
    sizes: reportSizes,
    build: n => ({
      files: {
        'plan.md': plan(n, i => (i < n / 2 ? [] : ['  - **Depends on:** All Phase 1 tasks']), 2)
      }
    })
  },
  {
    name: 'All Phase N repeated in Depends on',
    unit: 'bytes',
    sizes: fileSizes,
    build: n => ({
      files: {
        'plan.md': [
          '# Plan',
          '## Phases',
          '### Phase 1 — A',
          '- [x] **T01**: One',
          '### Phase 2 — B',
          '- [x] **T02**: Two',
          fill(n, () => 'All Phase 1 tasks, ', '  - **Depends on:** ')
        ].join('\n')
      }
    })
  },
  {
    name: 'repeated Design decisions labels',
    unit: 'bytes',
    sizes: fileSizes,
    build: n =>
      minimalReport(fill(n, i => `- **Design decisions:**\n- choice ${i}\n`, report(0, ['a.ts'])))
  },
  {
    name: 'repeated Total changes labels',
    unit: 'bytes',
    sizes: fileSizes,
    build: n =>
      minimalReport(fill(n, i => `- **Total changes:**\n- \`f${i}.ts\`\n`, report(0, ['a.ts'])))
  },
  {
    name: 'plan Touches, many paths',
    unit: 'bytes',
    sizes: fileSizes,
    build: n => ({
      files: {
        'plan.md': [
          '# Plan',
          '## Phases',
          '### Phase 1 — A',
          '- [x] **T01**: One',
          fill(n, i => `\`src/f${i % 50_000}.ts\`, `, '  - **Touches:** ')
        ].join('\n'),
        'reports/T01.md': report(0, ['src/f1.ts'])
      }
    })
  },
  {
    name: 'very deep paths',
    unit: 'bytes',
    sizes: fileSizes,
    build: n => {
      const depth = 2000
      const deep = (i: number) => `${'d/'.repeat(depth)}f${i}.ts`
      const count = Math.floor(n / (depth * 2 + 12))
      const paths = Array.from({ length: count }, (_, i) => deep(i))
      return {
        files: { 'plan.md': plan(1), 'reports/T01.md': report(0, paths) },
        changed: paths.map(p => `M\t${p}`).join('\n')
      }
    }
  },
  {
    name: 'unclosed fences, decreasing length',
    unit: 'bytes',
    sizes: fileSizes,
    build: n => {
      const parts: string[] = [report(0, ['a.ts'])]
      let size = parts[0]?.length ?? 0
      for (let len = 2000; ; len = len > 3 ? len - 1 : 2000) {
        const line = `${'`'.repeat(len)}\ntext\n`
        if (size + line.length > n) break
        parts.push(line)
        size += line.length
      }
      return minimalReport(parts.join(''))
    }
  },
  {
    name: 'repeated Gate Targets / Task Field Definitions',
    unit: 'bytes',
    sizes: fileSizes,
    build: n => ({
      files: {
        'plan.md': fill(
          n,
          i =>
            i % 2
              ? '## Task Field Definitions\n- **Owner role:** x\n'
              : '## Gate Targets\n| Gate | Target |\n|---|---|\n| Gate-I | ≥0.70 |\n',
          plan(2)
        )
      }
    })
  },
  {
    name: 'dotted tree, long folder names',
    unit: 'bytes',
    sizes: fileSizes,
    build: n => {
      const name = 'x'.repeat(2000)
      const lines: string[] = ['```', 'src/']
      let size = 4096
      for (let depth = 1; ; depth = depth >= 40 ? 1 : depth + 1) {
        const line = `${'│   '.repeat(depth)}├── ${name}${depth}/ NEW`
        if (size + utf8(line) + 1 > n) break
        lines.push(line)
        size += utf8(line) + 1
      }
      lines.push('```')
      return minimalReport(`${report(0, ['a.ts'])}\n## Files Touched\n${lines.join('\n')}`)
    }
  },
  {
    name: 'one huge --changed-files line',
    unit: 'bytes',
    sizes: fileSizes,
    build: n => ({
      files: { 'plan.md': plan(1), 'reports/T01.md': report(0, ['a.ts']) },
      changed: `M\t${'p/'.repeat(Math.floor(n / 2))}x.ts`
    })
  },
  {
    name: 'spaces before U+2028 in task lines',
    unit: 'bytes',
    sizes: fileSizes,
    build: n => ({
      files: {
        'plan.md': fill(n, i => `- [ ] **T${i + 2}**${' '.repeat(8000)}\u2028x\n`, plan(1))
      }
    })
  },
  {
    name: 'gate-heavy iosm_report.md',
    unit: 'bytes',
    sizes: fileSizes,
    build: n => ({
      files: {
        'plan.md': plan(1),
        'reports/T01.md': report(0, ['a.ts']),
        'iosm_report.md': fill(n, () => '## Gate-I: Improve\n', '# IOSM\n')
      }
    })
  },
  {
    name: 'many plain reports (baseline)',
    unit: 'reports',
    sizes: reportSizes,
    build: n => ({ files: { 'plan.md': plan(n), ...reports(n, i => [`src/m${i}.py`]) } })
  }
]
