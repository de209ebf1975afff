import commonjs from '@rollup/plugin-commonjs'
import { nodeResolve } from '@rollup/plugin-node-resolve'
import typescript from '@rollup/plugin-typescript'

/** @param {string} input @param {string} file @param {string} [banner] */
const bundle = (input, file, banner) => ({
  input,
  output: { file, format: 'es', sourcemap: false, banner, inlineDynamicImports: true },
  plugins: [
    typescript({
      tsconfig: './tsconfig.json',
      include: ['src/**/*.ts'],
      noEmit: false,
      outDir: 'dist',
      declaration: false
    }),
    nodeResolve({ preferBuiltins: true, exportConditions: ['node'] }),
    commonjs()
  ],
  onwarn(warning, warn) {
    // @actions/* and octokit use top-level `this` and circular imports; both are harmless in ESM output.
    if (warning.code === 'THIS_IS_UNDEFINED' || warning.code === 'CIRCULAR_DEPENDENCY') return
    warn(warning)
  }
})

export default [
  bundle('src/index.ts', 'dist/index.js'),
  bundle('src/cli.ts', 'dist/cli.js', '#!/usr/bin/env node')
]
