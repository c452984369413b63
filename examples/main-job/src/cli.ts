/**
 * `npm start`'s main job as a command: discovers the built example packages, runs the job with
 * progress output, and turns Ctrl-C / SIGTERM into a clean stop. `scripts/start.mjs` calls
 * {@link main} after building the examples.
 *
 * @module
 */
import { existsSync, readdirSync } from 'node:fs'
import { isAbsolute, join, relative } from 'node:path'
import { pathToFileURL } from 'node:url'
import { formatStep } from './format-step.js'
import { MainJobError } from './main-job-error.js'
import { runMainJob } from './run-main-job.js'
import type { PoolSource } from './synthesize-pools.js'

/** The process facilities the CLI uses (a real `process` by default; tests pass their own). */
export interface CliProcess {
  readonly env: Record<string, string | undefined>
  once(signal: 'SIGINT' | 'SIGTERM', listener: () => void): unknown
  removeListener(signal: 'SIGINT' | 'SIGTERM', listener: () => void): unknown
}

/** Options of {@link main}. */
export interface CliOptions {
  /** The repository root (holds `examples/` and receives `out/`). */
  readonly root: string
  /** @default process */
  readonly process?: CliProcess
  /** Normal output. @default console.log */
  readonly print?: (text: string) => void
  /** Error output. @default console.error */
  readonly printError?: (text: string) => void
  /** Where pool sources come from. @default - every `examples/<name>/dist/index.js` that exports `pools` */
  readonly sources?: readonly PoolSource[]
}

/** A path relative to the working directory when inside it, else absolute. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path)
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? path : rel
}

/**
 * Imports every built example (`examples/<name>/dist/index.js`) that exports `pools`.
 *
 * @example
 * ```ts
 * const sources = await loadPoolSources(process.cwd())
 * synthesizePools('out', sources)
 * ```
 */
export async function loadPoolSources(root: string): Promise<PoolSource[]> {
  const examples = join(root, 'examples')
  if (!existsSync(examples)) return []
  const sources: PoolSource[] = []
  const names = readdirSync(examples, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
  for (const name of names) {
    const entry = join(examples, name, 'dist', 'index.js')
    if (!existsSync(entry)) continue
    const mod = (await import(pathToFileURL(entry).href)) as Partial<PoolSource>
    if (mod.pools === undefined) continue
    sources.push({
      name,
      pools: mod.pools,
      ...(typeof mod.renderOptions === 'function' ? { renderOptions: mod.renderOptions } : {}),
      ...(mod.references === undefined ? {} : { references: mod.references }),
    })
  }
  return sources
}

/**
 * Runs the main job and resolves to the exit code: 0 when every step passed, 1 when one failed,
 * 130 after SIGINT and 143 after SIGTERM (everything started is stopped first in every case).
 *
 * @example
 * ```ts
 * process.exitCode = await main({ root: process.cwd() })
 * ```
 */
export async function main(options: CliOptions): Promise<number> {
  const proc: CliProcess = options.process ?? process
  const print = options.print ?? ((text: string) => console.log(text))
  const printError = options.printError ?? ((text: string) => console.error(text))
  // The job runs on Node 20 on purpose; the SDK's notice about future versions is noise here.
  proc.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true'

  const controller = new AbortController()
  let received: 'SIGINT' | 'SIGTERM' | undefined
  const onSignal = (signal: 'SIGINT' | 'SIGTERM') => () => {
    if (received !== undefined) return
    received = signal
    printError(`\n${signal}: stopping what the main job started...`)
    controller.abort(new Error(`received ${signal}`))
  }
  const listeners = { SIGINT: onSignal('SIGINT'), SIGTERM: onSignal('SIGTERM') } as const
  proc.once('SIGINT', listeners.SIGINT)
  proc.once('SIGTERM', listeners.SIGTERM)

  try {
    const outDir = join(options.root, 'out')
    const sources = options.sources ?? (await loadPoolSources(options.root))
    print('cognito-kit main job: the example app pool end to end, offline\n')
    const report = await runMainJob({
      synthesize: { outDir: shown(outDir), sources },
      signal: controller.signal,
      onStep: (step, index) => print(formatStep(step, index)),
    })
    print(
      `\nDone in ${(report.totalMs / 1000).toFixed(1)} s: pool ${report.userPoolId}, user ${report.user.email} (${report.user.sub}) signed up, confirmed, signed in; tokens verified. Nothing left running.`,
    )
    return 0
  } catch (error) {
    if (error instanceof MainJobError && error.code === 'ERR_MAIN_JOB_INTERRUPTED') {
      printError(`main job ${error.message}; everything it started has been stopped`)
      return received === 'SIGTERM' ? 143 : 130
    }
    if (error instanceof MainJobError) {
      printError(`\nmain job FAILED: ${error.message}`)
      if (error.cause instanceof Error && error.cause.stack) printError(error.cause.stack)
      printError('everything it started has been stopped')
      return 1
    }
    printError(`\nmain job FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
    return 1
  } finally {
    proc.removeListener('SIGINT', listeners.SIGINT)
    proc.removeListener('SIGTERM', listeners.SIGTERM)
  }
}
