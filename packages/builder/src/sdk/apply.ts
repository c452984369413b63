import type { UserPoolDefinition } from '../definition/user-pool-definition.js'
import { type CreatedResource, ProvisioningError } from './provisioning-error.js'
import type { SdkRequest } from './sdk-request.js'
import { type SdkRequestOptions, toSdkRequests } from './to-sdk-requests.js'

/**
 * What `apply()` needs of a `CognitoIdentityProviderClient`: its `send`. Typed structurally so the
 * builder does not depend on the SDK's types.
 */
export interface CognitoClientLike {
  send(command: unknown): Promise<unknown>
}

/** Something with a definition: a builder, or the definition itself. */
export type DefinitionSource<C extends string> =
  | UserPoolDefinition<any, C, any>
  | { toDefinition(): UserPoolDefinition<any, C, any> }

/** What `apply()` created. */
export interface ApplyResult<C extends string = string> {
  readonly userPoolId: string
  readonly userPoolArn: string
  /** Each client's id, and its secret when `generateSecret` was set. */
  readonly clients: { readonly [K in C]: { readonly clientId: string; readonly clientSecret?: string } }
  /** Each domain's name, and the CloudFront distribution of a custom domain. */
  readonly domains: { readonly [id: string]: { readonly domain: string; readonly cloudFrontDomain?: string } }
  /** Each group's name. */
  readonly groups: { readonly [id: string]: string }
  /** Each resource server's identifier. */
  readonly resourceServers: { readonly [id: string]: string }
  /** Each identity provider's name. */
  readonly identityProviders: { readonly [id: string]: string }
  /** Each managed-login branding style's id. */
  readonly managedLoginBrandings: { readonly [id: string]: string }
  /** Every step, in order. */
  readonly created: readonly CreatedResource[]
}

/** Options of `apply()`. */
export interface ApplyOptions extends SdkRequestOptions {
  /**
   * The SDK module; loaded with `import('@aws-sdk/client-cognito-identity-provider')` when absent.
   * @default - the installed `@aws-sdk/client-cognito-identity-provider`
   */
  readonly sdk?: { readonly [exportName: string]: unknown }
}

type Values = { userPoolId?: string; userPoolArn?: string; clients: Map<string, string> }

function substitute(value: unknown, values: Values): unknown {
  if (Array.isArray(value)) return value.map((v) => substitute(v, values))
  if (typeof value !== 'object' || value === null || value instanceof Uint8Array) return value
  const ref = (value as { $ref?: unknown }).$ref
  if (ref === 'userPoolId') return values.userPoolId
  if (ref === 'userPoolArn') return values.userPoolArn
  if (ref === 'clientId') return values.clients.get((value as { client: string }).client)
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value)) out[k] = substitute(v, values)
  return out
}

function definitionOf<C extends string>(source: DefinitionSource<C>): UserPoolDefinition<any, C, any> {
  return 'toDefinition' in source && typeof source.toDefinition === 'function'
    ? source.toDefinition()
    : (source as UserPoolDefinition<any, C, any>)
}

async function loadSdk(options: ApplyOptions): Promise<{ readonly [exportName: string]: unknown }> {
  if (options.sdk !== undefined) return options.sdk
  const name = '@aws-sdk/client-cognito-identity-provider'
  return (await import(name)) as { readonly [exportName: string]: unknown }
}

/**
 * Provisions a pool through the Cognito API: runs `toSdkRequests()` in order through `client`,
 * substituting the new pool's and clients' ids, and returns every created id (and client secrets).
 * The AWS SDK is loaded only when this runs.
 *
 * @throws {ProvisioningError} naming the failed step and what was already created
 * @throws {DefinitionValidationError} when the definition cannot be provisioned (see `toSdkRequests()`)
 *
 * @example
 * ```ts
 * import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider'
 * const result = await apply(userPool('P').withClient('Web'), new CognitoIdentityProviderClient({ region: 'eu-west-1' }))
 * result.clients.Web.clientId
 * ```
 */
export async function apply<C extends string>(
  source: DefinitionSource<C>,
  client: CognitoClientLike,
  options: ApplyOptions = {},
): Promise<ApplyResult<C>> {
  const requests: readonly SdkRequest[] = toSdkRequests(definitionOf(source), options)
  const sdk = await loadSdk(options)
  const values: Values = { clients: new Map() }
  const created: CreatedResource[] = []
  const result = {
    userPoolId: '',
    userPoolArn: '',
    clients: {} as Record<string, { clientId: string; clientSecret?: string }>,
    domains: {} as Record<string, { domain: string; cloudFrontDomain?: string }>,
    groups: {} as Record<string, string>,
    resourceServers: {} as Record<string, string>,
    identityProviders: {} as Record<string, string>,
    managedLoginBrandings: {} as Record<string, string>,
  }
  for (const [index, request] of requests.entries()) {
    const Command = sdk[`${request.command}Command`] as (new (input: unknown) => unknown) | undefined
    const input = substitute(request.input, values) as Record<string, unknown>
    let output: Record<string, any>
    try {
      if (Command === undefined) throw new Error(`the SDK has no ${request.command}Command (unsupported operation)`)
      output = ((await client.send(new Command(input))) ?? {}) as Record<string, any>
    } catch (cause) {
      throw new ProvisioningError({
        stepIndex: index,
        kind: request.kind,
        id: request.id,
        command: request.command,
        created,
        cause,
      })
    }
    let physicalId = request.id
    switch (request.kind) {
      case 'userPool':
        values.userPoolId = output.UserPool?.Id
        values.userPoolArn = output.UserPool?.Arn
        result.userPoolId = values.userPoolId ?? ''
        result.userPoolArn = values.userPoolArn ?? ''
        physicalId = result.userPoolId
        break
      case 'client': {
        const c = output.UserPoolClient ?? {}
        values.clients.set(request.id, c.ClientId)
        result.clients[request.id] =
          c.ClientSecret === undefined
            ? { clientId: c.ClientId }
            : { clientId: c.ClientId, clientSecret: c.ClientSecret }
        physicalId = c.ClientId
        break
      }
      case 'domain': {
        const domain = input.Domain as string
        result.domains[request.id] =
          output.CloudFrontDomain === undefined ? { domain } : { domain, cloudFrontDomain: output.CloudFrontDomain }
        physicalId = domain
        break
      }
      case 'group':
        result.groups[request.id] = input.GroupName as string
        physicalId = input.GroupName as string
        break
      case 'resourceServer':
        result.resourceServers[request.id] = input.Identifier as string
        physicalId = input.Identifier as string
        break
      case 'identityProvider':
        result.identityProviders[request.id] = input.ProviderName as string
        physicalId = input.ProviderName as string
        break
      case 'managedLoginBranding':
        physicalId = output.ManagedLoginBranding?.ManagedLoginBrandingId ?? request.id
        result.managedLoginBrandings[request.id] = physicalId
        break
      default:
        physicalId = values.userPoolId ?? request.id
    }
    created.push({ kind: request.kind, id: request.id, command: request.command, physicalId })
  }
  return { ...result, created } as unknown as ApplyResult<C>
}
