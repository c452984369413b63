/**
 * Pre token generation, event versions 1, 2 and 3: `TokenGeneration_HostedAuth`,
 * `_Authentication`, `_NewPasswordChallenge`, `_AuthenticateDevice`, `_RefreshTokens`, and (V3
 * only) `_ClientCredentials`.
 *
 * The event's `version` follows the pool's `PreTokenGenerationConfig.LambdaVersion`: `"1"` for
 * `V1_0` (ID token only, string claims), `"2"` for `V2_0` (ID and access tokens, JSON claims,
 * scopes), `"3"` for `V3_0` (as V2, plus machine-to-machine `TokenGeneration_ClientCredentials`
 * events). A V3 pool sends `"3"` for user sign-ins too.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
 * @module
 */
import type { CustomAttributeTypes } from '@cognito-kit/builder/definition'
import * as z from 'zod/mini'
import type { JsonValue } from '../json-value.js'
import type { UserTokenGenerationSource } from '../trigger-sources.js'
import { envelopeSchema, type StringMap, schemaBlocks, type TriggerEnvelope } from './trigger-envelope.js'
import type { UserAttributes } from './user-attributes.js'

/** Every pre token generation source. */
export type TokenGenerationSource = UserTokenGenerationSource | 'TokenGeneration_ClientCredentials'

/** The pre token generation event versions. */
export type PreTokenGenerationVersion = '1' | '2' | '3'

/** The user's groups, their IAM roles and the preferred role, as the token would carry them. */
export interface GroupConfiguration {
  /** The user's groups (`cognito:groups`). */
  readonly groupsToOverride: readonly string[]
  /** The groups' IAM roles (`cognito:roles`). */
  readonly iamRolesToOverride: readonly string[]
  /** The preferred role (`cognito:preferred_role`); `null` when none. */
  readonly preferredRole?: string | null
}

/** The request of a user pre token generation event. */
export interface UserTokenRequest<A extends CustomAttributeTypes = CustomAttributeTypes> {
  /** The user's attributes. */
  readonly userAttributes: UserAttributes<A>
  /** The user's groups and roles. */
  readonly groupConfiguration: GroupConfiguration
  /** `ClientMetadata` of `(Admin)RespondToAuthChallenge` (not of `InitiateAuth`). */
  readonly clientMetadata?: StringMap | null
}

/**
 * A version 1 event (`LambdaVersion` `V1_0`, the default): the response may change ID-token claims
 * (strings only) and the groups.
 *
 * @typeParam A - the pool's custom attributes
 * @typeParam S - narrows to one source
 */
export type PreTokenGenerationV1Event<
  A extends CustomAttributeTypes = CustomAttributeTypes,
  S extends UserTokenGenerationSource = UserTokenGenerationSource,
> = S extends UserTokenGenerationSource
  ? TriggerEnvelope<S> & {
      readonly version: '1'
      readonly request: UserTokenRequest<A>
      /** Cognito's pre-filled response (`claimsOverrideDetails: null`). */
      readonly response?: unknown
    }
  : never

/**
 * A version 2 event (`LambdaVersion` `V2_0`): the response may change ID- and access-token claims
 * (any JSON value), scopes and groups.
 *
 * @typeParam A - the pool's custom attributes
 * @typeParam S - narrows to one source
 */
export type PreTokenGenerationV2Event<
  A extends CustomAttributeTypes = CustomAttributeTypes,
  S extends UserTokenGenerationSource = UserTokenGenerationSource,
> = S extends UserTokenGenerationSource
  ? TriggerEnvelope<S> & {
      readonly version: '2'
      readonly request: UserTokenRequest<A> & {
        /** The scopes the user asked for and the client may have. */
        readonly scopes: readonly string[]
      }
      /** Cognito's pre-filled response (`claimsAndScopeOverrideDetails: null`). */
      readonly response?: unknown
    }
  : never

/**
 * `TokenGeneration_ClientCredentials` (V3 only): an OAuth `client_credentials` grant, no user.
 * Only the access token can be customised. `userName`, `userAttributes` and `groupConfiguration`
 * are not documented for machine identities and are optional here.
 */
export type PreTokenGenerationClientCredentialsEvent = Omit<
  TriggerEnvelope<'TokenGeneration_ClientCredentials'>,
  'userName'
> & {
  readonly version: '3'
  /** Probably the app client id (undocumented). */
  readonly userName?: string | null
  readonly request: {
    /** Probably empty (undocumented for machine identities). */
    readonly userAttributes?: UserAttributes
    /** Probably empty (undocumented for machine identities). */
    readonly groupConfiguration?: GroupConfiguration
    /** The requested scopes. */
    readonly scopes: readonly string[]
    /** The `aws_client_metadata` form field of the `/oauth2/token` request. */
    readonly clientMetadata?: StringMap | null
  }
  /** Cognito's pre-filled response (`claimsAndScopeOverrideDetails: null`). */
  readonly response?: unknown
}

/**
 * A version 3 event (`LambdaVersion` `V3_0`): user sign-ins (as V2, with `version: "3"`) and
 * machine-to-machine `TokenGeneration_ClientCredentials`.
 *
 * @typeParam A - the pool's custom attributes
 * @typeParam S - narrows to one source
 */
export type PreTokenGenerationV3Event<
  A extends CustomAttributeTypes = CustomAttributeTypes,
  S extends TokenGenerationSource = TokenGenerationSource,
> = S extends 'TokenGeneration_ClientCredentials'
  ? PreTokenGenerationClientCredentialsEvent
  : S extends UserTokenGenerationSource
    ? Omit<PreTokenGenerationV2Event<A, S>, 'version'> & { readonly version: '3' }
    : never

/** Any pre token generation event, discriminated by `triggerSource` and `version`. */
export type PreTokenGenerationEvent<A extends CustomAttributeTypes = CustomAttributeTypes> =
  | PreTokenGenerationV1Event<A>
  | PreTokenGenerationV2Event<A>
  | PreTokenGenerationV3Event<A>

/**
 * Claims Cognito never lets a trigger add, override or suppress, in any token.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html#user-pool-lambda-pre-token-generation-excluded-claims
 */
export const RESERVED_CLAIMS = [
  'acr',
  'amr',
  'at_hash',
  'auth_time',
  'azp',
  'client_id',
  'device_key',
  'event_id',
  'exp',
  'iat',
  'identities',
  'iss',
  'jti',
  'nbf',
  'nonce',
  'origin_jti',
  'sub',
  'token_use',
  'version',
] as const

/** A claim name Cognito reserves (plus every `cognito:` claim). */
export type ReservedClaim = (typeof RESERVED_CLAIMS)[number]

/** ID-token claims that may be changed but not to a non-string value. */
export const STRING_ONLY_ID_CLAIMS = ['email_verified', 'phone_number_verified', 'updated_at', 'address'] as const

/**
 * Claims to add or override, by name. Reserved names (`sub`, `exp`, ..., `cognito:*`, `dev:*`) are
 * compile errors; `aud` is accepted only at run time, when it equals the app client id.
 *
 * @typeParam V - the value type (`string` in V1, any JSON value in V2/V3)
 */
export type ClaimsToAdd<V = JsonValue> = { readonly [name: string]: V } & { readonly [K in ReservedClaim]?: never } & {
  readonly [name: `cognito:${string}` | `dev:${string}`]: never
}

/**
 * The group configuration that replaces the user's in both tokens. `groupsToOverride` is required
 * here: an empty or partial override silently drops the groups (and roles) in Cognito.
 */
export interface GroupOverrideDetails {
  /** The groups the tokens carry (`cognito:groups`); `[]` removes them on purpose. */
  readonly groupsToOverride: readonly string[]
  /**
   * The IAM roles (`cognito:roles`).
   * @default - none: the roles are dropped
   */
  readonly iamRolesToOverride?: readonly string[] | undefined
  /**
   * The preferred role (`cognito:preferred_role`).
   * @default - none
   */
  readonly preferredRole?: string | null | undefined
}

/** A V1 response's `claimsOverrideDetails`. */
export interface ClaimsOverrideDetails<I extends object = ClaimsToAdd<string>> {
  /** ID-token claims to add or override: strings only. */
  readonly claimsToAddOrOverride?: I | undefined
  /** ID-token claims to remove (`cognito:groups` removes the groups and roles). */
  readonly claimsToSuppress?: readonly string[] | undefined
  /** Replaces the groups in both tokens. */
  readonly groupOverrideDetails?: GroupOverrideDetails | undefined
}

/**
 * What a V1 pre token generation trigger answers.
 *
 * @typeParam I - the ID-token claims it may add
 */
export interface PreTokenGenerationV1Response<I extends object = ClaimsToAdd<string>> {
  /** `null` (or absent) changes nothing. */
  readonly claimsOverrideDetails?: ClaimsOverrideDetails<I> | null | undefined
}

/** V2/V3 ID-token changes. */
export interface IdTokenGeneration<I extends object = ClaimsToAdd> {
  /** Claims to add or override: any JSON value (strings for `email_verified`, `phone_number_verified`, `updated_at`, `address`). */
  readonly claimsToAddOrOverride?: I | undefined
  /** Claims to remove. */
  readonly claimsToSuppress?: readonly string[] | undefined
}

/** V2/V3 access-token changes. */
export interface AccessTokenGeneration<T extends object = ClaimsToAdd> {
  /** Claims to add or override: any JSON value. `aud` only as the app client id. */
  readonly claimsToAddOrOverride?: T | undefined
  /** Claims to remove. */
  readonly claimsToSuppress?: readonly string[] | undefined
  /** Scopes to add (no whitespace inside a scope). */
  readonly scopesToAdd?: readonly string[] | undefined
  /** Scopes to remove. */
  readonly scopesToSuppress?: readonly string[] | undefined
}

/** A V2/V3 response's `claimsAndScopeOverrideDetails`. */
export interface ClaimsAndScopeOverrideDetails<I extends object = ClaimsToAdd, T extends object = ClaimsToAdd> {
  /** ID-token changes (none for `TokenGeneration_ClientCredentials`). */
  readonly idTokenGeneration?: IdTokenGeneration<I> | null | undefined
  /** Access-token changes. */
  readonly accessTokenGeneration?: AccessTokenGeneration<T> | null | undefined
  /** Replaces the groups in both tokens (none for `TokenGeneration_ClientCredentials`). */
  readonly groupOverrideDetails?: GroupOverrideDetails | undefined
}

/**
 * What a V2 or V3 pre token generation trigger answers.
 *
 * @typeParam I - the ID-token claims it may add
 * @typeParam T - the access-token claims it may add
 */
export interface PreTokenGenerationV2Response<I extends object = ClaimsToAdd, T extends object = ClaimsToAdd> {
  /** `null` (or absent) changes nothing. */
  readonly claimsAndScopeOverrideDetails?: ClaimsAndScopeOverrideDetails<I, T> | null | undefined
}

type Token = 'id' | 'access'

/** Why a claim name cannot be added (`suppress: false`) or suppressed, or `undefined` when it can. */
export function claimNameProblem(
  name: string,
  token: Token,
  suppress: boolean,
): { rule: string; message: string } | undefined {
  const q = JSON.stringify(name)
  if (name === '') return { rule: 'invalid_claim', message: 'a claim name cannot be empty' }
  if ((RESERVED_CLAIMS as readonly string[]).includes(name) || (token === 'access' && name === 'username')) {
    return {
      rule: 'reserved_claim',
      message: `${q} is reserved: Cognito does not let a trigger ${suppress ? 'suppress' : 'add or override'} it`,
    }
  }
  if (name.startsWith('cognito:')) {
    if (suppress && name === 'cognito:groups') return undefined
    const hint = ['cognito:groups', 'cognito:roles', 'cognito:preferred_role'].includes(name)
      ? suppress
        ? ' (suppress cognito:groups to remove the roles too)'
        : ' (use groupOverrideDetails)'
      : ''
    return {
      rule: 'reserved_claim',
      message: `${q} is reserved: Cognito does not let a trigger ${suppress ? 'suppress' : 'add or override'} cognito: claims${hint}`,
    }
  }
  if (name.startsWith('dev:') && !suppress) {
    return { rule: 'reserved_claim', message: `${q}: dev: claims can only be suppressed, not added or overridden` }
  }
  if (name === 'aud' && suppress) return { rule: 'reserved_claim', message: '"aud" cannot be suppressed' }
  if (name === 'scope' && token === 'access') {
    return {
      rule: 'reserved_claim',
      message: `"scope" is set through ${suppress ? 'scopesToSuppress' : 'scopesToAdd'}, not as a claim`,
    }
  }
  return undefined
}

/** A scope value problem, or `undefined`. */
function scopeProblem(scope: string): string | undefined {
  if (scope === '') return 'a scope cannot be empty'
  if (/\s/.test(scope)) return 'a scope cannot contain whitespace'
  return undefined
}

/**
 * A claims map: names and values are checked together (a record's own checks would be skipped
 * once a value fails, hiding reserved names).
 */
function claimsMap(
  token: Token,
  value: (name: string, value: unknown) => readonly z.core.$ZodIssue[] | string | undefined,
  rule = 'invalid_claim_value',
) {
  return z.record(z.string(), z.unknown()).check((ctx) => {
    for (const [name, v] of Object.entries(ctx.value)) {
      const problem = claimNameProblem(name, token, false)
      if (problem) {
        ctx.issues.push({
          code: 'custom',
          input: name,
          path: [name],
          params: { rule: problem.rule },
          message: problem.message,
        })
        continue
      }
      const result = value(name, v)
      if (typeof result === 'string') {
        ctx.issues.push({
          code: 'custom',
          input: v,
          path: [name],
          params: { rule },
          message: result,
        })
      } else if (result) {
        for (const i of result) ctx.issues.push({ ...i, input: v, path: [name, ...i.path] } as z.core.$ZodRawIssue)
      }
    }
  })
}

interface PreTokenGenerationSchemas {
  readonly v1: {
    readonly [S in UserTokenGenerationSource]: z.ZodMiniType<PreTokenGenerationV1Event<CustomAttributeTypes, S>>
  }
  readonly v2: {
    readonly [S in UserTokenGenerationSource]: z.ZodMiniType<PreTokenGenerationV2Event<CustomAttributeTypes, S>>
  }
  readonly v3: {
    readonly [S in TokenGenerationSource]: z.ZodMiniType<PreTokenGenerationV3Event<CustomAttributeTypes, S>>
  }
  readonly v1Event: z.ZodMiniType<PreTokenGenerationV1Event>
  readonly v2Event: z.ZodMiniType<PreTokenGenerationV2Event>
  readonly v3Event: z.ZodMiniType<PreTokenGenerationV3Event>
  readonly v1Response: z.ZodMiniType<PreTokenGenerationV1Response>
  readonly v2Response: z.ZodMiniType<PreTokenGenerationV2Response>
}

const USER_SOURCES: readonly UserTokenGenerationSource[] = [
  'TokenGeneration_HostedAuth',
  'TokenGeneration_Authentication',
  'TokenGeneration_NewPasswordChallenge',
  'TokenGeneration_AuthenticateDevice',
  'TokenGeneration_RefreshTokens',
]

let cache: PreTokenGenerationSchemas | undefined

/** The pre token generation schemas (built on first use). */
export function preTokenGenerationSchemas(): PreTokenGenerationSchemas {
  if (cache) return cache
  const b = schemaBlocks()
  const strings = z.array(b.string)
  const groupConfiguration = z.looseObject({
    groupsToOverride: strings,
    iamRolesToOverride: strings,
    preferredRole: b.optionalString,
  }) satisfies z.core.$ZodType<GroupConfiguration>
  const v1Request = z.looseObject({
    userAttributes: b.stringMap,
    groupConfiguration,
    clientMetadata: b.optionalStringMap,
  })
  const v2Request = z.looseObject({ ...v1Request.def.shape, scopes: strings })
  const clientCredentialsRequest = z.looseObject({
    userAttributes: z.exactOptional(b.stringMap),
    groupConfiguration: z.exactOptional(groupConfiguration),
    scopes: strings,
    clientMetadata: b.optionalStringMap,
  })
  const one = z.literal('1')
  const two = z.literal('2')
  const three = z.literal('3')
  const build = <V extends z.core.$ZodType, R extends z.core.$ZodType>(version: V, request: R) =>
    Object.fromEntries(USER_SOURCES.map((s) => [s, envelopeSchema(s, request, { version })])) as {
      [S in UserTokenGenerationSource]: ReturnType<typeof envelopeSchema<S, R, V>>
    }
  const v1 = build(one, v1Request)
  const v2 = build(two, v2Request)
  const v3User = build(three, v2Request)
  const clientCredentials = envelopeSchema('TokenGeneration_ClientCredentials', clientCredentialsRequest, {
    version: three,
    userName: b.optionalString,
  })
  v1.TokenGeneration_Authentication satisfies z.core.$ZodType<
    PreTokenGenerationV1Event<CustomAttributeTypes, 'TokenGeneration_Authentication'>
  >
  v2.TokenGeneration_Authentication satisfies z.core.$ZodType<
    PreTokenGenerationV2Event<CustomAttributeTypes, 'TokenGeneration_Authentication'>
  >
  v3User.TokenGeneration_Authentication satisfies z.core.$ZodType<
    PreTokenGenerationV3Event<CustomAttributeTypes, 'TokenGeneration_Authentication'>
  >
  clientCredentials satisfies z.core.$ZodType<PreTokenGenerationClientCredentialsEvent>

  // Responses: structure plus the context-free rules (reserved claims, value types, scopes, groups).
  const claimNames = (token: Token) =>
    z.array(b.string).check((ctx) => {
      ctx.value.forEach((name, i) => {
        const problem = claimNameProblem(name, token, true)
        if (problem)
          ctx.issues.push({
            code: 'custom',
            input: name,
            path: [i],
            params: { rule: problem.rule },
            message: problem.message,
          })
      })
    })
  const scopes = z.array(b.string).check((ctx) => {
    ctx.value.forEach((scope, i) => {
      const problem = scopeProblem(scope)
      if (problem)
        ctx.issues.push({
          code: 'custom',
          input: scope,
          path: [i],
          params: { rule: 'invalid_scope' },
          message: problem,
        })
    })
  })
  const groupOverride = z.unknown().check((ctx) => {
    if (
      ctx.value === null ||
      (typeof ctx.value === 'object' && !Array.isArray(ctx.value) && !('groupsToOverride' in ctx.value))
    ) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        path: ctx.value === null ? [] : ['groupsToOverride'],
        params: { rule: 'empty_group_override' },
        message:
          "groupOverrideDetails replaces the whole group configuration, so an empty or partial one removes the user's groups and roles: pass groupsToOverride (copy request.groupConfiguration to keep them, [] to remove them on purpose), or leave groupOverrideDetails out",
      })
    }
  })
  const groupOverrideDetails = z.optional(
    z.pipe(
      groupOverride,
      z.strictObject({
        groupsToOverride: strings,
        iamRolesToOverride: z.optional(strings),
        preferredRole: z.optional(z.nullable(b.string)),
      }),
    ),
  )
  const v1Value = (_name: string, value: unknown) =>
    typeof value === 'string'
      ? undefined
      : `V1 claim values must be strings, received ${value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value}: JSON values need PreTokenGenerationConfig LambdaVersion V2_0 or V3_0 (preTokenGeneration.v2 / .v3)`
  const json = z.json()
  const jsonValue = (_name: string, value: unknown) => {
    const result = z.safeParse(json, value)
    return result.success ? undefined : result.error.issues
  }
  const v1Response = z.strictObject({
    claimsOverrideDetails: z.optional(
      z.nullable(
        z.strictObject({
          claimsToAddOrOverride: z.optional(claimsMap('id', v1Value, 'v1_claim_not_string')),
          claimsToSuppress: z.optional(claimNames('id')),
          groupOverrideDetails,
        }),
      ),
    ),
  })
  const idValue = (name: string, value: unknown) =>
    (STRING_ONLY_ID_CLAIMS as readonly string[]).includes(name) && typeof value !== 'string'
      ? `${JSON.stringify(name)} must be a string in the ID token (Cognito refuses other values for it)`
      : jsonValue(name, value)
  const v2Response = z.strictObject({
    claimsAndScopeOverrideDetails: z.optional(
      z.nullable(
        z.strictObject({
          idTokenGeneration: z.optional(
            z.nullable(
              z.strictObject({
                claimsToAddOrOverride: z.optional(claimsMap('id', idValue)),
                claimsToSuppress: z.optional(claimNames('id')),
              }),
            ),
          ),
          accessTokenGeneration: z.optional(
            z.nullable(
              z.strictObject({
                claimsToAddOrOverride: z.optional(claimsMap('access', jsonValue)),
                claimsToSuppress: z.optional(claimNames('access')),
                scopesToAdd: z.optional(scopes),
                scopesToSuppress: z.optional(scopes),
              }),
            ),
          ),
          groupOverrideDetails,
        }),
      ),
    ),
  })
  const v3 = { ...v3User, TokenGeneration_ClientCredentials: clientCredentials }
  cache = {
    v1,
    v2,
    v3,
    v1Event: z.discriminatedUnion('triggerSource', Object.values(v1) as [typeof v1.TokenGeneration_Authentication]),
    v2Event: z.discriminatedUnion('triggerSource', Object.values(v2) as [typeof v2.TokenGeneration_Authentication]),
    v3Event: z.discriminatedUnion('triggerSource', Object.values(v3) as [typeof v3User.TokenGeneration_Authentication]),
    v1Response: v1Response as z.ZodMiniType<PreTokenGenerationV1Response>,
    v2Response: v2Response as z.ZodMiniType<PreTokenGenerationV2Response>,
  }
  return cache
}
