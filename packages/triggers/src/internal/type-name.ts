/** A value's type in words for messages (`null`, `array`, `object`, `string`, ...); never the value. */
export function typeName(value: unknown): string {
  if (value === null) return 'null'
  return Array.isArray(value) ? 'array' : typeof value
}
