/**
 * Errors thrown by `@cognito-kit/builder`. Every error extends {@link CognitoKitError} and carries a
 * stable `code`; validation errors also list every issue with its path.
 *
 * @module
 */

const BRAND = Symbol.for('@cognito-kit/error')

/** Stable codes of the builder's errors. Switch on `error.code`; messages may change. */
export type BuilderErrorCode =
  /** A setting or the whole definition breaks a rule; see `issues`. */
  | 'ERR_DEFINITION_INVALID'
  /** A definition document has an unknown `kind` or `version`. */
  | 'ERR_DEFINITION_VERSION'
  /** `fromUserPoolArn` (or another import) got a malformed ARN. */
  | 'ERR_ARN_INVALID'
  /** A member is not available on this (e.g. imported) resource. */
  | 'ERR_NOT_AVAILABLE'
  /** Provisioning through the AWS SDK failed part-way. */
  | 'ERR_PROVISIONING_FAILED'
  /** `toSdkRequests()` met something the Cognito API cannot create (an intrinsic, an IAM role, a dynamic reference). */
  | 'ERR_SDK_UNSUPPORTED'
  /** The CLI could not load or use a module. */
  | 'ERR_CLI'

/** One problem found in a definition. */
export interface DefinitionIssue {
  /** Dotted path to the offending setting, e.g. `passwordPolicy.tempPasswordValidity`. */
  readonly path: string
  /** Rule identifier (the CDK's validation code where the CDK has the rule, e.g. `MinLengthPasswordReceived`). */
  readonly rule: string
  /** A sentence naming the field, the rule and the received value. */
  readonly message: string
}

/**
 * Base class of every error the builder throws.
 *
 * @example
 * ```ts
 * try { pool.toCloudFormation() } catch (e) { if (isCognitoKitError(e)) console.error(e.code) }
 * ```
 */
export class CognitoKitError extends Error {
  /** Stable machine-readable code. */
  readonly code: BuilderErrorCode

  constructor(code: BuilderErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = new.target.name
    this.code = code
    Object.defineProperty(this, BRAND, { value: true })
  }
}

/**
 * Thrown when a setting (at its `with*` call) or a whole definition (at `toCloudFormation()`,
 * `toDefinition()`) is invalid. `issues` lists every problem, not only the first.
 *
 * @example
 * ```ts
 * const result = pool.validate()
 * if (!result.success) for (const i of result.issues) console.log(i.path, i.message)
 * ```
 */
export class DefinitionValidationError extends CognitoKitError {
  readonly issues: readonly DefinitionIssue[]

  constructor(issues: readonly DefinitionIssue[], options?: { cause?: unknown; code?: BuilderErrorCode }) {
    const list = issues.map((i) => `  - ${i.path || '(root)'}: ${i.message}`).join('\n')
    super(
      options?.code ?? 'ERR_DEFINITION_INVALID',
      `Invalid user pool definition (${issues.length} issue${issues.length === 1 ? '' : 's'}):\n${list}`,
      options,
    )
    this.issues = Object.freeze(issues.map((i) => Object.freeze({ ...i })))
  }
}

/**
 * True for any error thrown by a cognito-kit package, even across duplicate installed copies.
 *
 * @example
 * ```ts
 * if (isCognitoKitError(err) && err.code === 'ERR_DEFINITION_INVALID') process.exitCode = 2
 * ```
 */
export function isCognitoKitError(value: unknown): value is CognitoKitError {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true
}
