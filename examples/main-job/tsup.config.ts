import { defineConfig } from 'tsup'

// Plain ESM for scripts/start.mjs; the workspace packages and examples stay external imports.
export default defineConfig({
  entry: { index: 'src/index.ts', cli: 'src/cli.ts' },
  format: ['esm'],
  dts: false,
  clean: true,
  target: 'node20',
})
