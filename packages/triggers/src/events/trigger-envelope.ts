/**
 * The envelope every user-pool trigger event shares, and the schema building blocks the trigger
 * families use. Schemas are built on first use (cold starts pay only for the families a function
 * handles).
 *
 * @module
 */
import * as z from 'zod/mini'

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
  /** Who called Cognito. */
  readonly callerContext: CallerContext
}

/** `clientId` value Cognito sends for events caused by `AdminCreateUser`. */
export const CLIENT_ID_NOT_APPLICABLE = 'CLIENT_ID_NOT_APPLICABLE'

interface Blocks {
  readonly string: z.ZodMiniString<string>
  readonly stringMap: z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniString<string>>
  readonly optionalStringMap: z.ZodMiniExactOptional<
    z.ZodMiniNullable<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniString<string>>>
  >
  readonly optionalString: z.ZodMiniExactOptional<z.ZodMiniNullable<z.ZodMiniString<string>>>
  readonly callerContext: z.ZodMiniObject<
    {
      awsSdkVersion: z.ZodMiniExactOptional<z.ZodMiniNullable<z.ZodMiniString<string>>>
      clientId: z.ZodMiniExactOptional<z.ZodMiniNullable<z.ZodMiniString<string>>>
    },
    z.core.$loose
  >
  readonly anyResponse: z.ZodMiniExactOptional<z.ZodMiniUnknown>
}

let blocks: Blocks | undefined

/** Shared schema blocks, built once. */
export function schemaBlocks(): Blocks {
  if (blocks) return blocks
  const string = z.string()
  const stringMap = z.record(string, string)
  const optionalString = z.exactOptional(z.nullable(string))
  blocks = {
    string,
    stringMap,
    optionalStringMap: z.exactOptional(z.nullable(stringMap)),
    optionalString,
    callerContext: z.looseObject({ awsSdkVersion: optionalString, clientId: optionalString }),
    // The pre-filled `response` of an input event is never read: accept whatever is there.
    anyResponse: z.exactOptional(z.unknown()),
  }
  return blocks
}

/**
 * An event schema: the shared envelope with the trigger source (one literal, or an enum when the
 * sources share a shape: one schema serves them all), plus the family's request (and, optionally,
 * a stricter `version` or `userName`). Unknown keys pass through at every level.
 */
export function envelopeSchema<
  S extends string,
  R extends z.core.$ZodType,
  V extends z.core.$ZodType = z.ZodMiniString<string>,
>(
  source: S | readonly [S, ...S[]],
  request: R,
  options: { readonly version?: V; readonly userName?: z.core.$ZodType } = {},
) {
  const b = schemaBlocks()
  return z.looseObject({
    version: (options.version ?? b.string) as V,
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
