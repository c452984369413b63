/**
 * A function that builds its value on the first call and returns that value ever after: schemas
 * are built on first use, so a cold start pays only for the trigger families a function handles.
 * Call as `/* @__PURE__ *\/ lazy(...)` so unused ones tree-shake away.
 *
 * @example
 * ```ts
 * const blocks = /* @__PURE__ *\/ lazy(() => ({ string: z.string() }))
 * ```
 */
export function lazy<T extends object>(build: () => T): () => T {
  let value: T | undefined
  return () => (value ??= build())
}
