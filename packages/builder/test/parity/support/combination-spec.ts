/**
 * A pool configuration as plain data, built twice by `combination-build.ts`: with the CDK's
 * constructs and with the builder. Values that differ by side (durations, enums, classes, stand-in
 * constructs, tokens) are tagged with `$`; everything else is passed as it is. Being plain JSON, a
 * failing combination prints as something that can be pasted back into a test.
 */

/** Time units of `Duration` factories (`millis` is the CDK's name). */
export type DurationUnit = 'millis' | 'seconds' | 'minutes' | 'hours' | 'days'

/** Classes with a constructor both sides share. */
export type SharedClass = 'StringAttribute' | 'NumberAttribute' | 'BooleanAttribute' | 'DateTimeAttribute'

/** Classes and enums whose static members / factories both sides share. */
export type SharedStatic =
  | 'Mfa'
  | 'AccountRecovery'
  | 'VerificationEmailStyle'
  | 'LambdaVersion'
  | 'AdvancedSecurityMode'
  | 'FeaturePlan'
  | 'StandardThreatProtectionMode'
  | 'CustomThreatProtectionMode'
  | 'PasskeyUserVerification'
  | 'ManagedLoginVersion'
  | 'OidcAttributeRequestMethod'
  | 'SigningAlgorithm'
  | 'UserPoolOperation'
  | 'OAuthScope'
  | 'UserPoolClientIdentityProvider'
  | 'ProviderAttribute'
  | 'RemovalPolicy'
  | 'UserPoolEmail'
  | 'UserPoolIdentityProviderSamlMetadata'

/** A value that is built differently on each side. */
export type Special =
  | { readonly $: 'duration'; readonly unit: DurationUnit; readonly amount: number }
  /** `Cls.MEMBER` (enum value or static constant). */
  | { readonly $: 'member'; readonly cls: SharedStatic; readonly member: string }
  /** `Cls.method(...args)`. */
  | { readonly $: 'call'; readonly cls: SharedStatic; readonly method: string; readonly args: readonly Value[] }
  /** `new Cls(props)`. */
  | { readonly $: 'new'; readonly cls: SharedClass; readonly props: Value }
  /** `new ClientAttributes().withStandardAttributes(standard).withCustomAttributes(...custom)`. */
  | {
      readonly $: 'clientAttributes'
      readonly standard: { readonly [key: string]: boolean }
      readonly custom: readonly string[]
    }
  /** `OAuthScope.resourceServer(<server of step id>, <its scope>)`. */
  | { readonly $: 'rsScope'; readonly server: string; readonly scope: string }
  /** A stand-in construct created by the CDK test (the builder gets its `Fn::GetAtt … Arn`). */
  | { readonly $: 'fn' | 'role' | 'key' | 'pinpoint'; readonly id: string }
  /** An imported construct by ARN (the builder gets the ARN). */
  | { readonly $: 'fnArn' | 'roleArn' | 'keyArn'; readonly arn: string }
  /** An ACM certificate imported by ARN (a literal or a token). */
  | { readonly $: 'cert'; readonly arn: string | Special }
  /** A declared provider's name as a reference: the CDK's `provider.providerName`, the builder's `identityProviderName(id)`. */
  | { readonly $: 'providerName'; readonly id: string }
  /** `Fn.importValue(name)` / `{ 'Fn::ImportValue': name }`; `asNumber` for a number-typed prop (`Token.asNumber`). */
  | { readonly $: 'import'; readonly name: string; readonly asNumber?: true }
  /** A `SecretValue` for the CDK, its rendered text for the builder. */
  | { readonly $: 'secret'; readonly kind: 'secretsManager' | 'plain'; readonly value: string }

export type Value =
  | string
  | number
  | boolean
  | undefined
  | Special
  | readonly Value[]
  | { readonly [key: string]: Value }

export type IdpKind = 'amazon' | 'facebook' | 'google' | 'apple' | 'oidc' | 'saml'

/** One call on the pool, in the order the pool is built. */
export type Step =
  | {
      readonly kind: 'trigger'
      /** `UserPoolOperation` member (`PRE_SIGN_UP`). */
      readonly operation: string
      readonly fn: Value
      readonly version?: 'V1_0' | 'V2_0' | 'V3_0'
    }
  | { readonly kind: 'client'; readonly id: string; readonly options: { readonly [key: string]: Value } }
  | { readonly kind: 'domain'; readonly id: string; readonly options: { readonly [key: string]: Value } }
  | { readonly kind: 'resourceServer'; readonly id: string; readonly options: ResourceServerSpec }
  | { readonly kind: 'group'; readonly id: string; readonly options: { readonly [key: string]: Value } }
  | {
      readonly kind: 'idp'
      readonly idpKind: IdpKind
      readonly id: string
      readonly props: { readonly [key: string]: Value }
    }

export interface ResourceServerSpec {
  readonly identifier: string
  readonly userPoolResourceServerName?: string
  readonly scopes?: readonly { readonly scopeName: string; readonly scopeDescription: string }[]
}

/** A whole pool: props, tags, then the steps in order. */
export interface Combo {
  /** The CDK stack id (the builder's `stackId`). @default 'S' */
  readonly stackId?: string
  readonly poolId: string
  /** Construct ids between the stack and the pool. */
  readonly scope?: readonly string[]
  readonly env?: { readonly account?: string; readonly region?: string }
  readonly props: { readonly [key: string]: Value }
  readonly tags?: { readonly [key: string]: string }
  readonly steps: readonly Step[]
  /**
   * Children built with their own constructors at these construct paths (from the stack, ending
   * with the construct id) instead of `pool.addX(id)` / beside the pool (`RenderOptions.constructPaths`).
   */
  readonly constructPaths?: { readonly [childId: string]: readonly string[] }
}

// Constructors of tagged values, so the generator reads like the code it stands for.
export const t = {
  duration: (unit: DurationUnit, amount: number): Special => ({ $: 'duration', unit, amount }),
  member: (cls: SharedStatic, member: string): Special => ({ $: 'member', cls, member }),
  call: (cls: SharedStatic, method: string, ...args: Value[]): Special => ({ $: 'call', cls, method, args }),
  new: (cls: SharedClass, props: Value = {}): Special => ({ $: 'new', cls, props }),
  clientAttributes: (standard: { readonly [key: string]: boolean }, custom: readonly string[] = []): Special => ({
    $: 'clientAttributes',
    standard,
    custom,
  }),
  rsScope: (server: string, scope: string): Special => ({ $: 'rsScope', server, scope }),
  fn: (id: string): Special => ({ $: 'fn', id }),
  role: (id: string): Special => ({ $: 'role', id }),
  key: (id: string): Special => ({ $: 'key', id }),
  pinpoint: (id: string): Special => ({ $: 'pinpoint', id }),
  fnArn: (arn: string): Special => ({ $: 'fnArn', arn }),
  roleArn: (arn: string): Special => ({ $: 'roleArn', arn }),
  keyArn: (arn: string): Special => ({ $: 'keyArn', arn }),
  cert: (arn: string | Special): Special => ({ $: 'cert', arn }),
  providerName: (id: string): Special => ({ $: 'providerName', id }),
  importValue: (name: string): Special => ({ $: 'import', name }),
  importNumber: (name: string): Special => ({ $: 'import', name, asNumber: true }),
  secret: (kind: 'secretsManager' | 'plain', value: string): Special => ({ $: 'secret', kind, value }),
}

/** Whether a value is a tagged special. */
export function isSpecial(value: unknown): value is Special {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && '$' in value
}

/** Keys of an object value with `undefined` members removed (steps are built with optional members). */
export function compact<T extends { readonly [key: string]: Value }>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T
}
