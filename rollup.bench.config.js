// Compiles the benchmark (TypeScript) to build/bench.js; packages stay
// external and load from node_modules as they would in a test.
import { isAbsolute } from 'node:path'
import typescript from '@rollup/plugin-typescript'

const bench = (input, file) => ({
  input,
  // Chunks, as in the bundles: the markdown parser is imported on demand.
  output: { dir: 'build', entryFileNames: file, chunkFileNames: 'bench-[name].js', format: 'es' },
  external: id => !id.startsWith('.') && !isAbsolute(id),
  plugins: [
    typescript({
      tsconfig: './tsconfig.json',
      include: ['src/**/*.ts', 'bench/**/*.ts', '__tests__/e2e/**/*.ts'],
      noEmit: false,
      outDir: 'build',
      declaration: false
    })
  ],
  onwarn(warning, warn) {
    if (warning.code === 'CIRCULAR_DEPENDENCY') return
    warn(warning)
  }
})

export default process.env.BENCH === 'hostile'
  ? bench('bench/hostile.ts', 'hostile.js')
  : bench('bench/run.ts', 'bench.js')
