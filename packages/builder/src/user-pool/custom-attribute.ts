import type { CustomAttributeDataType, CustomAttributeDefinition } from '../definition/custom-attribute-definition.js'

/** Anything that can be a custom attribute: `StringAttribute`, `NumberAttribute`, ... */
export interface CustomAttribute<T extends CustomAttributeDataType = CustomAttributeDataType> {
  readonly dataType: T
  /** The plain definition form. */
  toDefinition(): CustomAttributeDefinition<T>
}

/** Options every custom attribute takes. */
export interface CustomAttributeProps {
  /**
   * Whether the value may change after it is first set.
   * @default false (Cognito's default; nothing is emitted)
   */
  readonly mutable?: boolean
}

/** Custom attribute types of a map of custom attributes. */
export type CustomAttributeTypesOfMap<M> = {
  readonly [K in keyof M & string]: M[K] extends CustomAttribute<infer T> ? T : never
}

/** Custom attribute types declared by a props object. */
export type CustomAttributeTypesOf<P> = P extends { readonly customAttributes: infer M }
  ? CustomAttributeTypesOfMap<M>
  : {}

/** `A` with the attributes of `M` added (a fresh object type, so editors show the names). */
export type WithCustomAttributes<A, M> = {
  readonly [K in Exclude<keyof A, keyof M> | (keyof M & string)]: K extends keyof M & string
    ? M[K] extends CustomAttribute<infer T>
      ? T
      : never
    : A[K & keyof A]
}
