/**
 * The claims the example app adds to its tokens (declared once, so the pre-token handlers may add
 * only these, with these types).
 *
 * @module
 */

/** The example app's own claims, by token. */
export interface AppClaims {
  readonly idToken: {
    /** The user's workspace (`custom:tenant`). */
    readonly tenant: string
    /** The user's plan (`custom:plan`, `free` when unset). */
    readonly plan: 'free' | 'pro'
  }
  readonly accessToken: {
    /** The user's workspace (`custom:tenant`). */
    readonly tenant: string
    /** The app roles the user's groups grant. */
    readonly roles: readonly string[]
  }
}

/**
 * The plan a `custom:plan` value stands for.
 *
 * @example
 * ```ts
 * planOf('pro') // 'pro'
 * planOf(undefined) // 'free'
 * ```
 */
export function planOf(value: string | undefined): AppClaims['idToken']['plan'] {
  return value === 'pro' ? 'pro' : 'free'
}
