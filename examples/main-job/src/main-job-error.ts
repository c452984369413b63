/**
 * The main job's error: which step failed (or was interrupted), what had finished, and the cause.
 *
 * @module
 */
import type { StepReport } from './main-job-report.js'

/** Stable codes of {@link MainJobError}. */
export type MainJobErrorCode =
  /** A step failed; `cause` says why. */
  | 'ERR_MAIN_JOB_STEP_FAILED'
  /** The job was stopped from outside (Ctrl-C, SIGTERM, an abort signal). */
  | 'ERR_MAIN_JOB_INTERRUPTED'

/**
 * Thrown by `runMainJob` after everything it started has been stopped.
 *
 * @example
 * ```ts
 * try { await runMainJob() } catch (e) { if (e instanceof MainJobError) console.error(e.step, e.message) }
 * ```
 */
export class MainJobError extends Error {
  readonly code: MainJobErrorCode
  /** The step that failed or was running when the job was interrupted. */
  readonly step: string
  /** The steps that finished before, in order (the shutdown step last, when it ran). */
  readonly completed: readonly StepReport[]

  constructor(
    code: MainJobErrorCode,
    step: string,
    message: string,
    options: { readonly cause?: unknown; readonly completed?: readonly StepReport[] } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.name = new.target.name
    this.code = code
    this.step = step
    this.completed = Object.freeze([...(options.completed ?? [])])
  }
}
