import type { CustomAttributeDefinition } from '../definition/custom-attribute-definition.js'
import type { CustomAttribute, CustomAttributeProps } from './custom-attribute.js'
import { type CustomAttributeConfig, customAttributeConfig } from './custom-attribute-config.js'

/**
 * A custom attribute holding a boolean.
 *
 * @example
 * ```ts
 * userPool('P', { customAttributes: { isEmployee: new BooleanAttribute({ mutable: true }) } })
 * ```
 */
export class BooleanAttribute implements CustomAttribute<'Boolean'> {
  readonly dataType = 'Boolean' as const
  readonly #def: CustomAttributeDefinition<'Boolean'>

  constructor(props: CustomAttributeProps = {}) {
    this.#def = Object.freeze({
      dataType: 'Boolean',
      ...(props.mutable !== undefined ? { mutable: props.mutable } : {}),
    })
    Object.freeze(this)
  }

  /** The plain definition form. */
  /**
   * The CDK's bound form (`dataType`, constraints, `mutable`), as `ICustomAttribute.bind()`.
   *
   * @example
   * ```ts
   * new BooleanAttribute().bind().dataType // 'Boolean'
   * ```
   */
  bind(): CustomAttributeConfig {
    return customAttributeConfig(this.#def)
  }

  toDefinition(): CustomAttributeDefinition<'Boolean'> {
    return this.#def
  }
}
