import {
  CognitoIdentityProviderClient,
  CreateUserPoolCommand,
  DescribeUserPoolCommand,
} from '@aws-sdk/client-cognito-identity-provider'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type LocalCognito, startLocalCognito } from '../src/index.js'

describe('startLocalCognito', () => {
  let cognito: LocalCognito
  beforeAll(async () => {
    cognito = await startLocalCognito()
  })
  afterAll(async () => {
    await cognito?.stop()
  })

  it('serves the user-pool API on a loopback port', async () => {
    expect(cognito.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    const client = new CognitoIdentityProviderClient(cognito.clientConfig)
    const created = await client.send(new CreateUserPoolCommand({ PoolName: 'probe' }))
    const id = created.UserPool?.Id ?? ''
    const described = await client.send(new DescribeUserPoolCommand({ UserPoolId: id }))
    expect(described.UserPool?.Name).toBe('probe')
    const jwks = (await (await fetch(cognito.jwksUri(id))).json()) as { keys: { kid: string }[] }
    expect(jwks.keys[0]?.kid).toBe('CognitoLocal')
    client.destroy()
  })

  it('stops and frees its port', async () => {
    const other = await startLocalCognito()
    await other.stop()
    await expect(fetch(`${other.endpoint}/health`)).rejects.toThrow()
  })
})
