import { defineConfig } from 'tsup'

// One entry per subpath export. The main entry stays free of node: imports and test code.
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    schemas: 'src/schemas.ts',
    testing: 'src/testing/index.ts',
    'lambda-host': 'src/lambda-host/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
  treeshake: true,
})
