import type { CustomAttributeTypes } from '../definition/custom-attribute-definition.js'
import { StandardAttributeNames } from '../user-pool/standard-attribute-names.js'

type StandardAttributeKey = keyof typeof StandardAttributeNames

import type { ProviderAttribute } from './provider-attribute.js'

/**
 * Custom attributes a provider fills, keyed by the pool's custom attribute name (with or without
 * `custom:`). Only attributes declared on the pool are accepted.
 */
export type CustomAttributeMapping<A extends CustomAttributeTypes> = {
  readonly [K in (keyof A & string) | `custom:${keyof A & string}`]?: ProviderAttribute
}

/**
 * Which provider attribute fills which pool attribute, as the CDK's `AttributeMapping`. Custom
 * attributes are written with their `custom:` prefix (the CDK drops it).
 *
 * @typeParam A - the pool's custom attributes
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-specifying-attribute-mapping.html
 */
export type AttributeMapping<A extends CustomAttributeTypes = CustomAttributeTypes> = {
  readonly [K in StandardAttributeKey]?: ProviderAttribute
} & {
  /** Custom attributes of the pool. */
  readonly custom?: CustomAttributeMapping<A>
}

/** The definition form: Cognito attribute name → provider attribute, standard ones first. */
export function attributeMappingToDefinition(
  mapping: AttributeMapping<any> | undefined,
): { readonly [cognitoAttribute: string]: string } | undefined {
  if (mapping === undefined) return undefined
  const out: Record<string, string> = {}
  for (const [key, attr] of Object.entries(mapping)) {
    if (key === 'custom' || attr === undefined) continue
    const name = StandardAttributeNames[key as StandardAttributeKey] ?? key
    out[name] = (attr as ProviderAttribute).attributeName
  }
  for (const [key, attr] of Object.entries(mapping.custom ?? {})) {
    if (attr === undefined) continue
    out[key.startsWith('custom:') ? key : `custom:${key}`] = (attr as ProviderAttribute).attributeName
  }
  return Object.keys(out).length === 0 ? undefined : out
}
