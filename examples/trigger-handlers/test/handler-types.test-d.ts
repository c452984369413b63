/** The handlers are typed with the app pool's definition and the app's declared claims. */
import { addClaims, preSignUp, preTokenGeneration } from '@cognito-kit/triggers'
import { describe, expectTypeOf, it } from 'vitest'
import type { AppClaims, AppPoolDefinition } from '../src/index.js'
import { preSignUpHandler } from '../src/index.js'

describe('handler types', () => {
  it('see the pool’s custom attributes, and only those', () => {
    preSignUp.for<AppPoolDefinition>()((event) => {
      expectTypeOf(event.request.userAttributes['custom:tenant']).toEqualTypeOf<string | undefined>()
      // @ts-expect-error: the pool declares no custom:nickname attribute
      void event.request.userAttributes['custom:nickname']
    })
  })

  it('may add only the declared claims, with their types', () => {
    const v1 = preTokenGeneration.v1.for<AppPoolDefinition, AppClaims>()
    v1(() => addClaims({ idToken: { tenant: 'acme', plan: 'pro' } }))
    // @ts-expect-error: role is not one of the app's ID-token claims
    v1(() => addClaims({ idToken: { role: 'admin' } }))
    // @ts-expect-error: plan is 'free' or 'pro'
    v1(() => addClaims({ idToken: { plan: 'gold' } }))
  })

  it('are Lambda handlers, not any', () => {
    expectTypeOf(preSignUpHandler).toBeFunction()
    expectTypeOf(preSignUpHandler).not.toBeAny()
    expectTypeOf(preSignUpHandler).returns.resolves.toHaveProperty('response')
  })
})
