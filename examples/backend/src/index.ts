/**
 * The example API: `node:http` routes that need a valid Cognito access token (and, for
 * `GET /orders`, the `orders/read` scope), with the runtime's verifier and backend helpers.
 *
 * @module
 */
export { type BackendVerifierOptions, createBackendVerifier } from './create-backend-verifier.js'
export { type Order, type OrderStore, sampleOrders } from './order-store.js'
export { type MeResponse, ORDERS_READ_SCOPE, type OrdersApiOptions, ordersApi } from './orders-api.js'
export { type RunningBackend, type StartBackendOptions, startBackend } from './start-backend.js'
