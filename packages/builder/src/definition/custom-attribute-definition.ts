import type { NumberValue } from '../intrinsic.js'

/** Data types of Cognito custom attributes. */
export type CustomAttributeDataType = 'String' | 'Number' | 'Boolean' | 'DateTime'

/** Custom attribute name (without `custom:`) → data type; the type parameter that follows a pool around. */
export type CustomAttributeTypes = { readonly [name: string]: CustomAttributeDataType }

/**
 * A custom attribute in a definition. Names are stored without the `custom:` prefix, as in the
 * CloudFormation `Schema`.
 */
export interface CustomAttributeDefinition<T extends CustomAttributeDataType = CustomAttributeDataType> {
  readonly dataType: T
  /** @default false (Cognito's default: custom attributes are immutable) */
  readonly mutable?: boolean
  /** String attributes: minimum length. */
  readonly minLen?: NumberValue
  /** String attributes: maximum length (≤ 2048). */
  readonly maxLen?: NumberValue
  /** Number attributes: minimum value. */
  readonly min?: NumberValue
  /** Number attributes: maximum value. */
  readonly max?: NumberValue
}
