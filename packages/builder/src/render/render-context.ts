import { cdkLogicalId } from '../internal/logical-id.js'

/**
 * How logical IDs are made.
 * - `'readable'`: the construct path joined (`myuserpool`, `myuserpoolWeb`, `myuserpoolsmsRole`).
 * - `'cdk'`: the CDK's path + MD5 scheme (`P4E0919BE`, `PClientAFA9DF3B`), so a template the CDK
 *   synthesized can be replaced by ours without replacing any resource.
 */
export type LogicalIdScheme = 'readable' | 'cdk'

/** Options of `toCloudFormation()`. */
export interface RenderOptions {
  /**
   * Logical ID scheme.
   * @default 'readable'
   */
  readonly logicalIds?: LogicalIdScheme
  /**
   * The CDK stack id the pool would live in; used where the CDK bakes `Names.uniqueId` into the
   * template (the SMS role's `sts:ExternalId`, default OIDC provider names).
   * @default 'Stack'
   */
  readonly stackId?: string
  /**
   * Construct path from the stack to the pool's parent, for pools nested in CDK constructs
   * (`['Auth']` for `new UserPool(authConstruct, 'Pool')`).
   * @default []
   */
  readonly scope?: readonly string[]
  /**
   * Template `Description`.
   * @default - none
   */
  readonly description?: string
  /**
   * The account and region the stack deploys to, where the CDK bakes them into ARNs (the SES
   * `SourceArn`). Unknown parts become `{ Ref: 'AWS::AccountId' }` / `{ Ref: 'AWS::Region' }`,
   * as in an environment-agnostic CDK stack.
   * @default - environment-agnostic
   */
  readonly env?: { readonly account?: string; readonly region?: string }
}

/** What renderers use to name things. */
export interface RenderContext {
  readonly options: Required<Omit<RenderOptions, 'description' | 'env'>> & {
    readonly env: { readonly account?: string; readonly region?: string }
  }
  /** Logical ID of the pool's child at `path` (relative to the pool; `[]` is the pool itself). */
  logicalId(...path: string[]): string
  /** The CDK's `Names.uniqueId` of the pool's child at `path` (full path, stack included). */
  uniqueId(...path: string[]): string
}

const alnum = (s: string): string => s.replace(/[^A-Za-z0-9]/g, '')

/** Logical and unique IDs by scheme, stack, pool path and child path (a pure function's results). */
const ID_CACHE = new Map<string, string>()
const ID_CACHE_LIMIT = 10_000

/** @internal */
export function createRenderContext(poolId: string, options: RenderOptions = {}): RenderContext {
  const resolved = {
    logicalIds: options.logicalIds ?? 'readable',
    stackId: options.stackId ?? 'Stack',
    scope: options.scope ?? [],
    env: options.env ?? {},
  } as const
  const base = [...resolved.scope, poolId]
  // Renderers ask for the same IDs many times (the pool's in every reference), and pools are
  // rendered again and again: the MD5-based IDs are computed once per path.
  const memoize = (key: string, compute: () => string): string => {
    let id = ID_CACHE.get(key)
    if (id === undefined) {
      if (ID_CACHE.size >= ID_CACHE_LIMIT) ID_CACHE.clear()
      ID_CACHE.set(key, (id = compute()))
    }
    return id
  }
  const prefix = `${resolved.logicalIds}\u0000${resolved.stackId}\u0000${base.join('/')}\u0000`
  return {
    options: resolved,
    logicalId(...path) {
      return memoize(`${prefix}l/${path.join('/')}`, () => {
        // The pool resource itself is the construct `<pool>/Resource`.
        const full = path.length === 0 ? [...base, 'Resource'] : [...base, ...path]
        if (resolved.logicalIds === 'cdk') return cdkLogicalId(full)
        return full
          .filter((c) => c !== 'Resource' && c !== 'Default')
          .map(alnum)
          .join('')
      })
    },
    uniqueId(...path) {
      return memoize(`${prefix}u/${path.join('/')}`, () => cdkLogicalId([resolved.stackId, ...base, ...path]))
    },
  }
}
