/**
 * Responses that break Cognito's rules are rejected with a TriggerValidationError naming every
 * offending path and rule, and never echoing the offending value.
 */
import { describe, expect, it } from 'vitest'
import { NEXT_CHALLENGE_NAMES, TriggerValidationError, validateTriggerResponse } from '../src/index.js'
import { createEvent } from '../src/testing/index.js'
import { eventFixture } from './support/fixtures.js'
import { realWorldEvents } from './support/real-world-events.js'

interface Case {
  readonly name: string
  readonly event: unknown
  readonly response: unknown
  readonly options?: Parameters<typeof validateTriggerResponse>[2]
  /** Expected `[code, path]` of every issue, in order. */
  readonly issues: readonly (readonly [string, string])[]
}

const v1 = () => eventFixture('TokenGeneration_Authentication')
const v2 = () => eventFixture('TokenGeneration_Authentication.V2')
const SECRET = 'sk_live_DO_NOT_LEAK_123'

const CASES: Case[] = [
  // Pre token generation V1
  {
    name: 'V1: a string claim replaced by an object',
    event: v1(),
    response: { claimsOverrideDetails: { claimsToAddOrOverride: { my_first_attribute: { nested: SECRET } } } },
    issues: [['v1_claim_not_string', 'response.claimsOverrideDetails.claimsToAddOrOverride.my_first_attribute']],
  },
  {
    name: 'V1: reserved claims overridden (sub, cognito:username, token_use) and dev: added',
    event: v1(),
    response: {
      claimsOverrideDetails: {
        claimsToAddOrOverride: { sub: SECRET, 'cognito:username': 'x', token_use: 'id', 'dev:debug': 'x', ok: 'fine' },
      },
    },
    issues: [
      ['reserved_claim', 'response.claimsOverrideDetails.claimsToAddOrOverride.sub'],
      ['reserved_claim', 'response.claimsOverrideDetails.claimsToAddOrOverride.cognito:username'],
      ['reserved_claim', 'response.claimsOverrideDetails.claimsToAddOrOverride.token_use'],
      ['reserved_claim', 'response.claimsOverrideDetails.claimsToAddOrOverride.dev:debug'],
    ],
  },
  {
    name: 'V1: reserved claims suppressed (sub, aud, cognito:username)',
    event: v1(),
    response: {
      claimsOverrideDetails: {
        claimsToSuppress: ['email', 'sub', 'aud', 'cognito:username', 'cognito:groups', 'dev:x'],
      },
    },
    issues: [
      ['reserved_claim', 'response.claimsOverrideDetails.claimsToSuppress[1]'],
      ['reserved_claim', 'response.claimsOverrideDetails.claimsToSuppress[2]'],
      ['reserved_claim', 'response.claimsOverrideDetails.claimsToSuppress[3]'],
    ],
  },
  {
    name: 'V1: an empty groupOverrideDetails (it would remove every group)',
    event: v1(),
    response: { claimsOverrideDetails: { groupOverrideDetails: {} } },
    issues: [['empty_group_override', 'response.claimsOverrideDetails.groupOverrideDetails.groupsToOverride']],
  },
  {
    name: 'V1: a null groupOverrideDetails',
    event: v1(),
    response: { claimsOverrideDetails: { groupOverrideDetails: null } },
    issues: [['empty_group_override', 'response.claimsOverrideDetails.groupOverrideDetails']],
  },
  {
    name: 'V1: a groupOverrideDetails with roles but no groups',
    event: v1(),
    response: {
      claimsOverrideDetails: { groupOverrideDetails: { iamRolesToOverride: ['arn:aws:iam::123456789012:role/x'] } },
    },
    issues: [['empty_group_override', 'response.claimsOverrideDetails.groupOverrideDetails.groupsToOverride']],
  },
  {
    name: 'V1: the V2 response container',
    event: v1(),
    response: { claimsAndScopeOverrideDetails: { idTokenGeneration: {} } },
    issues: [['unrecognized_keys', 'response']],
  },
  {
    name: 'V1: aud set to another audience',
    event: v1(),
    response: { claimsOverrideDetails: { claimsToAddOrOverride: { aud: 'someone-else' } } },
    issues: [['invalid_aud', 'response.claimsOverrideDetails.claimsToAddOrOverride.aud']],
  },
  // Pre token generation V2
  {
    name: 'V2: reserved claims in both tokens (exp, username, cognito:groups, scope)',
    event: v2(),
    response: {
      claimsAndScopeOverrideDetails: {
        idTokenGeneration: { claimsToAddOrOverride: { exp: 1, username: 'allowed in the ID token' } },
        accessTokenGeneration: { claimsToAddOrOverride: { username: 'x', 'cognito:groups': ['admins'], scope: 'a b' } },
      },
    },
    issues: [
      ['reserved_claim', 'response.claimsAndScopeOverrideDetails.idTokenGeneration.claimsToAddOrOverride.exp'],
      ['reserved_claim', 'response.claimsAndScopeOverrideDetails.accessTokenGeneration.claimsToAddOrOverride.username'],
      [
        'reserved_claim',
        'response.claimsAndScopeOverrideDetails.accessTokenGeneration.claimsToAddOrOverride.cognito:groups',
      ],
      ['reserved_claim', 'response.claimsAndScopeOverrideDetails.accessTokenGeneration.claimsToAddOrOverride.scope'],
    ],
  },
  {
    name: 'V2: email_verified as a boolean in the ID token; Infinity is not JSON',
    event: v2(),
    response: {
      claimsAndScopeOverrideDetails: {
        idTokenGeneration: {
          claimsToAddOrOverride: { email_verified: true, address: { street: 'x' }, limit: Number.POSITIVE_INFINITY },
        },
      },
    },
    issues: [
      [
        'invalid_claim_value',
        'response.claimsAndScopeOverrideDetails.idTokenGeneration.claimsToAddOrOverride.email_verified',
      ],
      ['invalid_claim_value', 'response.claimsAndScopeOverrideDetails.idTokenGeneration.claimsToAddOrOverride.address'],
      ['invalid_claim_value', 'response.claimsAndScopeOverrideDetails.idTokenGeneration.claimsToAddOrOverride.limit'],
    ],
  },
  {
    name: 'V2: scopes with whitespace or empty',
    event: v2(),
    response: {
      claimsAndScopeOverrideDetails: {
        accessTokenGeneration: { scopesToAdd: ['api/read', 'api/read api/write', ''], scopesToSuppress: ['\tx'] },
      },
    },
    issues: [
      ['invalid_scope', 'response.claimsAndScopeOverrideDetails.accessTokenGeneration.scopesToAdd[1]'],
      ['invalid_scope', 'response.claimsAndScopeOverrideDetails.accessTokenGeneration.scopesToAdd[2]'],
      ['invalid_scope', 'response.claimsAndScopeOverrideDetails.accessTokenGeneration.scopesToSuppress[0]'],
    ],
  },
  {
    name: 'V2: aud in the access token that is not the client id',
    event: v2(),
    response: {
      claimsAndScopeOverrideDetails: {
        accessTokenGeneration: { claimsToAddOrOverride: { aud: 'https://api.example.com' } },
      },
    },
    issues: [['invalid_aud', 'response.claimsAndScopeOverrideDetails.accessTokenGeneration.claimsToAddOrOverride.aud']],
  },
  {
    name: 'V2: aud when the event has no app client (AdminCreateUser-style client id)',
    event: { ...v2(), callerContext: { awsSdkVersion: 'x', clientId: 'CLIENT_ID_NOT_APPLICABLE' } },
    response: {
      claimsAndScopeOverrideDetails: {
        accessTokenGeneration: { claimsToAddOrOverride: { aud: 'CLIENT_ID_NOT_APPLICABLE' } },
      },
    },
    issues: [['invalid_aud', 'response.claimsAndScopeOverrideDetails.accessTokenGeneration.claimsToAddOrOverride.aud']],
  },
  {
    name: 'V2: an unknown key inside a token generation block',
    event: v2(),
    response: { claimsAndScopeOverrideDetails: { idTokenGeneration: { scopesToAdd: ['x'] } } },
    issues: [['unrecognized_keys', 'response.claimsAndScopeOverrideDetails.idTokenGeneration']],
  },
  {
    name: 'V3 client credentials: ID-token changes and groups (there is no user)',
    event: eventFixture('TokenGeneration_ClientCredentials'),
    response: {
      claimsAndScopeOverrideDetails: {
        idTokenGeneration: { claimsToAddOrOverride: { tenant: 'x' } },
        groupOverrideDetails: { groupsToOverride: ['a'] },
      },
    },
    issues: [
      ['no_id_token', 'response.claimsAndScopeOverrideDetails.idTokenGeneration'],
      ['no_groups', 'response.claimsAndScopeOverrideDetails.groupOverrideDetails'],
    ],
  },
  {
    name: 'V2: a null claim (not a removal) and an array holding objects',
    event: v2(),
    response: {
      claimsAndScopeOverrideDetails: {
        idTokenGeneration: { claimsToAddOrOverride: { tenant: null, ok: ['a', 1, true] } },
        accessTokenGeneration: { claimsToAddOrOverride: { roles: [{ name: 'admin' }], nested: { list: [{ x: 1 }] } } },
      },
    },
    issues: [
      ['invalid_claim_value', 'response.claimsAndScopeOverrideDetails.idTokenGeneration.claimsToAddOrOverride.tenant'],
      [
        'invalid_claim_value',
        'response.claimsAndScopeOverrideDetails.accessTokenGeneration.claimsToAddOrOverride.roles',
      ],
    ],
  },
  // Custom message
  {
    name: 'custom message: an SMS without {####}',
    event: eventFixture('CustomMessage_SignUp'),
    response: { smsMessage: `Welcome! Your code is ${SECRET}` },
    issues: [['missing_placeholder', 'response.smsMessage']],
  },
  {
    name: 'custom message: an AdminCreateUser SMS without {username}',
    event: eventFixture('CustomMessage_AdminCreateUser'),
    response: { smsMessage: 'Your temporary password is {####}' },
    issues: [['missing_placeholder', 'response.smsMessage']],
  },
  {
    name: 'custom message: an SMS over 140 characters',
    event: eventFixture('CustomMessage_ResendCode'),
    response: { smsMessage: `Code {####}. ${'x'.repeat(140)}` },
    issues: [['too_big', 'response.smsMessage']],
  },
  {
    name: 'custom message: an AdminCreateUser SMS over 140 characters once the username is filled in',
    event: createEvent('CustomMessage_AdminCreateUser', { userName: 'a-very-long-username-that-fills-the-message-up' }),
    response: { smsMessage: `Hello {username}, your password is {####}. ${'y'.repeat(80)}` },
    issues: [['too_big', 'response.smsMessage']],
  },
  {
    name: 'custom message: email fields on a pool that does not send through SES',
    event: eventFixture('CustomMessage_ForgotPassword'),
    response: { emailSubject: 'Reset', emailMessage: 'Code {####}' },
    issues: [
      ['email_not_allowed', 'response.emailMessage'],
      ['email_not_allowed', 'response.emailSubject'],
    ],
  },
  {
    name: 'custom message: an email without the code, and an empty subject (SES pool)',
    event: eventFixture('CustomMessage_ForgotPassword'),
    options: { customMessage: { emailSendingAccount: 'DEVELOPER' } },
    response: { emailSubject: ' ', emailMessage: '<p>Reset your password</p>' },
    issues: [
      ['missing_placeholder', 'response.emailMessage'],
      ['too_small', 'response.emailSubject'],
    ],
  },
  {
    name: 'custom message: an email over 20,000 characters',
    event: eventFixture('CustomMessage_UpdateUserAttribute'),
    options: { customMessage: { emailSendingAccount: 'DEVELOPER' } },
    response: { emailMessage: `{####}${'z'.repeat(20_000)}` },
    issues: [['too_big', 'response.emailMessage']],
  },
  {
    name: 'custom message: an unknown response key',
    event: eventFixture('CustomMessage_Authentication'),
    response: { smsMessage: 'Code {####}', emailBody: 'x' },
    issues: [['unrecognized_keys', 'response']],
  },
  // Pre sign-up
  {
    name: 'pre sign-up: auto-verify a phone the user does not have',
    event: createEvent('PreSignUp_SignUp', { request: { userAttributes: { phone_number: undefined } } }),
    response: { autoConfirmUser: true, autoVerifyPhone: true },
    issues: [['missing_attribute', 'response.autoVerifyPhone']],
  },
  {
    name: 'pre sign-up: a string instead of a boolean',
    event: eventFixture('PreSignUp_SignUp'),
    response: { autoConfirmUser: 'true' },
    issues: [['invalid_type', 'response.autoConfirmUser']],
  },
  // Migrate user
  {
    name: 'migrate user: unknown attribute, sub, non-string value, too long value',
    event: eventFixture('UserMigration_Authentication'),
    response: {
      userAttributes: {
        email: 'a@example.com',
        department: 'x',
        sub: 'x',
        email_verified: true,
        'custom:bio': 'b'.repeat(2049),
      },
    },
    issues: [
      ['unknown_attribute', 'response.userAttributes.department'],
      ['unknown_attribute', 'response.userAttributes.sub'],
      ['invalid_type', 'response.userAttributes.email_verified'],
      ['too_big', 'response.userAttributes.custom:bio'],
    ],
  },
  {
    name: 'migrate user: ForgotPassword without a verified contact',
    event: eventFixture('UserMigration_ForgotPassword'),
    response: { userAttributes: { email: 'a@example.com' } },
    issues: [['unverified_contact', 'response.userAttributes']],
  },
  {
    name: 'migrate user: RESEND, an unknown status, an empty medium list, SMS MFA without a phone',
    event: eventFixture('UserMigration_Authentication'),
    response: {
      userAttributes: { email: 'a@example.com' },
      messageAction: 'RESEND',
      finalUserStatus: 'ACTIVE',
      desiredDeliveryMediums: [],
    },
    issues: [
      ['invalid_value', 'response.finalUserStatus'],
      ['invalid_value', 'response.messageAction'],
      ['too_small', 'response.desiredDeliveryMediums'],
    ],
  },
  {
    name: 'migrate user: no attributes at all',
    event: eventFixture('UserMigration_Authentication'),
    response: { userAttributes: {}, finalUserStatus: 'CONFIRMED' },
    issues: [['missing_attributes', 'response.userAttributes']],
  },
  {
    name: 'migrate user: a verified flag that is not "true"/"false"',
    event: eventFixture('UserMigration_Authentication'),
    response: { userAttributes: { phone_number: '+15555550100', phone_number_verified: 'yes' } },
    issues: [['invalid_boolean', 'response.userAttributes.phone_number_verified']],
  },
  {
    name: 'migrate user: a welcome message by a medium the user has no address for',
    event: eventFixture('UserMigration_Authentication'),
    response: { userAttributes: { phone_number: '+15555550100' }, desiredDeliveryMediums: ['SMS', 'EMAIL'] },
    issues: [['missing_attribute', 'response.desiredDeliveryMediums[1]']],
  },
  // Custom auth
  {
    name: 'define auth challenge: both issue tokens and fail',
    event: eventFixture('DefineAuthChallenge_Authentication'),
    response: { challengeName: null, issueTokens: true, failAuthentication: true },
    issues: [['contradictory_decision', 'response.failAuthentication']],
  },
  {
    name: 'define auth challenge: no decision',
    event: eventFixture('DefineAuthChallenge_Authentication'),
    response: { challengeName: null, issueTokens: false, failAuthentication: false },
    issues: [['missing_decision', 'response']],
  },
  {
    name: 'define auth challenge: tokens issued and a next challenge named',
    event: eventFixture('DefineAuthChallenge_Authentication'),
    response: { challengeName: 'CUSTOM_CHALLENGE', issueTokens: true, failAuthentication: false },
    issues: [['contradictory_decision', 'response.challengeName']],
  },
  {
    name: 'define auth challenge: authentication failed and a next challenge named',
    event: eventFixture('DefineAuthChallenge_Authentication'),
    response: { challengeName: 'PASSWORD_VERIFIER', issueTokens: false, failAuthentication: true },
    issues: [['contradictory_decision', 'response.challengeName']],
  },
  {
    name: 'define auth challenge: a challenge Cognito does not know (typo, lowercase, empty)',
    event: eventFixture('DefineAuthChallenge_Authentication'),
    response: { challengeName: 'CUSTOM_CHALENGE', issueTokens: false, failAuthentication: false },
    issues: [['unknown_challenge', 'response.challengeName']],
  },
  {
    name: 'create auth challenge: non-string parameter values',
    event: eventFixture('CreateAuthChallenge_Authentication'),
    response: { publicChallengeParameters: { attempts: 3 }, privateChallengeParameters: { answer: '5' } },
    issues: [['invalid_type', 'response.publicChallengeParameters.attempts']],
  },
  {
    name: 'verify auth challenge response: the pre-filled null',
    event: eventFixture('VerifyAuthChallengeResponse_Authentication'),
    response: { answerCorrect: null },
    issues: [['invalid_type', 'response.answerCorrect']],
  },
  // Inbound federation, response-less triggers
  {
    name: 'inbound federation: an attribute over 2048 characters',
    event: eventFixture('InboundFederation_ExternalProvider'),
    response: { userAttributesToMap: { email: 'a@example.com', bio: 'b'.repeat(2049) } },
    issues: [['too_big', 'response.userAttributesToMap.bio']],
  },
  {
    name: 'inbound federation: attributes Cognito manages, and a verified flag that is not "true"/"false"',
    event: eventFixture('InboundFederation_ExternalProvider'),
    response: {
      userAttributesToMap: {
        email: 'a@example.com',
        email_verified: 'yes',
        sub: 'x',
        identities: '[]',
        'cognito:user_status': 'CONFIRMED',
      },
    },
    issues: [
      ['invalid_boolean', 'response.userAttributesToMap.email_verified'],
      ['reserved_attribute', 'response.userAttributesToMap.sub'],
      ['reserved_attribute', 'response.userAttributesToMap.identities'],
      ['reserved_attribute', 'response.userAttributesToMap.cognito:user_status'],
    ],
  },
  {
    name: 'post confirmation: a response Cognito does not read',
    event: eventFixture('PostConfirmation_ConfirmSignUp'),
    response: { autoConfirmUser: true },
    issues: [['unrecognized_keys', 'response']],
  },
]

describe('validateTriggerResponse rejects', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    // GIVEN an event and a response breaking a rule  WHEN validated
    const result = validateTriggerResponse(c.event, c.response, c.options)
    // THEN a typed error lists every issue with its path and rule, without the offending value
    expect(result.success).toBe(false)
    if (result.success) return
    expect(result.error).toBeInstanceOf(TriggerValidationError)
    expect(result.error.code).toBe('ERR_TRIGGER_RESPONSE_INVALID')
    expect(result.error.target).toBe('response')
    expect(result.error.issues.map((i) => [i.code, i.path])).toEqual(c.issues)
    for (const [, path] of c.issues) expect(result.error.message).toContain(path)
    expect(result.error.message).not.toContain(SECRET)
  })
})

describe('validateTriggerResponse accepts', () => {
  it('the do-nothing responses Cognito pre-fills', () => {
    for (const name of [
      'TokenGeneration_Authentication',
      'TokenGeneration_Authentication.V2',
      'CustomMessage_SignUp',
      'CreateAuthChallenge_Authentication',
      'PreSignUp_SignUp',
      'PostConfirmation_ConfirmSignUp',
      'InboundFederation_ExternalProvider',
    ]) {
      const event = eventFixture(name)
      const result = validateTriggerResponse(event, event.response)
      expect(result.success, `${name}: ${result.success ? '' : result.error.message}`).toBe(true)
    }
  })

  it("the responses of other projects' fixtures (recreated), on the real-world events", () => {
    const byName = (name: string) => {
      const found = realWorldEvents().find((e) => e.name === name)
      if (!found) throw new Error(`no event ${name}`)
      return found.event
    }
    const role = (name: string) => `arn:aws:iam::210987654321:role/${name}`
    const responses: [string, unknown][] = [
      // aws-lambda-go pretokengen-v2_0: a numeric claim in both tokens, suppressions, scopes and groups
      [
        'V2 sign-in whose groupConfiguration has no preferredRole key',
        {
          claimsAndScopeOverrideDetails: {
            idTokenGeneration: { claimsToAddOrOverride: { team: 'blue', seat: 7 }, claimsToSuppress: ['birthdate'] },
            accessTokenGeneration: {
              claimsToAddOrOverride: { team: 'blue', seat: 7 },
              claimsToSuppress: ['email'],
              scopesToAdd: ['orders/read', 'orders/write'],
              scopesToSuppress: ['phone_number'],
            },
            groupOverrideDetails: {
              groupsToOverride: ['blue-team'],
              iamRolesToOverride: [role('blue')],
              preferredRole: role('blue'),
            },
          },
        },
      ],
      // aws-lambda-dotnet pretokengenerationv2: mixed arrays of strings, numbers and booleans
      [
        'V2 hosted sign-in of a Facebook user with OAuth scopes and client metadata',
        {
          claimsAndScopeOverrideDetails: {
            idTokenGeneration: { claimsToAddOrOverride: { levels: ['gold', 3, true], score: 1234, beta: true } },
            accessTokenGeneration: {
              claimsToAddOrOverride: { levels: ['gold', 3, false] },
              scopesToAdd: ['tier/gold'],
            },
          },
        },
      ],
      // Powertools create-auth docstring: a CAPTCHA challenge
      [
        'create auth challenge for PASSWORD_VERIFIER after a CAPTCHA custom challenge',
        {
          publicChallengeParameters: { captchaImage: 'https://captcha.example.net/7f3a.png' },
          privateChallengeParameters: { answer: '12' },
          challengeMetadata: 'CAPTCHA',
        },
      ],
      // amazon-cognito-passwordless-auth define-auth: deny keeps the pre-filled null challenge name
      [
        'define auth challenge: two failed steps with null metadata, unknown user, client metadata',
        { challengeName: null, issueTokens: false, failAuthentication: true },
      ],
      // aws-lambda-go inbound federation SAML: the mapped attributes
      [
        'SAML sign-in with a NameID-style userName and the response filled',
        { userAttributesToMap: { email: 'd.ferreira@corp.example', family_name: 'Ferreira' } },
      ],
    ]
    for (const [name, response] of responses) {
      const result = validateTriggerResponse(byName(name), response)
      expect(result.success, `${name}: ${result.success ? '' : result.error.message}`).toBe(true)
    }
    // aws-lambda-go define-auth fixture's response decides everything at once: Cognito cannot act on it
    const contradictory = validateTriggerResponse(
      byName('define auth challenge: a session of every built-in challenge name'),
      { challengeName: 'CUSTOM_CHALLENGE', issueTokens: true, failAuthentication: true },
    )
    expect(contradictory.success).toBe(false)
  })

  it("a migrated user with the rest of Cognito's pre-filled nulls", () => {
    const result = validateTriggerResponse(eventFixture('UserMigration_Authentication'), {
      userAttributes: { email: 'a@example.com', email_verified: 'true' },
      finalUserStatus: null,
      messageAction: null,
      desiredDeliveryMediums: null,
      forceAliasCreation: null,
      enableSMSMFA: null,
    })
    expect(result.success, result.success ? '' : result.error.message).toBe(true)
  })

  it('token changes whose unused lists and maps are null', () => {
    const v1Result = validateTriggerResponse(v1(), {
      claimsOverrideDetails: { claimsToAddOrOverride: { tier: 'gold' }, claimsToSuppress: null },
    })
    const v2Result = validateTriggerResponse(v2(), {
      claimsAndScopeOverrideDetails: {
        idTokenGeneration: { claimsToAddOrOverride: null, claimsToSuppress: ['email'] },
        accessTokenGeneration: {
          claimsToAddOrOverride: { tier: 'gold', quota: 5, flags: ['a', 2, false], profile: { a: [{ b: null }] } },
          claimsToSuppress: null,
          scopesToAdd: null,
          scopesToSuppress: null,
        },
      },
    })
    expect([v1Result.success, v2Result.success]).toEqual([true, true])
  })

  it('every challenge a define auth challenge response can name next', () => {
    for (const challengeName of NEXT_CHALLENGE_NAMES) {
      const result = validateTriggerResponse(eventFixture('DefineAuthChallenge_Authentication'), {
        challengeName,
        issueTokens: false,
        failAuthentication: false,
      })
      expect(result.success, challengeName).toBe(true)
    }
  })

  it('aud equal to the client id, in both tokens', () => {
    const event = v2()
    const result = validateTriggerResponse(event, {
      claimsAndScopeOverrideDetails: {
        idTokenGeneration: { claimsToAddOrOverride: { aud: '1example23456789' } },
        accessTokenGeneration: { claimsToAddOrOverride: { aud: '1example23456789' } },
      },
    })
    expect(result.success).toBe(true)
  })

  it('an explicit empty group list (groups removed on purpose), and a suppressed cognito:groups', () => {
    const result = validateTriggerResponse(v1(), {
      claimsOverrideDetails: { claimsToSuppress: ['cognito:groups'], groupOverrideDetails: { groupsToOverride: [] } },
    })
    expect(result.success).toBe(true)
  })

  it('a sign-up verification email carrying a link placeholder instead of the code', () => {
    const result = validateTriggerResponse(
      eventFixture('CustomMessage_SignUp'),
      { emailSubject: 'Verify', emailMessage: 'Click {##Verify Email##}' },
      { customMessage: { emailSendingAccount: 'DEVELOPER' } },
    )
    expect(result.success).toBe(true)
  })

  it('a message without the code when the placeholder rule is turned off (passwordless invitations)', () => {
    const result = validateTriggerResponse(
      eventFixture('CustomMessage_AdminCreateUser'),
      { smsMessage: 'Welcome {username}, sign in with your passkey' },
      { customMessage: { requireCodeParameter: false } },
    )
    expect(result.success).toBe(true)
  })

  it('a missing or empty response for custom senders', () => {
    expect(validateTriggerResponse(eventFixture('CustomSMSSender_SignUp'), undefined).success).toBe(true)
    expect(validateTriggerResponse(eventFixture('CustomEmailSender_AccountTakeOverNotification'), {}).success).toBe(
      true,
    )
  })
})
