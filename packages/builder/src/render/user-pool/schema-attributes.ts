import type { CustomAttributeDefinition } from '../../definition/custom-attribute-definition.js'
import type { StandardAttributes } from '../../definition/user-pool-settings.js'
import { cfnObject } from '../../internal/cfn-object.js'
import type { NumberValue, StringValue } from '../../intrinsic.js'
import { StandardAttributeNames } from '../../user-pool/standard-attribute-names.js'

/** A constraint as CloudFormation takes it: a number as a string; an intrinsic as it is. */
const text = (value: NumberValue | undefined): StringValue | undefined =>
  typeof value === 'number' ? value.toString() : value

/** `Schema`: the standard attributes in key order, then the custom ones; `undefined` when empty. */
export function schemaAttributes(
  standard: StandardAttributes | undefined,
  custom: { readonly [name: string]: CustomAttributeDefinition },
): Record<string, unknown>[] | undefined {
  const schema: Record<string, unknown>[] = []
  for (const [key, attr] of Object.entries(standard ?? {})) {
    if (!attr) continue
    schema.push(
      cfnObject({
        Mutable: attr.mutable ?? true,
        Name: StandardAttributeNames[key as keyof typeof StandardAttributeNames],
        Required: attr.required ?? false,
      }),
    )
  }
  for (const [name, attr] of Object.entries(custom)) {
    // Truthiness as in the CDK: `min: 0` or `minLen: 0` alone emits no constraint (an intrinsic is truthy).
    const numeric = attr.min || attr.max ? cfnObject({ MaxValue: text(attr.max), MinValue: text(attr.min) }) : undefined
    const string =
      attr.minLen || attr.maxLen ? cfnObject({ MaxLength: text(attr.maxLen), MinLength: text(attr.minLen) }) : undefined
    schema.push(
      cfnObject({
        AttributeDataType: attr.dataType,
        Mutable: attr.mutable,
        Name: name,
        NumberAttributeConstraints: numeric,
        StringAttributeConstraints: string,
      }),
    )
  }
  return schema.length === 0 ? undefined : schema
}
