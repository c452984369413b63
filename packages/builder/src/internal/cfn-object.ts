/**
 * A CloudFormation property object as the CDK's L1 renders it: `undefined` members dropped. Callers
 * write the keys in code-unit order (the L1 order; the parity tests compare bytes); `sorted: true`
 * sorts keys that are built dynamically.
 */
export function cfnObject(props: { readonly [key: string]: unknown }, sorted = false): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  const keys = sorted ? Object.keys(props).sort() : Object.keys(props)
  for (const key of keys) if (props[key] !== undefined) out[key] = props[key]
  return out
}

/** The CDK's `undefinedIfNoKeys`: `undefined` when every member is `undefined`. */
export function undefinedIfNoKeys<T extends { readonly [key: string]: unknown }>(
  props: T,
): Record<string, unknown> | undefined {
  for (const value of Object.values(props)) if (value !== undefined) return cfnObject(props)
  return undefined
}
