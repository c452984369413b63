/**
 * A copy of `obj` without its `undefined` members, typed for `exactOptionalPropertyTypes`: the
 * building block of every options → definition conversion.
 */
export function defined<T extends object>(obj: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(obj)) if (v !== undefined) out[k] = v
  return out as { [K in keyof T]: Exclude<T[K], undefined> }
}
