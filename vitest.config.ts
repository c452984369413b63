import { existsSync, readdirSync } from 'node:fs'
import { defineConfig } from 'vitest/config'

// One project per workspace package. Inline projects with `extends: true` inherit the
// `@cognito-kit/source` condition, so tests run against `src/` without a build.
const dirs = ['packages', 'tools', 'examples'].flatMap((top) =>
  existsSync(top)
    ? readdirSync(top, { withFileTypes: true })
        .filter((d) => d.isDirectory() && existsSync(`${top}/${d.name}/package.json`))
        .map((d) => `${top}/${d.name}`)
    : [],
)

export default defineConfig({
  resolve: { conditions: ['@cognito-kit/source'] },
  ssr: { resolve: { conditions: ['@cognito-kit/source'] } },
  test: {
    projects: dirs.map((dir) => ({
      extends: true,
      test: {
        name: dir.split('/').pop(),
        root: dir,
        include: ['test/**/*.test.ts'],
        testTimeout: 30_000,
        hookTimeout: 60_000,
        typecheck: {
          enabled: true,
          include: ['test/**/*.test-d.ts'],
          tsconfig: './tsconfig.json',
        },
      },
    })),
  },
})
