/**
 * The main job's report as text: one block per step.
 *
 * @module
 */
import type { StepReport } from './main-job-report.js'

/**
 * One step as a short block: `n. title   123 ms` then its detail lines, indented.
 *
 * @example
 * ```ts
 * runMainJob({ onStep: (step, index) => console.log(formatStep(step, index)) })
 * ```
 */
export function formatStep(step: StepReport, index: number): string {
  const head = `${String(index).padStart(2)}. ${step.title.padEnd(52)} ${String(step.durationMs).padStart(6)} ms`
  return [head, ...step.lines.map((line) => `      ${line}`)].join('\n')
}
