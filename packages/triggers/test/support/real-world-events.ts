/**
 * Trigger events in the shapes Cognito really sends, gathered from the AWS developer guide's
 * sample events, events captured from live pools and posted in issues, blog posts and test
 * fixtures of other projects. Every event here is recreated with our own values (pool ids, users,
 * codes, claims); only the structure follows the cited source. `source` says where the shape was
 * seen.
 */

/** One real-world event shape. */
export interface RealWorldEvent {
  /** What the event shows. */
  readonly name: string
  /** Where the shape was seen. */
  readonly seen: string
  /** The pre token generation version it must parse as (`'1'` for every other trigger). */
  readonly version: '1' | '2' | '3'
  /** A fresh copy of the event. */
  readonly event: Record<string, unknown>
}

const POOL = 'ap-southeast-2_Rw0rLdEv7'
const REGION = 'ap-southeast-2'
const CLIENT = '3h8kq2vd9l1m5n7p0r4s6t8u2w'
const SUB = '5b1d7e3a-0c9f-4a62-8e1b-7d3c5a9f0e21'

function caller(clientId: string | null = CLIENT, awsSdkVersion: string | null = 'aws-sdk-unknown-unknown') {
  return { awsSdkVersion, clientId }
}

function envelope(triggerSource: string, extra: Record<string, unknown> = {}) {
  return {
    version: '1',
    triggerSource,
    region: REGION,
    userPoolId: POOL,
    userName: SUB,
    callerContext: caller(),
    ...extra,
  }
}

const GOOGLE_IDENTITIES = JSON.stringify([
  {
    userId: '118273645509182736455',
    providerName: 'Google',
    providerType: 'Google',
    issuer: null,
    primary: true,
    dateCreated: 1767225600000,
  },
])

const SAML_IDENTITIES = JSON.stringify([
  {
    userId: 'r.okafor@contoso.example',
    providerName: 'ContosoEntra',
    providerType: 'SAML',
    issuer: 'https://sts.windows.net/0c5e2a7d-1b3f-4c6e-9a8d-2f4b6c8e0a1d/',
    primary: 'true',
    dateCreated: '1767225600000',
  },
])

const EVENTS: readonly RealWorldEvent[] = [
  // ── Pre sign-up ───────────────────────────────────────────────────────────────────────────
  {
    name: 'sign-up with client metadata and no validation data',
    seen: 'AWS developer guide, pre sign-up trigger, "client metadata" sample event',
    version: '1',
    event: envelope('PreSignUp_SignUp', {
      userName: 'mira.tanaka',
      request: {
        userAttributes: { email: 'mira.tanaka@example.net', phone_number: '+61491570006' },
        validationData: null,
        clientMetadata: { referrer: 'spring-campaign', locale: 'en-AU' },
      },
      response: { autoConfirmUser: false, autoVerifyEmail: false, autoVerifyPhone: false },
    }),
  },
  {
    name: 'sign-up from Amplify with validation data and without a clientMetadata key',
    seen: 'inferred: SignUp ValidationData (AWS developer guide, pre sign-up parameters), SDK v3 caller',
    version: '1',
    event: envelope('PreSignUp_SignUp', {
      callerContext: caller(CLIENT, 'aws-sdk-js-3.598.0'),
      userName: SUB,
      request: {
        userAttributes: { email: 'dev@example.net', name: 'Dev Example', 'custom:tenant': 'northwind' },
        validationData: { captchaToken: 'c4pt-ch4-t0k3n' },
      },
      response: { autoConfirmUser: false, autoVerifyEmail: false, autoVerifyPhone: false },
    }),
  },
  {
    name: 'admin-created user: CLIENT_ID_NOT_APPLICABLE',
    seen: 'Powertools TS parser fixture pre-signup-admin-create-user.json',
    version: '1',
    event: envelope('PreSignUp_AdminCreateUser', {
      userName: 'ops.jordan',
      callerContext: caller('CLIENT_ID_NOT_APPLICABLE'),
      request: {
        userAttributes: {
          sub: SUB,
          email_verified: 'true',
          'cognito:user_status': 'FORCE_CHANGE_PASSWORD',
          email: 'ops.jordan@example.net',
        },
        validationData: null,
      },
      response: { autoConfirmUser: false, autoVerifyEmail: false, autoVerifyPhone: false },
    }),
  },
  {
    name: 'first Google sign-in: empty alias attributes, empty validation data',
    seen: 'triggers catalogue §5: a logged Google sign-up event from a public blog note',
    version: '1',
    event: envelope('PreSignUp_ExternalProvider', {
      userName: 'Google_118273645509182736455',
      request: {
        userAttributes: {
          'cognito:email_alias': '',
          'cognito:phone_number_alias': '',
          email: 'sam.oduya@example.net',
          given_name: 'Sam',
          family_name: 'Oduya',
          picture: 'https://lh3.googleusercontent.example/a/avatar',
        },
        validationData: {},
      },
      response: { autoConfirmUser: false, autoVerifyEmail: false, autoVerifyPhone: false },
    }),
  },
  // ── Post confirmation ─────────────────────────────────────────────────────────────────────
  {
    name: 'federated first sign-in confirms an EXTERNAL_PROVIDER user with identities',
    seen: 'post-confirmation handler input type in aws-samples (identities, EXTERNAL_PROVIDER)',
    version: '1',
    event: envelope('PostConfirmation_ConfirmSignUp', {
      userName: 'Google_118273645509182736455',
      request: {
        userAttributes: {
          sub: SUB,
          identities: GOOGLE_IDENTITIES,
          email_verified: 'false',
          'cognito:user_status': 'EXTERNAL_PROVIDER',
          email: 'sam.oduya@example.net',
        },
      },
      response: {},
    }),
  },
  {
    name: 'AdminConfirmSignUp: clientId null',
    seen: 'Powertools TS parser fixture post-confirmation-admin-confirm-sign-up.json; swift-aws-lambda-events PR #71',
    version: '1',
    event: envelope('PostConfirmation_ConfirmSignUp', {
      callerContext: caller(null),
      request: {
        userAttributes: {
          sub: SUB,
          email_verified: 'true',
          'cognito:user_status': 'CONFIRMED',
          'cognito:email_alias': 'ines.park@example.net',
          email: 'ines.park@example.net',
        },
      },
      response: {},
    }),
  },
  {
    name: 'confirmed password reset with client metadata',
    seen: 'Powertools TS parser fixture post-confirmation-confirm-forgot-password.json',
    version: '1',
    event: envelope('PostConfirmation_ConfirmForgotPassword', {
      request: {
        userAttributes: {
          sub: SUB,
          'cognito:user_status': 'CONFIRMED',
          email_verified: 'true',
          email: 'ines.park@example.net',
        },
        clientMetadata: { channel: 'web' },
      },
      response: {},
    }),
  },
  // ── Pre authentication ────────────────────────────────────────────────────────────────────
  {
    name: 'sign-in with validationData null',
    seen: 'real event posted by the Powertools maintainer in powertools-lambda-typescript PR #3729',
    version: '1',
    event: envelope('PreAuthentication_Authentication', {
      request: {
        userAttributes: {
          sub: SUB,
          'cognito:user_status': 'CONFIRMED',
          email_verified: 'true',
          email: 'ines.park@example.net',
        },
        validationData: null,
      },
      response: {},
    }),
  },
  {
    name: 'unknown user with PreventUserExistenceErrors: userNotFound, no attributes',
    seen: 'AWS developer guide, pre authentication request parameters (userNotFound)',
    version: '1',
    event: envelope('PreAuthentication_Authentication', {
      userName: 'nobody@example.net',
      request: { userAttributes: {}, validationData: { device: 'kiosk-3' }, userNotFound: true },
      response: {},
    }),
  },
  // ── Post authentication ───────────────────────────────────────────────────────────────────
  {
    name: 'Android SDK sign-in, newDeviceUsed false',
    seen: 'AWS mobile blog post: post-authentication event copied from CloudWatch Logs',
    version: '1',
    event: envelope('PostAuthentication_Authentication', {
      userName: 'kwame.mensah',
      callerContext: caller('7v2c9e4g6j8l0n1q3s5u7w9y1a', 'aws-sdk-android-2.6.29'),
      request: {
        userAttributes: {
          sub: SUB,
          email_verified: 'true',
          'cognito:user_status': 'CONFIRMED',
          name: 'Kwame Mensah',
          phone_number_verified: 'false',
          phone_number: '+233302123456',
          email: 'kwame.mensah@example.net',
        },
        newDeviceUsed: false,
      },
      response: {},
    }),
  },
  {
    name: 'remembered devices off: no newDeviceUsed, client metadata from RespondToAuthChallenge',
    seen: 'AWS developer guide, post authentication parameters (newDeviceUsed only with remembered devices)',
    version: '1',
    event: envelope('PostAuthentication_Authentication', {
      request: {
        userAttributes: { sub: SUB, 'cognito:user_status': 'CONFIRMED', email: 'a.user@example.net' },
        clientMetadata: { app: 'ios', build: '2026.3.1' },
      },
      response: {},
    }),
  },
  // ── Custom authentication ─────────────────────────────────────────────────────────────────
  {
    name: 'define auth challenge, first call of a CUSTOM_CHALLENGE-first flow',
    seen: 'Powertools TS parser fixture define-auth-challenge-first-call.json',
    version: '1',
    event: envelope('DefineAuthChallenge_Authentication', {
      request: {
        userAttributes: { sub: SUB, 'cognito:user_status': 'CONFIRMED', email: 'a.user@example.net' },
        session: [],
        userNotFound: false,
      },
      response: { challengeName: null, issueTokens: null, failAuthentication: null },
    }),
  },
  {
    name: 'define auth challenge after SRP_A, PASSWORD_VERIFIER and a custom challenge',
    seen: 'AWS developer guide, define auth challenge example; challengeMetadata null as captured',
    version: '1',
    event: envelope('DefineAuthChallenge_Authentication', {
      request: {
        userAttributes: { sub: SUB, email_verified: 'true', email: 'a.user@example.net' },
        session: [
          { challengeName: 'SRP_A', challengeResult: true, challengeMetadata: null },
          { challengeName: 'PASSWORD_VERIFIER', challengeResult: true, challengeMetadata: null },
          { challengeName: 'CUSTOM_CHALLENGE', challengeResult: false, challengeMetadata: 'CAPTCHA_CHALLENGE' },
        ],
        clientMetadata: { flow: 'captcha' },
      },
      response: { challengeName: null, issueTokens: null, failAuthentication: null },
    }),
  },
  {
    name: 'define auth challenge for a user that does not exist',
    seen: 'AWS developer guide, define auth challenge request parameters (userNotFound)',
    version: '1',
    event: envelope('DefineAuthChallenge_Authentication', {
      userName: 'ghost@example.net',
      request: {
        userAttributes: {},
        session: [{ challengeName: 'CUSTOM_CHALLENGE', challengeResult: false }],
        userNotFound: true,
      },
      response: { challengeName: null, issueTokens: null, failAuthentication: null },
    }),
  },
  {
    name: 'define auth challenge whose session steps omit challengeMetadata, empty response',
    seen: 'Powertools Python test event cognitoDefineAuthChallengeEvent.json (shape)',
    version: '1',
    event: envelope('DefineAuthChallenge_Authentication', {
      request: {
        userAttributes: { sub: SUB, email_verified: 'true', name: 'Pat Example', email: 'pat@example.net' },
        session: [
          { challengeName: 'PASSWORD_VERIFIER', challengeResult: true },
          { challengeName: 'CUSTOM_CHALLENGE', challengeResult: true, challengeMetadata: 'CAPTCHA_CHALLENGE' },
        ],
        userNotFound: false,
      },
      response: {},
    }),
  },
  {
    name: 'create auth challenge, first call',
    seen: 'Powertools TS parser fixture create-auth-challenge-first-call.json',
    version: '1',
    event: envelope('CreateAuthChallenge_Authentication', {
      request: {
        userAttributes: { sub: SUB, email: 'a.user@example.net', email_verified: 'true' },
        challengeName: 'CUSTOM_CHALLENGE',
        session: [],
        userNotFound: false,
      },
      response: { publicChallengeParameters: null, privateChallengeParameters: null, challengeMetadata: null },
    }),
  },
  {
    name: 'create auth challenge after SRP with client metadata',
    seen: 'AWS developer guide, create auth challenge parameters (session after SRP)',
    version: '1',
    event: envelope('CreateAuthChallenge_Authentication', {
      request: {
        userAttributes: { sub: SUB, email: 'a.user@example.net' },
        challengeName: 'CUSTOM_CHALLENGE',
        session: [
          { challengeName: 'SRP_A', challengeResult: true, challengeMetadata: null },
          { challengeName: 'PASSWORD_VERIFIER', challengeResult: true, challengeMetadata: null },
        ],
        clientMetadata: { channel: 'sms' },
      },
      response: { publicChallengeParameters: null, privateChallengeParameters: null, challengeMetadata: null },
    }),
  },
  {
    name: 'verify auth challenge response with answerCorrect null pre-filled',
    seen: 'Powertools TS parser fixture verify-auth-challenge-response.json',
    version: '1',
    event: envelope('VerifyAuthChallengeResponse_Authentication', {
      request: {
        userAttributes: { sub: SUB, email: 'a.user@example.net', email_verified: 'true' },
        privateChallengeParameters: { answer: '730214' },
        challengeAnswer: '730214',
        clientMetadata: { attempt: '1' },
        userNotFound: false,
      },
      response: { answerCorrect: null },
    }),
  },
  {
    name: 'verify auth challenge response for a user that does not exist',
    seen: 'AWS developer guide, verify auth challenge response request parameters (userNotFound)',
    version: '1',
    event: envelope('VerifyAuthChallengeResponse_Authentication', {
      userName: 'ghost@example.net',
      request: { userAttributes: {}, privateChallengeParameters: {}, challengeAnswer: '000000', userNotFound: true },
      response: { answerCorrect: null },
    }),
  },
  // ── Pre token generation V1 ───────────────────────────────────────────────────────────────
  {
    name: 'V1 refresh with groups, no roles, preferredRole null',
    seen: 'awslabs/visual-asset-management-system README, pre token generation event',
    version: '1',
    event: envelope('TokenGeneration_RefreshTokens', {
      request: {
        userAttributes: {
          sub: SUB,
          'cognito:user_status': 'CONFIRMED',
          email_verified: 'true',
          email: 'ines.park@example.net',
        },
        groupConfiguration: {
          groupsToOverride: ['platform-admins', 'editors'],
          iamRolesToOverride: [],
          preferredRole: null,
        },
      },
      response: { claimsOverrideDetails: null },
    }),
  },
  {
    name: 'V1 managed-login sign-in of a SAML user (identities JSON, custom attribute)',
    seen: 'awslabs/visual-asset-management-system README, federated pre token generation event',
    version: '1',
    event: envelope('TokenGeneration_HostedAuth', {
      userName: 'ContosoEntra_r.okafor@contoso.example',
      request: {
        userAttributes: {
          sub: SUB,
          identities: SAML_IDENTITIES,
          'cognito:user_status': 'EXTERNAL_PROVIDER',
          name: 'R. Okafor',
          'custom:groups': '[studio-leads, reviewers]',
        },
        groupConfiguration: {
          groupsToOverride: [`${POOL}_ContosoEntra`],
          iamRolesToOverride: [],
          preferredRole: null,
        },
      },
      response: { claimsOverrideDetails: null },
    }),
  },
  {
    name: 'V1 sign-in with roles, a preferred role and client metadata',
    seen: 'AWS developer guide, pre token generation V1 parameters; student-portal test events',
    version: '1',
    event: envelope('TokenGeneration_Authentication', {
      request: {
        userAttributes: { sub: SUB, email: 'ines.park@example.net', 'custom:active_session_id': 'sess-2b7d' },
        groupConfiguration: {
          groupsToOverride: ['auditors'],
          iamRolesToOverride: ['arn:aws:iam::210987654321:role/auditor'],
          preferredRole: 'arn:aws:iam::210987654321:role/auditor',
        },
        clientMetadata: { student_session_id: 'sess-2b7d' },
      },
      response: { claimsOverrideDetails: null },
    }),
  },
  {
    name: 'V1 event whose pre-filled response is an empty object',
    seen: 'handler test events in public repositories write the pre-filled response as {}',
    version: '1',
    event: envelope('TokenGeneration_NewPasswordChallenge', {
      request: {
        userAttributes: { sub: SUB, 'cognito:user_status': 'CONFIRMED', email: 'new.hire@example.net' },
        groupConfiguration: { groupsToOverride: [], iamRolesToOverride: [], preferredRole: null },
      },
      response: {},
    }),
  },
  {
    name: 'V1 device authentication',
    seen: 'AWS developer guide, pre token generation trigger sources (TokenGeneration_AuthenticateDevice)',
    version: '1',
    event: envelope('TokenGeneration_AuthenticateDevice', {
      request: {
        userAttributes: { sub: SUB, 'cognito:user_status': 'CONFIRMED', phone_number: '+61491570006' },
        groupConfiguration: { groupsToOverride: [], iamRolesToOverride: [], preferredRole: null },
      },
      response: { claimsOverrideDetails: null },
    }),
  },
  {
    name: 'version 1 event that carries scopes',
    seen: 'Powertools Python test event cognitoPreTokenV2GenerationEvent.json (version "1" with scopes)',
    version: '1',
    event: envelope('TokenGeneration_Authentication', {
      userName: 'scoped.user',
      request: {
        userAttributes: {
          sub: SUB,
          email_verified: 'true',
          'cognito:user_status': 'CONFIRMED',
          email: 'scoped@example.net',
        },
        groupConfiguration: { groupsToOverride: [], iamRolesToOverride: [], preferredRole: null },
        scopes: ['aws.cognito.signin.user.admin'],
      },
      response: {},
    }),
  },
  // ── Pre token generation V2 / V3 ──────────────────────────────────────────────────────────
  {
    name: 'V2 sign-in with the email alias attribute and one scope',
    seen: 'aws/aws-lambda-go testdata cognito-event-userpools-pretokengen-v2_0.json (request shape)',
    version: '2',
    event: envelope('TokenGeneration_Authentication', {
      version: '2',
      userName: 'ines.park',
      request: {
        userAttributes: {
          sub: SUB,
          'cognito:email_alias': 'ines.park@example.net',
          'cognito:user_status': 'CONFIRMED',
          email_verified: 'true',
          email: 'ines.park@example.net',
        },
        groupConfiguration: { groupsToOverride: [], iamRolesToOverride: [], preferredRole: null },
        scopes: ['aws.cognito.signin.user.admin'],
      },
      response: { claimsAndScopeOverrideDetails: null },
    }),
  },
  {
    name: 'V2 documentation sample: preferredRole as an array, response []',
    seen: 'AWS developer guide, pre token generation V2 "add and suppress" test event (verbatim quirks)',
    version: '2',
    event: envelope('TokenGeneration_Authentication', {
      version: '2',
      userName: 'JorgeSouza',
      request: {
        userAttributes: {
          sub: SUB,
          'cognito:user_status': 'CONFIRMED',
          email_verified: 'true',
          phone_number_verified: 'true',
          phone_number: '+5511955550100',
          family_name: 'Souza',
          email: 'jorge.souza@example.net',
        },
        groupConfiguration: {
          groupsToOverride: ['group-1', 'group-2'],
          iamRolesToOverride: ['arn:aws:iam::210987654321:role/group-1', 'arn:aws:iam::210987654321:role/group-2'],
          preferredRole: ['arn:aws:iam::210987654321:role/group-1'],
        },
        scopes: ['aws.cognito.signin.user.admin', 'openid', 'email', 'phone'],
      },
      response: { claimsAndScopeOverrideDetails: [] },
    }),
  },
  {
    name: 'V2 refresh with resource-server scopes',
    seen: 'AWS developer guide, pre token generation V2 parameters (scopes)',
    version: '2',
    event: envelope('TokenGeneration_RefreshTokens', {
      version: '2',
      request: {
        userAttributes: { sub: SUB, email: 'ines.park@example.net', 'custom:org_id': 'org-41' },
        groupConfiguration: { groupsToOverride: ['members'], iamRolesToOverride: [], preferredRole: null },
        scopes: ['openid', 'profile', 'orders/read', 'orders/write'],
      },
      response: { claimsAndScopeOverrideDetails: null },
    }),
  },
  {
    name: 'V3 pool: a user sign-in arrives as version 3',
    seen: 'captured TokenGeneration_HostedAuth event of a V3_0 pool (UKHSA repository)',
    version: '3',
    event: envelope('TokenGeneration_HostedAuth', {
      version: '3',
      request: {
        groupConfiguration: { groupsToOverride: [], iamRolesToOverride: [], preferredRole: null },
        scopes: ['openid', 'profile', 'email'],
        userAttributes: {
          'cognito:user_status': 'CONFIRMED',
          email: 'ines.park@example.net',
          email_verified: 'true',
          sub: SUB,
        },
      },
      response: { claimsAndScopeOverrideDetails: null },
    }),
  },
  {
    name: 'V3 client credentials with aws_client_metadata',
    seen: 'AWS developer guide, pre token generation V3 (M2M, aws_client_metadata)',
    version: '3',
    event: envelope('TokenGeneration_ClientCredentials', {
      version: '3',
      userName: '6m2mcl13ntabcdefghijk0l1m2',
      callerContext: caller('6m2mcl13ntabcdefghijk0l1m2'),
      request: {
        userAttributes: {},
        groupConfiguration: { groupsToOverride: [], iamRolesToOverride: [], preferredRole: null },
        scopes: ['inventory/items.read', 'inventory/items.write'],
        clientMetadata: { environment: 'staging', on_behalf_of: 'user-77' },
      },
      response: { claimsAndScopeOverrideDetails: null },
    }),
  },
  {
    name: 'V3 client credentials without user attributes or groups',
    seen: 'M2M pre-token events in emulators and handler tests (no userAttributes/groupConfiguration)',
    version: '3',
    event: envelope('TokenGeneration_ClientCredentials', {
      version: '3',
      userName: '6m2mcl13ntabcdefghijk0l1m2',
      callerContext: caller('6m2mcl13ntabcdefghijk0l1m2'),
      request: { scopes: ['api/read'], clientMetadata: null },
      response: { claimsAndScopeOverrideDetails: null },
    }),
  },
  {
    name: 'V3 client credentials with null user attributes and groups',
    seen: 'inferred: machine identities have no user (triggers catalogue §2.6, open question 1)',
    version: '3',
    event: envelope('TokenGeneration_ClientCredentials', {
      version: '3',
      userName: null,
      callerContext: caller('6m2mcl13ntabcdefghijk0l1m2'),
      request: { userAttributes: null, groupConfiguration: null, scopes: ['api/read', 'api/write'] },
      response: { claimsAndScopeOverrideDetails: null },
    }),
  },
  // ── Migrate user ──────────────────────────────────────────────────────────────────────────
  {
    name: 'migration at sign-in: request userAttributes null, response all null',
    seen: 'real event posted by the Powertools maintainer in powertools-lambda-typescript PR #3729',
    version: '1',
    event: envelope('UserMigration_Authentication', {
      userName: 'legacy.member@example.net',
      request: { password: 'Old-Passw0rd!', validationData: null, userAttributes: null },
      response: {
        userAttributes: null,
        forceAliasCreation: null,
        enableSMSMFA: null,
        finalUserStatus: null,
        messageAction: null,
        desiredDeliveryMediums: null,
      },
    }),
  },
  {
    name: 'migration by ForgotPassword: no password, client metadata',
    seen: 'AWS developer guide, migrate user trigger (password absent for ForgotPassword)',
    version: '1',
    event: envelope('UserMigration_ForgotPassword', {
      userName: 'legacy.member@example.net',
      request: { validationData: null, clientMetadata: { portal: 'legacy' } },
      response: {
        userAttributes: null,
        forceAliasCreation: null,
        enableSMSMFA: null,
        finalUserStatus: null,
        messageAction: null,
        desiredDeliveryMediums: null,
      },
    }),
  },
  {
    name: 'migration at sign-in with an email alias as userName and validation data',
    seen: 'AWS developer guide, migrate user (userName is what the user typed)',
    version: '1',
    event: envelope('UserMigration_Authentication', {
      userName: 'MiXeD.Case@Example.net',
      request: { password: 'hunter2-but-longer', validationData: { source_ip: '203.0.113.9' } },
      response: {},
    }),
  },
  // ── Custom message ────────────────────────────────────────────────────────────────────────
  {
    name: 'admin-created user invitation from the JS SDK',
    seen: 'captured CustomMessage_AdminCreateUser event in a public repository README',
    version: '1',
    event: envelope('CustomMessage_AdminCreateUser', {
      userName: SUB,
      callerContext: caller('CLIENT_ID_NOT_APPLICABLE', 'aws-sdk-js-2.1639.0'),
      request: {
        userAttributes: {
          sub: SUB,
          email_verified: 'true',
          'cognito:user_status': 'FORCE_CHANGE_PASSWORD',
          email: 'lea.martin@example.net',
        },
        codeParameter: '{####}',
        linkParameter: '{##Click Here##}',
        usernameParameter: '{username}',
      },
      response: { smsMessage: null, emailMessage: null, emailSubject: null },
    }),
  },
  {
    name: 'forgot-password message with the email alias',
    seen: 'captured CustomMessage_ForgotPassword event in a public repository comment',
    version: '1',
    event: envelope('CustomMessage_ForgotPassword', {
      request: {
        userAttributes: {
          sub: SUB,
          'cognito:email_alias': 'lea.martin@example.net',
          'cognito:user_status': 'CONFIRMED',
          email_verified: 'true',
          email: 'lea.martin@example.net',
        },
        codeParameter: '{####}',
        linkParameter: '{##Click Here##}',
        usernameParameter: null,
      },
      response: { smsMessage: null, emailMessage: null, emailSubject: null },
    }),
  },
  {
    name: 'sign-up message whose codeParameter carries the code itself',
    seen: 'captured CustomMessage_SignUp request in a public repository (codeParameter "941468"-style)',
    version: '1',
    event: envelope('CustomMessage_SignUp', {
      request: {
        userAttributes: {
          sub: SUB,
          website: 'https://forms.example.net/admin/',
          'cognito:email_alias': 'new.member@example.net',
          email_verified: 'false',
          'cognito:user_status': 'UNCONFIRMED',
          name: 'New Member',
          email: 'new.member@example.net',
        },
        codeParameter: '518204',
        linkParameter: '{##Click Here##}',
        usernameParameter: null,
      },
      response: { smsMessage: null, emailMessage: null, emailSubject: null },
    }),
  },
  {
    name: 'documentation sample: "None" strings and a bare #### placeholder',
    seen: 'AWS developer guide, custom message for sign-up example test event (verbatim quirks)',
    version: '1',
    event: envelope('CustomMessage_SignUp', {
      userName: 'test-user',
      request: {
        userAttributes: {
          sub: SUB,
          'cognito:user_status': 'CONFIRMED',
          email_verified: 'true',
          phone_number_verified: 'true',
          phone_number: '+61491570006',
          email: 'test-user@example.net',
        },
        codeParameter: '####',
        linkParameter: '{##Click Here##}',
        usernameParameter: 'None',
      },
      response: { smsMessage: 'None', emailMessage: 'None', emailSubject: 'None' },
    }),
  },
  {
    name: 'forgot-password SMS with a phone username parameter',
    seen: 'custom message sample in a public blog (usernameParameter set on ForgotPassword)',
    version: '1',
    event: envelope('CustomMessage_ForgotPassword', {
      userName: 'kwame@example.net',
      callerContext: caller(CLIENT, 'aws-sdk-ios-2.22.1'),
      request: {
        userAttributes: {
          sub: SUB,
          'cognito:user_status': 'CONFIRMED',
          email_verified: 'true',
          phone_number_verified: 'true',
          phone_number: '+233302123456',
          preferred_username: '+233302123456',
          email: 'kwame@example.net',
        },
        codeParameter: '{####}',
        linkParameter: '{##Click Here##}',
        usernameParameter: 'kwame',
      },
      response: { smsMessage: null, emailMessage: null, emailSubject: null },
    }),
  },
  {
    name: 'MFA code at sign-in, client metadata',
    seen: 'AWS developer guide, custom message trigger sources (CustomMessage_Authentication)',
    version: '1',
    event: envelope('CustomMessage_Authentication', {
      request: {
        userAttributes: { sub: SUB, phone_number: '+61491570006', phone_number_verified: 'true' },
        codeParameter: '{####}',
        usernameParameter: null,
        clientMetadata: { device: 'browser' },
      },
      response: { smsMessage: null, emailMessage: null, emailSubject: null },
    }),
  },
  {
    name: 'attribute update by an admin: clientId null',
    seen: 'swift-aws-lambda-events PR #71 (no clientId when no app client made the call)',
    version: '1',
    event: envelope('CustomMessage_UpdateUserAttribute', {
      callerContext: caller(null),
      request: {
        userAttributes: { sub: SUB, email: 'changed@example.net', email_verified: 'false' },
        codeParameter: '{####}',
        linkParameter: '{##Click Here##}',
        usernameParameter: null,
      },
      response: { smsMessage: null, emailMessage: null, emailSubject: null },
    }),
  },
  {
    name: 'invitation sample with boolean attribute values and an empty pre-filled response',
    seen: 'Powertools Python test event cognitoCustomMessageEvent.json (shape)',
    version: '1',
    event: envelope('CustomMessage_AdminCreateUser', {
      callerContext: { awsSdk: 'aws-sdk-unknown-unknown', clientId: CLIENT },
      request: {
        userAttributes: { phone_number_verified: false, email_verified: true },
        codeParameter: '####',
        linkParameter: '{##Click Here##}',
        usernameParameter: 'username',
      },
      response: {},
    }),
  },
  // ── Custom email / SMS senders ────────────────────────────────────────────────────────────
  {
    name: 'email sender, forgot password: no response, clientMetadata null',
    seen: 'Powertools TS parser fixture custom-email-sender-forgot-password.json',
    version: '1',
    event: envelope('CustomEmailSender_ForgotPassword', {
      request: {
        type: 'customEmailSenderRequestV1',
        code: 'AYADeEx4mpl3Ciph3rt3xtF0rg0tP4ssw0rd==',
        clientMetadata: null,
        userAttributes: {
          sub: SUB,
          email_verified: 'true',
          'cognito:user_status': 'CONFIRMED',
          email: 'lea.martin@example.net',
        },
      },
    }),
  },
  {
    name: 'email sender, admin-created user',
    seen: 'Powertools TS parser fixture custom-email-sender-admin-create-user.json',
    version: '1',
    event: envelope('CustomEmailSender_AdminCreateUser', {
      callerContext: caller('CLIENT_ID_NOT_APPLICABLE'),
      request: {
        type: 'customEmailSenderRequestV1',
        code: 'AYADeEx4mpl3Ciph3rt3xtT3mpP4ss==',
        clientMetadata: null,
        userAttributes: {
          sub: SUB,
          email_verified: 'true',
          'cognito:user_status': 'FORCE_CHANGE_PASSWORD',
          email: 'ops.jordan@example.net',
        },
      },
    }),
  },
  {
    name: 'account takeover notification, BLOCK, unknown location',
    seen: 'DefinitelyTyped PR #52111 live captures (null code, client metadata and caller context)',
    version: '1',
    event: envelope('CustomEmailSender_AccountTakeOverNotification', {
      callerContext: caller(null, null),
      request: {
        type: 'customEmailSenderRequestV1',
        code: null,
        clientMetadata: null,
        userAttributes: {
          LOGIN_TIME: 'Monday, April 6, 2026 07:12 AM UTC',
          CITY: null,
          COUNTRY: null,
          ACCOUNT_TAKE_OVER_ACTION: 'BLOCK',
          FEEDBACK_TOKEN: 'fb-t0k3n-example',
          ONE_CLICK_LINK_VALID: 'https://auth.example.net/feedback?valid=1',
          DEVICE_NAME: null,
          EVENT_ID: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
          IP_ADDRESS: '198.51.100.77',
          USER_NAME: 'ines.park',
          ONE_CLICK_LINK_INVALID: 'https://auth.example.net/feedback?valid=0',
        },
      },
    }),
  },
  {
    name: 'account takeover notification, NO_ACTION, with location and device',
    seen: 'DefinitelyTyped PR #52111 live captures (NO_ACTION variant)',
    version: '1',
    event: envelope('CustomEmailSender_AccountTakeOverNotification', {
      callerContext: caller(CLIENT, null),
      request: {
        type: 'customEmailSenderRequestV1',
        code: null,
        clientMetadata: null,
        userAttributes: {
          LOGIN_TIME: 'Tuesday, April 7, 2026 11:40 PM UTC',
          CITY: 'Lisbon',
          COUNTRY: 'Portugal',
          ACCOUNT_TAKE_OVER_ACTION: 'NO_ACTION',
          FEEDBACK_TOKEN: 'fb-t0k3n-other',
          ONE_CLICK_LINK_VALID: 'https://auth.example.net/feedback?valid=1&e=2',
          DEVICE_NAME: 'Firefox 141, Windows 11',
          EVENT_ID: '0f1e2d3c-4b5a-4c6d-8e7f-9a0b1c2d3e4f',
          IP_ADDRESS: '203.0.113.200',
          USER_NAME: 'ines.park',
          ONE_CLICK_LINK_INVALID: 'https://auth.example.net/feedback?valid=0&e=2',
        },
      },
    }),
  },
  {
    name: 'email sender, email OTP at sign-in with client metadata',
    seen: 'AWS developer guide, custom email sender sources (CustomEmailSender_Authentication)',
    version: '1',
    event: envelope('CustomEmailSender_Authentication', {
      request: {
        type: 'customEmailSenderRequestV1',
        code: 'AYADeEx4mpl3Ciph3rt3xtOtp==',
        clientMetadata: { locale: 'pt-PT' },
        userAttributes: { sub: SUB, email: 'ines.park@example.net', email_verified: 'true' },
      },
      response: {},
    }),
  },
  {
    name: 'SMS sender, MFA code at sign-in',
    seen: 'AWS developer guide, custom SMS sender parameters and sources',
    version: '1',
    event: envelope('CustomSMSSender_Authentication', {
      callerContext: caller(CLIENT, 'aws-sdk-js-3.1169.0'),
      request: {
        type: 'customSMSSenderRequestV1',
        code: 'AYADeEx4mpl3Ciph3rt3xtSmsMfa==',
        clientMetadata: null,
        userAttributes: { sub: SUB, phone_number: '+61491570006', phone_number_verified: 'true' },
      },
    }),
  },
  {
    name: 'SMS sender, admin-created user without clientMetadata',
    seen: 'AWS developer guide, custom SMS sender (CustomSMSSender_AdminCreateUser)',
    version: '1',
    event: envelope('CustomSMSSender_AdminCreateUser', {
      callerContext: caller('CLIENT_ID_NOT_APPLICABLE'),
      request: {
        type: 'customSMSSenderRequestV1',
        code: 'AYADeEx4mpl3Ciph3rt3xtSmsT3mp==',
        userAttributes: {
          sub: SUB,
          phone_number: '+61491570006',
          'cognito:user_status': 'FORCE_CHANGE_PASSWORD',
        },
      },
    }),
  },
  {
    name: 'SMS sender, attribute update without a code',
    seen: 'inferred: the AWS guide custom SMS sender example decrypts only "if (event.request.code)"',
    version: '1',
    event: envelope('CustomSMSSender_UpdateUserAttribute', {
      callerContext: caller(null),
      request: {
        type: 'customSMSSenderRequestV1',
        code: null,
        clientMetadata: null,
        userAttributes: { sub: SUB, phone_number: '+61491570099', phone_number_verified: 'false' },
      },
    }),
  },
  {
    name: 'email sender sample with boolean attribute values and an awsSdk caller key',
    seen: 'Powertools Python test event cognitoCustomEmailSenderEvent.json (shape)',
    version: '1',
    event: envelope('CustomEmailSender_SignUp', {
      callerContext: { awsSdk: 'aws-sdk-unknown-unknown', clientId: CLIENT },
      request: {
        userAttributes: { phone_number_verified: false, email_verified: true, email: 'bool.sample@example.net' },
        type: 'customEmailSenderRequestV1',
        code: 'AYADeEx4mpl3Ciph3rt3xtS1gnUp==',
      },
    }),
  },
  // ── Inbound federation ────────────────────────────────────────────────────────────────────
  {
    name: 'OIDC provider with token response, ID token and userInfo',
    seen: 'AWS developer guide, inbound federation "truncate large attributes" test event',
    version: '1',
    event: envelope('InboundFederation_ExternalProvider', {
      userName: 'AcmeOidc_7f6e5d4c',
      request: {
        providerName: 'AcmeOidc',
        providerType: 'OIDC',
        attributes: {
          tokenResponse: { access_token: 'eyJhbGciOi.example', token_type: 'Bearer', expires_in: '3600' },
          idToken: { sub: '7f6e5d4c', email: 'r.okafor@acme.example', email_verified: 'true' },
          userInfo: { email: 'r.okafor@acme.example', given_name: 'R.', family_name: 'Okafor', bio: 'x'.repeat(2100) },
        },
      },
      response: { userAttributesToMap: {} },
    }),
  },
  {
    name: 'SAML provider with multi-valued group claims',
    seen: 'aws-lambda-go SAML testdata shape; multi-valued attributes inferred (catalogue open question 3)',
    version: '1',
    event: envelope('InboundFederation_ExternalProvider', {
      userName: 'ContosoEntra_r.okafor@contoso.example',
      request: {
        providerName: 'ContosoEntra',
        providerType: 'SAML',
        attributes: {
          samlResponse: {
            'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress': 'r.okafor@contoso.example',
            'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname': 'R.',
            'http://schemas.microsoft.com/ws/2008/06/identity/claims/groups': ['studio-leads', 'reviewers'],
          },
        },
      },
      response: { userAttributesToMap: {} },
    }),
  },
  {
    name: 'Google sign-in with an empty userInfo and numeric expires_in',
    seen: 'inferred: userInfo may be empty (AWS guide); IdPs send numbers and booleans (catalogue open question 3)',
    version: '1',
    event: envelope('InboundFederation_ExternalProvider', {
      userName: 'Google_118273645509182736455',
      request: {
        providerName: 'Google',
        providerType: 'Google',
        attributes: {
          tokenResponse: {
            access_token: 'ya29.example',
            id_token: 'eyJhbGciOi.example.sig',
            refresh_token: '1//0example',
            token_type: 'Bearer',
            expires_in: 3599,
            scope: 'openid email profile',
          },
          idToken: { sub: '118273645509182736455', email: 'sam.oduya@example.net', email_verified: true },
          userInfo: {},
        },
      },
      response: { userAttributesToMap: {} },
    }),
  },
  // ── Second pass: shapes from other runtimes' fixtures, Powertools, and edge cases ─────────
  {
    name: 'verify auth challenge whose answer is a JSON object, unknown user',
    seen: 'aws/aws-lambda-dotnet EventsTests.Shared cognito-verifyauthchallenge-event.json (challengeAnswer object)',
    version: '1',
    event: envelope('VerifyAuthChallengeResponse_Authentication', {
      userName: 'e3f1c0a2-7b44-4d9e-a1c3-5f0b2d8e6a47',
      request: {
        userAttributes: { 'custom:plan': 'team', locale: 'de-DE' },
        privateChallengeParameters: { expected: '551903', channel: 'email' },
        challengeAnswer: { code: '551903', channel: 'email' },
        clientMetadata: { app: 'kiosk', build: '7.2' },
        userNotFound: true,
      },
      response: { answerCorrect: true },
    }),
  },
  {
    name: 'verify auth challenge with clientMetadata null and answerCorrect null',
    seen: 'aws/aws-lambda-dotnet cognito-verifyauthchallenge-event-with-null-values.json',
    version: '1',
    event: envelope('VerifyAuthChallengeResponse_Authentication', {
      request: {
        userAttributes: { sub: SUB, email: 'lena.voss@example.net' },
        privateChallengeParameters: { otp: '208816' },
        challengeAnswer: '208816',
        clientMetadata: null,
        userNotFound: false,
      },
      response: { answerCorrect: null },
    }),
  },
  {
    name: 'verify auth challenge whose answer is a number',
    seen: 'aws/aws-lambda-go events/cognito.go types challengeAnswer as interface{}; a numeric code typed by hand',
    version: '1',
    event: envelope('VerifyAuthChallengeResponse_Authentication', {
      request: { userAttributes: { sub: SUB }, privateChallengeParameters: { otp: '730001' }, challengeAnswer: 730001 },
      response: { answerCorrect: null },
    }),
  },
  {
    name: 'define auth challenge: two failed steps with null metadata, unknown user, client metadata',
    seen: 'aws/aws-lambda-dotnet cognito-defineauthchallenge-event-with-null-values.json',
    version: '1',
    event: envelope('DefineAuthChallenge_Authentication', {
      request: {
        userAttributes: {},
        session: [
          { challengeName: 'CUSTOM_CHALLENGE', challengeResult: false, challengeMetadata: null },
          { challengeName: 'CUSTOM_CHALLENGE', challengeResult: false, challengeMetadata: null },
        ],
        clientMetadata: { flow: 'magic-link' },
        userNotFound: true,
      },
      response: { challengeName: null, issueTokens: null, failAuthentication: null },
    }),
  },
  {
    name: 'define auth challenge: a session of every built-in challenge name',
    seen: 'AWS developer guide, define auth challenge session names; Powertools and @types challenge name lists (EMAIL_OTP, SOFTWARE_TOKEN_MFA)',
    version: '1',
    event: envelope('DefineAuthChallenge_Authentication', {
      request: {
        userAttributes: { sub: SUB, phone_number: '+61491570006', phone_number_verified: 'true' },
        session: [
          'SRP_A',
          'PASSWORD_VERIFIER',
          'ADMIN_NO_SRP_AUTH',
          'DEVICE_SRP_AUTH',
          'DEVICE_PASSWORD_VERIFIER',
          'SMS_MFA',
          'SOFTWARE_TOKEN_MFA',
          'EMAIL_OTP',
        ].map((challengeName) => ({ challengeName, challengeResult: true, challengeMetadata: null })),
      },
      response: { challengeName: null, issueTokens: null, failAuthentication: null },
    }),
  },
  {
    name: 'define auth challenge after a passwordless step with a name Cognito added later',
    seen: 'inferred: challenge names are open (AWS guide, choice-based sign-in adds WEB_AUTHN, PASSWORD, EMAIL_OTP)',
    version: '1',
    event: envelope('DefineAuthChallenge_Authentication', {
      request: {
        userAttributes: { sub: SUB },
        session: [
          { challengeName: 'WEB_AUTHN', challengeResult: true },
          { challengeName: 'CUSTOM_CHALLENGE', challengeResult: false, challengeMetadata: 'CAPTCHA' },
        ],
      },
      response: { challengeName: null, issueTokens: null, failAuthentication: null },
    }),
  },
  {
    name: 'create auth challenge for PASSWORD_VERIFIER after a CAPTCHA custom challenge',
    seen: 'Powertools TS parser fixture cognitoCreateAuthChallengeEvent.json (shape)',
    version: '1',
    event: envelope('CreateAuthChallenge_Authentication', {
      callerContext: caller(CLIENT, 'aws-sdk-android-2.75.0'),
      request: {
        userAttributes: { sub: SUB, email_verified: 'true', name: 'Aroha Ngata', email: 'aroha@example.net' },
        challengeName: 'PASSWORD_VERIFIER',
        session: [{ challengeName: 'CUSTOM_CHALLENGE', challengeResult: true, challengeMetadata: 'CAPTCHA' }],
        userNotFound: false,
      },
      response: {},
    }),
  },
  {
    name: 'SMS sender whose request type says email, boolean attributes',
    seen: 'Powertools Python test event cognitoCustomSMSSenderEvent.json (type customEmailSenderRequestV1 on an SMS source)',
    version: '1',
    event: envelope('CustomSMSSender_SignUp', {
      callerContext: caller(CLIENT, 'aws-sdk-ios-2.33.4'),
      request: {
        userAttributes: { phone_number_verified: false, email_verified: true, phone_number: '+61491570006' },
        type: 'customEmailSenderRequestV1',
        code: 'AYADeSmsWithEmailType==',
      },
    }),
  },
  {
    name: 'email sender fixture with a placeholder request type and a response block',
    seen: 'aws/aws-lambda-go testdata cognito-event-userpools-customemailsender.json (type "example type", response present)',
    version: '1',
    event: envelope('CustomEmailSender_UpdateUserAttribute', {
      request: {
        userAttributes: { phone_number_verified: true, email_verified: false, email: 'new.address@example.net' },
        code: 'AYADeUpdateAttr==',
        clientMetadata: { source: 'settings-page' },
        type: 'sample type',
      },
      response: { emailMessage: 'Your code', emailSubject: 'Confirm your new address' },
    }),
  },
  {
    name: 'SMS sender fixture with an empty response object',
    seen: 'aws/aws-lambda-dotnet cognito-customsmssender-event.json (response {})',
    version: '1',
    event: envelope('CustomSMSSender_ResendCode', {
      request: {
        userAttributes: { phone_number: '+61491570006' },
        type: 'customSMSSenderRequestV1',
        code: 'AYADeResend==',
      },
      response: {},
    }),
  },
  {
    name: 'account takeover notification carrying a code anyway, MFA_IF_CONFIGURED',
    seen: '@types/aws-lambda types the notification code as string | null (DefinitelyTyped custom-email-sender.d.ts)',
    version: '1',
    event: envelope('CustomEmailSender_AccountTakeOverNotification', {
      callerContext: caller(null, null),
      request: {
        type: 'customEmailSenderRequestV1',
        code: 'AYADeStrayCode==',
        clientMetadata: null,
        userAttributes: {
          EVENT_ID: '1c0f2a7e-4d8b-4e55-9f3a-6b2d0c9e8a71',
          USER_NAME: 'mira.tanaka',
          IP_ADDRESS: '203.0.113.77',
          ACCOUNT_TAKE_OVER_ACTION: 'MFA_IF_CONFIGURED',
          ONE_CLICK_LINK_VALID: 'https://auth.example.net/ato/valid?t=v4l1d',
          ONE_CLICK_LINK_INVALID: 'https://auth.example.net/ato/invalid?t=1nv4l1d',
          LOGIN_TIME: 'Tuesday, March 3, 2026 09:41 AM UTC',
          FEEDBACK_TOKEN: 'ZmVlZGJhY2stdG9rZW4',
          CITY: 'Osaka',
          COUNTRY: 'Japan',
          DEVICE_NAME: 'Firefox 126, Windows',
        },
      },
    }),
  },
  {
    name: 'custom message fixture: #### code, {username} on sign-up, boolean attributes, response filled',
    seen: 'aws/aws-lambda-go testdata cognito-event-userpools-custommessage.json and aws-lambda-java-libs custom message event',
    version: '1',
    event: envelope('CustomMessage_ResendCode', {
      callerContext: caller(CLIENT, 'aws-sdk-java-2.25.6'),
      request: {
        userAttributes: { phone_number_verified: true, email_verified: false },
        codeParameter: '####',
        usernameParameter: '{username}',
        clientMetadata: { campaign: 'reactivation' },
      },
      response: { smsMessage: 'old text ####', emailMessage: 'old body ####', emailSubject: 'old subject' },
    }),
  },
  {
    name: 'invitation without a usernameParameter',
    seen: 'MousaZeidBaker/aws-lambda-typing tests: CustomMessage_AdminCreateUser event without usernameParameter',
    version: '1',
    event: envelope('CustomMessage_AdminCreateUser', {
      userName: 'b.lindqvist',
      callerContext: caller('CLIENT_ID_NOT_APPLICABLE'),
      request: {
        userAttributes: { 'cognito:user_status': 'FORCE_CHANGE_PASSWORD', email: 'b.lindqvist@example.net' },
        codeParameter: '{####}',
        linkParameter: '{##Click Here##}',
      },
      response: { smsMessage: null, emailMessage: null, emailSubject: null },
    }),
  },
  {
    name: 'migration fixture with request userAttributes and userName keys',
    seen: 'aws/aws-lambda-dotnet cognito-migrateuser-event.json (extra request keys)',
    version: '1',
    event: envelope('UserMigration_Authentication', {
      userName: 'legacy.user@example.net',
      request: {
        userAttributes: { legacy_id: '88213' },
        userName: 'legacy.user@example.net',
        password: 'c0rrect-h0rse',
        validationData: { ip: '198.51.100.24' },
        clientMetadata: { origin: 'old-portal' },
      },
      response: {
        userAttributes: null,
        messageAction: null,
        finalUserStatus: null,
        desiredDeliveryMediums: null,
        forceAliasCreation: null,
      },
    }),
  },
  {
    name: 'migration at ForgotPassword: no password, validationData null, SDK for .NET caller',
    seen: 'AWS developer guide, migrate user (password absent for UserMigration_ForgotPassword); .NET SDK awsSdkVersion form',
    version: '1',
    event: envelope('UserMigration_ForgotPassword', {
      userName: 'legacy.user@example.net',
      callerContext: caller(CLIENT, 'aws-sdk-dotnet-coreclr-3.7.300.12'),
      request: { validationData: null },
      response: {
        userAttributes: null,
        forceAliasCreation: null,
        enableSMSMFA: null,
        finalUserStatus: null,
        messageAction: null,
        desiredDeliveryMediums: null,
      },
    }),
  },
  {
    name: 'sign-up sample with a non-numeric version and no validation data',
    seen: 'Powertools Python test event cognitoPreSignUpEvent.json (version "string")',
    version: '1',
    event: envelope('PreSignUp_SignUp', {
      version: 'string',
      userName: 'jo.example',
      request: { userAttributes: { email: 'jo@example.net', phone_number: '+61491570006' } },
      response: {},
    }),
  },
  {
    name: 'admin-created user in GovCloud: validationData null, client metadata, email username',
    seen: 'AWS developer guide, pre sign-up (AdminCreateUser ValidationData and ClientMetadata); us-gov partition',
    version: '1',
    event: envelope('PreSignUp_AdminCreateUser', {
      region: 'us-gov-west-1',
      userPoolId: 'us-gov-west-1_Gv7aB2cD9',
      userName: 'analyst@agency.example',
      callerContext: caller('CLIENT_ID_NOT_APPLICABLE', 'aws-sdk-go-v2-1.30.3'),
      request: {
        userAttributes: { email: 'analyst@agency.example', email_verified: 'true' },
        validationData: null,
        clientMetadata: { ticket: 'OPS-4471' },
      },
      response: { autoConfirmUser: false, autoVerifyEmail: false, autoVerifyPhone: false },
    }),
  },
  {
    name: 'post confirmation with boolean email_verified and a placeholder version',
    seen: 'Powertools Python test event cognitoPostConfirmationEvent.json (shape)',
    version: '1',
    event: envelope('PostConfirmation_ConfirmSignUp', {
      version: 'string',
      region: 'cn-northwest-1',
      userPoolId: 'cn-northwest-1_Cn4eX8mP1',
      request: { userAttributes: { email: 'li.wei@example.cn', email_verified: true } },
      response: {},
    }),
  },
  {
    name: 'post confirmation fixture whose pre-filled response carries message fields',
    seen: 'aws/aws-lambda-go testdata cognito-event-userpools-postconfirmation.json',
    version: '1',
    event: envelope('PostConfirmation_ConfirmForgotPassword', {
      request: { userAttributes: { email: 'ines.park@example.net', phone_number: '+61491570006' } },
      response: { emailMessage: 'x', emailSubject: 'y', smsMessage: 'z' },
    }),
  },
  {
    name: 'pre authentication of a Sign in with Apple user, quoted userNotFound',
    seen: 'inferred: hand-written sample events quote flags as they quote attribute booleans (AWS samples)',
    version: '1',
    event: envelope('PreAuthentication_Authentication', {
      userName: 'signinwithapple_001234.5f6e7d8c9b0a.1122',
      request: {
        userAttributes: { sub: SUB, 'cognito:user_status': 'EXTERNAL_PROVIDER', email: 'relay@privaterelay.example' },
        validationData: { deviceFingerprint: 'fp-77a1' },
        userNotFound: 'false',
      },
      response: {},
    }),
  },
  {
    name: 'post authentication with structured client metadata and nested attribute values',
    seen: 'inferred: handler tests in public repositories nest objects in attribute and metadata maps',
    version: '1',
    event: envelope('PostAuthentication_Authentication', {
      region: 'eu-central-1',
      request: {
        userAttributes: { sub: SUB, address: { formatted: '1 Example Street' }, 'custom:roles': ['editor', 'viewer'] },
        newDeviceUsed: false,
        clientMetadata: { device: { os: 'android', version: 14 } },
      },
      response: {},
    }),
  },
  {
    name: 'V1 new-password challenge with groups, roles and a preferred role',
    seen: 'aws/aws-lambda-dotnet cognito-pre-token-generation-event.json (TokenGeneration_NewPasswordChallenge)',
    version: '1',
    event: envelope('TokenGeneration_NewPasswordChallenge', {
      region: 'eu-west-1',
      userPoolId: 'eu-west-1_Nw9pQ3rS5',
      userName: 'field.tech04',
      request: {
        userAttributes: {
          sub: SUB,
          'cognito:user_status': 'CONFIRMED',
          email_verified: 'true',
          email: 'tech04@example.net',
        },
        groupConfiguration: {
          groupsToOverride: ['Technicians', 'Dispatch'],
          iamRolesToOverride: ['arn:aws:iam::210987654321:role/tech', 'arn:aws:iam::210987654321:role/dispatch'],
          preferredRole: 'arn:aws:iam::210987654321:role/tech',
        },
      },
      response: { claimsOverrideDetails: null },
    }),
  },
  {
    name: 'V2 sign-in whose groupConfiguration has no preferredRole key',
    seen: 'aws/aws-lambda-go testdata cognito-event-userpools-pretokengen-v2.json (request shape)',
    version: '2',
    event: envelope('TokenGeneration_Authentication', {
      version: '2',
      userName: 'k.adeyemi',
      request: {
        userAttributes: { sub: SUB, 'cognito:email_alias': 'k.adeyemi@example.net', email_verified: 'true' },
        groupConfiguration: { groupsToOverride: [], iamRolesToOverride: [] },
        scopes: ['aws.cognito.signin.user.admin'],
      },
      response: { claimsAndScopeOverrideDetails: null },
    }),
  },
  {
    name: 'V2 hosted sign-in of a Facebook user with OAuth scopes and client metadata',
    seen: 'aws/aws-lambda-dotnet cognito-pretokengenerationv2-event.json (scopes, clientMetadata); federated userName',
    version: '2',
    event: envelope('TokenGeneration_HostedAuth', {
      version: '2',
      userName: 'Facebook_10223344556677889',
      request: {
        userAttributes: {
          sub: SUB,
          identities:
            '[{"userId":"10223344556677889","providerName":"Facebook","providerType":"Facebook","issuer":null,"primary":true,"dateCreated":1767225600000}]',
          'cognito:user_status': 'EXTERNAL_PROVIDER',
        },
        groupConfiguration: {
          groupsToOverride: ['ap-southeast-2_Rw0rLdEv7_Facebook'],
          iamRolesToOverride: [],
          preferredRole: null,
        },
        scopes: ['openid', 'email', 'profile', 'https://api.example.net/orders.read'],
        clientMetadata: { tenant: 'north' },
      },
      response: { claimsAndScopeOverrideDetails: null },
    }),
  },
  {
    name: 'V3 refresh of a user with a null group list',
    seen: 'inferred: groupConfiguration lists may be null (catalogue §6); V3 pools send "3" for user sources',
    version: '3',
    event: envelope('TokenGeneration_RefreshTokens', {
      version: '3',
      region: 'sa-east-1',
      request: {
        userAttributes: { sub: SUB, email: 'r.silva@example.com.br' },
        groupConfiguration: { groupsToOverride: null, iamRolesToOverride: null, preferredRole: null },
        scopes: ['openid', 'aws.cognito.signin.user.admin'],
      },
      response: { claimsAndScopeOverrideDetails: null },
    }),
  },
  {
    name: 'V3 client credentials with the client id as userName and an empty user',
    seen: 'inferred: M2M events (catalogue §2.6); DefinitelyTyped V3 type keeps userAttributes and groupConfiguration',
    version: '3',
    event: envelope('TokenGeneration_ClientCredentials', {
      version: '3',
      userName: CLIENT,
      request: {
        userAttributes: {},
        groupConfiguration: { groupsToOverride: [], iamRolesToOverride: [], preferredRole: null },
        scopes: ['inventory/read', 'inventory/write'],
        clientMetadata: { environment: 'staging' },
      },
      response: { claimsAndScopeOverrideDetails: null },
    }),
  },
  {
    name: 'OIDC fixture with the response already filled',
    seen: 'aws/aws-lambda-go testdata cognito-event-userpools-inbound-federation-oidc.json',
    version: '1',
    event: envelope('InboundFederation_ExternalProvider', {
      userName: 'PartnerOidc_a91b',
      request: {
        providerName: 'PartnerOidc',
        providerType: 'OIDC',
        attributes: {
          tokenResponse: { access_token: 'eyJ.partner', token_type: 'Bearer', expires_in: '3600' },
          idToken: { sub: 'a91b', email: 'n.okeke@partner.example', email_verified: 'true' },
          userInfo: { email: 'n.okeke@partner.example', given_name: 'Nneka', family_name: 'Okeke' },
        },
      },
      response: { userAttributesToMap: { email: 'n.okeke@partner.example', given_name: 'Nneka' } },
    }),
  },
  {
    name: 'SAML sign-in with a NameID-style userName and the response filled',
    seen: 'aws/aws-lambda-go testdata cognito-event-userpools-inbound-federation-saml.json',
    version: '1',
    event: envelope('InboundFederation_ExternalProvider', {
      userName: 'okta_d.ferreira@corp.example',
      request: {
        providerName: 'okta',
        providerType: 'SAML',
        attributes: {
          samlResponse: {
            'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress': 'd.ferreira@corp.example',
            'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname': 'Ferreira',
          },
        },
      },
      response: { userAttributesToMap: { email: 'd.ferreira@corp.example', family_name: 'Ferreira' } },
    }),
  },
  {
    name: 'V1 refresh whose groupConfiguration is an array holding one configuration',
    seen: 'archived awsdocs/amazon-cognito-developer-guide, pre token generation parameters (groupConfiguration as an array)',
    version: '1',
    event: envelope('TokenGeneration_RefreshTokens', {
      request: {
        userAttributes: { sub: SUB, email: 'ines.park@example.net' },
        groupConfiguration: [
          {
            groupsToOverride: ['editors'],
            iamRolesToOverride: ['arn:aws:iam::210987654321:role/editors'],
            preferredRole: 'arn:aws:iam::210987654321:role/editors',
          },
        ],
        clientMetadata: { surface: 'mobile' },
      },
      response: { claimsOverrideDetails: null },
    }),
  },
]

/** Every real-world event shape, each as a fresh copy. */
export function realWorldEvents(): RealWorldEvent[] {
  return EVENTS.map((e) => ({ ...e, event: structuredClone(e.event) }))
}
