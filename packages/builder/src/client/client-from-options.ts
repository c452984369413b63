import { userPoolClientSchema } from '../definition/definition-schema.js'
import type { UserPoolClientDefinition } from '../definition/user-pool-client-definition.js'
import { defined } from '../internal/defined.js'
import { parsePart } from '../internal/parse-part.js'
import { throwIfIssues } from '../internal/throw-if-issues.js'
import { ClientAttributes } from './client-attributes.js'
import type { ClientAttributesOption, UserPoolClientOptions } from './user-pool-client-options.js'
import { validateClient } from './validate-client.js'

function attributeNames(option: ClientAttributesOption<string> | undefined): readonly string[] | undefined {
  if (option === undefined) return undefined
  const attrs = typeof option === 'function' ? option(new ClientAttributes()) : option
  return attrs.attributes()
}

/**
 * Turns `withClient` options into the client's definition and checks every rule of the client
 * on its own.
 *
 * @throws {DefinitionValidationError} listing every issue, with paths under `clients.<id>`
 */
export function clientFromOptions(id: string, options: UserPoolClientOptions<any, any> = {}): UserPoolClientDefinition {
  const o = options
  const oAuth =
    o.oAuth === undefined
      ? undefined
      : defined({
          flows: o.oAuth.flows === undefined ? undefined : defined({ ...o.oAuth.flows }),
          scopes: o.oAuth.scopes?.map((s) => s.scopeName),
          callbackUrls: o.oAuth.callbackUrls === undefined ? undefined : [...o.oAuth.callbackUrls],
          logoutUrls: o.oAuth.logoutUrls === undefined ? undefined : [...o.oAuth.logoutUrls],
          defaultRedirectUri: o.oAuth.defaultRedirectUri,
        })
  const client: UserPoolClientDefinition = defined({
    userPoolClientName: o.userPoolClientName,
    generateSecret: o.generateSecret,
    authFlows: o.authFlows === undefined ? undefined : defined({ ...o.authFlows }),
    disableOAuth: o.disableOAuth,
    oAuth,
    supportedIdentityProviders: o.supportedIdentityProviders?.map((p) => p.name),
    preventUserExistenceErrors: o.preventUserExistenceErrors,
    authSessionValidity: o.authSessionValidity?.toJSON(),
    idTokenValidity: o.idTokenValidity?.toJSON(),
    accessTokenValidity: o.accessTokenValidity?.toJSON(),
    refreshTokenValidity: o.refreshTokenValidity?.toJSON(),
    refreshTokenRotationGracePeriod: o.refreshTokenRotationGracePeriod?.toJSON(),
    refreshTokenRotation: o.refreshTokenRotation,
    tokenValidityUnits: o.tokenValidityUnits === undefined ? undefined : defined({ ...o.tokenValidityUnits }),
    readAttributes: attributeNames(o.readAttributes),
    writeAttributes: attributeNames(o.writeAttributes),
    enableTokenRevocation: o.enableTokenRevocation,
    enablePropagateAdditionalUserContextData: o.enablePropagateAdditionalUserContextData,
    analytics: o.analytics === undefined ? undefined : defined({ ...o.analytics }),
  })
  const path = `clients.${id}`
  parsePart(userPoolClientSchema, client, path)
  throwIfIssues(validateClient(path, client))
  return client
}
