/**
 * End to end: cognito-local calls our handlers over the Lambda Invoke API (through the local host).
 * Sign-up runs pre sign-up and custom message; sign-in runs pre token generation (V1: cognito-local
 * has no V2), and the issued ID token carries the claims the handler added.
 */
import {
  AdminConfirmSignUpCommand,
  CognitoIdentityProviderClient,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  InitiateAuthCommand,
  SignUpCommand,
} from '@aws-sdk/client-cognito-identity-provider'
import { type LocalCognito, startLocalCognito } from '@cognito-kit/local-cognito'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addClaims, customMessage, deny, preSignUp, preTokenGeneration, suppressClaims } from '../../src/index.js'
import { cognitoLocalEvents, type LambdaHost, startLambdaHost } from '../../src/lambda-host/index.js'

let host: LambdaHost
let cognito: LocalCognito
let client: CognitoIdentityProviderClient
let clientId: string
let poolId: string
const logs: string[] = []

function decodeJwt(token: string): Record<string, unknown> {
  const payload = token.split('.')[1] ?? ''
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>
}

beforeAll(async () => {
  host = await startLambdaHost({
    adaptEvent: cognitoLocalEvents,
    functions: {
      'pre-sign-up': preSignUp((event) =>
        event.request.userAttributes.email?.endsWith('@example.org')
          ? undefined
          : deny('Sign-up is open to example.org addresses only'),
      ),
      'custom-message': customMessage(
        ({ triggerSource, request }) =>
          triggerSource === 'CustomMessage_SignUp'
            ? { emailSubject: 'Welcome', emailMessage: `cognito-kit says: your code is ${request.codeParameter}` }
            : undefined,
        { emailSendingAccount: 'DEVELOPER' },
      ),
      'pre-token': preTokenGeneration.v1((event) => [
        addClaims({ idToken: { tenant: event.request.userAttributes['custom:tenant'] ?? 'none', plan: 'pro' } }),
        suppressClaims({ idToken: ['email_verified'] }),
      ]),
    },
  })
  cognito = await startLocalCognito({
    lambdaEndpoint: host.url,
    triggers: { PreSignUp: 'pre-sign-up', CustomMessage: 'custom-message', PreTokenGeneration: 'pre-token' },
    log: (line) => logs.push(line),
  })
  client = new CognitoIdentityProviderClient(cognito.clientConfig)
  const pool = await client.send(
    new CreateUserPoolCommand({
      PoolName: 'triggers-e2e',
      UsernameAttributes: ['email'],
      AutoVerifiedAttributes: ['email'],
      EmailConfiguration: {
        EmailSendingAccount: 'DEVELOPER',
        SourceArn: 'arn:aws:ses:eu-west-1:123456789012:identity/example.org',
      },
      Schema: [{ Name: 'tenant', AttributeDataType: 'String', Mutable: true }],
    }),
  )
  poolId = pool.UserPool?.Id as string
  const appClient = await client.send(
    new CreateUserPoolClientCommand({
      UserPoolId: poolId,
      ClientName: 'web',
      ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
    }),
  )
  clientId = appClient.UserPoolClient?.ClientId as string
}, 60_000)

afterAll(async () => {
  client?.destroy()
  await cognito?.stop()
  await host?.stop()
})

describe('cognito-local driving the handlers', () => {
  it('runs pre sign-up and custom message on sign-up', async () => {
    await client.send(
      new SignUpCommand({
        ClientId: clientId,
        Username: 'jane@example.org',
        Password: 'Correct-Horse-9',
        UserAttributes: [
          { Name: 'email', Value: 'jane@example.org' },
          { Name: 'custom:tenant', Value: 'acme' },
        ],
      }),
    )
    const sources = host.invocations.map((i) => [
      i.functionName,
      (i.event as { triggerSource: string }).triggerSource,
      i.outcome.ok,
    ])
    expect(sources).toEqual([
      ['pre-sign-up', 'PreSignUp_SignUp', true],
      ['custom-message', 'CustomMessage_SignUp', true],
    ])
    // cognito-local delivered our message with the real code in place of {####}.
    expect(logs.join('\n')).toMatch(/cognito-kit says: your code is \d{6}/)
  })

  it('shows the denial message when pre sign-up denies', async () => {
    const error = await client
      .send(
        new SignUpCommand({
          ClientId: clientId,
          Username: 'm@evil.test',
          Password: 'Correct-Horse-9',
          UserAttributes: [{ Name: 'email', Value: 'm@evil.test' }],
        }),
      )
      .catch((e: unknown) => e as Error)
    expect(error).toBeInstanceOf(Error)
    expect((error as Error).name).toBe('UserLambdaValidationException')
    // Real Cognito names the trigger (PreSignUp failed with error ...); cognito-local names the function.
    expect((error as Error).message).toBe(
      'pre-sign-up failed with error Sign-up is open to example.org addresses only.',
    )
  })

  it('runs pre token generation on sign-in: the ID token carries the added claims', async () => {
    await client.send(new AdminConfirmSignUpCommand({ UserPoolId: poolId, Username: 'jane@example.org' }))
    const auth = await client.send(
      new InitiateAuthCommand({
        ClientId: clientId,
        AuthFlow: 'USER_PASSWORD_AUTH',
        AuthParameters: { USERNAME: 'jane@example.org', PASSWORD: 'Correct-Horse-9' },
      }),
    )
    const idToken = decodeJwt(auth.AuthenticationResult?.IdToken as string)
    expect(idToken).toMatchObject({
      tenant: 'acme',
      plan: 'pro',
      'custom:tenant': 'acme',
      email: 'jane@example.org',
      token_use: 'id',
    })
    expect(idToken).not.toHaveProperty('email_verified')
    const tokenEvent = host.invocations.find((i) => i.functionName === 'pre-token')!
    expect((tokenEvent.event as { triggerSource: string }).triggerSource).toBe('TokenGeneration_Authentication')
    expect(tokenEvent.outcome.ok).toBe(true)
  })
})
