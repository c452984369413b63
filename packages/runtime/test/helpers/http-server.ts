/** A throwaway HTTP server on 127.0.0.1 (port 0) that records requests. Always `close()` it. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface TestServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string
  /** Paths requested so far, in order. */
  readonly requests: string[]
  close(): Promise<void>
}

export async function startServer(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<TestServer> {
  const requests: string[] = []
  const sockets = new Set<import('node:net').Socket>()
  const server = createServer((req, res) => {
    requests.push(req.url ?? '')
    handler(req, res)
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}

/** A handler serving `body` as JSON on every path. */
export const serveJson =
  (body: () => unknown) =>
  (_req: IncomingMessage, res: ServerResponse): void => {
    const text = JSON.stringify(body())
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) })
    res.end(text)
  }
