import type { CustomAttributeDefinition } from '../definition/custom-attribute-definition.js'
import { DefinitionValidationError } from '../errors.js'
import type { NumberValue } from '../intrinsic.js'
import type { CustomAttribute, CustomAttributeProps } from './custom-attribute.js'
import { type CustomAttributeConfig, customAttributeConfig } from './custom-attribute-config.js'
import { customAttributeConstraintIssues } from './custom-attribute-rules.js'

/** Options of a {@link StringAttribute}. */
export interface StringAttributeProps extends CustomAttributeProps {
  /**
   * Minimum length (0–2048), or an intrinsic (not checked, as the CDK skips tokens).
   * @default - no constraint emitted (Cognito: 0)
   */
  readonly minLen?: NumberValue
  /**
   * Maximum length (0–2048), or an intrinsic.
   * @default - no constraint emitted (Cognito: 2048)
   */
  readonly maxLen?: NumberValue
}

/**
 * A custom attribute holding a string.
 *
 * @example
 * ```ts
 * userPool('P', { customAttributes: { tenant: new StringAttribute({ minLen: 1, maxLen: 64, mutable: true }) } })
 * ```
 */
export class StringAttribute implements CustomAttribute<'String'> {
  readonly dataType = 'String' as const
  readonly #def: CustomAttributeDefinition<'String'>

  /** @throws {DefinitionValidationError} when a length is out of range */
  constructor(props: StringAttributeProps = {}) {
    this.#def = Object.freeze({
      dataType: 'String',
      ...(props.mutable !== undefined ? { mutable: props.mutable } : {}),
      ...(props.minLen !== undefined ? { minLen: props.minLen } : {}),
      ...(props.maxLen !== undefined ? { maxLen: props.maxLen } : {}),
    })
    const issues = customAttributeConstraintIssues(this.#def, '')
    if (issues.length > 0) throw new DefinitionValidationError(issues)
    Object.freeze(this)
  }

  /** The plain definition form. */
  /**
   * The CDK's bound form (`dataType`, constraints, `mutable`), as `ICustomAttribute.bind()`.
   *
   * @example
   * ```ts
   * new StringAttribute().bind().dataType // 'String'
   * ```
   */
  bind(): CustomAttributeConfig {
    return customAttributeConfig(this.#def)
  }

  toDefinition(): CustomAttributeDefinition<'String'> {
    return this.#def
  }
}
