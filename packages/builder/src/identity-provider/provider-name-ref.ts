import type { UserPoolDefinition } from '../definition/user-pool-definition.js'
import { DefinitionValidationError } from '../errors.js'
import type { RefIntrinsic } from '../intrinsic.js'
import { createRenderContext, type RenderOptions } from '../render/render-context.js'
import { identityProviderLogicalId } from './provider-name.js'

/**
 * `{ Ref: <provider> }`: the provider's name once deployed, as the CDK's `provider.providerName`
 * (e.g. for `UserPoolClientIdentityProvider.custom(...)`). Logical IDs follow `options`.
 *
 * @throws {DefinitionValidationError} when the pool has no such identity provider
 */
export function providerNameRef(def: UserPoolDefinition, id: string, options?: RenderOptions): RefIntrinsic {
  if (!Object.hasOwn(def.identityProviders, id)) {
    throw new DefinitionValidationError([
      {
        path: `identityProviders.${id}`,
        rule: 'UnknownIdentityProvider',
        message: `${id} is not an identity provider of pool ${def.id}`,
      },
    ])
  }
  return { Ref: identityProviderLogicalId(id, createRenderContext(def.id, options)) }
}
