import { defineConfig } from 'tsup'

// Plain ESM: the library entry (used by the web sign-in example) and a runnable server.
export default defineConfig({
  entry: { index: 'src/index.ts', main: 'src/main.ts' },
  format: ['esm'],
  dts: false,
  clean: true,
  target: 'node20',
})
