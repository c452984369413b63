/**
 * `./hosted-ui` must stay free of jose, openid-client and Node built-ins: bundle its entry with
 * esbuild for a neutral platform and read the metafile.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../..', import.meta.url))

async function inputsOf(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [`${root}/${entry}`],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'neutral',
    format: 'esm',
    logLevel: 'silent',
    // Node built-ins would fail to resolve on the neutral platform; keep them visible instead.
    external: ['node:*'],
  })
  const imports = Object.values(result.metafile.inputs).flatMap((input) => input.imports.map((i) => i.path))
  return [...Object.keys(result.metafile.inputs), ...imports]
}

describe('the ./hosted-ui import graph', () => {
  it('contains neither jose nor openid-client nor node: built-ins', async () => {
    const inputs = await inputsOf('src/hosted-ui/index.ts')
    expect(inputs.length).toBeGreaterThan(3)
    expect(inputs.filter((path) => /jose|openid-client|oauth4webapi|^node:/.test(path))).toEqual([])
  })

  it('whereas ./jwt (WebCrypto) does pull in jose, and ./jwt on Node pulls in node:crypto', async () => {
    expect((await inputsOf('src/jwt/index.ts')).some((path) => path.includes('jose'))).toBe(true)
    expect(await inputsOf('src/jwt/index.node.ts')).toContain('node:crypto')
  })

  it('keeps Node built-ins out of every entry meant for browsers and workers', async () => {
    for (const entry of ['src/jwt/index.ts', 'src/index.ts', 'src/http/index.ts']) {
      expect((await inputsOf(entry)).filter((path) => path.startsWith('node:'))).toEqual([])
    }
  })

  it('is exported as its own subpath, types first', () => {
    const pkg = JSON.parse(readFileSync(`${root}/package.json`, 'utf8'))
    const entry = pkg.exports['./hosted-ui']
    expect(Object.keys(entry.import)[0]).toBe('types')
    expect(entry.import.default).toBe('./dist/hosted-ui.js')
    expect(entry.require.default).toBe('./dist/hosted-ui.cjs')
  })
})
