import { defineConfig } from 'tsup'

// One entry per export subpath; `*.node` entries are what the `node` export condition selects.
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'index.node': 'src/index.node.ts',
    jwt: 'src/jwt/index.ts',
    'jwt.node': 'src/jwt/index.node.ts',
    'hosted-ui': 'src/hosted-ui/index.ts',
    oauth: 'src/oauth/index.ts',
    http: 'src/http/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
  treeshake: true,
  // Shared chunks in CJS too, so every entry sees the same error classes.
  splitting: true,
})
