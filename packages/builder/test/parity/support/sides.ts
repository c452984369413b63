/**
 * One description of a pool's settings, built twice: with the CDK's classes and enums, and with
 * the builder's. Rows written once cannot drift apart.
 */
import type * as cdk from 'aws-cdk-lib'
import { Construct } from 'constructs'
import * as ours from '../../../src/index.js'
import { lib, synthCdk } from '../../support/cdk-oracle.js'
import { arnOf, type ParityCase, type StandIns } from './parity.js'

// Keep the CDK's deprecation warnings (advancedSecurityMode) out of the test output.
process.env.JSII_DEPRECATED = 'quiet'

type AccountRecoveryName = keyof typeof ours.AccountRecovery

/** What a row may use to describe settings. */
export interface Side {
  readonly kind: 'cdk' | 'ours'
  readonly Duration: {
    days(n: number): unknown
    hours(n: number): unknown
    minutes(n: number): unknown
    seconds(n: number): unknown
  }
  readonly StringAttribute: new (props?: { minLen?: number; maxLen?: number; mutable?: boolean }) => unknown
  readonly NumberAttribute: new (props?: { min?: number; max?: number; mutable?: boolean }) => unknown
  readonly BooleanAttribute: new (props?: { mutable?: boolean }) => unknown
  readonly DateTimeAttribute: new (props?: { mutable?: boolean }) => unknown
  readonly UserPoolEmail: {
    withCognito(replyTo?: string): unknown
    withSES(options: {
      fromEmail: string
      fromName?: string
      replyTo?: string
      configurationSetName?: string
      sesRegion?: string
      sesVerifiedDomain?: string
    }): unknown
  }
  accountRecovery(name: AccountRecoveryName): unknown
  /** A Lambda function: a stand-in construct for the CDK, its `Fn::GetAtt` ARN for the builder. */
  fn(id: string): unknown
  /** An IAM role (stand-in / ARN). */
  role(id: string): unknown
  /** A KMS key (stand-in / ARN). */
  key(id: string): unknown
}

const cdkSide = (standIns: StandIns): Side => ({
  kind: 'cdk',
  Duration: lib.cdk.Duration,
  StringAttribute: lib.cognito.StringAttribute,
  NumberAttribute: lib.cognito.NumberAttribute,
  BooleanAttribute: lib.cognito.BooleanAttribute,
  DateTimeAttribute: lib.cognito.DateTimeAttribute,
  UserPoolEmail: lib.cognito.UserPoolEmail,
  accountRecovery: (name) => lib.cognito.AccountRecovery[name],
  fn: (id) => standIns.fn(id),
  role: (id) => standIns.role(id),
  key: (id) => standIns.key(id),
})

const ourSide: Side = {
  kind: 'ours',
  Duration: ours.Duration,
  StringAttribute: ours.StringAttribute,
  NumberAttribute: ours.NumberAttribute,
  BooleanAttribute: ours.BooleanAttribute,
  DateTimeAttribute: ours.DateTimeAttribute,
  UserPoolEmail: ours.UserPoolEmail,
  accountRecovery: (name) => ours.AccountRecovery[name],
  fn: (id) => arnOf(id),
  role: (id) => arnOf(id),
  key: (id) => arnOf(id),
}

/** Options of {@link sameSettings}. */
export interface SameSettingsOptions {
  /** Pool construct id. @default 'P' */
  readonly id?: string
  readonly env?: { account?: string; region?: string }
  /** Tags put with `Tags.of(pool)` / `withTags()`. */
  readonly tags?: Record<string, string>
  readonly stackId?: string
  /** Constructs between the stack and the pool (`new Construct(stack, 'Auth')`). */
  readonly scope?: readonly string[]
}

/** A parity case for `new UserPool(stack, id, props)` vs `userPool(id, props)` with the same props. */
export function sameSettings(
  props: (s: Side) => Record<string, unknown>,
  options: SameSettingsOptions = {},
): ParityCase {
  const id = options.id ?? 'P'
  return {
    ...(options.env ? { env: options.env } : {}),
    ...(options.stackId ? { stackId: options.stackId } : {}),
    ...(options.scope ? { scope: options.scope } : {}),
    cdk: (stack: cdk.Stack, l, standIns) => {
      let parent: Construct = stack
      for (const part of options.scope ?? []) parent = new Construct(parent, part)
      const pool = new l.cognito.UserPool(parent, id, props(cdkSide(standIns)) as cdk.aws_cognito.UserPoolProps)
      for (const [k, v] of Object.entries(options.tags ?? {})) l.cdk.Tags.of(pool).add(k, v)
    },
    ours: () => {
      const pool = ours.userPool(id, props(ourSide) as ours.UserPoolProps)
      return options.tags ? pool.withTags(options.tags) : pool
    },
  }
}

/** The builder's side, for rows that check our behaviour alone. */
export const OUR_SIDE = ourSide

/** What each side said about settings that must be refused. */
export interface Refusal {
  readonly cdk: { readonly code: string; readonly message: string }
  readonly ours: readonly { readonly path: string; readonly rule: string; readonly message: string }[]
}

/**
 * Builds the same (bad) settings on both sides; `then` continues each side (e.g. `addTrigger`).
 * The builder side counts as refusing when `userPool()`, a `with*` call or `toCloudFormation()` throws.
 */
export function sameRefusal(
  props: (s: Side) => Record<string, unknown>,
  then?: {
    cdk?: (pool: cdk.aws_cognito.UserPool, s: Side) => void
    ours?: (pool: ours.UserPoolBuilder<any, any, any>, s: Side) => ours.UserPoolBuilder<any, any, any>
  },
): Refusal {
  let cdkError: Error | undefined
  try {
    synthCdk((stack, l) => {
      const standIns: StandIns = {
        fn: (id) =>
          new l.lambda.Function(stack, id, {
            runtime: l.lambda.Runtime.NODEJS_20_X,
            handler: 'index.handler',
            code: l.lambda.Code.fromInline('x'),
          }),
        role: (id) => new l.iam.Role(stack, id, { assumedBy: new l.iam.ServicePrincipal('foo') }),
        key: (id) => new l.kms.Key(stack, id),
      }
      const side = cdkSide(standIns)
      const pool = new l.cognito.UserPool(stack, 'P', props(side) as cdk.aws_cognito.UserPoolProps)
      then?.cdk?.(pool, side)
    })
  } catch (e) {
    cdkError = e as Error
  }
  if (!cdkError) throw new Error('the CDK accepted the settings')
  let ourError: unknown
  try {
    const pool = ours.userPool('P', props(ourSide) as ours.UserPoolProps)
    ;(then?.ours ? then.ours(pool, ourSide) : pool).toCloudFormation()
  } catch (e) {
    ourError = e
  }
  if (!(ourError instanceof ours.DefinitionValidationError))
    throw new Error(`the builder did not refuse: ${String(ourError)}`)
  return { cdk: { code: cdkError.name, message: cdkError.message }, ours: ourError.issues }
}
