/**
 * Runs the example API on a `node:http` server.
 *
 * @module
 */
import { createServer } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { type OrdersApiOptions, ordersApi } from './orders-api.js'

/** Options of {@link startBackend}. */
export interface StartBackendOptions extends OrdersApiOptions {
  /**
   * Port on 127.0.0.1.
   * @default 0 (a free port)
   */
  readonly port?: number
}

/** A running API. */
export interface RunningBackend {
  /** `http://127.0.0.1:{port}`. */
  readonly url: string
  readonly port: number
  /** Closes the server and its open connections. Safe to call twice. */
  stop(): Promise<void>
}

/**
 * Starts the API on 127.0.0.1.
 *
 * @example
 * ```ts
 * const api = await startBackend({ verifier })
 * await fetch(`${api.url}/me`, { headers: { authorization: `Bearer ${accessToken}` } })
 * await api.stop()
 * ```
 */
export async function startBackend(options: StartBackendOptions): Promise<RunningBackend> {
  const server = createServer(ordersApi(options))
  const sockets = new Set<Socket>()
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.once('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject)
      resolve()
    })
  })
  const { port } = server.address() as AddressInfo
  let stopped: Promise<void> | undefined
  return Object.freeze({
    url: `http://127.0.0.1:${port}`,
    port,
    stop: () =>
      (stopped ??= new Promise<void>((resolve) => {
        server.close(() => resolve())
        for (const socket of sockets) socket.destroy()
      })),
  })
}
