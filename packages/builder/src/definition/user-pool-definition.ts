/**
 * The plain, versioned, JSON-serializable definition of a user pool and everything attached to it.
 * Produced by `pool.toDefinition()`, read back by `fromDefinition(json)`, and read as data by
 * `@cognito-kit/runtime` and `@cognito-kit/triggers` (type-only imports).
 *
 * @module
 */
import type { StringValue } from '../intrinsic.js'
import type { CustomAttributeDefinition, CustomAttributeTypes } from './custom-attribute-definition.js'
import type { DomainDefinition } from './domain-definition.js'
import type { ExtrasDefinition } from './extras-definition.js'
import type { GroupDefinition } from './group-definition.js'
import type { IdentityProviderDefinition } from './identity-provider-definition.js'
import type { ResourceServerDefinition } from './resource-server-definition.js'
import type { TriggersDefinition } from './triggers-definition.js'
import type { UserPoolClientDefinition } from './user-pool-client-definition.js'
import type { UserPoolSettings } from './user-pool-settings.js'

/** The current definition format version. */
export const DEFINITION_VERSION = 1 as const

/**
 * A user pool definition.
 *
 * @typeParam A - custom attribute name (without `custom:`) → data type
 * @typeParam C - ids of the app clients
 * @typeParam S - OAuth scopes of the pool's resource servers (`'users/read'`)
 */
export interface UserPoolDefinition<
  A extends CustomAttributeTypes = CustomAttributeTypes,
  C extends string = string,
  S extends string = string,
> {
  readonly kind: 'UserPool'
  readonly version: typeof DEFINITION_VERSION
  /** The pool's construct id (`userPool('myuserpool')`); logical IDs derive from it. */
  readonly id: string
  /** Every user-pool setting, with the CDK's `UserPoolProps` names, in plain-data form. */
  readonly settings: UserPoolSettings
  /** Custom attributes by name (without `custom:`), in declaration order. */
  readonly customAttributes: { readonly [K in keyof A]: CustomAttributeDefinition<A[K]> }
  /** Lambda triggers by operation, with the custom-sender KMS key. */
  readonly triggers: TriggersDefinition
  /** Tags put on the pool (`UserPoolTags`). */
  readonly tags: { readonly [key: string]: string }
  /** App clients by id. */
  readonly clients: { readonly [K in C]: UserPoolClientDefinition<S> }
  /** Domains by id (a pool has at most one Cognito-prefix and one custom domain). */
  readonly domains: { readonly [id: string]: DomainDefinition }
  /** Resource servers by id. */
  readonly resourceServers: { readonly [id: string]: ResourceServerDefinition }
  /** Groups by id. */
  readonly groups: { readonly [id: string]: GroupDefinition }
  /** Identity providers by id. */
  readonly identityProviders: { readonly [id: string]: IdentityProviderDefinition }
  /**
   * Names of providers outside this pool definition that clients support by default
   * (`registerIdentityProvider`), in registration order.
   */
  readonly registeredIdentityProviders?: readonly StringValue[]
  /** Resources beyond the CDK (branding, risk configuration, log delivery, UI customization). */
  readonly extras: ExtrasDefinition
}

/** Custom attribute types of a definition (or of a builder's `toDefinition()` result). */
export type CustomAttributesOf<D> = D extends UserPoolDefinition<infer A, string, string> ? A : never
/** Client ids of a definition. */
export type ClientIdsOf<D> = D extends UserPoolDefinition<CustomAttributeTypes, infer C, string> ? C : never
/** Resource-server scopes (`'identifier/scope'`) of a definition. */
export type ResourceServerScopesOf<D> = D extends UserPoolDefinition<CustomAttributeTypes, string, infer S> ? S : never
