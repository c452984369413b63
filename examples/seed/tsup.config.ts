import { defineConfig } from 'tsup'

// Plain ESM for scripts/start.mjs; the builder stays an external import.
export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm'],
  dts: false,
  clean: true,
  target: 'node20',
})
