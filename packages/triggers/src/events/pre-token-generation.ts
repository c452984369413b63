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
import type { TriggerIssue } from '../errors.js'
import { jsonProblem } from '../internal/json-problem.js'
import { lazy } from '../internal/lazy.js'
import { issue } from '../internal/to-trigger-issues.js'
import { typeName } from '../internal/type-name.js'
import type { JsonObject } from '../json-value.js'
import { type UserTokenGenerationSource, userTokenGenerationSources } from '../trigger-sources.js'
import { envelopeSchema, type StringMap, schemaBlocks, type TriggerEnvelope } from './trigger-envelope.js'
import type { UserAttributes } from './user-attributes.js'

/** Every pre token generation source. */
export type TokenGenerationSource = UserTokenGenerationSource | 'TokenGeneration_ClientCredentials'

/** The pre token generation event versions. */
export type PreTokenGenerationVersion = '1' | '2' | '3'

/**
 * The user's groups, their IAM roles and the preferred role, as the token would carry them. A
 * missing or `null` configuration (or list) in the event reads as empty.
 */
export interface GroupConfiguration {
  /** The user's groups (`cognito:groups`). */
  readonly groupsToOverride: readonly string[]
  /** The groups' IAM roles (`cognito:roles`). */
  readonly iamRolesToOverride: readonly string[]
  /** The preferred role (`cognito:preferred_role`); `null` when none. */
  readonly preferredRole?: string | null
}

/**
 * The request of a user pre token generation event. Spelled out in each event type (not a generic
 * alias) so TypeScript compares requests structurally: an event typed without a pool definition
 * is then assignable to a handler typed with one, as for every other trigger.
 */
export interface UserTokenRequestFields {
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
      readonly request: UserTokenRequestFields & {
        /** The user's attributes. */
        readonly userAttributes: UserAttributes<A>
      }
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
      readonly request: UserTokenRequestFields & {
        /** The user's attributes. */
        readonly userAttributes: UserAttributes<A>
        /** The scopes the user asked for and the client may have (`[]` when the event has none). */
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
 * A V2/V3 claim value: a string, number or boolean, an array of those (mixed), or a JSON object.
 * `null` is not a removal (suppress the claim instead).
 */
export type ClaimValue = string | number | boolean | readonly (string | number | boolean)[] | JsonObject

/**
 * Claims to add or override, by name. Reserved names (`sub`, `exp`, ..., `cognito:*`, `dev:*`) are
 * compile errors; `aud` is accepted only at run time, when it equals the app client id.
 *
 * @typeParam V - the value type (`string` in V1, any JSON value in V2/V3)
 */
export type ClaimsToAdd<V = ClaimValue> = { readonly [name: string]: V } & { readonly [K in ReservedClaim]?: never } & {
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
  readonly claimsToAddOrOverride?: I | null | undefined
  /** ID-token claims to remove (`cognito:groups` removes the groups and roles). */
  readonly claimsToSuppress?: readonly string[] | null | undefined
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
  readonly claimsToAddOrOverride?: I | null | undefined
  /** Claims to remove. */
  readonly claimsToSuppress?: readonly string[] | null | undefined
}

/** V2/V3 access-token changes. */
export interface AccessTokenGeneration<T extends object = ClaimsToAdd> {
  /** Claims to add or override: any JSON value. `aud` only as the app client id. */
  readonly claimsToAddOrOverride?: T | null | undefined
  /** Claims to remove. */
  readonly claimsToSuppress?: readonly string[] | null | undefined
  /** Scopes to add (no whitespace inside a scope). */
  readonly scopesToAdd?: readonly string[] | null | undefined
  /** Scopes to remove. */
  readonly scopesToSuppress?: readonly string[] | null | undefined
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

/** One problem found in a claims map or a list, relative to it (`key` or `index`). */
interface Problem {
  readonly at: string | number
  readonly rule: string
  readonly message: string
}

type ValueProblem = (name: string, value: unknown) => string | undefined

/** The problems of a claims map to add: reserved names, then the values (every problem, not the first). */
function claimsProblems(claims: object, token: Token, value: ValueProblem, rule: string): Problem[] {
  const out: Problem[] = []
  for (const [name, v] of Object.entries(claims)) {
    const problem = claimNameProblem(name, token, false)
    if (problem) {
      out.push({ at: name, ...problem })
      continue
    }
    const message = value(name, v)
    if (message) out.push({ at: name, rule, message })
  }
  return out
}

/** The problems of a list of claim names to suppress. */
function claimNamesProblems(names: readonly unknown[], token: Token): Problem[] {
  const out: Problem[] = []
  names.forEach((name, at) => {
    const problem =
      typeof name === 'string'
        ? claimNameProblem(name, token, true)
        : { rule: 'invalid_type', message: `expected string, received ${typeName(name)}` }
    if (problem) out.push({ at, ...problem })
  })
  return out
}

/** The problems of a list of strings (`scopes: true` adds the scope rules). */
function stringsProblems(list: readonly unknown[], scopes = false): Problem[] {
  const out: Problem[] = []
  list.forEach((item, at) => {
    if (typeof item !== 'string')
      out.push({ at, rule: 'invalid_type', message: `expected string, received ${typeName(item)}` })
    else if (scopes) {
      const message = scopeProblem(item)
      if (message) out.push({ at, rule: 'invalid_scope', message })
    }
  })
  return out
}

/** A zod check reporting problems found by one of the functions above. */
function problemsCheck<T>(find: (value: T) => Problem[]) {
  return (ctx: z.core.ParsePayload<T>) => {
    for (const p of find(ctx.value)) {
      ctx.issues.push({ code: 'custom', input: ctx.value, path: [p.at], params: { rule: p.rule }, message: p.message })
    }
  }
}

/** A claims map schema (names and values checked together: a record's own checks stop at the first bad value). */
function claimsMap(token: Token, value: ValueProblem, rule = 'invalid_claim_value') {
  return z
    .record(z.string(), z.unknown())
    .check(problemsCheck((claims: object) => claimsProblems(claims, token, value, rule)))
}

/** A schema for a list of claim names to suppress. */
function claimNames(token: Token) {
  return z.array(z.unknown()).check(problemsCheck((names: readonly unknown[]) => claimNamesProblems(names, token)))
}

/** A schema for a list of scopes (no whitespace, not empty). */
function scopeList() {
  return z.array(z.unknown()).check(problemsCheck((list: readonly unknown[]) => stringsProblems(list, true)))
}

/** Why a V1 claim value is not allowed (not a string), or `undefined`. */
function v1ClaimProblem(_name: string, value: unknown): string | undefined {
  return typeof value === 'string'
    ? undefined
    : `V1 claim values must be strings, received ${typeName(value)}: JSON values need PreTokenGenerationConfig LambdaVersion V2_0 or V3_0 (preTokenGeneration.v2 / .v3)`
}

/**
 * Why a value cannot be a V2/V3 claim, or `undefined`. Cognito takes strings, numbers, booleans,
 * arrays of those (mixed) and JSON objects; a `null` claim is not a removal (that is
 * `claimsToSuppress`).
 */
function v2ClaimProblem(value: unknown): string | undefined {
  if (value === null) return 'cannot be null: to remove a claim, list it in claimsToSuppress'
  if (Array.isArray(value)) {
    for (const item of value) {
      if (item === null || typeof item === 'object') {
        return 'arrays may hold strings, numbers and booleans only: put structured values in a JSON object'
      }
    }
  }
  return jsonProblem(value)
}

/** Why a value cannot be an ID-token claim (V2/V3), or `undefined`. */
function idClaimProblem(name: string, value: unknown): string | undefined {
  return (STRING_ONLY_ID_CLAIMS as readonly string[]).includes(name) && typeof value !== 'string'
    ? `${JSON.stringify(name)} must be a string in the ID token (Cognito refuses other values for it)`
    : v2ClaimProblem(value)
}

const accessClaimProblem: ValueProblem = (_name, value) => v2ClaimProblem(value)

/**
 * The rules of a response the wrapper rendered from parts (`addClaims`, ...): its structure is
 * right by construction, so only what the handler supplied is checked, with the functions the
 * response schemas use and the same issue paths, without a schema pass (this runs on every
 * invocation).
 */
export function renderedResponseIssues(response: Record<string, unknown>, version: '1' | '2'): TriggerIssue[] {
  const issues: TriggerIssue[] = []
  const report = (at: readonly (string | number)[], problems: readonly Problem[]) => {
    for (const p of problems) issues.push(issue(p.rule, [...at, p.at], p.message))
  }
  const groups = (at: readonly (string | number)[], g: GroupOverrideDetails | undefined) => {
    if (!g) return
    report([...at, 'groupsToOverride'], stringsProblems(g.groupsToOverride))
    if (g.iamRolesToOverride) report([...at, 'iamRolesToOverride'], stringsProblems(g.iamRolesToOverride))
    if (g.preferredRole !== undefined && g.preferredRole !== null && typeof g.preferredRole !== 'string') {
      issues.push(
        issue(
          'invalid_type',
          [...at, 'preferredRole'],
          `expected string or null, received ${typeName(g.preferredRole)}`,
        ),
      )
    }
  }
  /** The claims one token's block adds and suppresses. */
  const claims = (
    at: readonly string[],
    g:
      | {
          readonly claimsToAddOrOverride?: object | null | undefined
          readonly claimsToSuppress?: readonly string[] | null | undefined
        }
      | null
      | undefined,
    token: 'id' | 'access',
    problem: ValueProblem,
    rule: string,
  ) => {
    if (g?.claimsToAddOrOverride) {
      report([...at, 'claimsToAddOrOverride'], claimsProblems(g.claimsToAddOrOverride, token, problem, rule))
    }
    if (g?.claimsToSuppress) report([...at, 'claimsToSuppress'], claimNamesProblems(g.claimsToSuppress, token))
  }
  if (version === '1') {
    const d = response.claimsOverrideDetails as ClaimsOverrideDetails<Record<string, unknown>> | null
    if (!d) return issues
    const at = ['response', 'claimsOverrideDetails']
    claims(at, d, 'id', v1ClaimProblem, 'v1_claim_not_string')
    groups([...at, 'groupOverrideDetails'], d.groupOverrideDetails)
    return issues
  }
  const d = response.claimsAndScopeOverrideDetails as ClaimsAndScopeOverrideDetails<
    Record<string, unknown>,
    Record<string, unknown>
  > | null
  if (!d) return issues
  const id = ['response', 'claimsAndScopeOverrideDetails', 'idTokenGeneration']
  const access = ['response', 'claimsAndScopeOverrideDetails', 'accessTokenGeneration']
  const a = d.accessTokenGeneration
  claims(id, d.idTokenGeneration, 'id', idClaimProblem, 'invalid_claim_value')
  claims(access, a, 'access', accessClaimProblem, 'invalid_claim_value')
  if (a?.scopesToAdd) report([...access, 'scopesToAdd'], stringsProblems(a.scopesToAdd, true))
  if (a?.scopesToSuppress) report([...access, 'scopesToSuppress'], stringsProblems(a.scopesToSuppress, true))
  groups(['response', 'claimsAndScopeOverrideDetails', 'groupOverrideDetails'], d.groupOverrideDetails)
  return issues
}

/** Reports a list that is not an array (`null` passes), and every item that is not a string, in one pass. */
function stringListCheck(ctx: z.core.ParsePayload<unknown>): void {
  const items = ctx.value
  if (items === null || items === undefined) return
  if (!Array.isArray(items)) {
    ctx.issues.push({ code: 'invalid_type', expected: 'array', input: items })
    return
  }
  items.forEach((item, index) => {
    if (typeof item !== 'string')
      ctx.issues.push({ code: 'invalid_type', expected: 'string', input: item, path: [index] })
  })
}

function buildTokenBlocks() {
  const b = schemaBlocks()
  const strings = z.array(b.string)
  // Lists Cognito fills, read as empty when missing or null (emulators and empty group configurations).
  const list = z.pipe(
    z.optional(z.unknown().check(stringListCheck)),
    z.transform((items): readonly string[] => (Array.isArray(items) ? [...items] : [])),
  )
  // AWS's V2 documentation sample shows preferredRole as an array (real events send a string or
  // null): read such an array as its first role, so the documented test event works too.
  const preferredRole = z.exactOptional(
    z.pipe(
      z.union([z.string(), z.null(), z.array(z.string())]),
      z.transform((role: string | null | string[]) => (Array.isArray(role) ? (role[0] ?? null) : role)),
    ),
  )
  // A missing or null group configuration is the one of a user in no group. The archived developer
  // guide shows it as an array holding one configuration: read that as its first item.
  const configuration = z.looseObject({ groupsToOverride: list, iamRolesToOverride: list, preferredRole })
  const groupConfiguration = z.pipe(
    z.optional(z.nullable(z.union([configuration, z.array(configuration)]))),
    z.transform((groups): GroupConfiguration => {
      const first = Array.isArray(groups) ? groups[0] : groups
      return first ?? { groupsToOverride: [], iamRolesToOverride: [], preferredRole: null }
    }),
  )
  const v1Shape = { userAttributes: b.attributes, groupConfiguration, clientMetadata: b.optionalStringMap }
  return {
    strings,
    groupConfiguration,
    v1Request: z.looseObject(v1Shape),
    // A missing or null `scopes` reads as none.
    v2Request: z.looseObject({ ...v1Shape, scopes: list }),
  }
}

const tokenBlocks = /* @__PURE__ */ lazy(buildTokenBlocks)

/** An event `version`: the string, or the number old AWS samples show, read as the string. */
function versionSchema<V extends PreTokenGenerationVersion>(version: V): z.ZodMiniType<V, unknown> {
  return z.pipe(
    z.union([z.literal(version), z.literal(Number(version))]),
    z.transform((): V => version),
  )
}

/** The schemas of one event version. */
interface VersionSchemas<E, R> {
  readonly event: z.ZodMiniType<E>
  readonly response: z.ZodMiniType<R>
}

/** `groupOverrideDetails`: never empty or partial by accident. */
const groupOverrideDetails = /* @__PURE__ */ lazy((): z.core.$ZodType => {
  const strings = tokenBlocks().strings
  const guard = z.unknown().check((ctx) => {
    const v = ctx.value
    if (v === null || (typeof v === 'object' && !Array.isArray(v) && !('groupsToOverride' in v))) {
      ctx.issues.push({
        code: 'custom',
        input: v,
        path: v === null ? [] : ['groupsToOverride'],
        params: { rule: 'empty_group_override' },
        message:
          "groupOverrideDetails replaces the whole group configuration, so an empty or partial one removes the user's groups and roles: pass groupsToOverride (copy request.groupConfiguration to keep them, [] to remove them on purpose), or leave groupOverrideDetails out",
      })
    }
  })
  return z.optional(
    z.pipe(
      guard,
      z.strictObject({
        groupsToOverride: strings,
        iamRolesToOverride: z.optional(strings),
        preferredRole: z.optional(z.nullable(z.string())),
      }),
    ),
  )
})

/** The V1 response schema (built on first use). */
const v1ResponseSchema = /* @__PURE__ */ lazy((): z.ZodMiniType<PreTokenGenerationV1Response> => {
  const response = z.strictObject({
    claimsOverrideDetails: z.optional(
      z.nullable(
        z.strictObject({
          claimsToAddOrOverride: z.optional(z.nullable(claimsMap('id', v1ClaimProblem, 'v1_claim_not_string'))),
          claimsToSuppress: z.optional(z.nullable(claimNames('id'))),
          groupOverrideDetails: groupOverrideDetails(),
        }),
      ),
    ),
  })
  return response as unknown as z.ZodMiniType<PreTokenGenerationV1Response>
})

/** The V2/V3 response schema (built on first use). */
const v2ResponseSchema = /* @__PURE__ */ lazy((): z.ZodMiniType<PreTokenGenerationV2Response> => {
  const response = z.strictObject({
    claimsAndScopeOverrideDetails: z.optional(
      z.nullable(
        z.strictObject({
          idTokenGeneration: z.optional(
            z.nullable(
              z.strictObject({
                claimsToAddOrOverride: z.optional(z.nullable(claimsMap('id', idClaimProblem))),
                claimsToSuppress: z.optional(z.nullable(claimNames('id'))),
              }),
            ),
          ),
          accessTokenGeneration: z.optional(
            z.nullable(
              z.strictObject({
                claimsToAddOrOverride: z.optional(z.nullable(claimsMap('access', accessClaimProblem))),
                claimsToSuppress: z.optional(z.nullable(claimNames('access'))),
                scopesToAdd: z.optional(z.nullable(scopeList())),
                scopesToSuppress: z.optional(z.nullable(scopeList())),
              }),
            ),
          ),
          groupOverrideDetails: groupOverrideDetails(),
        }),
      ),
    ),
  })
  return response as unknown as z.ZodMiniType<PreTokenGenerationV2Response>
})

/** A user sign-in event schema of one version (V3 pools send version 3 for user sign-ins too). */
function userEventSchema<Q extends z.core.$ZodType, V extends PreTokenGenerationVersion>(version: V, request: Q) {
  return envelopeSchema(userTokenGenerationSources(), request, { version: versionSchema(version) })
}

/** An event schema with its version's response schema, built on first use (responses rendered from parts never need it). */
function withResponse<E, R>(event: z.core.$ZodType, response: () => z.ZodMiniType<R>): VersionSchemas<E, R> {
  return {
    event: event as never,
    get response() {
      return response()
    },
  }
}

/** Version 1 pre token generation schemas (built on first use). */
export const preTokenGenerationV1Schemas = /* @__PURE__ */ lazy(() => {
  const event = userEventSchema('1', tokenBlocks().v1Request) satisfies z.core.$ZodType<
    PreTokenGenerationV1Event<CustomAttributeTypes, UserTokenGenerationSource>
  >
  return withResponse<PreTokenGenerationV1Event, PreTokenGenerationV1Response>(event, v1ResponseSchema)
})

/** Version 2 pre token generation schemas (built on first use). */
export const preTokenGenerationV2Schemas = /* @__PURE__ */ lazy(() => {
  const event = userEventSchema('2', tokenBlocks().v2Request) satisfies z.core.$ZodType<
    PreTokenGenerationV2Event<CustomAttributeTypes, UserTokenGenerationSource>
  >
  return withResponse<PreTokenGenerationV2Event, PreTokenGenerationV2Response>(event, v2ResponseSchema)
})

/** The version 3 schemas: the user sign-ins and the client credentials grant, apart and as one union. */
interface V3Schemas extends VersionSchemas<PreTokenGenerationV3Event, PreTokenGenerationV2Response> {
  readonly user: z.ZodMiniType<PreTokenGenerationV3Event<CustomAttributeTypes, UserTokenGenerationSource>>
  readonly clientCredentials: z.ZodMiniType<PreTokenGenerationClientCredentialsEvent>
}

/** Version 3 pre token generation schemas (built on first use). */
export const preTokenGenerationV3Schemas = /* @__PURE__ */ lazy((): V3Schemas => {
  const b = schemaBlocks()
  const t = tokenBlocks()
  const user = userEventSchema('3', t.v2Request) satisfies z.core.$ZodType<
    PreTokenGenerationV3Event<CustomAttributeTypes, UserTokenGenerationSource>
  >
  const clientCredentials = envelopeSchema(
    'TokenGeneration_ClientCredentials',
    z.looseObject({
      // No user: absent stays absent (null reads as empty).
      userAttributes: z.exactOptional(b.attributes),
      groupConfiguration: z.exactOptional(t.groupConfiguration),
      scopes: t.v2Request.shape.scopes,
      clientMetadata: b.optionalStringMap,
    }),
    { version: versionSchema('3'), userName: b.optionalString },
  ) satisfies z.core.$ZodType<PreTokenGenerationClientCredentialsEvent>
  return {
    user: user as never,
    clientCredentials,
    event: z.discriminatedUnion('triggerSource', [user, clientCredentials]) as never,
    get response() {
      return v2ResponseSchema()
    },
  }
})

/** The event schema of a pre token generation source in one event version. */
export function preTokenGenerationEventSchema(version: PreTokenGenerationVersion, source: string): z.core.$ZodType {
  if (version === '1') return preTokenGenerationV1Schemas().event
  if (version === '2') return preTokenGenerationV2Schemas().event
  const v3 = preTokenGenerationV3Schemas()
  return source === 'TokenGeneration_ClientCredentials' ? v3.clientCredentials : v3.user
}
