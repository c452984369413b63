import { defineConfig } from 'tsup'

// Plain ESM for the main job and scripts/start.mjs; the workspace packages stay external imports.
export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm'],
  dts: false,
  clean: true,
  target: 'node20',
})
