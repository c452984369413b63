import { defineConfig } from 'tsup'

// Plain ESM: the library entry and the runnable demo; the workspace packages stay external imports.
export default defineConfig({
  entry: { index: 'src/index.ts', main: 'src/main.ts' },
  format: ['esm'],
  dts: false,
  clean: true,
  target: 'node20',
})
