/**
 * Fetches one JWKS document: GET, no redirects, a timeout over the whole exchange, a byte cap
 * enforced while streaming, strict UTF-8 and JSON.
 *
 * @module
 */
import { JwksFetchError } from '../errors.js'
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
 * Fetches and validates the JWKS at `url` (already checked against the URL policy).
 *
 * @throws {JwksFetchError} network failure, timeout, non-200 (redirects included), oversized or non-JSON body.
 * @throws {JwksValidationError} JSON that is not a JWKS.
 */
export async function fetchJwks(url: string, settings: FetchJwksSettings): Promise<JwksDocument> {
  const controller = new AbortController()
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    controller.abort()
  }, settings.timeoutMs)
  // Node: do not keep the process alive for this timer.
  ;(timer as { unref?: () => void }).unref?.()
  try {
    let response: ResponseLike
    try {
      const fetchFunction = settings.fetch // called without a `this`
      response = await fetchFunction(url, {
        method: 'GET',
        redirect: 'manual',
        signal: controller.signal,
        headers: HEADERS,
      })
    } catch (error) {
      if (timedOut)
        throw new JwksFetchError(url, 'timeout', `no response within ${settings.timeoutMs} ms`, { cause: error })
      throw new JwksFetchError(url, 'network', describeError(error), { cause: error })
    }
    const status = response.status
    if (status !== 200) {
      await cancel(response)
      if ((status >= 300 && status < 400) || status === 0) {
        throw new JwksFetchError(url, 'redirect', `redirects are not followed (status ${status})`, { status })
      }
      throw new JwksFetchError(url, 'status', `status ${status}, expected 200`, { status })
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
      if (error instanceof JwksFetchError) throw error
      if (timedOut) {
        throw new JwksFetchError(url, 'timeout', `body not complete within ${settings.timeoutMs} ms`, { cause: error })
      }
      if (error instanceof TooLarge) {
        throw new JwksFetchError(url, 'too-large', `body exceeds ${settings.maxBytes} bytes`, { status })
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
  } finally {
    clearTimeout(timer)
  }
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
    total += value.byteLength
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined)
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
  await response.body?.cancel().catch(() => undefined)
}

function describeError(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as { cause?: unknown }).cause
    return cause instanceof Error ? `${error.message} (${cause.message})` : error.message
  }
  return String(error)
}
