/** A deep copy of plain data without `undefined` object members (arrays keep their length). */
export function stripUndefined<T>(value: T): T {
  if (Array.isArray(value)) return value.map(stripUndefined) as T
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return value
  const out: Record<string, unknown> = {}
  for (const [key, member] of Object.entries(value)) if (member !== undefined) out[key] = stripUndefined(member)
  return out as T
}
