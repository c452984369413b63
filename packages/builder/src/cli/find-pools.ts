import type { UserPoolDefinition } from '../definition/user-pool-definition.js'
import type { CloudFormationTemplate } from '../render/cloudformation-template.js'
import type { RenderOptions } from '../render/render-context.js'
import type { ValidationResult } from '../validate-definition.js'

/** What the CLI needs of a pool: a builder from any copy of the package. */
export interface PoolLike {
  readonly id: string
  toCloudFormation(options?: RenderOptions): CloudFormationTemplate
  toDefinition(): UserPoolDefinition
  validate(): ValidationResult<UserPoolDefinition>
}

/** A pool found in a module, with the name its file gets. */
export interface FoundPool {
  /** The export name, or the pool's id for a default export. */
  readonly name: string
  readonly pool: PoolLike
}

/** True for a user-pool builder (duck-typed, so a builder from another copy of the package counts). */
export function isPoolLike(value: unknown): value is PoolLike {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Record<string, unknown>
  return (
    typeof v.id === 'string' &&
    typeof v.toCloudFormation === 'function' &&
    typeof v.toDefinition === 'function' &&
    typeof v.validate === 'function'
  )
}

/** True for a plain definition document. */
export function isDefinitionLike(value: unknown): value is UserPoolDefinition {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'UserPool'
}

/**
 * The pools a module exports: builders, or definitions turned into builders by `fromDefinition`.
 * The default export is named after its pool's id.
 */
export function findPools(mod: Record<string, unknown>, fromDefinition: (d: unknown) => PoolLike): FoundPool[] {
  const found: FoundPool[] = []
  for (const [exportName, value] of Object.entries(mod)) {
    const pool = isPoolLike(value) ? value : isDefinitionLike(value) ? fromDefinition(value) : undefined
    if (pool === undefined) continue
    if (exportName === 'default' && found.some((f) => f.pool === pool)) continue
    found.push({ name: exportName === 'default' ? pool.id : exportName, pool })
  }
  return found
}
