/**
 * The envelope every user-pool trigger event shares, and the schema building blocks the trigger
 * families use. Schemas are built on first use (cold starts pay only for the families a function
 * handles).
 *
 * @module
 */
import * as z from 'zod/mini'
import { jsonProblem } from '../internal/json-problem.js'
import { lazy } from '../internal/lazy.js'

/** A string-to-string map (`clientMetadata`, `validationData`, challenge parameters). */
export type StringMap = { readonly [key: string]: string }

/**
 * Who called Cognito.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html#cognito-user-pools-lambda-trigger-syntax-shared
 */
export interface CallerContext {
  /** The caller's AWS SDK (`aws-sdk-unknown-unknown`); `null` in account-takeover notifications. */
  readonly awsSdkVersion?: string | null
  /**
   * The app client id. `null` when the call came through no app client (`AdminConfirmSignUp`,
   * console actions); the literal `"CLIENT_ID_NOT_APPLICABLE"` for `AdminCreateUser`.
   */
  readonly clientId?: string | null
}

/**
 * The keys every trigger event has.
 *
 * @typeParam S - the event's trigger source
 */
export interface TriggerEnvelope<S extends string = string> {
  /** `"1"` for every trigger except pre token generation (`"1"`, `"2"` or `"3"`). */
  readonly version: string
  /** What fired the trigger; the discriminant of every event union. */
  readonly triggerSource: S
  /** The pool's region. */
  readonly region: string
  /** The pool's id (`us-east-1_EXAMPLE`). */
  readonly userPoolId: string
  /** The internal username: often the `sub`, `<Provider>_<id>` for federated users, what the user typed for migrate user. */
  readonly userName: string
  /** Who called Cognito (`{}` when the event carries no caller context). */
  readonly callerContext: CallerContext
}

/** `clientId` value Cognito sends for events caused by `AdminCreateUser`. */
export const CLIENT_ID_NOT_APPLICABLE = 'CLIENT_ID_NOT_APPLICABLE'

/**
 * A string map as handlers read it, as a fresh object: a missing or `null` map is empty, `null`
 * entries are absent, other scalars (AWS samples show `"email_verified": true`) are their string
 * form, and objects or arrays (test fixtures of other projects nest them) their JSON text.
 */
function toStringMap(map: unknown): StringMap {
  const out: Record<string, string> = {}
  if (map === null || typeof map !== 'object') return out
  for (const [key, value] of Object.entries(map)) {
    if (typeof value === 'string') out[key] = value
    else if (value !== null) out[key] = mapValueText(value)
  }
  return out
}

/** The text of a map value that is not a string: scalars as `String()`, objects and arrays as JSON. */
export function mapValueText(value: unknown): string {
  return typeof value === 'object' ? JSON.stringify(value) : String(value)
}

/**
 * Reports a map that is not an object, and every entry that is not JSON ("expected string": the
 * other values are tolerated, not advertised). One pass over the entries, every issue with its key
 * (zod's record runs two schemas per entry).
 */
function stringMapCheck(ctx: z.core.ParsePayload<unknown>): void {
  const map = ctx.value
  if (map === null || map === undefined) return
  if (typeof map !== 'object' || Array.isArray(map)) {
    ctx.issues.push({ code: 'invalid_type', expected: 'record', input: map })
    return
  }
  for (const [key, value] of Object.entries(map)) {
    if (typeof value !== 'string' && jsonProblem(value) !== undefined) {
      ctx.issues.push({ code: 'invalid_type', expected: 'string', input: value, path: [key] })
    }
  }
}

/**
 * Reports a flag that is neither a boolean, `null`, nor the string `"true"`/`"false"` (sample
 * events written by hand, like the attribute maps, sometimes quote them).
 */
function flagCheck(ctx: z.core.ParsePayload<unknown>): void {
  const v = ctx.value
  if (v !== null && typeof v !== 'boolean' && v !== 'true' && v !== 'false')
    ctx.issues.push({ code: 'invalid_type', expected: 'boolean', input: v })
}

/** The `version` as handlers read it: a string (old AWS samples show the number `1`). */
function toVersion(version: unknown): string {
  return typeof version === 'string' ? version : String(version)
}

function versionCheck(ctx: z.core.ParsePayload<unknown>): void {
  const v = ctx.value
  if (typeof v !== 'string' && typeof v !== 'number')
    ctx.issues.push({ code: 'invalid_type', expected: 'string', input: v })
}

interface Blocks {
  readonly string: z.ZodMiniString<string>
  readonly stringMap: z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniString<string>>
  /** `clientMetadata`, `validationData`: a string map (see {@link toStringMap}), `null` or absent. */
  readonly optionalStringMap: z.ZodMiniExactOptional<z.ZodMiniType<StringMap | null, unknown>>
  readonly optionalString: z.ZodMiniExactOptional<z.ZodMiniNullable<z.ZodMiniString<string>>>
  /** `true`/`false` (or their strings), `null` or absent (`userNotFound`, `newDeviceUsed`). */
  readonly optionalBoolean: z.ZodMiniExactOptional<z.ZodMiniType<boolean | null, unknown>>
  /** `userAttributes` (and other maps handlers always get): see {@link toStringMap}. */
  readonly attributes: z.ZodMiniType<StringMap, unknown>
  /** A custom sender's encrypted `code`: a string, or `null` (also when absent). */
  readonly code: z.ZodMiniType<string | null, unknown>
  readonly version: z.ZodMiniType<string, unknown>
  readonly callerContext: z.ZodMiniType<CallerContext, unknown>
  readonly anyResponse: z.ZodMiniExactOptional<z.ZodMiniUnknown>
}

/** Shared schema blocks, built once. */
export const schemaBlocks = /* @__PURE__ */ lazy((): Blocks => {
  const string = z.string()
  const stringMap = z.record(string, string)
  const optionalString = z.exactOptional(z.nullable(string))
  const context = z.looseObject({ awsSdkVersion: optionalString, clientId: optionalString })
  return {
    string,
    stringMap,
    optionalStringMap: z.exactOptional(
      z.pipe(
        z.unknown().check(stringMapCheck),
        z.transform((map): StringMap | null => (map === null ? null : toStringMap(map))),
      ),
    ),
    optionalString,
    optionalBoolean: z.exactOptional(
      z.pipe(
        z.unknown().check(flagCheck),
        z.transform((flag): boolean | null => (typeof flag === 'string' ? flag === 'true' : (flag as boolean | null))),
      ),
    ),
    attributes: z.pipe(z.optional(z.unknown().check(stringMapCheck)), z.transform(toStringMap)),
    code: z.pipe(
      z.optional(z.nullable(string)),
      z.transform((code) => code ?? null),
    ),
    version: z.pipe(z.unknown().check(versionCheck), z.transform(toVersion)),
    // Always sent; read a missing or null one as "no caller details".
    callerContext: z.pipe(
      z.optional(z.nullable(context)),
      z.transform((c): CallerContext => c ?? {}),
    ),
    // The pre-filled `response` of an input event is never read: accept whatever is there.
    anyResponse: z.exactOptional(z.unknown()),
  }
})

/**
 * An event schema: the shared envelope with the trigger source (one literal, or an enum when the
 * sources share a shape: one schema serves them all), plus the family's request (and, optionally,
 * a stricter `version` or `userName`). Unknown keys pass through at every level.
 */
export function envelopeSchema<
  S extends string,
  R extends z.core.$ZodType,
  V extends z.core.$ZodType = z.ZodMiniType<string, unknown>,
>(
  source: S | readonly [S, ...S[]],
  request: R,
  options: { readonly version?: V; readonly userName?: z.core.$ZodType } = {},
) {
  const b = schemaBlocks()
  return z.looseObject({
    version: (options.version ?? b.version) as V,
    triggerSource: (typeof source === 'string' ? z.literal(source) : z.enum(source as [S, ...S[]])) as z.ZodMiniType<S>,
    region: b.string,
    userPoolId: b.string,
    userName: (options.userName ?? b.string) as z.ZodMiniString<string>,
    callerContext: b.callerContext,
    request,
    response: b.anyResponse,
  })
}

/**
 * The schema of one source, from a schema shared by several: the same shape with a literal
 * `triggerSource` (for the per-source exports of `@cognito-kit/triggers/schemas`).
 */
export function sourceSchema<E>(shared: z.core.$ZodType, source: string): z.ZodMiniType<E> {
  return z.extend(shared as z.ZodMiniObject, { triggerSource: z.literal(source) }) as unknown as z.ZodMiniType<E>
}
