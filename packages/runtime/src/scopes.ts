/**
 * Scope names: Cognito's own and those of a definition's resource servers.
 *
 * @module
 */
import type { CustomAttributeTypes, ResourceServerScopesOf, UserPoolDefinition } from '@cognito-kit/builder/definition'

/** Scopes Cognito defines itself. */
export type StandardScope = 'openid' | 'email' | 'phone' | 'profile' | 'aws.cognito.signin.user.admin'

/** Scopes a definition knows: its resource-server scopes plus Cognito's own; any string without a definition. */
export type ScopeOf<D> =
  D extends UserPoolDefinition<CustomAttributeTypes, string, string>
    ? ResourceServerScopesOf<D> | StandardScope
    : string

/** Cognito's own scopes, in the order the CDK lists its default. */
export const STANDARD_SCOPES: readonly StandardScope[] = Object.freeze([
  'profile',
  'phone',
  'email',
  'openid',
  'aws.cognito.signin.user.admin',
])
