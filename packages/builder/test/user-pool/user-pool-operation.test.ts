import { describe, expect, it } from 'vitest'
import { DefinitionValidationError, UserPoolOperation, userPool } from '../../src/index.js'
import { arnOf, expectParity } from '../parity/support/parity.js'
import { lib } from '../support/cdk-oracle.js'

describe('UserPoolOperation.of', () => {
  it('lower-cases the first letter, as the CDK does', () => {
    for (const name of ['PreSignUp', 'preSignUp', 'CustomSmsSender', 'inboundFederation']) {
      expect(UserPoolOperation.of(name)).toBe(lib.cognito.UserPoolOperation.of(name).operationName)
    }
  })

  it('is not one of the enumerated operations', () => {
    expect(Object.keys(UserPoolOperation)).not.toContain('of')
    expect(Object.values(UserPoolOperation)).not.toContain(UserPoolOperation.of)
  })

  it('gives the same trigger as the member it names (parity with the CDK)', () => {
    expectParity({
      cdk: (stack, l, standIns) => {
        new l.cognito.UserPool(stack, 'P').addTrigger(l.cognito.UserPoolOperation.of('PreSignUp'), standIns.fn('Fn'))
      },
      ours: () => userPool('P').withTrigger(UserPoolOperation.of('PreSignUp'), arnOf('Fn')),
    })
  })

  it('an operation Cognito does not know is refused by withTrigger', () => {
    expect(() =>
      userPool('P').withTrigger(UserPoolOperation.of('NoSuchTrigger'), 'arn:aws:lambda:us-east-1:1:function:f'),
    ).toThrow(DefinitionValidationError)
  })
})
