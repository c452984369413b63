/**
 * What an app client of a definition allows, with the CDK's defaults applied (the definition
 * holds `UserPoolClientOptions` as plain data): OAuth flows, scopes, callback and sign-out URLs,
 * identity providers. Shared by the hosted-UI URL builder and the OAuth client.
 */
import type { UserPoolClientDefinition, UserPoolDefinition } from '@cognito-kit/builder/definition'
import type { OptionsIssue } from '../errors.js'
import { STANDARD_SCOPES } from '../scopes.js'

/** An app client's effective OAuth settings. */
export interface ClientRules {
  readonly clientKey: string
  readonly oauthDisabled: boolean
  readonly flows: { readonly code: boolean; readonly implicit: boolean; readonly clientCredentials: boolean }
  readonly scopes: readonly string[]
  readonly callbackUrls: readonly string[]
  readonly logoutUrls: readonly string[]
  /** Provider names the client may use, or `undefined` when they cannot be known from the definition. */
  readonly identityProviders: readonly string[] | undefined
  /** `idp_identifier` values declared by the pool's OIDC/SAML providers. */
  readonly idpIdentifiers: readonly string[]
}

/** App client ids as Cognito issues them (`[\w+]+`, at most 128 characters). */
export const CLIENT_ID_PATTERN = /^[\w+]{1,128}$/

const PROVIDER_NAMES: Readonly<Record<string, string>> = {
  amazon: 'LoginWithAmazon',
  facebook: 'Facebook',
  google: 'Google',
  apple: 'SignInWithApple',
}

/** The rules of `definition.clients[clientKey]`, or an issue when there is no such client. */
export function clientRulesOf(definition: unknown, clientKey: unknown, path: string): ClientRules | OptionsIssue {
  if (typeof definition !== 'object' || definition === null || (definition as { kind?: unknown }).kind !== 'UserPool') {
    return {
      path: 'definition',
      rule: 'DefinitionType',
      message: 'definition must be a user pool definition (pool.toDefinition())',
    }
  }
  const def = definition as UserPoolDefinition
  const clients = def.clients as Readonly<Record<string, UserPoolClientDefinition | undefined>>
  // Own keys only: `constructor` or `__proto__` must not find something on the prototype.
  const client = typeof clientKey === 'string' && Object.hasOwn(clients, clientKey) ? clients[clientKey] : undefined
  if (client === undefined) {
    return {
      path,
      rule: 'ClientNotInDefinition',
      message: `${path} ${JSON.stringify(clientKey)} is not a client of the definition (${Object.keys(clients).join(', ') || 'none'})`,
    }
  }
  const oauth = client.oAuth
  const flows = oauth?.flows
  const code = flows === undefined ? true : flows.authorizationCodeGrant === true
  const implicit = flows === undefined ? true : flows.implicitCodeGrant === true
  const clientCredentials = flows?.clientCredentials === true
  let scopes: string[] = oauth?.scopes === undefined ? [...STANDARD_SCOPES] : oauth.scopes.map(String)
  if (!scopes.includes('openid') && scopes.some((s) => s === 'phone' || s === 'email' || s === 'profile')) {
    scopes = [...scopes, 'openid']
  }
  const callbackUrls = oauth?.callbackUrls ?? (code || implicit ? ['https://example.com'] : [])
  const providers = Object.values(def.identityProviders ?? {})
  let identityProviders: string[] | undefined
  if (client.supportedIdentityProviders !== undefined) {
    const names = client.supportedIdentityProviders
    identityProviders = names.every((n) => typeof n === 'string') ? (names as string[]) : undefined
  } else {
    const names = providers.map((p) => p.providerName ?? PROVIDER_NAMES[p.kind])
    identityProviders = names.every((n): n is string => typeof n === 'string') ? [...names, 'COGNITO'] : undefined
  }
  const idpIdentifiers = providers.flatMap((p) =>
    'identifiers' in p && Array.isArray(p.identifiers) ? (p.identifiers as string[]) : [],
  )
  return Object.freeze({
    clientKey: clientKey as string,
    oauthDisabled: client.disableOAuth === true,
    flows: Object.freeze({ code, implicit, clientCredentials }),
    scopes: Object.freeze(scopes),
    callbackUrls: Object.freeze([...callbackUrls]),
    logoutUrls: Object.freeze([...(oauth?.logoutUrls ?? [])]),
    identityProviders: identityProviders && Object.freeze(identityProviders),
    idpIdentifiers: Object.freeze(idpIdentifiers),
  })
}

/** True when `value` is an issue rather than rules. */
export function isIssue(value: ClientRules | OptionsIssue): value is OptionsIssue {
  return 'rule' in value
}
