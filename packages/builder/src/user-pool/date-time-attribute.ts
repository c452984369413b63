import type { CustomAttributeDefinition } from '../definition/custom-attribute-definition.js'
import type { CustomAttribute, CustomAttributeProps } from './custom-attribute.js'
import { type CustomAttributeConfig, customAttributeConfig } from './custom-attribute-config.js'

/**
 * A custom attribute holding a date and time.
 *
 * @example
 * ```ts
 * userPool('P', { customAttributes: { joinedOn: new DateTimeAttribute() } })
 * ```
 */
export class DateTimeAttribute implements CustomAttribute<'DateTime'> {
  readonly dataType = 'DateTime' as const
  readonly #def: CustomAttributeDefinition<'DateTime'>

  constructor(props: CustomAttributeProps = {}) {
    this.#def = Object.freeze({
      dataType: 'DateTime',
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
   * new DateTimeAttribute().bind().dataType // 'DateTime'
   * ```
   */
  bind(): CustomAttributeConfig {
    return customAttributeConfig(this.#def)
  }

  toDefinition(): CustomAttributeDefinition<'DateTime'> {
    return this.#def
  }
}
