import { StandardAttributeNames } from '../user-pool/standard-attribute-names.js'

type StandardAttributeKey = keyof typeof StandardAttributeNames

/**
 * Which standard attributes a client may read or write: `true` selects an attribute, anything
 * else leaves it out.
 */
export type StandardAttributesMask = { readonly [K in StandardAttributeKey]?: boolean }

/** A custom attribute name without its `custom:` prefix. */
export type WithoutCustomPrefix<T extends string> = T extends `custom:${infer R}` ? R : T

declare const customAttributeNames: unique symbol

/**
 * An immutable set of user attributes a client may read or write, as the CDK's `ClientAttributes`.
 * The type parameter records the custom attributes it names, so a client of a pool only accepts
 * the custom attributes declared on that pool.
 *
 * @typeParam N - custom attribute names (without `custom:`) in the set
 *
 * @example
 * ```ts
 * const write = new ClientAttributes().withStandardAttributes({ fullname: true, email: true }).withCustomAttributes('favouritePizza')
 * const read = write.withStandardAttributes({ emailVerified: true }).withCustomAttributes('pointsEarned')
 * read.attributes() // ['custom:favouritePizza', 'custom:pointsEarned', 'email', 'email_verified', 'name']
 * ```
 */
export class ClientAttributes<N extends string = never> {
  /** Type-only record of the custom names; never set at runtime. */
  declare readonly [customAttributeNames]?: N
  #names: readonly string[] = []

  /**
   * An empty set.
   *
   * @example
   * ```ts
   * new ClientAttributes().attributes() // []
   * ```
   */
  constructor() {
    Object.freeze(this)
  }

  /**
   * A new set with the standard attributes selected by `mask` added.
   *
   * @example
   * ```ts
   * new ClientAttributes().withStandardAttributes({ email: true, emailVerified: true })
   * ```
   */
  withStandardAttributes(mask: StandardAttributesMask): ClientAttributes<N> {
    const added: string[] = []
    for (const [key, on] of Object.entries(mask)) {
      const name = StandardAttributeNames[key as StandardAttributeKey]
      if (on === true && name !== undefined) added.push(name)
    }
    return ClientAttributes.#of<N>([...this.#names, ...added])
  }

  /**
   * A new set with custom attributes added; `custom:` is prefixed when missing.
   *
   * @example
   * ```ts
   * new ClientAttributes().withCustomAttributes('tier', 'custom:plan').attributes() // ['custom:plan', 'custom:tier']
   * ```
   */
  withCustomAttributes<const M extends readonly string[]>(
    ...names: M
  ): ClientAttributes<N | WithoutCustomPrefix<M[number]>> {
    const added = names.map((n) => (n.startsWith('custom:') ? n : `custom:${n}`))
    return ClientAttributes.#of([...this.#names, ...added])
  }

  /**
   * The Cognito attribute names, sorted and without duplicates.
   *
   * @example
   * ```ts
   * new ClientAttributes().withStandardAttributes({ fullname: true }).attributes() // ['name']
   * ```
   */
  attributes(): string[] {
    return [...this.#names]
  }

  static #of<T extends string>(names: readonly string[]): ClientAttributes<T> {
    const next = new ClientAttributes<T>()
    next.#names = Object.freeze([...new Set(names)].sort())
    return next
  }
}
