/**
 * Tokens issued by cognito-local (a user-pool emulator on 127.0.0.1), verified through its JWKS
 * URL with the loopback escape hatch, by both implementations.
 */
import {
  AdminAddUserToGroupCommand,
  AdminConfirmSignUpCommand,
  CognitoIdentityProviderClient,
  CreateGroupCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  InitiateAuthCommand,
  SignUpCommand,
} from '@aws-sdk/client-cognito-identity-provider'
import { type LocalCognito, startLocalCognito } from '@cognito-kit/local-cognito'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { implementations } from '../helpers/tokens.js'

describe('tokens from cognito-local', () => {
  let cognito: LocalCognito
  let client: CognitoIdentityProviderClient
  let poolId: string
  let otherPoolId: string
  let clientId: string
  let idToken: string
  let accessToken: string
  let otherPoolToken: string

  // cognito-local pools use the email address as the username.
  async function signIn(pool: string, username: string): Promise<{ id: string; access: string; clientId: string }> {
    const appClient = await client.send(
      new CreateUserPoolClientCommand({
        UserPoolId: pool,
        ClientName: 'web',
        ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH'],
      }),
    )
    const id = appClient.UserPoolClient?.ClientId as string
    await client.send(
      new SignUpCommand({
        ClientId: id,
        Username: username,
        Password: 'Correct-Horse-9',
        UserAttributes: [{ Name: 'email', Value: username }],
      }),
    )
    await client.send(new AdminConfirmSignUpCommand({ UserPoolId: pool, Username: username }))
    const auth = await client.send(
      new InitiateAuthCommand({
        ClientId: id,
        AuthFlow: 'USER_PASSWORD_AUTH',
        AuthParameters: { USERNAME: username, PASSWORD: 'Correct-Horse-9' },
      }),
    )
    return {
      id: auth.AuthenticationResult?.IdToken as string,
      access: auth.AuthenticationResult?.AccessToken as string,
      clientId: id,
    }
  }

  beforeAll(async () => {
    cognito = await startLocalCognito()
    client = new CognitoIdentityProviderClient(cognito.clientConfig)
    poolId = (await client.send(new CreateUserPoolCommand({ PoolName: 'runtime-test' }))).UserPool?.Id as string
    otherPoolId = (await client.send(new CreateUserPoolCommand({ PoolName: 'other' }))).UserPool?.Id as string
    await client.send(new CreateGroupCommand({ UserPoolId: poolId, GroupName: 'admins' }))
    const main = await signIn(poolId, 'alice@example.com')
    // Groups land in the tokens issued after the user joins: sign in again.
    await client.send(
      new AdminAddUserToGroupCommand({ UserPoolId: poolId, Username: 'alice@example.com', GroupName: 'admins' }),
    )
    const again = await client.send(
      new InitiateAuthCommand({
        ClientId: main.clientId,
        AuthFlow: 'USER_PASSWORD_AUTH',
        AuthParameters: { USERNAME: 'alice@example.com', PASSWORD: 'Correct-Horse-9' },
      }),
    )
    clientId = main.clientId
    idToken = again.AuthenticationResult?.IdToken as string
    accessToken = again.AuthenticationResult?.AccessToken as string
    otherPoolToken = (await signIn(otherPoolId, 'bob@example.com')).access
  })

  afterAll(async () => {
    client?.destroy()
    await cognito?.stop()
  })

  describe.each(implementations)('%s', (_name, createCognitoVerifier) => {
    const custom = () => ({ issuer: cognito.issuer(poolId), jwksUri: cognito.jwksUri(poolId) })

    it('verifies the ID token', async () => {
      const verifier = createCognitoVerifier({
        userPoolId: poolId,
        tokenUse: 'id',
        clientId,
        unsafeCustomIssuer: custom(),
      })
      const claims = await verifier.verify(idToken)
      expect(claims).toMatchObject({
        token_use: 'id',
        aud: clientId,
        iss: cognito.issuer(poolId),
        email: 'alice@example.com',
      })
      expect(claims['cognito:groups']).toEqual(['admins'])
    })

    it('verifies the access token, with a group requirement', async () => {
      const verifier = createCognitoVerifier({
        userPoolId: poolId,
        tokenUse: 'access',
        clientId,
        groups: 'admins',
        scope: 'aws.cognito.signin.user.admin',
        unsafeCustomIssuer: custom(),
      })
      const claims = await verifier.verify(accessToken)
      expect(claims).toMatchObject({ token_use: 'access', client_id: clientId, username: expect.any(String) })
    })

    it('refuses the ID token as an access token, and a token of another pool with the same key', async () => {
      const verifier = createCognitoVerifier({
        userPoolId: poolId,
        tokenUse: 'access',
        clientId,
        unsafeCustomIssuer: custom(),
      })
      await expect(verifier.verify(idToken)).rejects.toMatchObject({ code: 'ERR_JWT_TOKEN_USE_MISMATCH' })
      // cognito-local signs every pool with one key: only the exact issuer keeps pools apart.
      await expect(verifier.verify(otherPoolToken)).rejects.toMatchObject({ code: 'ERR_JWT_ISSUER_MISMATCH' })
    })

    it('refuses a token of the right pool for another client', async () => {
      const verifier = createCognitoVerifier({
        userPoolId: poolId,
        tokenUse: 'access',
        clientId: 'not-this-client',
        unsafeCustomIssuer: custom(),
      })
      await expect(verifier.verify(accessToken)).rejects.toMatchObject({ code: 'ERR_JWT_CLIENT_ID_MISMATCH' })
    })
  })
})
