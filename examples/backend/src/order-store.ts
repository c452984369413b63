/**
 * Where the example API's orders come from.
 *
 * @module
 */

/** One order. */
export interface Order {
  readonly id: string
  readonly item: string
  readonly quantity: number
  readonly status: 'open' | 'shipped'
}

/** Orders by owner (`sub`). */
export interface OrderStore {
  ordersOf(sub: string): Readonly<Order[]> | Promise<readonly Order[]>
}

/**
 * Two sample orders for every caller, with ids derived from the caller's `sub`.
 *
 * @example
 * ```ts
 * ordersApi({ verifier, orders: sampleOrders() })
 * ```
 */
export function sampleOrders(): OrderStore {
  return {
    ordersOf: (sub) => [
      { id: `${sub.slice(0, 8)}-1001`, item: 'Blue mug', quantity: 2, status: 'shipped' },
      { id: `${sub.slice(0, 8)}-1002`, item: 'Notebook', quantity: 1, status: 'open' },
    ],
  }
}
