import { createHash } from 'node:crypto'
import type { IdentityProviderDefinition, IdentityProviderKind } from '../definition/identity-provider-definition.js'
import { cdkLogicalId } from '../internal/logical-id.js'
import type { RenderContext } from '../render/render-context.js'

/** Provider names Cognito fixes for the social providers. */
export const FIXED_PROVIDER_NAMES: { readonly [K in IdentityProviderKind]?: string } = {
  amazon: 'LoginWithAmazon',
  facebook: 'Facebook',
  google: 'Google',
  apple: 'SignInWithApple',
}

/** `ProviderType` of each kind. */
export const PROVIDER_TYPES: { readonly [K in IdentityProviderKind]: string } = {
  amazon: 'LoginWithAmazon',
  facebook: 'Facebook',
  google: 'Google',
  apple: 'SignInWithApple',
  oidc: 'OIDC',
  saml: 'SAML',
}

const alnum = (s: string): string => s.replace(/[^A-Za-z0-9]/g, '')

/** The CDK's `Names.uniqueResourceName` (no separator, no allowed special characters). */
function uniqueResourceName(components: readonly string[], maxLength: number): string {
  const parts = components.filter((c) => c !== 'Default')
  if (parts.length === 1) {
    const single = alnum(parts[0] as string)
    if (single.length <= maxLength) return single
  }
  const hash = createHash('md5').update(parts.join('/')).digest('hex').slice(0, 8).toUpperCase()
  const deduped: string[] = []
  for (const c of parts)
    if (deduped.length === 0 || !(deduped[deduped.length - 1] as string).endsWith(c)) deduped.push(c)
  const human = deduped
    .filter((c) => c !== 'Resource')
    .map(alnum)
    .filter((c) => c !== '')
    .join('')
  const maxHuman = maxLength - 8
  if (human.length <= maxHuman) return human + hash
  return human.slice(0, maxHuman / 2) + human.slice(-maxHuman / 2) + hash
}

/**
 * The name Cognito knows a provider by: the fixed social name, the given OIDC/SAML name, or — as the
 * CDK derives it — from the provider's construct path (`'cdk'` logical IDs) or its id (`'readable'`).
 */
export function providerNameOf(id: string, idp: IdentityProviderDefinition, ctx: RenderContext): string {
  const fixed = FIXED_PROVIDER_NAMES[idp.kind]
  if (fixed !== undefined) return fixed
  if (idp.providerName !== undefined) return idp.providerName
  const suffix = idp.kind === 'oidc' ? 'oidc' : 'saml'
  if (ctx.options.logicalIds === 'readable') {
    const name = alnum(id).slice(0, 32)
    return name.length < 3 ? `${name}${suffix}` : name
  }
  const path = [ctx.options.stackId, ...identityProviderPath(id, ctx)]
  if (idp.kind === 'oidc') {
    const uid = cdkLogicalId(path)
    if (uid.length < 3) return `${uid}oidc`
    return uid.length > 32 ? uid.slice(0, 16) + uid.slice(-16) : uid
  }
  const name = uniqueResourceName(path, 32)
  return name.length < 3 ? `${name}saml` : name
}

/**
 * Logical ID of an identity provider. With `'cdk'` IDs a provider sits next to the pool, as in the
 * CDK's `new UserPoolIdentityProviderAmazon(stack, 'Amazon', ...)`; readable IDs prefix the pool's id.
 */
export function identityProviderLogicalId(id: string, ctx: RenderContext): string {
  if (ctx.options.logicalIds === 'cdk') return cdkLogicalId([...identityProviderPath(id, ctx), 'Resource'])
  return ctx.logicalId(id, 'Resource')
}

/** The construct path of a provider from the stack: `constructPaths`, else beside the pool. */
function identityProviderPath(id: string, ctx: RenderContext): readonly string[] {
  return ctx.options.constructPaths[id] ?? [...ctx.options.scope, id]
}
