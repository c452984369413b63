/**
 * The `cognito-kit` command: argument parsing, `synth` and `validate`.
 *
 * @module
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { isCognitoKitError } from '../errors.js'
import type { LogicalIdScheme } from '../render/render-context.js'
import { formatTemplate, type TemplateFormat } from '../render/template-format.js'
import { fromDefinition } from '../user-pool-builder.js'
import { type FoundPool, findPools, type PoolLike } from './find-pools.js'
import { loadModule } from './load-module.js'

/** Exit codes: 0 ok, 1 an invalid pool, 2 a usage or loading problem. */
const EXIT = { ok: 0, invalid: 1, usage: 2 } as const

const HELP = `Usage:
  cognito-kit synth <module> [--format json|yaml] [--out DIR] [--logical-ids readable|cdk] [--stack-id ID]
  cognito-kit validate <module>

<module> is a .ts, .mts, .js or .mjs file exporting user pools (builders or definitions).
synth writes one template per pool, named after the export (the pool id for a default export).
validate prints every issue with its path and exits with 1 when a pool is invalid.`

export interface CliIo {
  readonly out: (line: string) => void
  readonly err: (line: string) => void
  readonly cwd: string
}

function printIssues(io: CliIo, name: string, error: unknown): void {
  const issues = (error as { issues?: readonly { path: string; rule: string; message: string }[] }).issues
  if (issues === undefined) {
    io.err(`${name}: ${error instanceof Error ? error.message : String(error)}`)
    return
  }
  io.err(`${name}: ${issues.length} issue${issues.length === 1 ? '' : 's'}`)
  for (const i of issues) io.err(`  ${i.path || '(root)'}: ${i.message} [${i.rule}]`)
}

async function pools(io: CliIo, file: string): Promise<FoundPool[] | number> {
  let mod: Record<string, unknown>
  try {
    mod = await loadModule(file, io.cwd)
  } catch (error) {
    if (isCognitoKitError(error) && error.code === 'ERR_CLI') {
      io.err(`error: ${error.message}`)
      return EXIT.usage
    }
    if (isCognitoKitError(error) && 'issues' in error) {
      // A with* call threw while the module loaded: a setting is invalid on its own.
      printIssues(io, file, error)
      return EXIT.invalid
    }
    io.err(`error: cannot load ${file}: ${error instanceof Error ? error.message : String(error)}`)
    return EXIT.usage
  }
  const found = findPools(mod, (d) => fromDefinition(d) as unknown as PoolLike)
  if (found.length === 0) {
    io.err(`error: ${file} exports no user pool (export a builder from userPool(...) or a definition)`)
    return EXIT.usage
  }
  return found
}

async function synth(
  io: CliIo,
  file: string,
  format: TemplateFormat,
  outDir: string,
  logicalIds: LogicalIdScheme,
  stackId: string | undefined,
): Promise<number> {
  const found = await pools(io, file)
  if (typeof found === 'number') return found
  const rendered: { name: string; text: string; count: number }[] = []
  let code: number = EXIT.ok
  for (const { name, pool } of found) {
    try {
      const template = pool.toCloudFormation({ logicalIds, ...(stackId !== undefined ? { stackId } : {}) })
      rendered.push({ name, text: formatTemplate(template, format), count: Object.keys(template.Resources).length })
    } catch (error) {
      printIssues(io, name, error)
      code = EXIT.invalid
    }
  }
  if (code !== EXIT.ok) return code
  const dir = resolve(io.cwd, outDir)
  mkdirSync(dir, { recursive: true })
  for (const { name, text, count } of rendered) {
    const path = join(dir, `${name.replace(/[^\w.-]/g, '_')}.${format === 'yaml' ? 'yaml' : 'json'}`)
    writeFileSync(path, text)
    io.out(`wrote ${relative(io.cwd, path) || path} (${count} resource${count === 1 ? '' : 's'})`)
  }
  return EXIT.ok
}

async function validate(io: CliIo, file: string): Promise<number> {
  const found = await pools(io, file)
  if (typeof found === 'number') return found
  let code: number = EXIT.ok
  for (const { name, pool } of found) {
    const result = pool.validate()
    if (result.success) {
      io.out(`${name}: valid`)
    } else {
      printIssues(io, name, result)
      code = EXIT.invalid
    }
  }
  return code
}

/**
 * Runs the CLI with `argv` (without `node` and the script) and returns the exit code.
 *
 * @example
 * ```ts
 * const code = await run(['synth', 'pools.ts', '--format', 'yaml'])
 * ```
 */
export async function run(
  argv: readonly string[],
  io: CliIo = { out: console.log, err: console.error, cwd: process.cwd() },
): Promise<number> {
  let parsed: ReturnType<typeof parseArgs>
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'json' },
        out: { type: 'string', default: 'out' },
        'logical-ids': { type: 'string', default: 'readable' },
        'stack-id': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    })
  } catch (error) {
    io.err(`error: ${error instanceof Error ? error.message : String(error)}\n\n${HELP}`)
    return EXIT.usage
  }
  const { values, positionals } = parsed
  const [command, file, ...extra] = positionals
  if (values.help === true || command === 'help') {
    io.out(HELP)
    return EXIT.ok
  }
  if (command !== 'synth' && command !== 'validate') {
    io.err(`error: ${command === undefined ? 'missing command' : `unknown command ${command}`}\n\n${HELP}`)
    return EXIT.usage
  }
  if (file === undefined || extra.length > 0) {
    io.err(`error: ${file === undefined ? 'missing <module>' : `unexpected arguments: ${extra.join(' ')}`}\n\n${HELP}`)
    return EXIT.usage
  }
  const format = values.format as string
  if (format !== 'json' && format !== 'yaml') {
    io.err(`error: --format must be json or yaml; received ${format}`)
    return EXIT.usage
  }
  const logicalIds = values['logical-ids'] as string
  if (logicalIds !== 'readable' && logicalIds !== 'cdk') {
    io.err(`error: --logical-ids must be readable or cdk; received ${logicalIds}`)
    return EXIT.usage
  }
  if (command === 'validate') return validate(io, file)
  return synth(io, file, format, values.out as string, logicalIds, values['stack-id'] as string | undefined)
}
