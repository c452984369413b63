/**
 * Fetches one JWKS document: GET, no redirects, a timeout over the whole exchange, a byte cap
 * enforced while streaming, strict UTF-8 and JSON.
 *
 * @module
 */
import { JwksFetchError, JwksValidationError } from '../errors.js'
import { assertJwksDocument, type JwksDocument } from './jwks-document.js'
import type { FetchLike, ResponseLike } from './verifier-options.js'

/** Resolved fetch settings. */
export interface FetchJwksSettings {
  readonly fetch: FetchLike
  readonly timeoutMs: number
  readonly maxBytes: number
}

const HEADERS = Object.freeze({ accept: 'application/jwk-set+json, application/json' })

/**
 * Fetches and validates the JWKS at `url` (already checked against the URL policy). Settles within
 * `timeoutMs` whatever the fetch function does: the signal aborts the exchange, and a deadline
 * settles the verification even when a custom fetch, or its body, ignores the signal.
 *
 * @throws {JwksFetchError} network failure, timeout, non-200 (redirects included), oversized or non-JSON body.
 * @throws {JwksValidationError} JSON that is not a JWKS.
 */
export async function fetchJwks(url: string, settings: FetchJwksSettings): Promise<JwksDocument> {
  const controller = new AbortController()
  const progress = { responded: false }
  let timer: ReturnType<typeof setTimeout> | undefined
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      controller.abort()
      const what = progress.responded ? 'body not complete' : 'no response'
      reject(new JwksFetchError(url, 'timeout', `${what} within ${settings.timeoutMs} ms`))
    }, settings.timeoutMs)
    // Node: do not keep the process alive for this timer.
    ;(timer as { unref?: () => void }).unref?.()
  })
  try {
    return await Promise.race([exchange(url, settings, controller.signal, progress), deadline])
  } finally {
    clearTimeout(timer)
  }
}

/** The request and everything after it; any failure becomes a `JwksFetchError` or `JwksValidationError`. */
async function exchange(
  url: string,
  settings: FetchJwksSettings,
  signal: AbortSignal,
  progress: { responded: boolean },
): Promise<JwksDocument> {
  let response: ResponseLike
  try {
    const fetchFunction = settings.fetch // called without a `this`
    response = await fetchFunction(url, { method: 'GET', redirect: 'manual', signal, headers: HEADERS })
  } catch (error) {
    if (signal.aborted) {
      throw new JwksFetchError(url, 'timeout', `no response within ${settings.timeoutMs} ms`, { cause: error })
    }
    throw new JwksFetchError(url, 'network', describeError(error), { cause: error })
  }
  progress.responded = true
  try {
    return await readDocument(url, response, settings, signal)
  } catch (error) {
    if (error instanceof JwksFetchError || error instanceof JwksValidationError) throw error
    // A custom fetch may return anything: a failure to read it is a failed fetch, not a crash.
    throw new JwksFetchError(url, 'network', `unreadable response (${describeError(error)})`, { cause: error })
  }
}

async function readDocument(
  url: string,
  response: ResponseLike,
  settings: FetchJwksSettings,
  signal: AbortSignal,
): Promise<JwksDocument> {
  // A custom fetch may follow redirects whatever `redirect: 'manual'` says; Fetch then marks the
  // answer `redirected` (and `url` is where it ended).
  if ((response as { redirected?: unknown }).redirected === true) {
    await cancel(response)
    const to = (response as { url?: unknown }).url
    throw new JwksFetchError(
      url,
      'redirect',
      `the fetch followed a redirect${typeof to === 'string' && to !== '' ? ` to ${to}` : ''}; redirects are not followed`,
    )
  }
  const status = response.status
  if (status !== 200) {
    await cancel(response)
    if (typeof status === 'number' && ((status >= 300 && status < 400) || status === 0)) {
      throw new JwksFetchError(url, 'redirect', `redirects are not followed (status ${status})`, { status })
    }
    const shown = typeof status === 'number' ? status : JSON.stringify(status)
    throw new JwksFetchError(url, 'status', `status ${shown}, expected 200`, {
      ...(typeof status === 'number' ? { status } : {}),
    })
  }
  const declared = Number(response.headers.get('content-length') ?? Number.NaN)
  if (Number.isFinite(declared) && declared > settings.maxBytes) {
    await cancel(response)
    throw new JwksFetchError(url, 'too-large', `content-length ${declared} exceeds ${settings.maxBytes} bytes`, {
      status,
    })
  }
  let bytes: Uint8Array
  try {
    bytes = await readCapped(response, settings.maxBytes)
  } catch (error) {
    if (error instanceof TooLarge) {
      throw new JwksFetchError(url, 'too-large', `body exceeds ${settings.maxBytes} bytes`, { status })
    }
    if (signal.aborted) {
      throw new JwksFetchError(url, 'timeout', `body not complete within ${settings.timeoutMs} ms`, { cause: error })
    }
    throw new JwksFetchError(url, 'network', describeError(error), { cause: error })
  }
  let document: unknown
  try {
    document = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
  } catch (error) {
    throw new JwksFetchError(url, 'not-json', 'body is not UTF-8 JSON', { cause: error, status })
  }
  assertJwksDocument(document, url)
  return document
}

class TooLarge extends Error {}

async function readCapped(response: ResponseLike, maxBytes: number): Promise<Uint8Array> {
  const body = response.body
  if (body === null) return new Uint8Array(0)
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    if (!(value instanceof Uint8Array)) throw new TypeError('the body yielded something other than bytes')
    total += value.byteLength
    if (total > maxBytes) {
      // Not awaited: a body that ignores cancellation must not hold the verification.
      reader.cancel().catch(() => undefined)
      throw new TooLarge()
    }
    chunks.push(value)
  }
  const out = new Uint8Array(total)
  let offset = 0
  for (const chunk of chunks) {
    out.set(chunk, offset)
    offset += chunk.byteLength
  }
  return out
}

async function cancel(response: ResponseLike): Promise<void> {
  try {
    await response.body?.cancel()
  } catch {
    // Nothing left to release.
  }
}

function describeError(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as { cause?: unknown }).cause
    return cause instanceof Error ? `${error.message} (${cause.message})` : error.message
  }
  return String(error)
}
