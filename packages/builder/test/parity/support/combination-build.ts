/**
 * Builds a {@link Combo} with the AWS CDK and with the builder, and derives what the builder must
 * emit from what the CDK emitted: the same resources, except where DEVIATIONS.md lists a
 * deliberate difference (each one applied here by name, so a combination shows which it used).
 */
import * as cdk from 'aws-cdk-lib'
import * as acm from 'aws-cdk-lib/aws-certificatemanager'
import * as cognito from 'aws-cdk-lib/aws-cognito'
import * as iam from 'aws-cdk-lib/aws-iam'
import * as kms from 'aws-cdk-lib/aws-kms'
import * as lambda from 'aws-cdk-lib/aws-lambda'
import * as pinpoint from 'aws-cdk-lib/aws-pinpoint'
import { Construct, type IConstruct } from 'constructs'
import * as ours from '../../../src/index.js'
import { cdkLogicalId } from '../../../src/internal/logical-id.js'
import { type CdkTemplate, synthCdk } from '../../support/cdk-oracle.js'
import { type Combo, type IdpKind, isSpecial, type Special, type Step, type Value } from './combination-spec.js'

process.env.JSII_DEPRECATED = 'quiet'

/** A URL both sides compute for a domain (and a client, for sign-in URLs). */
export type UrlCheck =
  | { readonly kind: 'baseUrl'; readonly domain: string; readonly fips: boolean }
  | {
      readonly kind: 'signInUrl'
      readonly domain: string
      readonly client: string
      readonly redirectUri: string
      readonly fips: boolean
      readonly signInPath?: string
    }

const IDP_CLASSES: Readonly<Record<IdpKind, string>> = {
  amazon: 'UserPoolIdentityProviderAmazon',
  facebook: 'UserPoolIdentityProviderFacebook',
  google: 'UserPoolIdentityProviderGoogle',
  apple: 'UserPoolIdentityProviderApple',
  oidc: 'UserPoolIdentityProviderOidc',
  saml: 'UserPoolIdentityProviderSaml',
}

/** Names Cognito fixes for the social providers. */
export const SOCIAL_NAMES: Readonly<Partial<Record<IdpKind, string>>> = {
  amazon: 'LoginWithAmazon',
  facebook: 'Facebook',
  google: 'Google',
  apple: 'SignInWithApple',
}

const CDK_DURATION = {
  millis: cdk.Duration.millis,
  seconds: cdk.Duration.seconds,
  minutes: cdk.Duration.minutes,
  hours: cdk.Duration.hours,
  days: cdk.Duration.days,
} as const
const OUR_DURATION = {
  millis: ours.Duration.millis,
  seconds: ours.Duration.seconds,
  minutes: ours.Duration.minutes,
  hours: ours.Duration.hours,
  days: ours.Duration.days,
} as const

const STAND_IN_CODE = 'exports.handler = async (e) => e'

/** `{ 'Fn::GetAtt': [<logical id of a stack-level L2 stand-in>, 'Arn'] }`. */
const standInArn = (id: string) => ({ 'Fn::GetAtt': [cdkLogicalId([id, 'Resource']), 'Arn'] })

const resourceServerOf = (combo: Combo, id: string) => {
  const step = combo.steps.find((s) => s.kind === 'resourceServer' && s.id === id)
  if (step?.kind !== 'resourceServer') throw new Error(`no resource server ${id} in the combination`)
  return step.options
}

/** Turns tagged values into the CDK's objects (creating stand-in constructs on the way). */
function cdkMaterializer(
  stack: cdk.Stack,
  standIns: IConstruct[],
  servers: Map<string, cognito.UserPoolResourceServer>,
  providers: Map<string, cognito.IUserPoolIdentityProvider>,
) {
  const memo = new Map<string, unknown>()
  const once = <T>(key: string, make: () => T): T => {
    if (!memo.has(key)) memo.set(key, make())
    return memo.get(key) as T
  }
  const register = <T extends IConstruct>(c: T): T => {
    standIns.push(c)
    return c
  }
  const lib = (cls: string): any => (cls === 'RemovalPolicy' ? cdk.RemovalPolicy : (cognito as any)[cls])
  const special = (v: Special): unknown => {
    switch (v.$) {
      case 'duration':
        return CDK_DURATION[v.unit](v.amount)
      case 'member':
        return lib(v.cls)[v.member]
      case 'call':
        return lib(v.cls)[v.method](...v.args.map(mat))
      case 'new':
        return new (cognito as any)[v.cls](mat(v.props))
      case 'clientAttributes':
        return new cognito.ClientAttributes()
          .withStandardAttributes(v.standard as cognito.StandardAttributesMask)
          .withCustomAttributes(...v.custom)
      case 'rsScope': {
        const server = servers.get(v.server)
        if (server === undefined) throw new Error(`resource server ${v.server} is used before it is added`)
        return cognito.OAuthScope.resourceServer(
          server,
          new cognito.ResourceServerScope({ scopeName: v.scope, scopeDescription: v.scope }),
        )
      }
      case 'fn':
        return once(`fn:${v.id}`, () =>
          register(
            new lambda.Function(stack, v.id, {
              runtime: lambda.Runtime.NODEJS_20_X,
              handler: 'index.handler',
              code: lambda.Code.fromInline(STAND_IN_CODE),
            }),
          ),
        )
      case 'role':
        return once(`role:${v.id}`, () =>
          register(new iam.Role(stack, v.id, { assumedBy: new iam.ServicePrincipal('foo') })),
        )
      case 'key':
        return once(`key:${v.id}`, () => register(new kms.Key(stack, v.id)))
      case 'pinpoint':
        return once(`pinpoint:${v.id}`, () => register(new pinpoint.CfnApp(stack, v.id, { name: v.id })))
      case 'fnArn':
        return once(`fnArn:${v.arn}`, () => lambda.Function.fromFunctionArn(stack, `ImportedFn${memo.size}`, v.arn))
      case 'roleArn':
        return once(`roleArn:${v.arn}`, () => iam.Role.fromRoleArn(stack, `ImportedRole${memo.size}`, v.arn))
      case 'keyArn':
        return once(`keyArn:${v.arn}`, () => kms.Key.fromKeyArn(stack, `ImportedKey${memo.size}`, v.arn))
      case 'cert':
        return once(`cert:${JSON.stringify(v.arn)}`, () =>
          acm.Certificate.fromCertificateArn(stack, `ImportedCert${memo.size}`, mat(v.arn)),
        )
      case 'providerName': {
        const provider = providers.get(v.id)
        if (provider === undefined) throw new Error(`identity provider ${v.id} is used before it is added`)
        return provider.providerName
      }
      case 'import':
        return v.asNumber ? cdk.Token.asNumber(cdk.Fn.importValue(v.name)) : cdk.Fn.importValue(v.name)
      case 'secret':
        return v.kind === 'secretsManager'
          ? cdk.SecretValue.secretsManager(v.value)
          : cdk.SecretValue.unsafePlainText(v.value)
    }
  }
  const mat = (v: Value): any => {
    if (Array.isArray(v)) return v.map(mat)
    if (isSpecial(v)) return special(v)
    if (typeof v === 'object' && v !== null) {
      return Object.fromEntries(
        Object.entries(v)
          .filter(([, x]) => x !== undefined)
          .map(([k, x]) => [k, mat(x)]),
      )
    }
    return v
  }
  return mat
}

/** Turns tagged values into what the builder takes (ARNs, intrinsics, its own classes). */
function ourMaterializer(combo: Combo, pool: () => ours.UserPoolBuilder<any, any, any>) {
  const lib = (cls: string): any => (ours as any)[cls]
  const special = (v: Special): unknown => {
    switch (v.$) {
      case 'duration':
        return OUR_DURATION[v.unit](v.amount)
      case 'member':
        return lib(v.cls)[v.member]
      case 'call':
        return lib(v.cls)[v.method](...v.args.map(mat))
      case 'new':
        return new (ours as any)[v.cls](mat(v.props))
      case 'clientAttributes':
        return new ours.ClientAttributes()
          .withStandardAttributes(v.standard as ours.StandardAttributesMask)
          .withCustomAttributes(...v.custom)
      case 'rsScope':
        return ours.OAuthScope.resourceServer(resourceServerOf(combo, v.server).identifier, v.scope)
      case 'fn':
      case 'role':
      case 'key':
        return standInArn(v.id)
      case 'pinpoint':
        return { 'Fn::GetAtt': [cdkLogicalId([v.id]), 'Arn'] }
      case 'fnArn':
      case 'roleArn':
      case 'keyArn':
      case 'cert':
        return mat(v.arn)
      case 'providerName':
        return pool().identityProviderName(v.id, renderOptions(combo))
      case 'import':
        return { 'Fn::ImportValue': v.name }
      case 'secret':
        return v.kind === 'secretsManager' ? `{{resolve:secretsmanager:${v.value}:SecretString:::}}` : v.value
    }
  }
  const mat = (v: Value): any => {
    if (Array.isArray(v)) return v.map(mat)
    if (isSpecial(v)) return special(v)
    if (typeof v === 'object' && v !== null) {
      return Object.fromEntries(
        Object.entries(v)
          .filter(([, x]) => x !== undefined)
          .map(([k, x]) => [k, mat(x)]),
      )
    }
    return v
  }
  return mat
}

/** What the CDK synthesized: resources without stand-ins, and the URLs asked for. */
export interface CdkSide {
  readonly resources: CdkTemplate['Resources']
  readonly urls: readonly unknown[]
}

/** Builds the combination with the CDK (the pool as `new UserPool(<scope>, poolId, props)`). */
export function buildWithCdk(combo: Combo, urls: readonly UrlCheck[] = []): CdkSide {
  const drop = new Set<string>()
  const resolved: unknown[] = []
  const template = synthCdk(
    (stack) => {
      const standIns: IConstruct[] = []
      const servers = new Map<string, cognito.UserPoolResourceServer>()
      const providers = new Map<string, cognito.IUserPoolIdentityProvider>()
      const mat = cdkMaterializer(stack, standIns, servers, providers)
      let parent: Construct = stack
      for (const part of combo.scope ?? []) parent = new Construct(parent, part)
      const pool = new cognito.UserPool(parent, combo.poolId, mat(combo.props))
      for (const [k, v] of Object.entries(combo.tags ?? {})) cdk.Tags.of(pool).add(k, v)
      const clients = new Map<string, cognito.UserPoolClient>()
      const domains = new Map<string, cognito.UserPoolDomain>()
      // A child's parent construct and its own id: under the pool (pool.addX), beside the pool
      // (providers), or where `constructPaths` puts it (constructed on its own).
      const placed = (id: string, fallback: readonly string[]): [Construct, string] => {
        const path = combo.constructPaths?.[id] ?? [...fallback, id]
        let node: Construct = stack
        for (const part of path.slice(0, -1))
          node = (node.node.tryFindChild(part) as Construct) ?? new Construct(node, part)
        return [node, path[path.length - 1] as string]
      }
      const underPool = [...(combo.scope ?? []), combo.poolId]
      for (const step of combo.steps) {
        switch (step.kind) {
          case 'trigger':
            pool.addTrigger(
              // The CDK has no constant for the inbound-federation trigger; `of()` makes one (Q17).
              step.operation === 'INBOUND_FEDERATION'
                ? cognito.UserPoolOperation.of('inboundFederation')
                : (cognito.UserPoolOperation as any)[step.operation],
              mat(step.fn),
              step.version === undefined ? undefined : cognito.LambdaVersion[step.version],
            )
            break
          case 'client':
            clients.set(
              step.id,
              new cognito.UserPoolClient(...placed(step.id, underPool), { userPool: pool, ...mat(step.options) }),
            )
            break
          case 'domain':
            domains.set(
              step.id,
              new cognito.UserPoolDomain(...placed(step.id, underPool), { userPool: pool, ...mat(step.options) }),
            )
            break
          case 'resourceServer':
            servers.set(
              step.id,
              new cognito.UserPoolResourceServer(...placed(step.id, underPool), {
                userPool: pool,
                identifier: step.options.identifier,
                ...(step.options.userPoolResourceServerName !== undefined
                  ? { userPoolResourceServerName: step.options.userPoolResourceServerName }
                  : {}),
                ...(step.options.scopes !== undefined
                  ? { scopes: step.options.scopes.map((s) => new cognito.ResourceServerScope(s)) }
                  : {}),
              }),
            )
            break
          case 'group':
            new cognito.UserPoolGroup(...placed(step.id, underPool), { userPool: pool, ...mat(step.options) })
            break
          case 'idp':
            providers.set(
              step.id,
              new (cognito as any)[IDP_CLASSES[step.idpKind]](...placed(step.id, combo.scope ?? []), {
                userPool: pool,
                ...mat(step.props),
              }),
            )
            break
        }
      }
      for (const url of urls) {
        const domain = domains.get(url.domain) as cognito.UserPoolDomain
        resolved.push(
          stack.resolve(
            url.kind === 'baseUrl'
              ? domain.baseUrl({ fips: url.fips })
              : domain.signInUrl(clients.get(url.client) as cognito.UserPoolClient, {
                  redirectUri: url.redirectUri,
                  fips: url.fips,
                  ...(url.signInPath !== undefined ? { signInPath: url.signInPath } : {}),
                }),
          ),
        )
      }
      for (const construct of standIns) {
        for (const child of construct.node.findAll()) {
          if (child instanceof cdk.CfnElement) drop.add(stack.resolve(child.logicalId) as string)
        }
      }
    },
    { stackId: combo.stackId ?? 'S', ...(combo.env ? { env: combo.env } : {}) },
  )
  const resources = Object.fromEntries(Object.entries(template.Resources).filter(([id]) => !drop.has(id)))
  return { resources, urls: resolved }
}

/** The CDK's error code (`error.name`) for a combination it refuses, or `undefined` when it accepts it. */
export function cdkRefusal(combo: Combo): { code: string; message: string } | undefined {
  try {
    buildWithCdk(combo)
  } catch (e) {
    return { code: (e as Error).name, message: (e as Error).message }
  }
  return undefined
}

/** Builds the combination with the builder: `userPool(poolId, props)`, `withTags`, then each step's `with*`. */
export function buildOurs(combo: Combo): ours.UserPoolBuilder<any, any, any> {
  let pool: any
  const mat = ourMaterializer(combo, () => pool)
  pool = ours.userPool(combo.poolId, mat(combo.props))
  if (combo.tags !== undefined) pool = pool.withTags(combo.tags)
  for (const step of combo.steps) pool = applyStep(pool, step, mat)
  return pool
}

function applyStep(pool: any, step: Step, mat: (v: Value) => any): any {
  switch (step.kind) {
    case 'trigger':
      return pool.withTrigger((ours.UserPoolOperation as any)[step.operation], mat(step.fn), step.version)
    case 'client':
      return pool.withClient(step.id, mat(step.options))
    case 'domain':
      return pool.withDomain(step.id, mat(step.options))
    case 'resourceServer':
      return pool.withResourceServer(step.id, step.options)
    case 'group':
      return pool.withGroup(step.id, mat(step.options))
    case 'idp':
      return pool.withIdentityProvider(step.idpKind, step.id, mat(step.props))
  }
}

/** `toCloudFormation()` options matching {@link buildWithCdk}. */
export function renderOptions(combo: Combo): ours.RenderOptions {
  return {
    logicalIds: 'cdk',
    stackId: combo.stackId ?? 'S',
    ...(combo.env ? { env: combo.env } : {}),
    ...(combo.scope ? { scope: combo.scope } : {}),
    ...(combo.constructPaths ? { constructPaths: combo.constructPaths } : {}),
  }
}

/** The builder's values for the URL checks. */
export function ourUrls(pool: ours.UserPoolBuilder<any, any, any>, combo: Combo, urls: readonly UrlCheck[]): unknown[] {
  const options = renderOptions(combo)
  return urls.map((url) =>
    url.kind === 'baseUrl'
      ? pool.baseUrl(url.domain, { ...options, fips: url.fips })
      : pool.signInUrl(url.domain, url.client, {
          ...options,
          fips: url.fips,
          redirectUri: url.redirectUri,
          ...(url.signInPath !== undefined ? { signInPath: url.signInPath } : {}),
        }),
  )
}
