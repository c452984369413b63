/**
 * What a Lambda bundle of a wrapped handler contains (esbuild, as users deploy it): the builder
 * is imported for types only, so none of its code ships; one trigger family does not drag in the
 * others; zod comes in as zod/mini.
 */
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build, type Metafile } from 'esbuild'
import { describe, expect, it } from 'vitest'

const here = dirname(fileURLToPath(import.meta.url))

async function bundle(source: string): Promise<{ inputs: string[]; code: string }> {
  const result = await build({
    stdin: { contents: source, resolveDir: here, loader: 'ts', sourcefile: 'handler.ts' },
    bundle: true,
    write: false,
    minify: false,
    platform: 'node',
    format: 'esm',
    conditions: ['@cognito-kit/source'],
    metafile: true,
    logLevel: 'silent',
  })
  const meta = result.metafile as Metafile
  return { inputs: Object.keys(meta.inputs), code: result.outputFiles[0]?.text ?? '' }
}

describe('a bundled handler', () => {
  it('contains no builder code when typed from a pool definition', async () => {
    const { inputs, code } = await bundle(`
      import type { UserPoolDefinition } from '@cognito-kit/builder/definition'
      import { autoConfirm, deny, preSignUp } from '../src/index.js'
      type Def = UserPoolDefinition<{ tenant: 'String' }>
      export const handler = preSignUp.for<Def>()((event) =>
        event.request.userAttributes['custom:tenant'] ? autoConfirm() : deny('A tenant is required'))
    `)
    expect(inputs.some((i) => i.includes('packages/triggers/src/triggers/pre-sign-up.ts'))).toBe(true)
    expect(inputs.filter((i) => i.includes('packages/builder'))).toEqual([])
    expect(inputs.some((i) => i.includes('zod/v4/classic'))).toBe(false)
    // Other trigger families are tree-shaken away.
    for (const family of [
      'customMessageSchemas',
      'preTokenGenerationSchemas',
      'userMigrationSchemas',
      'function router',
    ]) {
      expect(code).not.toContain(family)
    }
  })

  it('would contain the builder if a handler imported its runtime (the check above can fail)', async () => {
    const { inputs } = await bundle(`
      import { Duration } from '@cognito-kit/builder'
      export const ttl = Duration.minutes(5)
    `)
    expect(inputs.some((i) => i.includes('packages/builder'))).toBe(true)
  })
})
