import type { CustomAttributeDefinition } from '../definition/custom-attribute-definition.js'
import type { NumberValue } from '../intrinsic.js'

/**
 * What a custom attribute's `bind()` returns, as the CDK's `CustomAttributeConfig`.
 *
 * @see https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_cognito.CustomAttributeConfig.html
 */
export interface CustomAttributeConfig {
  /** `'String'`, `'Number'`, `'Boolean'` or `'DateTime'`. */
  readonly dataType: string
  /**
   * Length limits of a string attribute.
   * @default - none (also when both limits are 0 or absent, as in the CDK)
   */
  readonly stringConstraints?: { readonly minLen?: NumberValue; readonly maxLen?: NumberValue }
  /**
   * Value limits of a number attribute.
   * @default - none (also when both limits are 0 or absent, as in the CDK)
   */
  readonly numberConstraints?: { readonly min?: NumberValue; readonly max?: NumberValue }
  /**
   * Whether the value can change after sign-up.
   * @default - absent (Cognito's default: mutable)
   */
  readonly mutable?: boolean
}

/**
 * The CDK's bound form of an attribute definition.
 *
 * @example
 * ```ts
 * customAttributeConfig({ dataType: 'String', minLen: 1 }) // { dataType: 'String', stringConstraints: { minLen: 1 } }
 * ```
 */
export function customAttributeConfig(def: CustomAttributeDefinition): CustomAttributeConfig {
  const d = def as CustomAttributeDefinition & {
    minLen?: NumberValue
    maxLen?: NumberValue
    min?: NumberValue
    max?: NumberValue
  }
  const pick = <K extends 'minLen' | 'maxLen' | 'min' | 'max'>(keys: readonly K[]) =>
    Object.fromEntries(keys.filter((k) => d[k] !== undefined).map((k) => [k, d[k]])) as { [P in K]?: NumberValue }
  return {
    dataType: def.dataType,
    ...(d.minLen || d.maxLen ? { stringConstraints: pick(['minLen', 'maxLen'] as const) } : {}),
    ...(d.min || d.max ? { numberConstraints: pick(['min', 'max'] as const) } : {}),
    ...(def.mutable !== undefined ? { mutable: def.mutable } : {}),
  }
}
