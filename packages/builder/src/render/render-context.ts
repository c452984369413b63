import { type DefinitionIssue, DefinitionValidationError } from '../errors.js'
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
   * @default 'Default' (the CDK's id for `new Stack()`; `Names.uniqueId` leaves it out, as in the CDK's own unit tests)
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
  /**
   * With `'cdk'` logical IDs: the construct path (from the stack, ending with the construct's own
   * id) of each child the CDK app created with its own constructor rather than through the pool,
   * keyed by the child's id in the builder: `{ Web: ['Web'] }` for
   * `new UserPoolClient(stack, 'Web', { userPool })`, `{ Google: ['Pool', 'Google'] }` for a
   * provider created under the pool, `{ Branding: ['Branding'] }` for
   * `new ManagedLoginBranding(stack, 'Branding', …)`. Applies to clients, domains, resource servers,
   * groups, identity providers, managed-login brandings, risk configurations and UI customizations;
   * logical IDs, references and derived provider names follow it.
   * @default - clients, domains, resource servers and groups under the pool (`pool.addClient(id)`);
   * identity providers beside the pool (`new UserPoolIdentityProviderGoogle(<pool's parent>, id, …)`)
   * @see https://docs.aws.amazon.com/cdk/v2/guide/identifiers.html#identifiers_logical_ids
   */
  readonly constructPaths?: { readonly [childId: string]: readonly string[] }
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

/** The construct paths, each a non-empty list of construct ids (no `/`, as in construct paths). */
function checkedConstructPaths(paths: RenderOptions['constructPaths']): {
  readonly [childId: string]: readonly string[]
} {
  if (paths === undefined) return {}
  const issues: DefinitionIssue[] = []
  for (const [id, path] of Object.entries(paths)) {
    const valid =
      Array.isArray(path) && path.length > 0 && path.every((c) => typeof c === 'string' && c !== '' && !c.includes('/'))
    if (!valid) {
      issues.push({
        path: `constructPaths.${id}`,
        rule: 'ConstructPathInvalid',
        message: `a construct path is a non-empty list of construct ids without '/' (received ${JSON.stringify(path)})`,
      })
    }
  }
  if (issues.length > 0) throw new DefinitionValidationError(issues)
  return paths
}

/** @internal */
export function createRenderContext(poolId: string, options: RenderOptions = {}): RenderContext {
  const resolved = {
    logicalIds: options.logicalIds ?? 'readable',
    stackId: options.stackId ?? 'Default',
    scope: options.scope ?? [],
    env: options.env ?? {},
    constructPaths: checkedConstructPaths(options.constructPaths),
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
