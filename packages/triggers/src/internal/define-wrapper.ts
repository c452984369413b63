/**
 * Turns a trigger spec into the public wrapper (`preSignUp`, `createAuthChallenge`, ...): calling
 * it wraps a handler; `.for<...>()` returns the same wrapper, typed with a pool definition.
 */
import type { LambdaContext } from '../lambda-context.js'
import { defineTrigger, type TriggerSpec } from './define-trigger.js'

/** What a wrapper does when called: wraps a handler (with the wrapper's options, if any). */
type Wrap = (handler: never, options: never) => (event: unknown, context?: LambdaContext) => Promise<unknown>

/**
 * Gives a wrap function its `.for()`: the same function, retyped by `W` (the wrapper's public
 * interface). Call as `/* @__PURE__ *\/ withFor(...)` so unused wrappers tree-shake away.
 */
export function withFor<W>(wrap: Wrap): W {
  const self: object = Object.assign(wrap, { for: () => self })
  return self as W
}

/**
 * The wrapper of a trigger. `spec` runs when the first handler is wrapped (no top-level work); the
 * wrapper's options reach `spec.respond`.
 */
export function defineWrapper<W>(spec: () => TriggerSpec<never>): W {
  let built: TriggerSpec<never> | undefined
  return withFor<W>((handler, options) => defineTrigger((built ??= spec()), handler, options))
}
