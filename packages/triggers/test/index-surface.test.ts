/** The public surface: every export is deliberate (an accidental export shows up here). */
import { describe, expect, it } from 'vitest'

describe('public surface', () => {
  it('of @cognito-kit/triggers', async () => {
    expect(Object.keys(await import('../src/index.js')).sort()).toMatchInlineSnapshot(`
      [
        "CLIENT_ID_NOT_APPLICABLE",
        "CUSTOM_MESSAGE_LIMITS",
        "CodeDecryptionError",
        "MAX_ATTRIBUTE_LENGTH",
        "NEXT_CHALLENGE_NAMES",
        "RESERVED_CLAIMS",
        "STANDARD_ATTRIBUTE_NAMES",
        "STRING_ONLY_ID_CLAIMS",
        "TRIGGER_SOURCES",
        "TriggerDeniedError",
        "TriggerError",
        "TriggerValidationError",
        "TriggerVersionMismatchError",
        "UnsupportedTriggerSourceError",
        "addClaims",
        "addScopes",
        "autoConfirm",
        "autoVerifyEmail",
        "autoVerifyPhone",
        "createAuthChallenge",
        "customEmailSender",
        "customMessage",
        "customSmsSender",
        "defineAuthChallenge",
        "deny",
        "errors",
        "failAuthentication",
        "inboundFederation",
        "isTriggerError",
        "issueTokens",
        "keepAttributes",
        "mapAttributes",
        "overrideGroups",
        "parseTriggerEvent",
        "postAuthentication",
        "postConfirmation",
        "preAuthentication",
        "preSignUp",
        "preTokenGeneration",
        "presentChallenge",
        "router",
        "suppressClaims",
        "suppressScopes",
        "triggerOf",
        "unescapeHtml",
        "userMigration",
        "validateTriggerResponse",
        "verifyAuthChallengeResponse",
      ]
    `)
  })

  it('of @cognito-kit/triggers/testing', async () => {
    expect(Object.keys(await import('../src/testing/index.js')).sort()).toMatchInlineSnapshot(`
      [
        "createEvent",
        "createLambdaContext",
        "createTestCipher",
        "defaultTestCipher",
        "invoke",
        "invokeAsCognito",
      ]
    `)
  })

  it('of @cognito-kit/triggers/lambda-host', async () => {
    expect(Object.keys(await import('../src/lambda-host/index.js')).sort()).toMatchInlineSnapshot(`
      [
        "cognitoLocalEvents",
        "start",
        "startLambdaHost",
      ]
    `)
  })

  it('of @cognito-kit/triggers/schemas', async () => {
    expect(Object.keys(await import('../src/schemas.js')).sort()).toMatchInlineSnapshot(`
      [
        "createAuthChallengeEventSchema",
        "createAuthChallengeResponseSchema",
        "customEmailSenderEventSchema",
        "customMessageEventSchema",
        "customMessageResponseSchema",
        "customSmsSenderEventSchema",
        "defineAuthChallengeEventSchema",
        "defineAuthChallengeResponseSchema",
        "eventSchemas",
        "inboundFederationEventSchema",
        "inboundFederationResponseSchema",
        "postAuthenticationEventSchema",
        "postConfirmationEventSchema",
        "preAuthenticationEventSchema",
        "preSignUpEventSchema",
        "preSignUpResponseSchema",
        "preTokenGenerationV1EventSchema",
        "preTokenGenerationV1ResponseSchema",
        "preTokenGenerationV2EventSchema",
        "preTokenGenerationV2ResponseSchema",
        "preTokenGenerationV3EventSchema",
        "userMigrationEventSchema",
        "userMigrationResponseSchema",
        "verifyAuthChallengeResponseEventSchema",
        "verifyAuthChallengeResponseResponseSchema",
      ]
    `)
  })

  it('keeps node: modules and test helpers out of the main entry', async () => {
    const { readFileSync, readdirSync, statSync } = await import('node:fs')
    const { join } = await import('node:path')
    const root = new URL('../src/', import.meta.url).pathname
    const files: string[] = []
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name)
        if (statSync(path).isDirectory()) walk(path)
        else files.push(path)
      }
    }
    walk(root)
    const offenders = files
      .filter((f) => !f.includes('/testing/') && !f.includes('/lambda-host/'))
      .filter((f) => /from 'node:|from '\.\.?\/(\.\.\/)?testing\//.test(readFileSync(f, 'utf8')))
    expect(offenders).toEqual([])
  })
})
