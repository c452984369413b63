import { describe, expect, it } from 'vitest'
import {
  fromUserPoolResourceServerId,
  OAuthScope,
  ResourceServerScope,
  UserPoolClientIdentityProvider,
} from '../../src/index.js'
import { lib } from '../support/cdk-oracle.js'

describe('OAuthScope (catalogue §1.6.3)', () => {
  it('has the CDK constants and names', () => {
    for (const name of ['PHONE', 'EMAIL', 'OPENID', 'PROFILE', 'COGNITO_ADMIN'] as const) {
      expect(OAuthScope[name].scopeName).toBe(lib.cognito.OAuthScope[name].scopeName)
    }
    expect(OAuthScope.custom('users/read').scopeName).toBe('users/read')
  })
  it('resourceServer() takes an identifier, an options object or an imported server, and a scope or its name', () => {
    const read = new ResourceServerScope({ scopeName: 'read', scopeDescription: 'r' })
    expect(OAuthScope.resourceServer('users', read).scopeName).toBe('users/read')
    expect(OAuthScope.resourceServer({ identifier: 'users' }, 'write').scopeName).toBe('users/write')
    expect(OAuthScope.resourceServer(fromUserPoolResourceServerId('https://api.example.com'), read).scopeName).toBe(
      'https://api.example.com/read',
    )
  })
  it('scopes and resource-server scopes are frozen values', () => {
    expect(Object.isFrozen(OAuthScope.OPENID)).toBe(true)
    expect(Object.isFrozen(new ResourceServerScope({ scopeName: 'a', scopeDescription: 'b' }))).toBe(true)
  })
})

describe('UserPoolClientIdentityProvider (catalogue §1.6.4)', () => {
  it('has the CDK constants and names', () => {
    for (const name of ['APPLE', 'FACEBOOK', 'GOOGLE', 'AMAZON', 'COGNITO'] as const) {
      expect(UserPoolClientIdentityProvider[name].name).toBe(lib.cognito.UserPoolClientIdentityProvider[name].name)
    }
    expect(UserPoolClientIdentityProvider.custom('CorpSaml').name).toBe('CorpSaml')
    expect(UserPoolClientIdentityProvider.custom({ Ref: 'Corp' }).name).toEqual({ Ref: 'Corp' })
  })
})
