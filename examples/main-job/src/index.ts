/**
 * `npm start`'s main job: the example app pool synthesized, provisioned in cognito-local with
 * `apply()`, its trigger handlers run through the local Lambda host during a real sign-up,
 * confirmation and sign-in, and the issued tokens verified by the runtime.
 *
 * @module
 */
export { type CliOptions, type CliProcess, loadPoolSources, main } from './cli.js'
export { type DeliveredMessage, DeliveredMessages } from './delivered-messages.js'
export { formatStep } from './format-step.js'
export { MainJobError, type MainJobErrorCode } from './main-job-error.js'
export type { MainJobReport, StepReport, TriggerRun } from './main-job-report.js'
export { DEFAULT_USER, type MainJobOptions, type MainJobUser, runMainJob } from './run-main-job.js'
export { type PoolSource, type SynthesisResult, synthesizePools } from './synthesize-pools.js'
