/** Names a CDK user types, with the CDK's shapes: `UserPoolOperation.of`, `Duration` arithmetic, `bind()`, branding `clientId`. */
import { describe, expectTypeOf, it } from 'vitest'
import {
  type CustomAttributeConfig,
  Duration,
  NumberAttribute,
  type NumberValue,
  StringAttribute,
  UserPoolOperation,
  userPool,
} from '../../src/index.js'

describe('CDK names', () => {
  it('UserPoolOperation.of gives an operation withTrigger takes', () => {
    expectTypeOf(UserPoolOperation.of('preSignUp')).toEqualTypeOf<UserPoolOperation>()
    userPool('P').withTrigger(UserPoolOperation.of('PreSignUp'), 'arn:aws:lambda:us-east-1:123456789012:function:f')
    // @ts-expect-error: of takes a name, not an operation object
    UserPoolOperation.of(1)
  })

  it('Duration.plus/minus return a Duration; parse takes an ISO string', () => {
    expectTypeOf(Duration.minutes(3).minus(Duration.minutes(1))).toEqualTypeOf<Duration>()
    expectTypeOf(Duration.days(1).plus(Duration.minutes(1))).toEqualTypeOf<Duration>()
    expectTypeOf(Duration.parse('PT5M').toIsoString()).toEqualTypeOf<string>()
  })

  it('bind() returns the CDK CustomAttributeConfig', () => {
    expectTypeOf(new StringAttribute({ minLen: 1 }).bind()).toEqualTypeOf<CustomAttributeConfig>()
    expectTypeOf(new NumberAttribute().bind().numberConstraints).toEqualTypeOf<
      { readonly min?: NumberValue; readonly max?: NumberValue } | undefined
    >()
  })

  it('withManagedLoginBranding takes client or the CDK clientId', () => {
    const pool = userPool('P').withClient('Web')
    pool.withManagedLoginBranding('B', { client: 'Web', useCognitoProvidedValues: true })
    pool.withManagedLoginBranding('B', { clientId: 'abc123', useCognitoProvidedValues: true })
    pool.withManagedLoginBranding('B', { clientId: pool.clientId('Web'), useCognitoProvidedValues: true })
    // @ts-expect-error: 'Mobile' is not a client of the pool
    pool.withManagedLoginBranding('B', { client: 'Mobile' })
  })
})
