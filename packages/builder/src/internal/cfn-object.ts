/**
 * A CloudFormation property object as the CDK's L1 renders it: `undefined` members dropped, keys
 * in code-unit order.
 */
export function cfnObject(props: { readonly [key: string]: unknown }): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(props).sort()) if (props[key] !== undefined) out[key] = props[key]
  return out
}

/** The CDK's `undefinedIfNoKeys`: `undefined` when every member is `undefined`. */
export function undefinedIfNoKeys<T extends { readonly [key: string]: unknown }>(
  props: T,
): Record<string, unknown> | undefined {
  for (const value of Object.values(props)) if (value !== undefined) return cfnObject(props)
  return undefined
}
