/**
 * Runs the example API against a real user pool:
 * `USER_POOL_ID=eu-west-1_AbCdEf123 CLIENT_ID=1example23456789 PORT=8080 node dist/main.js`.
 *
 * @module
 */
import { createBackendVerifier } from './create-backend-verifier.js'
import { startBackend } from './start-backend.js'

const { USER_POOL_ID, CLIENT_ID, PORT } = process.env
const missing = [
  ['USER_POOL_ID', USER_POOL_ID],
  ['CLIENT_ID', CLIENT_ID],
].filter(([, value]) => !value)
if (missing.length > 0) {
  console.error(
    `set ${missing.map(([name]) => name).join(' and ')} (the pool id and the app client id whose access tokens to accept)`,
  )
  process.exit(2)
}
const port = PORT === undefined ? 8080 : Number(PORT)
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number; received ${JSON.stringify(PORT)}`)
  process.exit(2)
}

const api = await startBackend({
  verifier: createBackendVerifier({ userPoolId: USER_POOL_ID as string, clientId: (CLIENT_ID as string).split(',') }),
  port,
  onRejected: (reason, { method, path }) => console.warn(`refused ${method} ${path}: ${reason.message}`),
})
console.log(`orders API on ${api.url} (GET /health, /me, /orders); Ctrl-C stops it`)
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void api.stop().then(() => process.exit(0))
  })
}
