import { describe, expect, it } from 'vitest'
import { OptionsValidationError } from '../src/errors.js'
import { jwksUriOf, parseUserPoolId, regionProblem, userPoolIdProblem } from '../src/user-pool-id.js'

describe('parseUserPoolId', () => {
  it('derives region, both issuers and both JWKS URLs', () => {
    expect(parseUserPoolId('eu-west-1_AbCdEf123')).toEqual({
      userPoolId: 'eu-west-1_AbCdEf123',
      region: 'eu-west-1',
      dnsSuffix: 'amazonaws.com',
      issuers: {
        original: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbCdEf123',
        updated: 'https://issuer-cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbCdEf123',
      },
      jwksUris: {
        original: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbCdEf123/.well-known/jwks.json',
        updated: 'https://issuer-cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbCdEf123/.well-known/jwks.json',
      },
    })
  })

  it('handles GovCloud, the European Sovereign Cloud and two-digit region numbers', () => {
    expect(parseUserPoolId('us-gov-east-1_X1').issuers.original).toBe(
      'https://cognito-idp.us-gov-east-1.amazonaws.com/us-gov-east-1_X1',
    )
    expect(parseUserPoolId('eusc-de-east-1_X1').dnsSuffix).toBe('amazonaws.eu')
    expect(parseUserPoolId('ap-southeast-10_X1').region).toBe('ap-southeast-10')
  })

  it('refuses anything that is not {region}_{alphanumeric}', () => {
    for (const id of [
      '',
      'eu-west-1',
      'eu-west-1_',
      '_abc',
      'eu-west-1_ab-c',
      'EU-WEST-1_abc',
      'eu-west-1_abc/..',
      'cn-north-1_abc',
    ]) {
      expect(userPoolIdProblem(id)).toBeDefined()
      expect(() => parseUserPoolId(id)).toThrow(OptionsValidationError)
    }
    expect(userPoolIdProblem(42)).toMatch(/a number/)
  })

  it('checks region names alone', () => {
    expect(regionProblem('eu-central-2')).toBeUndefined()
    expect(regionProblem('cn-northwest-1')).toMatch(/China/)
    expect(regionProblem('eu_central_2')).toBeDefined()
  })

  it('builds JWKS URLs under the issuer path', () => {
    expect(jwksUriOf('http://127.0.0.1:9229/local_abc')).toBe('http://127.0.0.1:9229/local_abc/.well-known/jwks.json')
    expect(jwksUriOf('https://idp.example/')).toBe('https://idp.example/.well-known/jwks.json')
  })
})
