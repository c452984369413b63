import type { CustomAttributeDataType, CustomAttributeDefinition } from '../definition/custom-attribute-definition.js'

/** Anything that can be a custom attribute: `StringAttribute`, `NumberAttribute`, ... */
export interface CustomAttribute<T extends CustomAttributeDataType = CustomAttributeDataType> {
  readonly dataType: T
  /** The plain definition form. */
  toDefinition(): CustomAttributeDefinition<T>
}

/** Custom attribute types declared by a props object. */
export type CustomAttributeTypesOf<P> = P extends { readonly customAttributes: infer M }
  ? { readonly [K in keyof M & string]: M[K] extends CustomAttribute<infer T> ? T : never }
  : {}
