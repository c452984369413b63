import type { UserPoolDefinition } from '../definition/user-pool-definition.js'
import { CognitoKitError, DefinitionValidationError } from '../errors.js'
import type { GetAttIntrinsic, RefIntrinsic } from '../intrinsic.js'
import { createRenderContext, type RenderOptions } from '../render/render-context.js'
import { childLogicalId } from '../render/resource-logical-ids.js'

function requireClient(def: UserPoolDefinition, id: string): void {
  if (!(id in def.clients)) {
    throw new DefinitionValidationError([
      { path: `clients.${id}`, rule: 'UnknownClient', message: `${id} is not a client of pool ${def.id}` },
    ])
  }
}

/**
 * `{ Ref: <client> }`: the client id, resolved by CloudFormation.
 *
 * @throws {DefinitionValidationError} when the pool has no such client
 */
export function clientIdRef(def: UserPoolDefinition, id: string, options?: RenderOptions): RefIntrinsic {
  requireClient(def, id)
  return { Ref: childLogicalId(createRenderContext(def.id, options), id) }
}

/**
 * `{ 'Fn::GetAtt': [<client>, 'ClientSecret'] }`: CloudFormation's native attribute, instead of the
 * CDK's custom-resource Lambda.
 *
 * @throws {CognitoKitError} `ERR_NOT_AVAILABLE` when the client has no generated secret
 */
export function clientSecretRef(def: UserPoolDefinition, id: string, options?: RenderOptions): GetAttIntrinsic {
  requireClient(def, id)
  if (def.clients[id]?.generateSecret !== true) {
    throw new CognitoKitError(
      'ERR_NOT_AVAILABLE',
      `userPoolClientSecret is available only if generateSecret is set to true (client ${id}).`,
    )
  }
  return { 'Fn::GetAtt': [childLogicalId(createRenderContext(def.id, options), id), 'ClientSecret'] }
}
