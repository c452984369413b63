/**
 * `@cognito-kit/builder/definition`: the plain definition types (and the document schema).
 * Runtime and triggers import these with `import type` only.
 *
 * @module
 */
export type { CustomAttributeDataType, CustomAttributeDefinition, CustomAttributeTypes } from './custom-attribute-definition.js'
export type { DomainDefinition } from './domain-definition.js'
export type { ExtrasDefinition } from './extras-definition.js'
export type { GroupDefinition } from './group-definition.js'
export type { IdentityProviderDefinition, IdentityProviderKind } from './identity-provider-definition.js'
export type { ResourceServerDefinition } from './resource-server-definition.js'
export type { LambdaVersionValue, TriggerDefinition, TriggersDefinition } from './triggers-definition.js'
export type { UserPoolClientDefinition } from './user-pool-client-definition.js'
export {
  type ClientIdsOf,
  type CustomAttributesOf,
  DEFINITION_VERSION,
  type ResourceServerScopesOf,
  type UserPoolDefinition,
} from './user-pool-definition.js'
export type { UserPoolSettings } from './user-pool-settings.js'
export type { DurationDefinition, TimeUnit } from '../duration.js'
export type { Intrinsic, StringValue, NumberValue } from '../intrinsic.js'
