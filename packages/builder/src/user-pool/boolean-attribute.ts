import type { CustomAttributeDefinition } from '../definition/custom-attribute-definition.js'
import type { CustomAttribute, CustomAttributeProps } from './custom-attribute.js'

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
  toDefinition(): CustomAttributeDefinition<'Boolean'> {
    return this.#def
  }
}
