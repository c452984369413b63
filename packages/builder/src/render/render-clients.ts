import { effectiveCallbackUrls, effectiveOAuthFlows, effectiveOAuthScopes } from '../client/effective-oauth.js'
import type { UserPoolClientDefinition } from '../definition/user-pool-client-definition.js'
import type { UserPoolDefinition } from '../definition/user-pool-definition.js'
import { Duration, type DurationDefinition } from '../duration.js'
import { isIntrinsic, type StringValue } from '../intrinsic.js'
import type { CloudFormationOutput, CloudFormationResource } from './cloudformation-template.js'
import type { RenderContext } from './render-context.js'
import { type RenderedProvider, renderedProviders } from './render-identity-providers.js'
import type { PartRenderer } from './rendered-part.js'
import { childLogicalId, outputName } from './resource-logical-ids.js'

/** A scope string, as a `Fn::Join` with a `Ref` to its resource server when the server is declared. */
function scopeValue(scope: string, servers: ReadonlyMap<string, string>): StringValue {
  const slash = scope.lastIndexOf('/')
  if (slash <= 0) return scope
  const serverLogicalId = servers.get(scope.slice(0, slash))
  if (serverLogicalId === undefined) return scope
  return { 'Fn::Join': ['', [{ Ref: serverLogicalId }, scope.slice(slash)]] }
}

function explicitAuthFlows(client: UserPoolClientDefinition, rotationOn: boolean): string[] | undefined {
  const f = client.authFlows
  if (f === undefined || Object.keys(f).length === 0) return undefined
  const flows: string[] = []
  if (f.userPassword) flows.push('ALLOW_USER_PASSWORD_AUTH')
  if (f.adminUserPassword) flows.push('ALLOW_ADMIN_USER_PASSWORD_AUTH')
  if (f.custom) flows.push('ALLOW_CUSTOM_AUTH')
  if (f.userSrp) flows.push('ALLOW_USER_SRP_AUTH')
  if (f.user) flows.push('ALLOW_USER_AUTH')
  if (!rotationOn) flows.push('ALLOW_REFRESH_TOKEN_AUTH')
  return flows
}

function amountIn(
  d: DurationDefinition | undefined,
  unit: 'seconds' | 'minutes' | 'hours' | 'days',
): number | undefined {
  if (d === undefined) return undefined
  const duration = Duration.fromDefinition(d)
  switch (unit) {
    case 'seconds':
      return duration.toSeconds()
    case 'minutes':
      return duration.toMinutes()
    case 'hours':
      return duration.toHours()
    default:
      return duration.toDays()
  }
}

function identityProviders(
  client: UserPoolClientDefinition,
  providers: readonly RenderedProvider[],
  registered: readonly StringValue[],
): { value: StringValue[] | undefined; dependsOn: string[] } {
  if (client.supportedIdentityProviders === undefined) {
    // Every provider of the pool, whatever the call order, then the registered outside ones, then
    // COGNITO (the Refs order creation).
    const value: StringValue[] = [...providers.map((p) => ({ Ref: p.logicalId })), ...registered, 'COGNITO']
    return { value, dependsOn: [] }
  }
  const byName = new Map(providers.map((p) => [p.name, p.logicalId]))
  const dependsOn = new Set<string>()
  for (const name of client.supportedIdentityProviders) {
    const logicalId = isIntrinsic(name) ? undefined : byName.get(name)
    if (logicalId !== undefined) dependsOn.add(logicalId)
  }
  const value = [...client.supportedIdentityProviders]
  return { value: value.length === 0 ? undefined : value, dependsOn: [...dependsOn].sort() }
}

/** The `AWS::Cognito::UserPoolClient` properties of one client, as the CDK emits them. */
export function clientProperties(
  client: UserPoolClientDefinition,
  def: UserPoolDefinition,
  ctx: RenderContext,
  providers: readonly RenderedProvider[],
): { properties: Record<string, unknown>; dependsOn: string[] } {
  const servers = new Map(Object.entries(def.resourceServers).map(([id, s]) => [s.identifier, childLogicalId(ctx, id)]))
  const oauthOn = client.disableOAuth !== true
  const flows = effectiveOAuthFlows(client)
  const oauthFlows: string[] = []
  if (flows.clientCredentials) oauthFlows.push('client_credentials')
  if (flows.implicitCodeGrant) oauthFlows.push('implicit')
  if (flows.authorizationCodeGrant) oauthFlows.push('code')
  const callbackUrls = effectiveCallbackUrls(client)
  const rotationOn = client.refreshTokenRotationGracePeriod !== undefined || client.refreshTokenRotation === true
  const units = client.tokenValidityUnits
  const idUnit = units?.idToken ?? 'minutes'
  const accessUnit = units?.accessToken ?? 'minutes'
  const refreshUnit = units?.refreshToken ?? 'minutes'
  const anyValidity =
    client.idTokenValidity !== undefined ||
    client.accessTokenValidity !== undefined ||
    client.refreshTokenValidity !== undefined
  const idps = identityProviders(client, providers, def.registeredIdentityProviders ?? [])
  const analytics = client.analytics
  const rotation =
    client.refreshTokenRotationGracePeriod !== undefined
      ? {
          Feature: 'ENABLED',
          RetryGracePeriodSeconds: Duration.fromDefinition(client.refreshTokenRotationGracePeriod).toSeconds(),
        }
      : client.refreshTokenRotation === undefined
        ? undefined
        : { Feature: client.refreshTokenRotation ? 'ENABLED' : 'DISABLED' }
  const properties: Record<string, unknown> = {
    AccessTokenValidity: amountIn(client.accessTokenValidity, accessUnit),
    AllowedOAuthFlows: oauthOn && oauthFlows.length > 0 ? oauthFlows : undefined,
    AllowedOAuthFlowsUserPoolClient: oauthOn,
    AllowedOAuthScopes: oauthOn ? effectiveOAuthScopes(client).map((s) => scopeValue(s, servers)) : undefined,
    AnalyticsConfiguration:
      analytics === undefined
        ? undefined
        : {
            ApplicationArn: analytics.application,
            ApplicationId: analytics.applicationId,
            ExternalId: analytics.externalId,
            RoleArn: analytics.role,
            UserDataShared: analytics.shareUserData,
          },
    AuthSessionValidity: amountIn(client.authSessionValidity, 'minutes'),
    CallbackURLs: oauthOn && callbackUrls !== undefined && callbackUrls.length > 0 ? [...callbackUrls] : undefined,
    ClientName: client.userPoolClientName,
    DefaultRedirectURI: client.oAuth?.defaultRedirectUri,
    EnablePropagateAdditionalUserContextData: client.enablePropagateAdditionalUserContextData,
    EnableTokenRevocation: client.enableTokenRevocation,
    ExplicitAuthFlows: explicitAuthFlows(client, rotationOn),
    GenerateSecret: client.generateSecret,
    IdTokenValidity: amountIn(client.idTokenValidity, idUnit),
    LogoutURLs: client.oAuth?.logoutUrls === undefined ? undefined : [...client.oAuth.logoutUrls],
    PreventUserExistenceErrors:
      client.preventUserExistenceErrors === undefined
        ? undefined
        : client.preventUserExistenceErrors
          ? 'ENABLED'
          : 'LEGACY',
    ReadAttributes: client.readAttributes === undefined ? undefined : [...client.readAttributes],
    RefreshTokenRotation: rotation,
    RefreshTokenValidity: amountIn(client.refreshTokenValidity, refreshUnit),
    SupportedIdentityProviders: idps.value,
    TokenValidityUnits: anyValidity
      ? {
          AccessToken: client.accessTokenValidity === undefined ? undefined : accessUnit,
          IdToken: client.idTokenValidity === undefined ? undefined : idUnit,
          RefreshToken: client.refreshTokenValidity === undefined ? undefined : refreshUnit,
        }
      : undefined,
    UserPoolId: { Ref: ctx.logicalId() },
    WriteAttributes: client.writeAttributes === undefined ? undefined : [...client.writeAttributes],
  }
  return { properties: dropUndefined(properties), dependsOn: idps.dependsOn }
}

/** Removes `undefined` members recursively from plain objects, also inside arrays. */
export function dropUndefined<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => dropUndefined(v)) as T
  if (typeof value !== 'object' || value === null) return value
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = dropUndefined(v)
  return out as T
}

/** One `AWS::Cognito::UserPoolClient` per client, and an output with each client id. */
export const renderClients: PartRenderer = (def, ctx) => {
  const resources: Record<string, CloudFormationResource> = {}
  const outputs: Record<string, CloudFormationOutput> = {}
  const providers = renderedProviders(def, ctx)
  for (const [id, client] of Object.entries(def.clients)) {
    const logicalId = childLogicalId(ctx, id)
    const { properties, dependsOn } = clientProperties(client, def, ctx, providers)
    resources[logicalId] = {
      Type: 'AWS::Cognito::UserPoolClient',
      Properties: properties,
      ...(dependsOn.length > 0 ? { DependsOn: dependsOn } : {}),
    }
    outputs[outputName(id, 'ClientId')] = { Description: `Id of app client ${id}`, Value: { Ref: logicalId } }
  }
  return { resources, outputs }
}
