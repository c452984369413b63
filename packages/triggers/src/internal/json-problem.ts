/** Why a value is not JSON (a V2/V3 claim, a federated attribute), or `undefined`. Plain code: it runs on every invocation. */
export function jsonProblem(value: unknown, depth = 0): string | undefined {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return undefined
    case 'number':
      return Number.isFinite(value) ? undefined : 'must be a JSON value: numbers must be finite'
    case 'object': {
      if (value === null) return undefined
      if (depth > 64) return 'is nested too deeply'
      if (Array.isArray(value)) {
        for (const item of value) {
          const p = jsonProblem(item, depth + 1)
          if (p) return p
        }
        return undefined
      }
      const proto = Object.getPrototypeOf(value)
      if (proto !== Object.prototype && proto !== null) return 'must be a JSON value: plain objects only'
      for (const item of Object.values(value)) {
        const p = jsonProblem(item, depth + 1)
        if (p) return p
      }
      return undefined
    }
    default:
      return `must be a JSON value, received ${typeof value}`
  }
}
