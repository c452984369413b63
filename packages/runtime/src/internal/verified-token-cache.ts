/** A bounded LRU of verified tokens, keyed by the SHA-256 of the exact token string. */

interface Entry {
  readonly claims: unknown
  readonly header: unknown
  readonly userPoolId: string
  /** `Date.now()` after which the entry is stale: min(exp, stored + maxAge). */
  readonly expiresAt: number
}

/** The cache; every method is O(1). */
export class VerifiedTokenCache {
  readonly #entries = new Map<string, Entry>()
  readonly #maxEntries: number
  readonly #maxAgeMs: number

  constructor(maxEntries: number, maxAgeSeconds: number) {
    this.#maxEntries = maxEntries
    this.#maxAgeMs = maxAgeSeconds * 1000
  }

  /** The fresh entry for `hash`, refreshed as most recently used; stale entries are dropped. */
  get(hash: string, now: number): Entry | undefined {
    const entry = this.#entries.get(hash)
    if (entry === undefined) return undefined
    if (now >= entry.expiresAt) {
      this.#entries.delete(hash)
      return undefined
    }
    // Re-insert: Map iteration order is insertion order, so the first key is the LRU one.
    this.#entries.delete(hash)
    this.#entries.set(hash, entry)
    return entry
  }

  /** Stores a verified token until min(`exp`, now + maxAge). */
  set(hash: string, claims: unknown, header: unknown, userPoolId: string, exp: number, now: number): void {
    const expiresAt = Math.min(exp * 1000, now + this.#maxAgeMs)
    if (expiresAt <= now) return
    if (this.#entries.size >= this.#maxEntries && !this.#entries.has(hash)) {
      const oldest = this.#entries.keys().next()
      if (!oldest.done) this.#entries.delete(oldest.value)
    }
    this.#entries.set(hash, { claims, header, userPoolId, expiresAt })
  }

  get size(): number {
    return this.#entries.size
  }

  clear(): void {
    this.#entries.clear()
  }
}
