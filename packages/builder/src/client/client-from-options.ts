import { userPoolClientSchema } from '../definition/definition-schema.js'
import type { UserPoolClientDefinition } from '../definition/user-pool-client-definition.js'
import { DefinitionValidationError } from '../errors.js'
import { defined } from '../internal/defined.js'
import { durationOption, requireKnownKeys, requireObject } from '../internal/option-guards.js'
import { parsePart } from '../internal/parse-part.js'
import { throwIfIssues } from '../internal/throw-if-issues.js'
import { ClientAttributes } from './client-attributes.js'
import type { ClientAttributesOption, UserPoolClientOptions } from './user-pool-client-options.js'
import { validateClient } from './validate-client.js'

function attributeNames(
  option: ClientAttributesOption<string> | undefined,
  path: string,
): readonly string[] | undefined {
  if (option === undefined) return undefined
  const attrs: unknown = typeof option === 'function' ? option(new ClientAttributes()) : option
  if (!(attrs instanceof ClientAttributes)) {
    throw new DefinitionValidationError([
      {
        path,
        rule: 'Schema.invalid_type',
        message: 'expected a ClientAttributes (new ClientAttributes().withStandardAttributes(...))',
      },
    ])
  }
  return attrs.attributes()
}

/**
 * Turns `withClient` options into the client's definition and checks every rule of the client
 * on its own.
 *
 * @throws {DefinitionValidationError} listing every issue, with paths under `clients.<id>`
 */
/** The keys of `UserPoolClientOptions` and `OAuthSettings`. */
const CLIENT_KEYS = [
  'userPoolClientName',
  'generateSecret',
  'authFlows',
  'disableOAuth',
  'oAuth',
  'authSessionValidity',
  'preventUserExistenceErrors',
  'supportedIdentityProviders',
  'idTokenValidity',
  'refreshTokenValidity',
  'accessTokenValidity',
  'refreshTokenRotationGracePeriod',
  'refreshTokenRotation',
  'tokenValidityUnits',
  'readAttributes',
  'writeAttributes',
  'enableTokenRevocation',
  'enablePropagateAdditionalUserContextData',
  'analytics',
] as const
const OAUTH_KEYS = ['flows', 'callbackUrls', 'logoutUrls', 'scopes', 'defaultRedirectUri'] as const

export function clientFromOptions(id: string, options: UserPoolClientOptions<any, any> = {}): UserPoolClientDefinition {
  const path = `clients.${id}`
  requireObject(options, path)
  requireKnownKeys(options, CLIENT_KEYS, path)
  if (typeof options.oAuth === 'object' && options.oAuth !== null)
    requireKnownKeys(options.oAuth, OAUTH_KEYS, `${path}.oAuth`)
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
    authSessionValidity: durationOption(o.authSessionValidity, `${path}.authSessionValidity`),
    idTokenValidity: durationOption(o.idTokenValidity, `${path}.idTokenValidity`),
    accessTokenValidity: durationOption(o.accessTokenValidity, `${path}.accessTokenValidity`),
    refreshTokenValidity: durationOption(o.refreshTokenValidity, `${path}.refreshTokenValidity`),
    refreshTokenRotationGracePeriod: durationOption(
      o.refreshTokenRotationGracePeriod,
      `${path}.refreshTokenRotationGracePeriod`,
    ),
    refreshTokenRotation: o.refreshTokenRotation,
    tokenValidityUnits: o.tokenValidityUnits === undefined ? undefined : defined({ ...o.tokenValidityUnits }),
    readAttributes: attributeNames(o.readAttributes, `${path}.readAttributes`),
    writeAttributes: attributeNames(o.writeAttributes, `${path}.writeAttributes`),
    enableTokenRevocation: o.enableTokenRevocation,
    enablePropagateAdditionalUserContextData: o.enablePropagateAdditionalUserContextData,
    analytics: o.analytics === undefined ? undefined : defined({ ...o.analytics }),
  })
  parsePart(userPoolClientSchema, client, path)
  throwIfIssues(validateClient(path, client))
  return client
}
