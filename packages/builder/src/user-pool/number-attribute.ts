import type { CustomAttributeDefinition } from '../definition/custom-attribute-definition.js'
import { DefinitionValidationError } from '../errors.js'
import type { NumberValue } from '../intrinsic.js'
import type { CustomAttribute, CustomAttributeProps } from './custom-attribute.js'
import { type CustomAttributeConfig, customAttributeConfig } from './custom-attribute-config.js'
import { customAttributeConstraintIssues } from './custom-attribute-rules.js'

/** Options of a {@link NumberAttribute}. */
export interface NumberAttributeProps extends CustomAttributeProps {
  /**
   * Minimum value, or an intrinsic. As in the CDK, `min: 0` alone emits no constraint.
   * @default - no constraint
   */
  readonly min?: NumberValue
  /**
   * Maximum value, or an intrinsic.
   * @default - no constraint
   */
  readonly max?: NumberValue
}

/**
 * A custom attribute holding a number.
 *
 * @example
 * ```ts
 * userPool('P', { customAttributes: { age: new NumberAttribute({ min: 0, max: 150 }) } })
 * ```
 */
export class NumberAttribute implements CustomAttribute<'Number'> {
  readonly dataType = 'Number' as const
  readonly #def: CustomAttributeDefinition<'Number'>

  /** @throws {DefinitionValidationError} when `min` is greater than `max` */
  constructor(props: NumberAttributeProps = {}) {
    this.#def = Object.freeze({
      dataType: 'Number',
      ...(props.mutable !== undefined ? { mutable: props.mutable } : {}),
      ...(props.min !== undefined ? { min: props.min } : {}),
      ...(props.max !== undefined ? { max: props.max } : {}),
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
   * new NumberAttribute().bind().dataType // 'Number'
   * ```
   */
  bind(): CustomAttributeConfig {
    return customAttributeConfig(this.#def)
  }

  toDefinition(): CustomAttributeDefinition<'Number'> {
    return this.#def
  }
}
