/**
 * What the main job reports: one entry per step, and the facts the tests and the CLI read.
 *
 * @module
 */

/** One finished step. */
export interface StepReport {
  /** Stable step id: `synthesize`, `lambda-host`, `cognito-local`, `provision`, `sign-up`, `confirm`, `sign-in`, `verify`, `backend`, `shut-down`. */
  readonly id: string
  /** What the step did, in a few words. */
  readonly title: string
  /** Wall-clock milliseconds. */
  readonly durationMs: number
  /** Human-readable detail lines. */
  readonly lines: readonly string[]
}

/** A trigger invocation seen during a step. */
export interface TriggerRun {
  /** The Lambda function name. */
  readonly functionName: string
  readonly triggerSource: string
  readonly ok: boolean
  /** The error message when the handler failed or denied. */
  readonly error?: string
}

/** The whole run. */
export interface MainJobReport {
  readonly steps: readonly StepReport[]
  readonly totalMs: number
  /** The provisioned pool. */
  readonly userPoolId: string
  readonly clientId: string
  /** The signed-up user. */
  readonly user: { readonly email: string; readonly sub: string }
  /** Every trigger invocation, in order. */
  readonly triggers: readonly TriggerRun[]
  /** The claims the pre-token handler added to the ID token, as verified. */
  readonly addedIdTokenClaims: Readonly<Record<string, unknown>>
  /** The verified claims of both tokens. */
  readonly idTokenClaims: Readonly<Record<string, unknown>>
  readonly accessTokenClaims: Readonly<Record<string, unknown>>
  /** What was started (all stopped again when the job returns). */
  readonly started: {
    readonly cognitoLocal: { readonly port: number; readonly pid: number }
    readonly lambdaHost: { readonly port: number }
    readonly backend: { readonly port: number }
  }
  /** What the backend example answered to the access token. */
  readonly backend: readonly { readonly path: string; readonly status: number }[]
  /** CloudFormation templates written (paths), when synthesis ran. */
  readonly templates: readonly string[]
}
