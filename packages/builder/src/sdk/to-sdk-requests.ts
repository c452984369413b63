import type { UserPoolDefinition } from '../definition/user-pool-definition.js'
import { type DefinitionIssue, DefinitionValidationError } from '../errors.js'
import type { CloudFormationResource } from '../render/cloudformation-template.js'
import { createRenderContext, type RenderOptions } from '../render/render-context.js'
import { renderedProviders } from '../render/render-identity-providers.js'
import { childLogicalId, LOG_DELIVERY_ID } from '../render/resource-logical-ids.js'
import { toCloudFormation } from '../render/to-cloudformation.js'
import type { SdkReference, SdkRequest, SdkStepKind } from './sdk-request.js'

/** Options of `toSdkRequests()`: the render options that decide default names (OIDC/SAML providers). */
export type SdkRequestOptions = Omit<RenderOptions, 'description'>

/** `AWS::Cognito::UserPool` properties that go to `CreateUserPool` under the same name. */
export const CREATE_USER_POOL_PROPERTIES: ReadonlySet<string> = new Set([
  'AccountRecoverySetting',
  'AdminCreateUserConfig',
  'AliasAttributes',
  'AutoVerifiedAttributes',
  'DeletionProtection',
  'DeviceConfiguration',
  'EmailConfiguration',
  'EmailVerificationMessage',
  'EmailVerificationSubject',
  'IssuerConfiguration',
  'KeyConfiguration',
  'LambdaConfig',
  'Policies',
  'Schema',
  'SmsAuthenticationMessage',
  'SmsConfiguration',
  'SmsVerificationMessage',
  'UserAttributeUpdateSettings',
  'UserPoolAddOns',
  'UserPoolTags',
  'UserPoolTier',
  'UsernameAttributes',
  'UsernameConfiguration',
  'VerificationMessageTemplate',
])

/** `AWS::Cognito::UserPool` properties that go to `SetUserPoolMfaConfig`. */
export const MFA_PROPERTIES: ReadonlySet<string> = new Set([
  'MfaConfiguration',
  'EnabledMfas',
  'EmailAuthenticationMessage',
  'EmailAuthenticationSubject',
  'WebAuthnRelyingPartyID',
  'WebAuthnUserVerification',
  'WebAuthnFactorConfiguration',
])

/** Resource types that are not Cognito API objects and are left to the caller. */
const NOT_COGNITO: ReadonlySet<string> = new Set(['AWS::Lambda::Permission'])

type Resolver = (value: unknown, path: string) => unknown

interface Known {
  /** logical ID → what a `Ref` to it means outside CloudFormation. */
  readonly refs: ReadonlyMap<string, unknown>
  /** logical ID → `GetAtt` attribute → value. */
  readonly atts: ReadonlyMap<string, { readonly [attribute: string]: unknown }>
}

function resolver(known: Known, issues: DefinitionIssue[]): Resolver {
  const resolve: Resolver = (value, path) => {
    if (typeof value === 'string') {
      if (value.includes('{{resolve:')) {
        issues.push({
          path,
          rule: 'SdkDynamicReference',
          message: `${value} is a CloudFormation dynamic reference; the SDK path needs the literal value`,
        })
      }
      return value
    }
    if (Array.isArray(value)) return value.map((v, i) => resolve(v, `${path}.${i}`))
    if (typeof value !== 'object' || value === null || value instanceof Uint8Array) return value
    const entries = Object.entries(value)
    const [key, arg] = entries.length === 1 ? (entries[0] as [string, unknown]) : ['', undefined]
    if (key === 'Ref' && typeof arg === 'string' && known.refs.has(arg)) return known.refs.get(arg)
    if (key === 'Fn::GetAtt' && Array.isArray(arg)) {
      const [id, attribute] = arg as [string, string]
      const att = known.atts.get(id)?.[attribute]
      if (att !== undefined) return att
    }
    if (key === 'Fn::Join' && Array.isArray(arg)) {
      const [separator, parts] = arg as [string, unknown[]]
      const resolved = parts.map((p, i) => resolve(p, `${path}.${i}`))
      if (resolved.every((p) => typeof p === 'string')) return resolved.join(separator)
    }
    if (key.startsWith('Fn::') || key === 'Ref') {
      issues.push({
        path,
        rule: 'SdkUnresolvable',
        message: `${JSON.stringify(value)} is a CloudFormation intrinsic; the SDK path needs a literal value (or a resource this pool creates)`,
      })
      return value
    }
    const out: Record<string, unknown> = {}
    for (const [k, v] of entries) out[k] = resolve(v, `${path}.${k}`)
    return out
  }
  return resolve
}

function userPoolRequests(
  props: { readonly [name: string]: unknown },
  def: UserPoolDefinition,
  poolId: SdkReference,
  issues: DefinitionIssue[],
  path: string,
): SdkRequest[] {
  const create: Record<string, unknown> = { PoolName: props.UserPoolName ?? def.id }
  const mfa: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(props)) {
    if (name === 'UserPoolName') continue
    if (CREATE_USER_POOL_PROPERTIES.has(name)) create[name] = value
    else if (MFA_PROPERTIES.has(name)) mfa[name] = value
    else {
      issues.push({
        path: `${path}.${name}`,
        rule: 'SdkUnsupportedProperty',
        message: `UserPool property ${name} has no Cognito API counterpart known to toSdkRequests()`,
      })
    }
  }
  const requests: SdkRequest[] = [{ kind: 'userPool', id: def.id, command: 'CreateUserPool', input: create }]
  const mode = mfa.MfaConfiguration as string | undefined
  const enabled = (mfa.EnabledMfas as string[] | undefined) ?? []
  const webAuthn =
    mfa.WebAuthnRelyingPartyID !== undefined ||
    mfa.WebAuthnUserVerification !== undefined ||
    mfa.WebAuthnFactorConfiguration !== undefined
  if (
    (mode !== undefined && mode !== 'OFF') ||
    enabled.length > 0 ||
    webAuthn ||
    mfa.EmailAuthenticationMessage !== undefined
  ) {
    const input: Record<string, unknown> = { UserPoolId: poolId }
    if (mode !== undefined) input.MfaConfiguration = mode
    if (enabled.includes('SMS_MFA')) {
      input.SmsMfaConfiguration = {
        ...(props.SmsAuthenticationMessage !== undefined
          ? { SmsAuthenticationMessage: props.SmsAuthenticationMessage }
          : {}),
        ...(props.SmsConfiguration !== undefined ? { SmsConfiguration: props.SmsConfiguration } : {}),
      }
    }
    if (enabled.includes('SOFTWARE_TOKEN_MFA')) input.SoftwareTokenMfaConfiguration = { Enabled: true }
    if (
      enabled.includes('EMAIL_OTP') ||
      mfa.EmailAuthenticationMessage !== undefined ||
      mfa.EmailAuthenticationSubject !== undefined
    ) {
      input.EmailMfaConfiguration = {
        ...(mfa.EmailAuthenticationMessage !== undefined ? { Message: mfa.EmailAuthenticationMessage } : {}),
        ...(mfa.EmailAuthenticationSubject !== undefined ? { Subject: mfa.EmailAuthenticationSubject } : {}),
      }
    }
    if (webAuthn) {
      input.WebAuthnConfiguration = {
        ...(mfa.WebAuthnRelyingPartyID !== undefined ? { RelyingPartyId: mfa.WebAuthnRelyingPartyID } : {}),
        ...(mfa.WebAuthnUserVerification !== undefined ? { UserVerification: mfa.WebAuthnUserVerification } : {}),
        ...(mfa.WebAuthnFactorConfiguration !== undefined
          ? { FactorConfiguration: mfa.WebAuthnFactorConfiguration }
          : {}),
      }
    }
    requests.push({ kind: 'mfaConfig', id: def.id, command: 'SetUserPoolMfaConfig', input })
  }
  return requests
}

function base64Bytes(value: unknown): unknown {
  return typeof value === 'string' ? new Uint8Array(Buffer.from(value, 'base64')) : value
}

/** The partition of a region (`cn-north-1` → `aws-cn`). */
function partitionOf(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn'
  if (region.startsWith('us-gov-')) return 'aws-us-gov'
  if (region.startsWith('us-isob-')) return 'aws-iso-b'
  if (region.startsWith('us-isof-')) return 'aws-iso-f'
  if (region.startsWith('eu-isoe-')) return 'aws-iso-e'
  if (region.startsWith('us-iso-')) return 'aws-iso'
  return 'aws'
}

/** CloudFormation pseudo parameters the SDK path can resolve from the given environment. */
function pseudoParameters(
  env: { readonly account?: string; readonly region?: string } | undefined,
): [string, string][] {
  const out: [string, string][] = []
  if (env?.account !== undefined) out.push(['AWS::AccountId', env.account])
  if (env?.region !== undefined) {
    out.push(['AWS::Region', env.region], ['AWS::Partition', partitionOf(env.region)])
    out.push(['AWS::URLSuffix', env.region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com'])
  }
  return out
}

/**
 * The ordered AWS SDK v3 requests that provision the same pool as the CloudFormation template,
 * without CloudFormation: `CreateUserPool`, `SetUserPoolMfaConfig` when MFA, passkeys or email
 * codes are configured, then resource servers, identity providers, clients, domains, groups and the
 * beyond-CDK resources. Derived from the rendered template, so both paths agree; names differ where
 * the API differs (`UserPoolName` → `PoolName`; a client or group without a name is named after its
 * id). Lambda invoke permissions of triggers are not Cognito operations and are left to you.
 *
 * @throws {DefinitionValidationError} when the definition is invalid, or (code `ERR_SDK_UNSUPPORTED`)
 *   when it holds something only CloudFormation can resolve: an intrinsic, a dynamic reference, a
 *   role the template would create
 *
 * @example
 * ```ts
 * const requests = toSdkRequests(userPool('P').withClient('Web').toDefinition())
 * requests.map((r) => r.command) // ['CreateUserPool', 'CreateUserPoolClient']
 * ```
 */
export function toSdkRequests(def: UserPoolDefinition, options: SdkRequestOptions = {}): SdkRequest[] {
  const renderOptions = { ...options, logicalIds: options.logicalIds ?? 'readable' }
  const template = toCloudFormation(def, renderOptions)
  const ctx = createRenderContext(def.id, renderOptions)
  const poolLogicalId = ctx.logicalId()
  const userPoolId: SdkReference = { $ref: 'userPoolId' }

  const refs = new Map<string, unknown>([[poolLogicalId, userPoolId], ...pseudoParameters(renderOptions.env)])
  const atts = new Map<string, { [attribute: string]: unknown }>([[poolLogicalId, { Arn: { $ref: 'userPoolArn' } }]])
  const kinds = new Map<string, { kind: SdkStepKind; id: string }>()
  for (const [id, s] of Object.entries(def.resourceServers)) {
    refs.set(childLogicalId(ctx, id), s.identifier)
    kinds.set(childLogicalId(ctx, id), { kind: 'resourceServer', id })
  }
  for (const p of renderedProviders(def, ctx)) {
    refs.set(p.logicalId, p.name)
    kinds.set(p.logicalId, { kind: 'identityProvider', id: p.id })
  }
  for (const id of Object.keys(def.clients)) {
    refs.set(childLogicalId(ctx, id), { $ref: 'clientId', client: id })
    kinds.set(childLogicalId(ctx, id), { kind: 'client', id })
  }
  for (const [id, d] of Object.entries(def.domains)) {
    refs.set(childLogicalId(ctx, id), d.customDomain?.domainName ?? d.cognitoDomain?.domainPrefix)
    kinds.set(childLogicalId(ctx, id), { kind: 'domain', id })
  }
  for (const id of Object.keys(def.groups)) kinds.set(childLogicalId(ctx, id), { kind: 'group', id })
  for (const id of Object.keys(def.extras.managedLoginBrandings ?? {})) {
    kinds.set(childLogicalId(ctx, id), { kind: 'managedLoginBranding', id })
  }
  for (const id of Object.keys(def.extras.riskConfigurations ?? {})) {
    kinds.set(childLogicalId(ctx, id), { kind: 'riskConfiguration', id })
  }
  for (const id of Object.keys(def.extras.uiCustomizations ?? {})) {
    kinds.set(childLogicalId(ctx, id), { kind: 'uiCustomization', id })
  }
  kinds.set(childLogicalId(ctx, LOG_DELIVERY_ID), { kind: 'logDelivery', id: LOG_DELIVERY_ID })

  const issues: DefinitionIssue[] = []
  const resolve = resolver({ refs, atts }, issues)
  const requests: SdkRequest[] = []
  for (const [logicalId, resource] of Object.entries(template.Resources) as [string, CloudFormationResource][]) {
    if (NOT_COGNITO.has(resource.Type)) continue
    const path = `Resources.${logicalId}.Properties`
    const props = (resolve(resource.Properties ?? {}, path) ?? {}) as Record<string, unknown>
    const { UserPoolId: _pool, ...rest } = props
    const step = kinds.get(logicalId)
    switch (resource.Type) {
      case 'AWS::Cognito::UserPool':
        requests.push(...userPoolRequests(props, def, userPoolId, issues, path))
        break
      case 'AWS::Cognito::UserPoolResourceServer':
        requests.push({
          kind: 'resourceServer',
          id: step?.id ?? logicalId,
          command: 'CreateResourceServer',
          input: { UserPoolId: userPoolId, ...rest },
        })
        break
      case 'AWS::Cognito::UserPoolIdentityProvider':
        requests.push({
          kind: 'identityProvider',
          id: step?.id ?? logicalId,
          command: 'CreateIdentityProvider',
          input: { UserPoolId: userPoolId, ...rest },
        })
        break
      case 'AWS::Cognito::UserPoolClient': {
        const id = step?.id ?? logicalId
        requests.push({
          kind: 'client',
          id,
          command: 'CreateUserPoolClient',
          input: { UserPoolId: userPoolId, ClientName: rest.ClientName ?? id, ...rest },
        })
        break
      }
      case 'AWS::Cognito::UserPoolDomain':
        requests.push({
          kind: 'domain',
          id: step?.id ?? logicalId,
          command: 'CreateUserPoolDomain',
          input: { UserPoolId: userPoolId, ...rest },
        })
        break
      case 'AWS::Cognito::UserPoolGroup': {
        const id = step?.id ?? logicalId
        requests.push({
          kind: 'group',
          id,
          command: 'CreateGroup',
          input: { UserPoolId: userPoolId, GroupName: rest.GroupName ?? id, ...rest },
        })
        break
      }
      case 'AWS::Cognito::ManagedLoginBranding': {
        const { ReturnMergedResources: _merged, Assets, ...branding } = rest
        const assets = (Assets as Record<string, unknown>[] | undefined)?.map((a) => ({
          ...a,
          ...(a.Bytes !== undefined ? { Bytes: base64Bytes(a.Bytes) } : {}),
        }))
        requests.push({
          kind: 'managedLoginBranding',
          id: step?.id ?? logicalId,
          command: 'CreateManagedLoginBranding',
          input: { UserPoolId: userPoolId, ...branding, ...(assets !== undefined ? { Assets: assets } : {}) },
        })
        break
      }
      case 'AWS::Cognito::UserPoolRiskConfigurationAttachment': {
        const { ClientId, ...risk } = rest
        requests.push({
          kind: 'riskConfiguration',
          id: step?.id ?? logicalId,
          command: 'SetRiskConfiguration',
          input: { UserPoolId: userPoolId, ...(ClientId !== 'ALL' ? { ClientId } : {}), ...risk },
        })
        break
      }
      case 'AWS::Cognito::UserPoolUICustomizationAttachment': {
        const { ClientId, ...ui } = rest
        requests.push({
          kind: 'uiCustomization',
          id: step?.id ?? logicalId,
          command: 'SetUICustomization',
          input: { UserPoolId: userPoolId, ...(ClientId !== 'ALL' ? { ClientId } : {}), ...ui },
        })
        break
      }
      case 'AWS::Cognito::LogDeliveryConfiguration':
        requests.push({
          kind: 'logDelivery',
          id: LOG_DELIVERY_ID,
          command: 'SetLogDeliveryConfiguration',
          input: { UserPoolId: userPoolId, ...rest },
        })
        break
      default:
        issues.push({
          path: `Resources.${logicalId}`,
          rule: 'SdkUnsupportedResource',
          message: `${resource.Type} is not a Cognito API object; create it yourself and pass its ARN (e.g. smsRole) instead`,
        })
    }
  }
  if (issues.length > 0) throw new DefinitionValidationError(issues, { code: 'ERR_SDK_UNSUPPORTED' })
  return requests
}
