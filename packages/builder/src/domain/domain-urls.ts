import { effectiveCallbackUrls, effectiveOAuthFlows } from '../client/effective-oauth.js'
import type { UserPoolDefinition } from '../definition/user-pool-definition.js'
import { DefinitionValidationError } from '../errors.js'
import type { GetAttIntrinsic, RefIntrinsic, StringValue } from '../intrinsic.js'
import { createRenderContext, type RenderOptions } from '../render/render-context.js'
import { childLogicalId } from '../render/resource-logical-ids.js'

/** Options of `baseUrl()`. */
export interface BaseUrlOptions extends RenderOptions {
  /**
   * Use the FIPS endpoint (`auth-fips`); ignored for custom domains.
   * @default - the domain's `fipsEnabled`
   */
  readonly fips?: boolean
}

/** Options of `signInUrl()`. */
export interface SignInUrlOptions extends BaseUrlOptions {
  /** Where Cognito sends the user after sign-in; must be one of the client's callback URLs. It is URL-encoded. */
  readonly redirectUri: string
  /**
   * Path of the sign-in page.
   * @default '/login'
   */
  readonly signInPath?: string
}

function requireDomain(def: UserPoolDefinition, id: string) {
  const domain = def.domains[id]
  if (domain === undefined) {
    throw new DefinitionValidationError([
      { path: `domains.${id}`, rule: 'UnknownDomain', message: `${id} is not a domain of pool ${def.id}` },
    ])
  }
  return domain
}

/** Joins literal and intrinsic parts, merging adjacent literals, as the CDK renders a tokenized string. */
function join(parts: readonly StringValue[]): StringValue {
  const merged: StringValue[] = []
  for (const part of parts) {
    const last = merged[merged.length - 1]
    if (typeof part === 'string' && typeof last === 'string') merged[merged.length - 1] = last + part
    else if (part !== '') merged.push(part)
  }
  if (merged.length === 1 && typeof merged[0] === 'string') return merged[0]
  return { 'Fn::Join': ['', merged] }
}

function baseUrlParts(def: UserPoolDefinition, id: string, options: BaseUrlOptions): StringValue[] {
  const domain = requireDomain(def, id)
  const ref: RefIntrinsic = { Ref: childLogicalId(createRenderContext(def.id, options), id) }
  if (domain.customDomain !== undefined) return ['https://', ref]
  const fips = options.fips ?? domain.cognitoDomain?.fipsEnabled ?? false
  // The stack's region when it is known (as the CDK bakes it in), otherwise CloudFormation's.
  const region = options.env?.region ?? { Ref: 'AWS::Region' }
  return ['https://', ref, fips ? '.auth-fips.' : '.auth.', region, '.amazoncognito.com']
}

/**
 * `{ Ref: <domain> }`: the prefix or the custom domain name.
 *
 * @throws {DefinitionValidationError} when the pool has no such domain
 */
export function domainNameRef(def: UserPoolDefinition, id: string, options?: RenderOptions): RefIntrinsic {
  requireDomain(def, id)
  return { Ref: childLogicalId(createRenderContext(def.id, options), id) }
}

/**
 * `{ 'Fn::GetAtt': [<domain>, 'CloudFrontDistribution'] }`: the alias target of a custom domain
 * (native, no custom resource).
 *
 * @throws {DefinitionValidationError} when the pool has no such domain
 */
export function cloudFrontEndpointRef(def: UserPoolDefinition, id: string, options?: RenderOptions): GetAttIntrinsic {
  requireDomain(def, id)
  return { 'Fn::GetAtt': [childLogicalId(createRenderContext(def.id, options), id), 'CloudFrontDistribution'] }
}

/**
 * The domain's base URL: `https://<prefix>.auth[-fips].<region>.amazoncognito.com`, or
 * `https://<custom domain>`, as an intrinsic.
 *
 * @throws {DefinitionValidationError} when the pool has no such domain
 */
export function domainBaseUrl(def: UserPoolDefinition, id: string, options: BaseUrlOptions = {}): StringValue {
  return join(baseUrlParts(def, id, options))
}

/**
 * The URL of the sign-in page for a client:
 * `<baseUrl><signInPath>?client_id=...&response_type=code|token&redirect_uri=<encoded>`.
 *
 * @throws {DefinitionValidationError} `SignUrlSupportedClientsWithout` for a client without the code
 *   or implicit grant (or with OAuth disabled), `RedirectUriNotInCallbackUrls` for a redirect URI
 *   the client does not allow
 */
export function domainSignInUrl(
  def: UserPoolDefinition,
  domainId: string,
  clientId: string,
  options: SignInUrlOptions,
): StringValue {
  const client = def.clients[clientId]
  if (client === undefined) {
    throw new DefinitionValidationError([
      { path: `clients.${clientId}`, rule: 'UnknownClient', message: `${clientId} is not a client of pool ${def.id}` },
    ])
  }
  const flows = effectiveOAuthFlows(client)
  const responseType =
    client.disableOAuth === true
      ? undefined
      : flows.authorizationCodeGrant
        ? 'code'
        : flows.implicitCodeGrant
          ? 'token'
          : undefined
  if (responseType === undefined) {
    throw new DefinitionValidationError([
      {
        path: `clients.${clientId}.oAuth.flows`,
        rule: 'SignUrlSupportedClientsWithout',
        message:
          'signInUrl is not supported for clients without authorizationCodeGrant or implicitCodeGrant flow enabled',
      },
    ])
  }
  if (!(effectiveCallbackUrls(client) ?? []).includes(options.redirectUri)) {
    throw new DefinitionValidationError([
      {
        path: `clients.${clientId}.oAuth.callbackUrls`,
        rule: 'RedirectUriNotInCallbackUrls',
        message: `redirectUri ${JSON.stringify(options.redirectUri)} is not one of the callback URLs of client ${clientId}`,
      },
    ])
  }
  const clientRef: RefIntrinsic = { Ref: childLogicalId(createRenderContext(def.id, options), clientId) }
  return join([
    ...baseUrlParts(def, domainId, options),
    `${options.signInPath ?? '/login'}?client_id=`,
    clientRef,
    `&response_type=${responseType}&redirect_uri=${encodeURIComponent(options.redirectUri)}`,
  ])
}
