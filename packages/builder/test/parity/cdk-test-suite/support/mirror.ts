/**
 * The CDK's own `aws-cognito` unit tests, replayed: one description of a test's settings, written
 * with the names a CDK user types (`Mfa.REQUIRED`, `UserPoolEmail.withSES(...)`,
 * `OAuthScope.resourceServer(server, scope)`, ...), built once with aws-cdk-lib and once with the
 * builder's public API. Each side fills `a.m` with its own module, so a name the builder lacks fails
 * the test.
 */
import * as cdk from 'aws-cdk-lib'
import * as acm from 'aws-cdk-lib/aws-certificatemanager'
import * as cognito from 'aws-cdk-lib/aws-cognito'
import { expect } from 'vitest'
import * as ours from '../../../../src/index.js'
import { synthCdk } from '../../../support/cdk-oracle.js'
import { arnOf, type ParityCase, type StandIns } from '../../support/parity.js'

process.env.JSII_DEPRECATED = 'quiet'

/** What a test may use; each side fills it with its own. */
export interface Api {
  readonly kind: 'cdk' | 'ours'
  /** The module: `aws-cdk-lib/aws-cognito` plus `Duration`/`RemovalPolicy`/`SecretValue`, or `@cognito-kit/builder`. */
  readonly m: any
  /** A Lambda function: a stand-in construct for the CDK, its `Fn::GetAtt` ARN for the builder. */
  fn(id: string): any
  /** An IAM role (stand-in / ARN). */
  role(id: string): any
  /** A KMS key (stand-in / ARN). */
  key(id: string): any
  /** `Role.fromRoleArn` / the ARN. */
  importedRole(id: string, arn: string): any
  /** `Certificate.fromCertificateArn` / the ARN. */
  certificate(id: string, arn: string): any
}

export type IdpKind = 'amazon' | 'facebook' | 'google' | 'apple' | 'oidc' | 'saml'

/** What a test does to its pool; `standalone` children are built with their own constructor at stack level. */
export interface PoolOps {
  readonly a: Api
  /** `addTrigger(operation, fn, version)` / `withTrigger(operation, arn, version)`, with `a.m.UserPoolOperation.X`. */
  trigger(operation: any, fn: any, version?: any): void
  client(id: string, options?: any, standalone?: boolean): void
  domain(id: string, options: any, standalone?: boolean): void
  group(id: string, options?: any, standalone?: boolean): void
  /** Returns what `OAuthScope.resourceServer` takes on this side. */
  resourceServer(id: string, options: any, standalone?: boolean): any
  idp(kind: IdpKind, id: string, props: any): void
}

const IDP_CLASSES: Record<IdpKind, string> = {
  amazon: 'UserPoolIdentityProviderAmazon',
  facebook: 'UserPoolIdentityProviderFacebook',
  google: 'UserPoolIdentityProviderGoogle',
  apple: 'UserPoolIdentityProviderApple',
  oidc: 'UserPoolIdentityProviderOidc',
  saml: 'UserPoolIdentityProviderSaml',
}

const STANDALONE_CLASSES = {
  client: 'UserPoolClient',
  domain: 'UserPoolDomain',
  group: 'UserPoolGroup',
  resourceServer: 'UserPoolResourceServer',
} as const

const cdkModule = { ...cognito, Duration: cdk.Duration, RemovalPolicy: cdk.RemovalPolicy, SecretValue: cdk.SecretValue }

function cdkApi(stack: cdk.Stack, standIns: StandIns): Api {
  return {
    kind: 'cdk',
    m: cdkModule,
    fn: (id) => standIns.fn(id),
    role: (id) => standIns.role(id),
    key: (id) => standIns.key(id),
    importedRole: (id, arn) => cdk.aws_iam.Role.fromRoleArn(stack, id, arn),
    certificate: (id, arn) => acm.Certificate.fromCertificateArn(stack, id, arn),
  }
}

const ourApi: Api = {
  kind: 'ours',
  m: ours,
  fn: (id) => arnOf(id),
  role: (id) => arnOf(id),
  key: (id) => arnOf(id),
  importedRole: (_id, arn) => arn,
  certificate: (_id, arn) => arn,
}

/** Options of {@link mirror}. */
export interface MirrorOptions {
  /** Pool construct id. @default 'Pool' */
  readonly poolId?: string
  /** The pool's props. */
  readonly props?: (a: Api) => Record<string, unknown>
  readonly env?: { account?: string; region?: string }
  readonly stackId?: string
  /** Ids of children the test builds with their own constructor (`new UserPoolClient(stack, id, { userPool })`). */
  readonly standalone?: readonly string[]
  /** Tags (`Tags.of(pool).add` / `withTags`). */
  readonly tags?: Record<string, string>
}

function cdkSide(stack: cdk.Stack, standIns: StandIns, options: MirrorOptions, build?: (p: PoolOps) => void): void {
  const a = cdkApi(stack, standIns)
  const pool = new cognito.UserPool(stack, options.poolId ?? 'Pool', (options.props?.(a) ?? {}) as never)
  for (const [k, v] of Object.entries(options.tags ?? {})) cdk.Tags.of(pool).add(k, v)
  const child = (kind: keyof typeof STANDALONE_CLASSES, id: string, o: any, standalone?: boolean) =>
    standalone
      ? new (cognito as any)[STANDALONE_CLASSES[kind]](stack, id, { userPool: pool, ...o })
      : {
          client: () => pool.addClient(id, o),
          domain: () => pool.addDomain(id, o),
          group: () => pool.addGroup(id, o ?? {}),
          resourceServer: () => pool.addResourceServer(id, o),
        }[kind]()
  build?.({
    a,
    trigger: (op, fn, version) => pool.addTrigger(op, fn, version),
    client: (id, o, s) => void child('client', id, o, s),
    domain: (id, o, s) => void child('domain', id, o, s),
    group: (id, o, s) => void child('group', id, o, s),
    resourceServer: (id, o, s) => child('resourceServer', id, o, s),
    idp: (kind, id, props) => void new (cognito as any)[IDP_CLASSES[kind]](stack, id, { userPool: pool, ...props }),
  })
}

function ourSide(options: MirrorOptions, build?: (p: PoolOps) => void): ours.UserPoolBuilder<any, any, any> {
  let pool: any = ours.userPool(options.poolId ?? 'Pool', (options.props?.(ourApi) ?? {}) as ours.UserPoolProps)
  if (options.tags) pool = pool.withTags(options.tags)
  build?.({
    a: ourApi,
    trigger: (op, fn, version) => {
      pool = pool.withTrigger(op, fn, version)
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
    resourceServer: (id, o) => {
      pool = pool.withResourceServer(id, o)
      return o
    },
    idp: (kind, id, props) => {
      pool = pool.withIdentityProvider(kind, id, props)
    },
  })
  return pool
}

/** A parity case: the same pool (and children) through the CDK and through `userPool(...)`. */
export function mirror(build?: (p: PoolOps) => void, options: MirrorOptions = {}): ParityCase {
  const constructPaths = Object.fromEntries((options.standalone ?? []).map((id) => [id, [id]]))
  return {
    ...(options.env ? { env: options.env } : {}),
    ...(options.stackId ? { stackId: options.stackId } : {}),
    ...(options.standalone?.length ? { constructPaths } : {}),
    cdk: (stack, _l, standIns) => cdkSide(stack, standIns, options, build),
    ours: () => ourSide(options, build),
  }
}

/** What each side said about settings that must be refused. */
export interface Refusals {
  readonly cdk: { readonly code: string; readonly message: string }
  readonly ours: readonly { readonly path: string; readonly rule: string; readonly message: string }[]
}

function throwaway(stack: cdk.Stack): StandIns {
  return {
    fn: (id) =>
      new cdk.aws_lambda.Function(stack, id, {
        runtime: cdk.aws_lambda.Runtime.NODEJS_20_X,
        handler: 'index.handler',
        code: cdk.aws_lambda.Code.fromInline('x'),
      }),
    role: (id) => new cdk.aws_iam.Role(stack, id, { assumedBy: new cdk.aws_iam.ServicePrincipal('foo') }),
    key: (id) => new cdk.aws_kms.Key(stack, id),
  }
}

/**
 * Builds the same (bad) settings on both sides. Both must refuse: the CDK by throwing, the builder
 * with a `DefinitionValidationError` at `userPool()`, a `with*` call or `toCloudFormation()`.
 */
export function refusals(build?: (p: PoolOps) => void, options: MirrorOptions = {}): Refusals {
  let cdkError: Error | undefined
  try {
    synthCdk((stack) => cdkSide(stack, throwaway(stack), options, build), {
      ...(options.env ? { env: options.env } : {}),
    })
  } catch (e) {
    cdkError = e as Error
  }
  if (!cdkError) throw new Error('the CDK accepted the settings')
  let ourError: unknown
  try {
    ourSide(options, build).toCloudFormation()
  } catch (e) {
    ourError = e
  }
  if (!(ourError instanceof ours.DefinitionValidationError))
    throw new Error(`the builder did not refuse with a DefinitionValidationError: ${String(ourError)}`)
  return { cdk: { code: cdkError.name, message: cdkError.message }, ours: ourError.issues }
}

/**
 * Both refuse, and the builder names the CDK's rule (its code) at `path`, with a message that starts
 * with the CDK's (without its final period) unless `sameMessage` is false.
 */
export function expectSameRefusal(r: Refusals, path: string, sameMessage = true): void {
  const issue = r.ours.find((i) => i.rule === r.cdk.code)
  expect(
    issue,
    `builder rules: ${r.ours.map((i) => `${i.path} ${i.rule}`).join(', ')}; CDK: ${r.cdk.code}`,
  ).toBeDefined()
  expect(issue?.path).toBe(path)
  if (sameMessage) {
    const expected = r.cdk.message.replace(/\.$/, '')
    expect(issue?.message.startsWith(expected), `builder: ${issue?.message}\nCDK:     ${r.cdk.message}`).toBe(true)
  }
}

/** Only the builder is asked: it must refuse with `rule` at `path` (the CDK accepts; a DEVIATIONS.md row). */
export function ourRefusal(build?: (p: PoolOps) => void, options: MirrorOptions = {}) {
  try {
    ourSide(options, build).toCloudFormation()
  } catch (e) {
    if (e instanceof ours.DefinitionValidationError) return e.issues
    throw e
  }
  throw new Error('the builder accepted the settings')
}

/** Only the CDK: it accepts the settings (for a row the builder refuses on purpose). */
export function cdkAccepts(build?: (p: PoolOps) => void, options: MirrorOptions = {}): void {
  synthCdk((stack) => cdkSide(stack, throwaway(stack), options, build), {
    ...(options.env ? { env: options.env } : {}),
  })
}

/** Every standard attribute a client may read or write, all on (the CDK tests' full list). */
export const ALL_STANDARD_ATTRIBUTES = {
  address: true,
  birthdate: true,
  email: true,
  emailVerified: true,
  familyName: true,
  fullname: true,
  gender: true,
  givenName: true,
  lastUpdateTime: true,
  locale: true,
  middleName: true,
  nickname: true,
  phoneNumber: true,
  phoneNumberVerified: true,
  preferredUsername: true,
  profilePage: true,
  profilePicture: true,
  timezone: true,
  website: true,
} as const
