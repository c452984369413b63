/**
 * Starts cognito-local (a Cognito user-pool emulator) on a free 127.0.0.1 port, in a
 * private data directory, and stops it again. Used by the tests and by the main job.
 *
 * cognito-local keeps its state under `./.cognito` relative to its working directory,
 * so every instance gets its own temporary directory.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** Trigger names cognito-local understands in `TriggerFunctions`. */
export type LocalTriggerName =
  | 'CustomMessage'
  | 'CustomEmailSender'
  | 'PostAuthentication'
  | 'PostConfirmation'
  | 'PreSignUp'
  | 'PreTokenGeneration'
  | 'UserMigration'

export interface LocalCognitoOptions {
  /** Base URL of a server speaking the Lambda Invoke API, e.g. `http://127.0.0.1:9230`. */
  readonly lambdaEndpoint?: string
  /** Trigger name → Lambda function name. cognito-local applies them to every pool. */
  readonly triggers?: Partial<Record<LocalTriggerName, string>>
  /** Fixed port; a free one is chosen when absent. */
  readonly port?: number
  /** Forward cognito-local's own log lines to this function. */
  readonly log?: (line: string) => void
  /** Milliseconds to wait for `/health`. @default 20000 */
  readonly startTimeoutMs?: number
}

export interface LocalCognito {
  /** `http://127.0.0.1:<port>`: the AWS SDK endpoint and the token issuer domain. */
  readonly endpoint: string
  readonly port: number
  /** The working directory holding `.cognito/`. */
  readonly directory: string
  readonly pid: number
  /** Client configuration for `new CognitoIdentityProviderClient(...)`. */
  readonly clientConfig: {
    readonly endpoint: string
    readonly region: string
    readonly credentials: { readonly accessKeyId: string; readonly secretAccessKey: string }
  }
  /** The issuer cognito-local writes into tokens for a pool. */
  issuer(userPoolId: string): string
  /** The JWKS URL of a pool. */
  jwksUri(userPoolId: string): string
  /** Stops the process and removes its directory. Safe to call twice. */
  stop(): Promise<void>
}

const require = createRequire(import.meta.url)

/** Resolves a free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

const running = new Set<ChildProcess>()
let exitHookInstalled = false
function installExitHook(): void {
  if (exitHookInstalled) return
  exitHookInstalled = true
  process.once('exit', () => {
    for (const child of running) child.kill('SIGKILL')
  })
}

async function waitHealthy(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`cognito-local exited with code ${child.exitCode}`)
    try {
      const res = await fetch(`${url}/health`)
      if (res.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error(`cognito-local did not become healthy at ${url} within ${timeoutMs} ms`)
}

/**
 * Starts cognito-local and resolves once `/health` answers.
 *
 * @example
 * ```ts
 * const cognito = await startLocalCognito({ lambdaEndpoint: host.url, triggers: { PreSignUp: 'pre-sign-up' } })
 * const client = new CognitoIdentityProviderClient(cognito.clientConfig)
 * // ...
 * await cognito.stop()
 * ```
 */
export async function startLocalCognito(options: LocalCognitoOptions = {}): Promise<LocalCognito> {
  const startScript = require.resolve('cognito-local/lib/bin/start.js')
  let lastError: unknown
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = options.port ?? (await freePort())
    const endpoint = `http://127.0.0.1:${port}`
    const directory = mkdtempSync(join(tmpdir(), 'cognito-local-'))
    mkdirSync(join(directory, '.cognito', 'db'), { recursive: true })
    const config: Record<string, unknown> = {
      TokenConfig: { IssuerDomain: endpoint },
      TriggerFunctions: options.triggers ?? {},
    }
    if (options.lambdaEndpoint) {
      config.LambdaClient = {
        endpoint: options.lambdaEndpoint,
        region: 'local',
        credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      }
    }
    writeFileSync(join(directory, '.cognito', 'config.json'), JSON.stringify(config, null, 2))
    const child = spawn(process.execPath, [startScript], {
      cwd: directory,
      env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    running.add(child)
    installExitHook()
    const forward = (chunk: Buffer) => {
      if (options.log) for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) options.log(line)
    }
    child.stdout?.on('data', forward)
    child.stderr?.on('data', forward)
    let stopped = false
    const stop = async () => {
      if (stopped) return
      stopped = true
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise<void>((r) => child.once('exit', () => r()))
        child.kill('SIGTERM')
        const timer = setTimeout(() => child.kill('SIGKILL'), 3000)
        await exited
        clearTimeout(timer)
      }
      running.delete(child)
      rmSync(directory, { recursive: true, force: true })
    }
    try {
      await waitHealthy(endpoint, child, options.startTimeoutMs ?? 20_000)
    } catch (error) {
      lastError = error
      await stop()
      if (options.port !== undefined) break
      continue
    }
    return Object.freeze({
      endpoint,
      port,
      directory,
      pid: child.pid ?? -1,
      // Not frozen: the AWS SDK annotates the credentials object it is given.
      get clientConfig() {
        return { endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }
      },
      issuer: (userPoolId: string) => `${endpoint}/${userPoolId}`,
      jwksUri: (userPoolId: string) => `${endpoint}/${userPoolId}/.well-known/jwks.json`,
      stop,
    })
  }
  throw lastError instanceof Error ? lastError : new Error(String(lastError))
}
