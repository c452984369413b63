/**
 * Verification keys by (issuer, kid). One JWKS URL per issuer, derived from configuration only;
 * one fetch in flight per URL however many verifications wait; a cooldown before an unknown `kid`
 * may trigger another fetch; keys already known keep working while the endpoint is down.
 */
import {
  type JwksFetchError,
  JwkValidationError,
  KidNotFoundInJwksError,
  WaitPeriodNotYetEndedJwkError,
} from '../errors.js'
import { type FetchJwksSettings, fetchJwks } from '../jwt/fetch-jwks.js'
import { type Jwk, type JwksDocument, type RsaPublicJwk, rsaVerificationKeyProblem } from '../jwt/jwks-document.js'
import type { CryptoBackend, ImportedRsaKey } from './crypto-backend.js'

type KeySlot<K> =
  | { readonly ok: true; readonly key: ImportedRsaKey<K> }
  | { readonly ok: false; readonly error: JwkValidationError }

/** Key state of one issuer. */
export interface IssuerKeys<K> {
  readonly issuer: string
  readonly jwksUri: string
  /** Keys given up front: never fetched. */
  readonly fixed: boolean
  keys: ReadonlyMap<string, KeySlot<K>>
  /** `Date.now()` of the last fetch attempt, or `-Infinity`. */
  lastAttemptAt: number
  /** The error of the last attempt, cleared by a successful one. */
  lastError: unknown
  /** A fetch or the initial import, while one is running. */
  loading: Promise<void> | undefined
}

/** Settings of the store. */
export interface KeyStoreSettings extends FetchJwksSettings {
  readonly cooldownMs: number
}

/** Keys of all issuers of one verifier. */
export class KeyStore<K> {
  readonly #backend: CryptoBackend<K>
  readonly #settings: KeyStoreSettings
  /** In-flight fetches by URL, shared by issuers that happen to use the same URL. */
  readonly #inflight = new Map<string, Promise<JwksDocument>>()
  constructor(backend: CryptoBackend<K>, settings: KeyStoreSettings) {
    this.#backend = backend
    this.#settings = settings
  }

  /** Creates the state of one issuer, importing `jwks` when given. */
  createIssuer(issuer: string, jwksUri: string, jwks: JwksDocument | undefined): IssuerKeys<K> {
    const state: IssuerKeys<K> = {
      issuer,
      jwksUri,
      fixed: jwks !== undefined,
      keys: new Map(),
      lastAttemptAt: Number.NEGATIVE_INFINITY,
      lastError: undefined,
      loading: undefined,
    }
    if (jwks !== undefined) {
      const loaded = this.#load(jwks)
      if (loaded instanceof Promise) {
        state.loading = loaded.then(
          (keys) => {
            state.keys = keys
            state.loading = undefined
          },
          (error: unknown) => {
            state.lastError = error
            state.loading = undefined
          },
        )
      } else {
        state.keys = loaded
      }
    }
    return state
  }

  /**
   * The key for `kid`: synchronously when known, otherwise after (at most) one shared fetch.
   *
   * @throws {JwkValidationError | KidNotFoundInJwksError | WaitPeriodNotYetEndedJwkError | JwksFetchError | JwksValidationError}
   */
  get(state: IssuerKeys<K>, kid: string): ImportedRsaKey<K> | Promise<ImportedRsaKey<K>> {
    const slot = state.keys.get(kid)
    if (slot === undefined) return this.#miss(state, kid)
    if (slot.ok) return slot.key
    throw slot.error
  }

  /** Fetches every issuer's JWKS now; rejects only when every fetch failed. */
  async hydrate(states: readonly IssuerKeys<K>[]): Promise<void> {
    const results = await Promise.allSettled(
      states.filter((s) => !s.fixed).map((s) => (s.loading !== undefined ? s.loading : this.#refresh(s))),
    )
    const failures = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected')
    if (failures.length > 0 && failures.length === results.length) throw failures[0]?.reason
  }

  async #miss(state: IssuerKeys<K>, kid: string): Promise<ImportedRsaKey<K>> {
    if (state.loading !== undefined) {
      await state.loading
      const slot = state.keys.get(kid)
      if (slot !== undefined) {
        if (slot.ok) return slot.key
        throw slot.error
      }
      if (state.fixed) throw state.lastError ?? new KidNotFoundInJwksError(state.issuer, kid)
      throw new KidNotFoundInJwksError(state.issuer, kid)
    }
    if (state.fixed) throw state.lastError ?? new KidNotFoundInJwksError(state.issuer, kid)
    const waited = Date.now() - state.lastAttemptAt
    if (waited < this.#settings.cooldownMs) {
      throw new WaitPeriodNotYetEndedJwkError(
        state.issuer,
        kid,
        Math.ceil(this.#settings.cooldownMs - waited),
        state.lastError,
      )
    }
    await this.#refresh(state)
    const slot = state.keys.get(kid)
    if (slot === undefined) throw new KidNotFoundInJwksError(state.issuer, kid)
    if (slot.ok) return slot.key
    throw slot.error
  }

  #refresh(state: IssuerKeys<K>): Promise<void> {
    state.lastAttemptAt = Date.now()
    const run = (async () => {
      try {
        const document = await this.#fetch(state.jwksUri)
        state.keys = await this.#load(document)
        state.lastError = undefined
      } catch (error) {
        state.lastError = error as JwksFetchError
        throw error
      } finally {
        state.loading = undefined
      }
    })()
    state.loading = run
    return run
  }

  #fetch(url: string): Promise<JwksDocument> {
    const pending = this.#inflight.get(url)
    if (pending !== undefined) return pending
    const request = fetchJwks(url, this.#settings).finally(() => this.#inflight.delete(url))
    this.#inflight.set(url, request)
    return request
  }

  /** Checks and imports every key with a `kid`; a bad key is kept as an error for its `kid`. */
  #load(document: JwksDocument): Map<string, KeySlot<K>> | Promise<Map<string, KeySlot<K>>> {
    const slots = new Map<string, KeySlot<K> | Promise<KeySlot<K>>>()
    const seen = new Set<string>()
    for (const published of document.keys) {
      // Own members only: nothing of a key may come from a polluted Object.prototype.
      const jwk = Object.assign(Object.create(null) as Jwk, published)
      const kid = jwk.kid
      if (typeof kid !== 'string' || kid.length === 0) continue
      if (seen.has(kid)) {
        slots.set(kid, {
          ok: false,
          error: new JwkValidationError(kid, 'the JWKS has more than one key with this kid'),
        })
        continue
      }
      seen.add(kid)
      const problem = rsaVerificationKeyProblem(jwk)
      if (problem !== undefined) {
        slots.set(kid, { ok: false, error: new JwkValidationError(kid, problem) })
        continue
      }
      slots.set(kid, this.#import({ kty: 'RSA', kid, n: jwk.n as string, e: jwk.e as string }))
    }
    const entries = [...slots.entries()]
    if (entries.every(([, slot]) => !(slot instanceof Promise))) return slots as Map<string, KeySlot<K>>
    return Promise.all(entries.map(async ([kid, slot]) => [kid, await slot] as const)).then((list) => new Map(list))
  }

  #import(jwk: RsaPublicJwk): KeySlot<K> | Promise<KeySlot<K>> {
    const fail = (error: unknown): KeySlot<K> => ({
      ok: false,
      error: new JwkValidationError(
        jwk.kid,
        `the platform refused the key (${error instanceof Error ? error.message : String(error)})`,
        {
          cause: error,
        },
      ),
    })
    try {
      const imported = this.#backend.importRsaKey(jwk)
      if (imported instanceof Promise) return imported.then((key): KeySlot<K> => ({ ok: true, key }), fail)
      return { ok: true, key: imported }
    } catch (error) {
      return fail(error)
    }
  }
}
