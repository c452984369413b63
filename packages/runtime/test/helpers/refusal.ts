/** Assertions for attack tests: a typed refusal, in bounded time, never an acceptance. */
import { expect } from 'vitest'
import { JwtVerificationError } from '../../src/errors.js'

type ErrorClass = abstract new (...args: never[]) => Error

/** How long a refusal may take before the test calls it a hang. */
const HANG_MS = 5000

/** What a verification ended with. */
export type Outcome = { readonly accepted: unknown } | { readonly error: unknown } | { readonly hung: true }

/** Settles `promise`, or reports a hang after {@link HANG_MS}. */
export async function outcomeOf(promise: Promise<unknown>): Promise<Outcome> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const hang = new Promise<Outcome>((resolve) => {
    timer = setTimeout(() => resolve({ hung: true }), HANG_MS)
  })
  try {
    return await Promise.race([
      promise.then(
        (accepted): Outcome => ({ accepted }),
        (error: unknown): Outcome => ({ error }),
      ),
      hang,
    ])
  } finally {
    clearTimeout(timer)
  }
}

/**
 * Asserts that `verification` rejects, in bounded time, with a {@link JwtVerificationError} of class
 * `type` whose fields match `fields` (at least `code`). `label` names the variant in failures.
 */
export async function expectRefused(
  label: string,
  verification: Promise<unknown>,
  type: ErrorClass,
  fields: Readonly<Record<string, unknown>>,
): Promise<void> {
  const outcome = await outcomeOf(verification)
  if ('hung' in outcome) expect.fail(`${label}: verification hung`)
  if ('accepted' in outcome) expect.fail(`${label}: token was ACCEPTED`)
  const { error } = outcome
  if (!(error instanceof JwtVerificationError)) {
    expect.fail(
      `${label}: untyped failure ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
    )
  }
  if (!((error as unknown) instanceof type)) {
    expect.fail(`${label}: ${error.name} (${error.code}: ${error.message}), not ${type.name}`)
  }
  expect(error, label).toMatchObject(fields)
}

/** Asserts that `verification` resolves (a positive control next to the attacks). */
export async function expectAccepted(label: string, verification: Promise<unknown>): Promise<unknown> {
  const outcome = await outcomeOf(verification)
  if ('hung' in outcome) expect.fail(`${label}: verification hung`)
  if ('error' in outcome) {
    const e = outcome.error
    expect.fail(`${label}: refused with ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`)
  }
  return outcome.accepted
}
