/**
 * Writes the CloudFormation template of every example pool to `out/<pool>.json` (and each
 * example's grant statements and imported pools to `out/<example>-references.json`).
 *
 * @module
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { RenderOptions, UserPoolBuilder } from '@cognito-kit/builder'

/** What an example package exports for synthesis (see `examples/seed` and `examples/trigger-handlers`). */
export interface PoolSource {
  /** The example's name (its folder), for messages and the references file. */
  readonly name: string
  /** Pools by output file name. */
  readonly pools: Readonly<Record<string, Pick<UserPoolBuilder<any, any, any>, 'toCloudFormation'>>>
  /** How each pool renders. @default - the builder's defaults */
  readonly renderOptions?: (poolName: string) => RenderOptions
  /** Grant statements and imported pools, as data. @default - none */
  readonly references?: unknown
}

/** What was written. */
export interface SynthesisResult {
  /** Written files, relative to `outDir`. */
  readonly files: readonly string[]
  /** One line per pool: `<file>  <n> resources (<types>)`. */
  readonly summary: readonly { readonly source: string; readonly file: string; readonly resources: readonly string[] }[]
}

/**
 * Empties `outDir`, then writes every pool's template. Pool names must be unique across sources.
 *
 * @throws {Error} naming every pool that failed to render or whose name was taken (the others are written)
 * @example
 * ```ts
 * const { files } = synthesizePools('out', [{ name: 'trigger-handlers', pools, renderOptions }])
 * ```
 */
export function synthesizePools(outDir: string, sources: readonly PoolSource[]): SynthesisResult {
  rmSync(outDir, { recursive: true, force: true })
  mkdirSync(outDir, { recursive: true })
  const owner = new Map<string, string>()
  const files: string[] = []
  const summary: { source: string; file: string; resources: string[] }[] = []
  const problems: string[] = []
  for (const source of sources) {
    for (const [name, pool] of Object.entries(source.pools)) {
      const taken = owner.get(name)
      if (taken !== undefined) {
        problems.push(`${source.name}: pool name ${name} is also used by ${taken}`)
        continue
      }
      try {
        const template = pool.toCloudFormation(source.renderOptions?.(name) ?? {})
        const file = `${name}.json`
        writeFileSync(join(outDir, file), `${JSON.stringify(template, null, 2)}\n`)
        owner.set(name, source.name)
        files.push(file)
        summary.push({
          source: source.name,
          file,
          resources: Object.values(template.Resources).map((r) => r.Type.replace(/^AWS::/, '')),
        })
      } catch (error) {
        problems.push(`${source.name}: ${name}: ${error instanceof Error ? error.message : String(error)}`)
      }
    }
    if (source.references !== undefined) {
      const file = `${source.name}-references.json`
      writeFileSync(join(outDir, file), `${JSON.stringify(source.references, null, 2)}\n`)
      files.push(file)
    }
  }
  if (problems.length > 0) throw new Error(`could not synthesize every pool:\n  - ${problems.join('\n  - ')}`)
  return { files, summary }
}
