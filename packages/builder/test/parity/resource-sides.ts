/**
 * One description of a pool's clients, domains, resource servers, groups and identity providers,
 * built twice: with the CDK's constructs and with the builder. Rows written once cannot drift apart.
 */
import * as cdk from 'aws-cdk-lib'
import * as acm from 'aws-cdk-lib/aws-certificatemanager'
import { expect } from 'vitest'
import * as ours from '../../src/index.js'
import { checkTemplate } from '../support/cfn-spec.js'
import { arnOf, cdkResources, ourTemplate, type ParityCase } from './support/parity.js'

process.env.JSII_DEPRECATED = 'quiet'

/** The classes and helpers a row may use; each side fills them with its own. */
export interface ResourceSide {
  readonly kind: 'cdk' | 'ours'
  readonly Duration: any
  readonly OAuthScope: any
  readonly ClientAttributes: any
  readonly UserPoolClientIdentityProvider: any
  readonly ResourceServerScope: any
  readonly ProviderAttribute: any
  readonly ManagedLoginVersion: any
  readonly OidcAttributeRequestMethod: any
  readonly SigningAlgorithm: any
  readonly StringAttribute: any
  readonly UserPoolIdentityProviderSamlMetadata: any
  /** An IAM role: a stand-in construct for the CDK, its `Fn::GetAtt` ARN for the builder. */
  role(id: string): any
  /** An imported role by ARN. */
  roleArn(arn: string): any
  /** An imported ACM certificate by ARN. */
  certificate(arn: string): any
  /** A Secrets Manager secret: a `SecretValue` for the CDK, the dynamic reference for the builder. */
  secret(name: string): any
  /** A plain-text secret. */
  plain(value: string): any
}

/** The pool-level operations a row performs. */
export interface PoolSide {
  readonly s: ResourceSide
  /** Adds a resource server; returns what `OAuthScope.resourceServer` takes on this side. */
  resourceServer(id: string, options: any): any
  client(id: string, options?: any): void
  domain(id: string, options: any): void
  group(id: string, options?: any): void
  /** Adds an identity provider (at stack level for the CDK, as its examples do). */
  idp(kind: 'amazon' | 'facebook' | 'google' | 'apple' | 'oidc' | 'saml', id: string, props: any): void
}

const IDP_CLASSES = {
  amazon: 'UserPoolIdentityProviderAmazon',
  facebook: 'UserPoolIdentityProviderFacebook',
  google: 'UserPoolIdentityProviderGoogle',
  apple: 'UserPoolIdentityProviderApple',
  oidc: 'UserPoolIdentityProviderOidc',
  saml: 'UserPoolIdentityProviderSaml',
} as const

/** Builds the same scenario with the CDK (`pool = new UserPool(stack, poolId)`) and with `userPool(poolId)`. */
export function scenario(
  build: (p: PoolSide) => void,
  options: { poolId?: string; poolProps?: (s: ResourceSide) => any } = {},
): ParityCase {
  const poolId = options.poolId ?? 'P'
  return {
    cdk: (stack, l, standIns) => {
      const s: ResourceSide = {
        kind: 'cdk',
        Duration: l.cdk.Duration,
        OAuthScope: l.cognito.OAuthScope,
        ClientAttributes: l.cognito.ClientAttributes,
        UserPoolClientIdentityProvider: l.cognito.UserPoolClientIdentityProvider,
        ResourceServerScope: l.cognito.ResourceServerScope,
        ProviderAttribute: l.cognito.ProviderAttribute,
        ManagedLoginVersion: l.cognito.ManagedLoginVersion,
        OidcAttributeRequestMethod: l.cognito.OidcAttributeRequestMethod,
        SigningAlgorithm: l.cognito.SigningAlgorithm,
        StringAttribute: l.cognito.StringAttribute,
        UserPoolIdentityProviderSamlMetadata: l.cognito.UserPoolIdentityProviderSamlMetadata,
        role: (id) => standIns.role(id),
        roleArn: (arn) => l.iam.Role.fromRoleArn(stack, `Imported${arn.length}${arn.slice(-6)}`, arn),
        certificate: (arn) => acm.Certificate.fromCertificateArn(stack, `Cert${arn.slice(-6)}`, arn),
        secret: (name) => cdk.SecretValue.secretsManager(name),
        plain: (value) => cdk.SecretValue.unsafePlainText(value),
      }
      const pool = new l.cognito.UserPool(stack, poolId, options.poolProps?.(s) ?? {})
      build({
        s,
        resourceServer: (id, o) => pool.addResourceServer(id, o),
        client: (id, o) => void pool.addClient(id, o),
        domain: (id, o) => void pool.addDomain(id, o),
        group: (id, o) => void pool.addGroup(id, o ?? {}),
        idp: (kind, id, props) =>
          void new (l.cognito as any)[IDP_CLASSES[kind]](stack, id, { userPool: pool, ...props }),
      })
    },
    ours: () => {
      const s: ResourceSide = {
        kind: 'ours',
        Duration: ours.Duration,
        OAuthScope: ours.OAuthScope,
        ClientAttributes: ours.ClientAttributes,
        UserPoolClientIdentityProvider: ours.UserPoolClientIdentityProvider,
        ResourceServerScope: ours.ResourceServerScope,
        ProviderAttribute: ours.ProviderAttribute,
        ManagedLoginVersion: ours.ManagedLoginVersion,
        OidcAttributeRequestMethod: ours.OidcAttributeRequestMethod,
        SigningAlgorithm: ours.SigningAlgorithm,
        StringAttribute: ours.StringAttribute,
        UserPoolIdentityProviderSamlMetadata: ours.UserPoolIdentityProviderSamlMetadata,
        role: (id) => arnOf(id),
        roleArn: (arn) => arn,
        certificate: (arn) => arn,
        secret: (name) => `{{resolve:secretsmanager:${name}:SecretString:::}}`,
        plain: (value) => value,
      }
      let pool: any = ours.userPool(poolId, options.poolProps?.(s) ?? {})
      build({
        s,
        resourceServer: (id, o) => {
          pool = pool.withResourceServer(id, o)
          return o
        },
        client: (id, o) => {
          pool = pool.withClient(id, o)
        },
        domain: (id, o) => {
          pool = pool.withDomain(id, o)
        },
        group: (id, o) => {
          pool = pool.withGroup(id, o)
        },
        idp: (kind, id, props) => {
          // The builder takes secrets as strings; a CDK SecretValue row passes the same text.
          pool = pool.withIdentityProvider(kind, id, props)
        },
      })
      return pool
    },
  }
}

/**
 * Parity with a deliberate deviation: `adjust` turns the CDK's resources into what the builder
 * emits on purpose (listed in DEVIATIONS.md); everything else must be identical, byte for byte.
 */
export function expectParityExcept(
  c: ParityCase,
  adjust: (resources: Record<string, any>) => Record<string, any>,
): void {
  const expected = adjust(structuredClone(cdkResources(c)))
  const template = ourTemplate(c)
  expect(Object.keys(template.Resources).sort()).toEqual(Object.keys(expected).sort())
  for (const [id, resource] of Object.entries(expected)) {
    expect(template.Resources[id], id).toEqual(resource)
    expect(JSON.stringify(template.Resources[id]), id).toBe(JSON.stringify(resource))
  }
  expect(checkTemplate(template)).toEqual([])
}

/** Inserts `DependsOn` right after `Properties` (the CDK's key order). */
export function withDependsOn(resource: any, dependsOn: string[]): any {
  const { Type, Properties, ...rest } = resource
  return { Type, Properties, DependsOn: dependsOn, ...rest }
}
