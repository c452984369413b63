import { randomUUID } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { LambdaContext } from '../lambda-context.js'
import { createLambdaContext } from '../testing/lambda-context.js'

/** A function the host can run: any Lambda handler (a wrapped trigger, a router, ...). */
export type HostedFunction = (event: never, context?: LambdaContext) => Promise<unknown> | unknown

/** Options of `startLambdaHost`. */
export interface LambdaHostOptions {
  /** Function name → handler. Invocations by ARN or with a qualifier resolve to the name. */
  readonly functions: { readonly [name: string]: HostedFunction }
  /**
   * Rewrites each event before the handler sees it, e.g. `cognitoLocalEvents` for cognito-local's quirks.
   * @default - events are passed as received
   */
  readonly adaptEvent?: (event: unknown, functionName: string) => unknown
  /**
   * Port on 127.0.0.1.
   * @default 0 (a free port)
   */
  readonly port?: number
  /**
   * Milliseconds a synchronous invocation may run before it fails like a Lambda timeout.
   * @default 5000 (Cognito's limit)
   */
  readonly timeoutMs?: number
}

/** One invocation the host served. */
export interface Invocation {
  /** The function name (after resolving ARNs and qualifiers). */
  readonly functionName: string
  /** `RequestResponse` or `Event` (asynchronous, like the custom senders). */
  readonly invocationType: 'RequestResponse' | 'Event'
  /** The event as received (before `adaptEvent`). */
  readonly event: unknown
  /** What the function returned or threw. */
  readonly outcome:
    | { readonly ok: true; readonly result: unknown }
    | { readonly ok: false; readonly errorType: string; readonly errorMessage: string }
}

/** A running host. */
export interface LambdaHost {
  /** `http://127.0.0.1:<port>`: the Lambda endpoint to give cognito-local or an AWS SDK client. */
  readonly url: string
  /** The port. */
  readonly port: number
  /** Every invocation so far, oldest first. */
  readonly invocations: readonly Invocation[]
  /** Resolves when every asynchronous (`Event`) invocation started so far has finished. */
  settled(): Promise<void>
  /** Stops the server and closes its connections. Safe to call twice. */
  stop(): Promise<void>
}

const INVOKE_PATH = /^\/2015-03-31\/functions\/([^/]+)\/invocations\/?$/

/** `name`, `name:qualifier`, `arn:aws:lambda:region:account:function:name[:qualifier]` → `name`. */
function functionNameOf(raw: string): string {
  const decoded = decodeURIComponent(raw)
  const parts = decoded.split(':')
  if (decoded.startsWith('arn:')) return parts[6] ?? decoded
  return parts[0] ?? decoded
}

function send(res: ServerResponse, status: number, headers: Record<string, string>, body?: unknown): void {
  const text = body === undefined ? '' : JSON.stringify(body)
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(text)),
    ...headers,
  })
  res.end(text)
}

function awsError(res: ServerResponse, status: number, type: string, message: string): void {
  send(res, status, { 'x-amzn-errortype': type, 'x-amzn-requestid': randomUUID() }, { Type: 'User', message })
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

function errorFields(error: unknown): { errorType: string; errorMessage: string; trace: string[] } {
  if (error instanceof Error) {
    return {
      errorType: error.name,
      errorMessage: error.message,
      trace: (error.stack ?? '')
        .split('\n')
        .slice(1)
        .map((l) => l.trim()),
    }
  }
  return { errorType: typeof error, errorMessage: String(error), trace: [] }
}

async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const e = new Error(`Task timed out after ${(ms / 1000).toFixed(2)} seconds`)
      e.name = 'Sandbox.Timedout'
      reject(e)
    }, ms)
    timer.unref()
  })
  try {
    return await Promise.race([work, timeout])
  } finally {
    clearTimeout(timer)
  }
}

/**
 * Starts a small HTTP server on 127.0.0.1 that speaks the Lambda Invoke API
 * (`POST /2015-03-31/functions/{name}/invocations`) and runs the given handlers, so anything that
 * invokes Lambda over HTTP (cognito-local, an AWS SDK `LambdaClient`) drives them end to end.
 * Function errors come back as Lambda reports them: status 200, `X-Amz-Function-Error: Unhandled`
 * and `{ errorType, errorMessage, trace }`. `X-Amz-Invocation-Type: Event` runs the handler
 * asynchronously (202), `DryRun` only checks the function exists (204). Unknown functions get a
 * 404 `ResourceNotFoundException`.
 *
 * @example
 * ```ts
 * const host = await startLambdaHost({ functions: { 'pre-sign-up': preSignUp(() => autoConfirm()) } })
 * const cognito = await startLocalCognito({ lambdaEndpoint: host.url, triggers: { PreSignUp: 'pre-sign-up' } })
 * // ... sign up through cognito-local ...
 * await cognito.stop()
 * await host.stop()
 * ```
 */
export async function startLambdaHost(options: LambdaHostOptions): Promise<LambdaHost> {
  const functions = new Map(Object.entries(options.functions))
  for (const [name, fn] of functions) {
    if (typeof fn !== 'function')
      throw new TypeError(`startLambdaHost: function ${JSON.stringify(name)} is not a function`)
  }
  const timeoutMs = options.timeoutMs ?? 5000
  const invocations: Invocation[] = []
  const pending = new Set<Promise<unknown>>()

  const run = async (name: string, event: unknown, invocationType: Invocation['invocationType']) => {
    const fn = functions.get(name) as (event: unknown, context: LambdaContext) => unknown
    const input = options.adaptEvent ? options.adaptEvent(event, name) : event
    const context = createLambdaContext({ functionName: name, timeoutMs })
    try {
      const raw = await withTimeout(
        Promise.resolve().then(() => fn(input, context)),
        timeoutMs,
      )
      // Lambda serializes the result: undefined becomes null.
      const result = raw === undefined ? null : (JSON.parse(JSON.stringify(raw)) as unknown)
      invocations.push({ functionName: name, invocationType, event, outcome: { ok: true, result } })
      return { ok: true as const, result }
    } catch (error) {
      const fields = errorFields(error)
      invocations.push({
        functionName: name,
        invocationType,
        event,
        outcome: { ok: false, errorType: fields.errorType, errorMessage: fields.errorMessage },
      })
      return { ok: false as const, fields }
    }
  }

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1')
      const m = INVOKE_PATH.exec(url.pathname)
      if (!m || req.method !== 'POST') {
        await readBody(req)
        awsError(res, 404, 'UnknownOperationException', `Unknown operation ${req.method} ${url.pathname}`)
        return
      }
      const name = functionNameOf(m[1] as string)
      const body = await readBody(req)
      if (!functions.has(name)) {
        awsError(res, 404, 'ResourceNotFoundException', `Function not found: ${name}`)
        return
      }
      let event: unknown = null
      if (body.trim() !== '') {
        try {
          event = JSON.parse(body)
        } catch {
          awsError(res, 400, 'InvalidRequestContentException', 'Could not parse request body into json')
          return
        }
      }
      const type = String(req.headers['x-amz-invocation-type'] ?? 'RequestResponse')
      const executed = { 'x-amz-executed-version': '$LATEST', 'x-amzn-requestid': randomUUID() }
      if (type === 'DryRun') {
        send(res, 204, executed)
        return
      }
      if (type === 'Event') {
        const job = run(name, event, 'Event')
        pending.add(job)
        void job.finally(() => pending.delete(job))
        send(res, 202, executed)
        return
      }
      const outcome = await run(name, event, 'RequestResponse')
      if (outcome.ok) send(res, 200, executed, outcome.result)
      else send(res, 200, { ...executed, 'x-amz-function-error': 'Unhandled' }, outcome.fields)
    })().catch((error: unknown) => {
      if (!res.headersSent)
        awsError(res, 500, 'ServiceException', error instanceof Error ? error.message : String(error))
      else res.destroy()
    })
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject)
      resolve()
    })
  })
  const port = (server.address() as AddressInfo).port
  let stopped: Promise<void> | undefined
  return Object.freeze({
    url: `http://127.0.0.1:${port}`,
    port,
    invocations,
    async settled() {
      while (pending.size > 0) await Promise.allSettled([...pending])
    },
    stop() {
      stopped ??= new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
      return stopped
    },
  })
}
