import js from '@eslint/js'
import tseslint from 'typescript-eslint'

// The pipeline runs track/ -> parse/ -> analyze/ -> render/ -> github/, wired
// by main.ts, cli.ts, cli/ and pipeline.ts. A layer imports only the layers
// before it, and model.ts with the neutral modules beside it, which every
// layer may import and which import nothing but each other. track/ and diff/
// (the changed files, read from git) are the only file-system and process
// code: the pure layers never import them, nor the network code in github/.
const WIRING = ['main', 'cli', 'pipeline', 'index']

/** Sibling folders of src/ that files in `folder` must not import, and why. */
function layer(folder, forbidden, why) {
  return {
    files: [`src/${folder}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...(forbidden.length > 0
              ? [{ regex: `^\\.\\./(${forbidden.join('|')})/`, message: why }]
              : []),
            {
              regex: `^\\.\\./(${WIRING.join('|')})\\.js$`,
              message: 'main.ts, cli.ts and pipeline.ts wire the layers; no layer imports them.'
            },
            ...(['track', 'diff', 'github'].includes(folder)
              ? []
              : [
                  {
                    regex: '^(node:)?(fs|fs/promises|child_process|net|http|https)$',
                    message: `${folder}/ is pure: files are read in track/ and diff/, the network is github/'s.`
                  }
                ]),
            ...(folder === 'github'
              ? []
              : [
                  {
                    regex: '^@(actions|octokit)/',
                    message: 'Only github/ and main.ts talk to GitHub.'
                  }
                ])
          ]
        }
      ]
    }
  }
}

const DIRECTION = 'against the pipeline track/ -> parse/ -> analyze/ -> render/ -> github/'

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'coverage/',
      'build/',
      'test-artifacts/',
      '__fixtures__/openapi/'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly'
      }
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
      ]
    }
  },
  {
    // Every module directly in src/ but the wiring: model.ts and its neighbours.
    files: ['src/*.ts'],
    ignores: WIRING.map(name => `src/${name}.ts`),
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\./(track|diff|parse|analyze|render|github|cli)/',
              message:
                'model.ts and the modules beside it are imported by every layer, so they import none.'
            },
            {
              regex: `^\\./(${WIRING.join('|')})\\.js$`,
              message: 'model.ts and the modules beside it import only each other.'
            },
            { regex: '^@(actions|octokit)/', message: 'Only github/ and main.ts talk to GitHub.' }
          ]
        }
      ]
    }
  },
  layer(
    'track',
    ['diff', 'parse', 'analyze', 'render', 'github', 'cli'],
    `track/ reads files only: ${DIRECTION}`
  ),
  layer(
    'diff',
    ['track', 'parse', 'analyze', 'render', 'github', 'cli'],
    'diff/ reads the changed files only, beside track/.'
  ),
  layer(
    'parse',
    ['track', 'diff', 'analyze', 'render', 'github', 'cli'],
    `parse/ is pure and first: ${DIRECTION}`
  ),
  layer('analyze', ['track', 'diff', 'render', 'github', 'cli'], `analyze/ is pure: ${DIRECTION}`),
  layer('render', ['track', 'diff', 'github', 'cli'], `render/ is pure: ${DIRECTION}`),
  layer('github', ['track', 'diff', 'cli'], `github/ publishes what render/ made: ${DIRECTION}`),
  {
    files: ['**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { module: 'writable', require: 'readonly' }
    }
  }
)
