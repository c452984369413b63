import { defineConfig } from 'tsup'

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    definition: 'src/definition/index.ts',
    sdk: 'src/sdk/index.ts',
    // The CLI keeps its hashbang and is made executable by tsup.
    cli: 'src/cli/main.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
  treeshake: true,
})
