/**
 * Draws pool configurations at random (from a seed, so every run draws the same ones): valid
 * combinations of every user-pool, client, domain, identity-provider, resource-server and group
 * setting, and the URL checks that go with them. Values are chosen among the edge cases of each
 * setting (limits, defaults, empty lists, quoting, punycode, tokens) and within the rules the
 * builder adds to the CDK's (DEVIATIONS.md "Refuses more"), so that every draw is one both sides
 * must accept.
 */
import type { UrlCheck } from './combination-build.js'
import {
  type Combo,
  compact,
  type IdpKind,
  type ResourceServerSpec,
  type Step,
  t,
  type Value,
} from './combination-spec.js'
import type { SeededRandom } from './seeded-random.js'

/** A drawn combination and the URLs to compare for it. */
export interface Draw {
  readonly combo: Combo
  readonly urls: readonly UrlCheck[]
}

export const STANDARD_KEYS = [
  'address',
  'birthdate',
  'email',
  'familyName',
  'gender',
  'givenName',
  'locale',
  'middleName',
  'fullname',
  'nickname',
  'phoneNumber',
  'profilePicture',
  'preferredUsername',
  'profilePage',
  'timezone',
  'lastUpdateTime',
  'website',
] as const
const MASK_KEYS = [...STANDARD_KEYS, 'emailVerified', 'phoneNumberVerified'] as const

/** `lambdaTriggers` keys and the `UserPoolOperation` members for them. */
export const TRIGGER_OPERATIONS: Readonly<Record<string, string>> = {
  createAuthChallenge: 'CREATE_AUTH_CHALLENGE',
  customMessage: 'CUSTOM_MESSAGE',
  defineAuthChallenge: 'DEFINE_AUTH_CHALLENGE',
  postAuthentication: 'POST_AUTHENTICATION',
  postConfirmation: 'POST_CONFIRMATION',
  preAuthentication: 'PRE_AUTHENTICATION',
  preSignUp: 'PRE_SIGN_UP',
  preTokenGeneration: 'PRE_TOKEN_GENERATION',
  userMigration: 'USER_MIGRATION',
  verifyAuthChallengeResponse: 'VERIFY_AUTH_CHALLENGE_RESPONSE',
  customEmailSender: 'CUSTOM_EMAIL_SENDER',
  customSmsSender: 'CUSTOM_SMS_SENDER',
}
const CUSTOM_SENDERS = new Set(['customEmailSender', 'customSmsSender'])

const ENVS = [
  undefined,
  undefined,
  undefined,
  { account: '111111111111', region: 'us-east-1' },
  { region: 'eu-west-1' },
  { account: '222222222222' },
] as const
const POOL_IDS = [
  'P',
  'UserPool',
  'Pool',
  'myuserpool',
  'Auth-Pool_2',
  'pool',
  'User Pool',
  'Ünï.pool',
  'Users',
  // Over 255 characters: even alone, the logical ID is hashed and cut.
  'p'.repeat(260),
] as const
const SCOPES = [
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  ['Auth'],
  ['Auth', 'Users'],
  ['Default'],
  ['Auth', 'Default'],
] as const

/** Literal function ARNs in two accounts (one the stack's when `env.account` is 111111111111). */
const functionArn = (account: string, name: string) => `arn:aws:lambda:us-east-1:${account}:function:${name}`
const ROLE_ARN = 'arn:aws:iam::111111111111:role/service-role/cognito-sms'
const KEY_ARN = 'arn:aws:kms:us-east-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab'
const CERT_ARN = 'arn:aws:acm:us-east-1:111111111111:certificate/0a1b2c3d-4e5f-6789-abcd-ef0123456789'

const FROM_EMAILS = ['noreply@example.com', 'no-reply@домен.рф', 'ops+auth@sub.example.co.uk', 'a@bücher.example']
const FROM_NAMES = [
  'My App',
  'Example, Inc.',
  'Doe, John',
  'a.b',
  'Foo "Bar" \\Baz',
  'あいう',
  'John (Admin)',
  '"Quoted Name"',
  'semi;colon',
  'Tab\there',
  '',
  'mycustomname@example.com',
  "O'Brien & Co",
  'Ünïcödé Sender',
]
const REPLY_TOS = ['support@example.com', 'help@пример.испытание', 'x@example.org', '']

const domainOf = (email: string) => email.split('@').pop() as string

function drawEmail(r: SeededRandom, env: Combo['env']): Value {
  if (r.chance(0.35))
    return r.chance(0.5)
      ? t.call('UserPoolEmail', 'withCognito')
      : t.call('UserPoolEmail', 'withCognito', r.pick(REPLY_TOS))
  const fromEmail = r.pick(FROM_EMAILS)
  return t.call(
    'UserPoolEmail',
    'withSES',
    compact({
      fromEmail,
      fromName: r.chance(0.6) ? r.pick(FROM_NAMES) : undefined,
      replyTo: r.chance(0.4) ? r.pick(REPLY_TOS) : undefined,
      configurationSetName: r.chance(0.3) ? r.pick(['my-config-set', t.importValue('ConfigSet')]) : undefined,
      // Without a region on either side the builder uses the stack's (a listed deviation).
      sesRegion: r.chance(env?.region === undefined ? 0.7 : 0.4)
        ? r.pick(['us-east-1', 'eu-west-1', 'ap-south-1', t.importValue('SesRegion')])
        : undefined,
      sesVerifiedDomain: r.chance(0.3) ? domainOf(fromEmail) : undefined,
    }),
  )
}

function drawDuration(
  r: SeededRandom,
  choices: readonly [unit: Parameters<typeof t.duration>[0], amount: number][],
): Value {
  const [unit, amount] = r.pick(choices)
  return t.duration(unit, amount)
}

function drawCustomAttributes(r: SeededRandom): Record<string, Value> {
  const names = r.sample(
    ['tenant', 'tier', 'level', 'x', 'isAdmin', 'joined_at', 'a'.repeat(20), 'größe', 'plan-id'],
    r.int(1, 4),
  )
  const out: Record<string, Value> = {}
  for (const name of names) {
    const mutable = r.chance(0.5) ? r.chance(0.5) : undefined
    switch (r.int(0, 3)) {
      case 0: {
        const [minLen, maxLen] = r.pick([
          [undefined, undefined],
          [0, undefined],
          [undefined, 0],
          [0, 0],
          [0, 10],
          [1, 2048],
          [5, undefined],
          [undefined, 256],
          [2048, 2048],
          [t.importNumber('MinLen'), t.importNumber('MaxLen')],
          [1, t.importNumber('MaxLen')],
        ] as const)
        out[name] = t.new('StringAttribute', compact({ minLen, maxLen, mutable }))
        break
      }
      case 1: {
        const [min, max] = r.pick([
          [undefined, undefined],
          [0, undefined],
          [0, 150],
          [-5, 5],
          [1, undefined],
          [undefined, 0],
          [undefined, 99],
          [0.5, 1.5],
          [t.importNumber('MinValue'), undefined],
        ] as const)
        out[name] = t.new('NumberAttribute', compact({ min, max, mutable }))
        break
      }
      case 2:
        out[name] = t.new('BooleanAttribute', compact({ mutable }))
        break
      default:
        out[name] = t.new('DateTimeAttribute', compact({ mutable }))
    }
  }
  return out
}

interface PoolFacts {
  readonly lite: boolean
  readonly ses: boolean
  readonly customAttributes: readonly string[]
}

/** User-pool props, each setting present with some probability. */
function drawPoolProps(r: SeededRandom, env: Combo['env']): { props: Record<string, Value>; facts: PoolFacts } {
  const p: Record<string, Value> = {}
  const featurePlan = r.chance(0.45) ? r.pick(['LITE', 'ESSENTIALS', 'PLUS']) : undefined
  const lite = featurePlan === 'LITE'
  if (featurePlan !== undefined) p.featurePlan = t.member('FeaturePlan', featurePlan)
  if (r.chance(0.3))
    p.userPoolName = r.pick([
      'my-pool',
      'Users Pool',
      'app.users@prod',
      'a',
      'x'.repeat(128),
      t.importValue('PoolName'),
    ])
  if (r.chance(0.4)) p.selfSignUpEnabled = r.chance(0.6)
  if (r.chance(0.6)) {
    const username = r.chance(0.5)
    const aliases = compact({
      username: r.chance(0.7) ? username : undefined,
      email: r.chance(0.5) ? r.chance(0.7) : undefined,
      phone: r.chance(0.4) ? r.chance(0.6) : undefined,
      preferredUsername: undefined as boolean | undefined,
    })
    // preferredUsername needs username sign-in (the CDK's rule).
    p.signInAliases = aliases.username === true && r.chance(0.4) ? { ...aliases, preferredUsername: true } : aliases
  }
  if (r.chance(0.3))
    p.autoVerify = compact({
      email: r.chance(0.5) ? r.chance(0.6) : undefined,
      phone: r.chance(0.5) ? r.chance(0.6) : undefined,
    })
  if (r.chance(0.25))
    p.keepOriginal = compact({
      email: r.chance(0.5) ? r.chance(0.7) : undefined,
      phone: r.chance(0.5) ? r.chance(0.7) : undefined,
    })
  if (r.chance(0.3)) p.signInCaseSensitive = r.chance(0.5)

  const email = r.chance(0.45) ? drawEmail(r, env) : undefined
  if (email !== undefined) p.email = email
  const ses = JSON.stringify(email ?? '').includes('withSES')

  if (r.chance(0.5)) p.mfa = t.member('Mfa', r.pick(['OFF', 'OPTIONAL', 'REQUIRED']))
  if (r.chance(0.55)) {
    const mfaOn = JSON.stringify(p.mfa ?? '').match(/OPTIONAL|REQUIRED/) !== null
    // Email MFA needs SES and a plan above LITE, but only while MFA is on (the CDK checks nothing otherwise).
    const emailAllowed = !mfaOn || (ses && !lite)
    p.mfaSecondFactor = compact({
      sms: r.chance(0.5),
      otp: r.chance(0.5),
      email: emailAllowed && r.chance(0.4) ? true : r.chance(0.2) ? false : undefined,
    })
  }
  if (r.chance(0.2))
    p.mfaMessage = r.pick(['Your code is {####}', '{####}', `${'x'.repeat(134)}{####}`, t.importValue('MfaMessage')])

  // A given SMS role (optionally with its external id), a forced or suppressed created one, or the default.
  const sms = r.pick(['given', 'toggled', 'default', 'default', 'default', 'default', 'default'] as const)
  if (sms === 'given') {
    p.smsRole = r.chance(0.5) ? t.role('SmsRole') : t.roleArn(ROLE_ARN)
    if (r.chance(0.5)) p.smsRoleExternalId = r.pick(['my-external-id', t.importValue('ExternalId')])
    if (r.chance(0.3)) p.enableSmsRole = true
  } else if (sms === 'toggled') {
    p.enableSmsRole = r.chance(0.5)
  }
  if (r.chance(0.15)) p.snsRegion = r.pick(['us-east-1', 'eu-central-1', t.importValue('SnsRegion')])

  if (r.chance(0.4)) {
    const style = r.pick([undefined, 'CODE', 'LINK'] as const)
    const link = style === 'LINK'
    p.userVerification = compact({
      emailStyle: style === undefined ? undefined : t.member('VerificationEmailStyle', style),
      emailSubject: r.chance(0.5)
        ? r.pick(['Verify your email', 'V', 'x'.repeat(140), 'Código ✓', t.importValue('Subject')])
        : undefined,
      emailBody: r.chance(0.5)
        ? link
          ? r.pick([
              'Click {##Verify Email##}',
              'Hello, {##Click here##}!',
              '{##Verify !! Email##} now',
              '{####} {##ok##}',
            ])
          : r.pick([
              'Your code is {####}',
              '{####}!',
              `${'x'.repeat(200)} {####}`,
              'Código: {####}',
              t.importValue('Body'),
            ])
        : undefined,
      smsMessage: r.chance(0.5)
        ? r.pick(['Code: {####}', '{####}', `${'y'.repeat(134)}{####}`, t.importValue('Sms')])
        : undefined,
    })
  }
  if (r.chance(0.3)) {
    p.userInvitation = compact({
      emailSubject: r.chance(0.5)
        ? r.pick(['Welcome', 'Invite', 'z'.repeat(140), t.importValue('InviteSubject')])
        : undefined,
      emailBody: r.chance(0.5)
        ? r.pick(['Hello {username}, your password is {####}', 'Welcome aboard', 'w'.repeat(600)])
        : undefined,
      smsMessage: r.chance(0.5) ? r.pick(['User {username} pass {####}', 'Hi {####}', 's'.repeat(140)]) : undefined,
    })
  }
  if (r.chance(0.4)) {
    p.passwordPolicy = compact({
      minLength: r.chance(0.5) ? r.pick([6, 8, 12, 99]) : undefined,
      requireLowercase: r.chance(0.4) ? r.chance(0.5) : undefined,
      requireUppercase: r.chance(0.4) ? r.chance(0.5) : undefined,
      requireDigits: r.chance(0.4) ? r.chance(0.5) : undefined,
      requireSymbols: r.chance(0.4) ? r.chance(0.5) : undefined,
      tempPasswordValidity: r.chance(0.4)
        ? drawDuration(r, [
            ['days', 0],
            ['days', 1],
            ['days', 7],
            ['days', 365],
            ['hours', 48],
            ['minutes', 1440],
            ['seconds', 86400 * 3],
          ])
        : undefined,
      passwordHistorySize: !lite && r.chance(0.3) ? r.pick([0, 1, 5, 24]) : undefined,
    })
  }
  if (r.chance(0.25)) {
    p.signInPolicy = r.chance(0.2)
      ? {}
      : {
          allowedFirstAuthFactors: compact({
            password: true,
            emailOtp: !lite && r.chance(0.5) ? r.chance(0.8) : undefined,
            smsOtp: !lite && r.chance(0.5) ? r.chance(0.8) : lite && r.chance(0.3) ? false : undefined,
            passkey: !lite && r.chance(0.5) ? r.chance(0.8) : undefined,
          }),
        }
  }
  if (r.chance(0.2))
    p.passkeyRelyingPartyId = r.pick(['example.com', 'auth.example.com', 'a'.repeat(63), 'x', t.importValue('RpId')])
  if (r.chance(0.2)) p.passkeyUserVerification = t.member('PasskeyUserVerification', r.pick(['PREFERRED', 'REQUIRED']))

  // Triggers through props (the builder's lambdaTriggers); custom senders need the KMS key.
  const hasKey = r.chance(0.25)
  if (hasKey) p.customSenderKmsKey = r.chance(0.5) ? t.key('SenderKey') : t.keyArn(KEY_ARN)
  if (r.chance(0.35)) {
    const ops = r.sample(
      Object.keys(TRIGGER_OPERATIONS).filter((op) => hasKey || !CUSTOM_SENDERS.has(op)),
      r.int(1, 5),
    )
    // The object-shaped operations through props (Q17: the CDK renders a plain ARN).
    if (r.chance(0.15)) ops.push(r.pick(['preTokenGenerationConfig', 'inboundFederation']))
    const triggers: Record<string, Value> = {}
    for (const op of ops) {
      // An imported ARN would make the CDK refuse the plain-ARN shape of Q17 at synth: functions only there.
      const objectShaped = op === 'preTokenGenerationConfig' || op === 'inboundFederation'
      triggers[op] =
        objectShaped || r.chance(0.8)
          ? t.fn(r.pick(['TriggerFn', 'OtherFn']))
          : t.fnArn(functionArn(r.pick(['111111111111', '333333333333']), `ext-${op}`))
    }
    p.lambdaTriggers = triggers
  }

  if (r.chance(0.4))
    p.accountRecovery = t.member(
      'AccountRecovery',
      r.pick([
        'EMAIL_AND_PHONE_WITHOUT_MFA',
        'PHONE_WITHOUT_MFA_AND_EMAIL',
        'EMAIL_ONLY',
        'PHONE_ONLY_WITHOUT_MFA',
        'PHONE_AND_EMAIL',
        'NONE',
      ]),
    )
  if (r.chance(0.3))
    p.removalPolicy = t.member('RemovalPolicy', r.pick(['RETAIN', 'DESTROY', 'RETAIN_ON_UPDATE_OR_DELETE']))
  if (r.chance(0.25)) p.deletionProtection = r.chance(0.5)
  if (r.chance(0.2))
    p.deviceTracking = { challengeRequiredOnNewDevice: r.chance(0.5), deviceOnlyRememberedOnUserPrompt: r.chance(0.5) }
  if (r.chance(0.3)) {
    if (r.chance(0.35)) {
      p.advancedSecurityMode = t.member('AdvancedSecurityMode', r.pick(['ENFORCED', 'AUDIT', 'OFF']))
    } else {
      if (r.chance(0.7))
        p.standardThreatProtectionMode = t.member(
          'StandardThreatProtectionMode',
          r.pick(['FULL_FUNCTION', 'AUDIT_ONLY', 'NO_ENFORCEMENT']),
        )
      if (r.chance(0.6))
        p.customThreatProtectionMode = t.member('CustomThreatProtectionMode', r.pick(['FULL_FUNCTION', 'AUDIT_ONLY']))
    }
  }
  if (r.chance(0.35)) {
    const attrs: Record<string, Value> = {}
    for (const key of r.sample(STANDARD_KEYS, r.int(1, 6))) {
      attrs[key] = compact({
        mutable: r.chance(0.5) ? r.chance(0.5) : undefined,
        required: r.chance(0.5) ? r.chance(0.5) : undefined,
      })
    }
    p.standardAttributes = attrs
  }
  const custom = r.chance(0.4) ? drawCustomAttributes(r) : {}
  if (Object.keys(custom).length > 0) p.customAttributes = custom
  return { props: p, facts: { lite, ses, customAttributes: Object.keys(custom) } }
}

/** `ProviderAttribute` constants of each provider (every one the CDK has). */
const PROVIDER_ATTRIBUTES: Readonly<Record<IdpKind, readonly string[]>> = {
  amazon: ['AMAZON_USER_ID', 'AMAZON_EMAIL', 'AMAZON_NAME', 'AMAZON_POSTAL_CODE'],
  facebook: [
    'FACEBOOK_ID',
    'FACEBOOK_BIRTHDAY',
    'FACEBOOK_EMAIL',
    'FACEBOOK_NAME',
    'FACEBOOK_FIRST_NAME',
    'FACEBOOK_LAST_NAME',
    'FACEBOOK_MIDDLE_NAME',
    'FACEBOOK_GENDER',
    'FACEBOOK_LOCALE',
  ],
  google: [
    'GOOGLE_NAMES',
    'GOOGLE_GENDER',
    'GOOGLE_BIRTHDAYS',
    'GOOGLE_PHONE_NUMBERS',
    'GOOGLE_EMAIL',
    'GOOGLE_EMAIL_VERIFIED',
    'GOOGLE_NAME',
    'GOOGLE_PICTURE',
    'GOOGLE_GIVEN_NAME',
    'GOOGLE_FAMILY_NAME',
  ],
  apple: ['APPLE_EMAIL', 'APPLE_EMAIL_VERIFIED', 'APPLE_NAME', 'APPLE_FIRST_NAME', 'APPLE_LAST_NAME'],
  oidc: [],
  saml: [],
}

function drawAttributeMapping(r: SeededRandom, kind: IdpKind, customAttributes: readonly string[]): Value {
  const mapping: Record<string, Value> = {}
  for (const key of r.sample([...STANDARD_KEYS, 'emailVerified', 'phoneNumberVerified'], r.int(0, 4))) {
    const constants = PROVIDER_ATTRIBUTES[kind]
    mapping[key] =
      constants.length > 0 && r.chance(0.6)
        ? t.member('ProviderAttribute', r.pick(constants))
        : t.call(
            'ProviderAttribute',
            'other',
            r.pick(['sub', 'email', 'urn:oid:0.9.2342.19200300.100.1.3', 'custom_claim']),
          )
  }
  if (customAttributes.length > 0 && r.chance(0.5)) {
    const custom: Record<string, Value> = {}
    for (const name of r.sample(customAttributes, r.int(1, customAttributes.length))) {
      custom[r.chance(0.5) ? name : `custom:${name}`] = t.call('ProviderAttribute', 'other', `${name}_claim`)
    }
    mapping.custom = custom
  }
  return mapping
}

// '' is no name: both sides derive one.
const OIDC_NAMES = ['MyOidc', 'Corp-OIDC', 'abc', 'x'.repeat(32), 'Okta.Prod', 'ä_bc', '']
const SAML_NAMES = ['CorpSaml', 'Azure-AD', 'Shibboleth.IdP', 'y'.repeat(32), '']

function drawIdp(
  r: SeededRandom,
  kind: IdpKind,
  customAttributes: readonly string[],
  usedNames: Set<string>,
): Record<string, Value> {
  const mapping = r.chance(0.5) ? drawAttributeMapping(r, kind, customAttributes) : undefined
  const scopes = (choices: readonly string[]) =>
    r.chance(0.4) ? r.sample(choices, r.int(r.chance(0.1) ? 0 : 1, choices.length)) : undefined
  const freshName = (names: readonly string[]) => {
    const name = r.pick(names.filter((n) => !usedNames.has(n)))
    usedNames.add(name)
    return name
  }
  switch (kind) {
    case 'amazon':
      return compact({
        clientId: 'amzn1.application-oa2-client.1',
        clientSecret: r.pick(['amazon-secret', t.importValue('AmazonSecret')]),
        scopes: scopes(['profile', 'postal_code', 'profile:user_id']),
        attributeMapping: mapping,
      })
    case 'facebook':
      return compact({
        clientId: '1234567890',
        clientSecret: 'fb-secret',
        scopes: scopes(['public_profile', 'email', 'user_birthday']),
        apiVersion: r.chance(0.5) ? r.pick(['v17.0', 'v19.0']) : undefined,
        attributeMapping: mapping,
      })
    case 'google': {
      const secretValue = r.chance(0.5)
      return compact({
        clientId: 'google-client.apps.googleusercontent.com',
        clientSecret: secretValue ? undefined : 'google-secret',
        clientSecretValue: secretValue
          ? t.secret(r.pick(['secretsManager', 'plain'] as const), 'google/secret')
          : undefined,
        scopes: scopes(['profile', 'email', 'openid']),
        attributeMapping: mapping,
      })
    }
    case 'apple': {
      const keyValue = r.chance(0.5)
      return compact({
        clientId: 'com.example.app',
        teamId: 'TEAM123456',
        keyId: 'KEY1234567',
        privateKey: keyValue ? undefined : '-----BEGIN PRIVATE KEY-----\nMIG\n-----END PRIVATE KEY-----',
        privateKeyValue: keyValue ? t.secret(r.pick(['secretsManager', 'plain'] as const), 'apple/key') : undefined,
        scopes: scopes(['name', 'email']),
        attributeMapping: mapping,
      })
    }
    case 'oidc':
      return compact({
        clientId: 'oidc-client',
        clientSecret: r.pick(['oidc-secret', t.importValue('OidcSecret')]),
        issuerUrl: r.pick(['https://issuer.example.com', 'https://login.example.org/tenant/v2.0']),
        name: r.chance(0.6) ? freshName(OIDC_NAMES) : undefined,
        scopes: scopes(['openid', 'email', 'profile', 'offline_access']),
        identifiers: r.chance(0.3) ? r.sample(['corp.example.com', 'acme', 'example.org'], r.int(0, 3)) : undefined,
        attributeRequestMethod: r.chance(0.4)
          ? t.member('OidcAttributeRequestMethod', r.pick(['GET', 'POST']))
          : undefined,
        endpoints: r.chance(0.3)
          ? {
              authorization: 'https://issuer.example.com/authorize',
              token: 'https://issuer.example.com/token',
              userInfo: 'https://issuer.example.com/userinfo',
              jwksUri: 'https://issuer.example.com/jwks',
            }
          : undefined,
        attributeMapping: mapping,
      })
    case 'saml':
      return compact({
        metadata: r.chance(0.5)
          ? t.call('UserPoolIdentityProviderSamlMetadata', 'url', 'https://idp.example.com/metadata.xml')
          : t.call('UserPoolIdentityProviderSamlMetadata', 'file', '<EntityDescriptor entityID="urn:example"/>'),
        name: r.chance(0.6) ? freshName(SAML_NAMES) : undefined,
        identifiers: r.chance(0.3) ? r.sample(['corp.example.com', 'saml-idp'], r.int(0, 2)) : undefined,
        idpSignout: r.chance(0.5) ? r.chance(0.5) : undefined,
        encryptedResponses: r.chance(0.4) ? r.chance(0.5) : undefined,
        requestSigningAlgorithm: r.chance(0.4) ? t.member('SigningAlgorithm', 'RSA_SHA256') : undefined,
        idpInitiated: r.chance(0.4) ? r.chance(0.5) : undefined,
        attributeMapping: mapping,
      })
  }
}

const CALLBACKS = [
  'https://app.example.com/cb',
  'http://localhost:3000/callback',
  'myapp://callback',
  'https://app.example.com/cb?x=1&y=a b',
  'https://ü.example.com/ä',
]
const LOGOUTS = ['https://app.example.com/', 'http://localhost:3000/logout', 'https://app.example.com/bye?next=/']

interface ClientContext {
  readonly facts: PoolFacts
  /** Resource servers declared before this client: id → identifier and scope names. */
  readonly servers: readonly { id: string; spec: ResourceServerSpec }[]
  /** Names of the OIDC/SAML providers drawn for the pool. */
  readonly providerNames: readonly string[]
  /** Ids of the providers declared before this client (their names can be given as references). */
  readonly providersBefore: readonly string[]
}

/** A client's options, and its effective callback URLs when browser flows are on. */
function drawClient(r: SeededRandom, ctx: ClientContext): { options: Record<string, Value>; callbacks?: string[] } {
  const o: Record<string, Value> = {}
  let callbacks: string[] | undefined
  if (r.chance(0.3)) o.userPoolClientName = r.pick(['web', 'My App+1', 'mobile.client@v2', 'c'.repeat(128)])
  const secret = r.chance(0.3) ? r.chance(0.6) : undefined
  if (secret !== undefined) o.generateSecret = secret
  if (r.chance(0.4)) {
    o.authFlows = compact({
      adminUserPassword: r.chance(0.4) ? r.chance(0.6) : undefined,
      custom: r.chance(0.4) ? r.chance(0.6) : undefined,
      userPassword: r.chance(0.4) ? r.chance(0.6) : undefined,
      userSrp: r.chance(0.4) ? r.chance(0.6) : undefined,
      user: r.chance(0.4) ? r.chance(0.6) : undefined,
    })
  }
  const disable = r.chance(0.12)
  if (disable) o.disableOAuth = true
  else if (r.chance(0.1)) o.disableOAuth = false
  if (!disable && r.chance(0.65)) {
    const mode = r.pick(['default', 'code', 'implicit', 'both', 'cc'] as const)
    const flows =
      mode === 'default'
        ? undefined
        : mode === 'code'
          ? compact({ authorizationCodeGrant: true, implicitCodeGrant: r.chance(0.3) ? false : undefined })
          : mode === 'implicit'
            ? { implicitCodeGrant: true }
            : mode === 'both'
              ? {
                  authorizationCodeGrant: true,
                  implicitCodeGrant: true,
                  clientCredentials: r.chance(0.3) ? false : undefined,
                }
              : compact({ clientCredentials: true, authorizationCodeGrant: r.chance(0.3) ? false : undefined })
    const browser = mode !== 'cc'
    const given = r.chance(browser ? 0.6 : 0.3) ? r.sample(CALLBACKS, r.int(1, 3)) : undefined
    callbacks = browser ? (given ?? ['https://example.com']) : undefined
    const scopes: Value[] = []
    if (r.chance(0.6)) {
      for (const s of r.sample(['PHONE', 'EMAIL', 'OPENID', 'PROFILE', 'COGNITO_ADMIN'], r.int(0, 3)))
        scopes.push(t.member('OAuthScope', s))
      if (r.chance(0.3))
        scopes.push(t.call('OAuthScope', 'custom', r.pick(['other-api/read', 'https://other.example.com/write'])))
      for (const server of ctx.servers) {
        for (const scope of r.subset(server.spec.scopes ?? [], 0.4)) {
          scopes.push(
            r.chance(0.5)
              ? t.rsScope(server.id, scope.scopeName)
              : t.call('OAuthScope', 'custom', `${server.spec.identifier}/${scope.scopeName}`),
          )
        }
      }
      if (r.chance(0.15)) scopes.push(scopes[0] ?? t.member('OAuthScope', 'OPENID'))
    }
    const redirectable = (callbacks ?? []).filter((u) => !u.includes(' '))
    o.oAuth = compact({
      flows,
      callbackUrls: given,
      logoutUrls: r.chance(0.35) ? (r.chance(0.2) ? [] : r.sample(LOGOUTS, r.int(1, 2))) : undefined,
      scopes: scopes.length > 0 || r.chance(0.1) ? scopes : undefined,
      // A default redirect URI must be one of the callback URLs, without spaces (both sides' rule).
      defaultRedirectUri: redirectable.length > 0 && r.chance(0.3) ? r.pick(redirectable) : undefined,
    })
  } else if (!disable) {
    callbacks = ['https://example.com']
  }
  if (r.chance(0.25)) o.preventUserExistenceErrors = r.chance(0.5)
  if (r.chance(0.3)) {
    const choices: Value[] = [
      t.member('UserPoolClientIdentityProvider', 'COGNITO'),
      t.member('UserPoolClientIdentityProvider', 'AMAZON'),
      t.member('UserPoolClientIdentityProvider', 'GOOGLE'),
      t.member('UserPoolClientIdentityProvider', 'FACEBOOK'),
      t.member('UserPoolClientIdentityProvider', 'APPLE'),
      ...ctx.providerNames.map((n) => t.call('UserPoolClientIdentityProvider', 'custom', n)),
      ...ctx.providersBefore.map((id) => t.call('UserPoolClientIdentityProvider', 'custom', t.providerName(id))),
    ]
    const providers = r.sample(choices, r.int(0, 3))
    // Duplicates are kept as given, on both sides.
    o.supportedIdentityProviders = providers.length > 0 && r.chance(0.1) ? [...providers, providers[0]] : providers
  }
  const refresh = r.chance(0.3)
    ? r.pick([
        ['minutes', 60],
        ['hours', 2],
        ['days', 30],
        ['days', 3650],
        ['seconds', 3600 * 5],
      ] as const)
    : undefined
  const refreshMs = refresh === undefined ? Number.POSITIVE_INFINITY : durationMs(refresh[0], refresh[1])
  if (refresh !== undefined) o.refreshTokenValidity = t.duration(refresh[0], refresh[1])
  for (const key of ['idTokenValidity', 'accessTokenValidity']) {
    if (!r.chance(0.3)) continue
    const choices = (
      [
        ['minutes', 5],
        ['minutes', 60],
        ['hours', 1],
        ['hours', 24],
        ['days', 1],
        ['seconds', 600],
        ['minutes', 90],
      ] as const
    ).filter(([u, a]) => durationMs(u, a) <= refreshMs)
    const [unit, amount] = r.pick(choices)
    o[key] = t.duration(unit, amount)
  }
  if (r.chance(0.2))
    o.authSessionValidity = drawDuration(r, [
      ['minutes', 3],
      ['minutes', 15],
      ['seconds', 300],
      ['minutes', 9],
    ])
  if (r.chance(0.15))
    o.refreshTokenRotationGracePeriod = drawDuration(r, [
      ['seconds', 0],
      ['seconds', 30],
      ['minutes', 1],
      ['millis', 5000],
    ])
  for (const key of ['readAttributes', 'writeAttributes']) {
    if (!r.chance(0.25)) continue
    const standard: Record<string, boolean> = {}
    for (const k of r.sample(MASK_KEYS, r.int(0, 6))) standard[k] = r.chance(0.8)
    const custom = r.subset(ctx.facts.customAttributes, 0.5).map((n) => (r.chance(0.5) ? n : `custom:${n}`))
    o[key] = t.clientAttributes(standard, custom)
  }
  if (r.chance(0.2)) o.enableTokenRevocation = r.chance(0.5)
  if (secret === true && r.chance(0.4)) o.enablePropagateAdditionalUserContextData = true
  else if (r.chance(0.05)) o.enablePropagateAdditionalUserContextData = false
  if (r.chance(0.12)) {
    const share = r.chance(0.5) ? r.chance(0.5) : undefined
    o.analytics = r.chance(0.5)
      ? compact({
          applicationId: r.pick(['abc123', 'ABCDEF0123456789abcdef0123456789', t.importValue('PinpointAppId')]),
          externalId: 'ext-id',
          role: r.chance(0.5) ? t.role('PinpointRole') : t.roleArn('arn:aws:iam::111111111111:role/pinpoint'),
          shareUserData: share,
        })
      : compact({ application: t.pinpoint('PinpointApp'), shareUserData: share })
  }
  return callbacks === undefined ? { options: o } : { options: o, callbacks }
}

const UNIT_MS = { millis: 1, seconds: 1000, minutes: 60_000, hours: 3_600_000, days: 86_400_000 } as const
const durationMs = (unit: keyof typeof UNIT_MS, amount: number) => amount * UNIT_MS[unit]

const CHILD_IDS = [
  'Client',
  'Web',
  'Mobile',
  'm2m',
  'Pool',
  'PoolClient',
  'client-2',
  'Admin Portal',
  'Svc_1',
  'Resource2',
  'ä.client',
  'C'.repeat(250),
]
const DOMAIN_IDS = ['Domain', 'Hosted', 'CustomDomain', 'login.page']
const SERVER_IDS = ['Api', 'Users', 'Orders-Server', 'rs']
const GROUP_IDS = ['Admins', 'G2', 'readers', 'Power Users']
const IDP_IDS: Readonly<Record<IdpKind, readonly string[]>> = {
  amazon: ['Amazon', 'LoginWithAmazonIdp'],
  facebook: ['Facebook', 'Fb'],
  google: ['Google', 'GoogleIdp'],
  apple: ['Apple', 'SignInApple'],
  oidc: ['Oidc', 'CorpOidc', 'x', 'VeryLongIdentityProviderConstructIdentifier', 'Okta-2'],
  saml: ['Saml', 'AzureAd', 's', 'AnExtremelyLongSamlProviderConstructId'],
}

/** Draws one valid combination. */
export function drawValid(r: SeededRandom): Draw {
  const env = r.pick(ENVS)
  const poolId = r.pick(POOL_IDS)
  const scope = r.pick(SCOPES)
  const { props, facts } = drawPoolProps(r, env)
  const used = new Set<string>([poolId, ...(scope ?? [])])
  const fresh = (choices: readonly string[]) => {
    const free = choices.filter(
      (c) => !used.has(c) && ![...used].some((u) => u.replace(/[^A-Za-z0-9]/g, '') === c.replace(/[^A-Za-z0-9]/g, '')),
    )
    if (free.length === 0) return undefined
    const id = r.pick(free)
    used.add(id)
    return id
  }

  // Identity providers (each social kind once), resource servers, clients, domains, groups.
  const idps: Step[] = []
  const usedNames = new Set<string>()
  if (r.chance(0.45)) {
    for (const kind of r.sample(
      ['amazon', 'facebook', 'google', 'apple', 'oidc', 'saml', 'oidc', 'saml'] as const,
      r.int(1, 3),
    )) {
      if (SOCIAL_KINDS.has(kind) && idps.some((s) => s.kind === 'idp' && s.idpKind === kind)) continue
      const id = fresh(IDP_IDS[kind])
      if (id === undefined) continue
      idps.push({ kind: 'idp', idpKind: kind, id, props: drawIdp(r, kind, facts.customAttributes, usedNames) })
    }
  }
  const providerNames = idps.flatMap((s) =>
    s.kind === 'idp' && typeof s.props.name === 'string' && s.props.name !== '' ? [s.props.name] : [],
  )
  const servers: { id: string; spec: ResourceServerSpec }[] = []
  if (r.chance(0.35)) {
    const identifiers = r.sample(['users', 'https://api.example.com', 'orders-api', 'api.example.com/v1'], r.int(1, 2))
    for (const identifier of identifiers) {
      const id = fresh(SERVER_IDS)
      if (id === undefined) continue
      const scopes = r.chance(0.15)
        ? []
        : r.chance(0.15)
          ? undefined
          : r.sample(
              [
                { scopeName: 'read', scopeDescription: 'Read access' },
                { scopeName: 'write', scopeDescription: 'Write access' },
                { scopeName: 'admin.all', scopeDescription: 'Everything, really' },
              ],
              r.int(1, 3),
            )
      servers.push({
        id,
        spec: {
          identifier,
          ...(r.chance(0.3) ? { userPoolResourceServerName: r.pick(['Users API', 'orders', 'n'.repeat(256)]) } : {}),
          ...(scopes !== undefined ? { scopes } : {}),
        },
      })
    }
  }
  // Providers before the clients (whose defaults and references then see them) or after.
  const idpsFirst = r.chance(0.6)
  const providersBefore = idpsFirst ? idps.flatMap((s) => ('id' in s ? [s.id] : [])) : []
  const clients: { step: Step; callbacks?: string[] }[] = []
  if (r.chance(0.75)) {
    for (let i = r.int(1, 3); i > 0; i--) {
      const id = fresh(CHILD_IDS)
      if (id === undefined) break
      const drawn = drawClient(r, { facts, servers, providerNames, providersBefore })
      clients.push({
        step: { kind: 'client', id, options: drawn.options },
        ...(drawn.callbacks ? { callbacks: drawn.callbacks } : {}),
      })
    }
  }
  const domains: (Step & { kind: 'domain' })[] = []
  if (r.chance(0.35)) {
    const kinds = r.sample(['cognito', 'custom'] as const, r.int(1, 2))
    for (const kind of kinds) {
      const id = fresh(DOMAIN_IDS)
      if (id === undefined) continue
      const managedLoginVersion = r.chance(0.4)
        ? t.member('ManagedLoginVersion', r.pick(['CLASSIC_HOSTED_UI', 'NEWER_MANAGED_LOGIN']))
        : undefined
      domains.push({
        kind: 'domain',
        id,
        options: compact({
          cognitoDomain:
            kind === 'cognito'
              ? {
                  domainPrefix: r.pick([
                    'my-app',
                    'auth-123',
                    'a',
                    'x'.repeat(63),
                    'my-app-prod-2',
                    t.importValue('Prefix'),
                  ]),
                }
              : undefined,
          customDomain:
            kind === 'custom'
              ? {
                  domainName: r.pick(['auth.example.com', 'login.my-app.example.co.uk', t.importValue('DomainName')]),
                  certificate: t.cert(r.chance(0.8) ? CERT_ARN : t.importValue('CertificateArn')),
                }
              : undefined,
          managedLoginVersion,
        }),
      })
    }
  }
  const groups: Step[] = []
  if (r.chance(0.3)) {
    const names = r.sample(['admins', 'Power-Users', 'ünïcödé', 'g'.repeat(128), 'readers'], 3)
    for (let i = r.int(1, 3); i > 0; i--) {
      const id = fresh(GROUP_IDS)
      if (id === undefined) break
      groups.push({
        kind: 'group',
        id,
        options: compact({
          groupName: r.chance(0.6) ? names.pop() : undefined,
          description: r.chance(0.4) ? r.pick(['Administrators', '', 'd'.repeat(2048)]) : undefined,
          precedence: r.chance(0.4) ? r.pick([0, 1, 10, 2 ** 31 - 1]) : undefined,
          role: r.chance(0.3)
            ? r.chance(0.5)
              ? t.role('GroupRole')
              : t.roleArn('arn:aws:iam::111111111111:role/admins')
            : undefined,
        }),
      })
    }
  }
  const triggerSteps: Step[] = []
  if (r.chance(0.3)) {
    const taken = new Set(Object.keys((props.lambdaTriggers as Record<string, Value> | undefined) ?? {}))
    const hasKey = props.customSenderKmsKey !== undefined
    const ops = r.sample(
      ['preTokenGenerationConfig', 'inboundFederation', ...Object.keys(TRIGGER_OPERATIONS)].filter(
        (op) => !taken.has(op) && (hasKey || !CUSTOM_SENDERS.has(op)),
      ),
      r.int(1, 3),
    )
    for (const op of ops) {
      const operation =
        op === 'preTokenGenerationConfig'
          ? 'PRE_TOKEN_GENERATION_CONFIG'
          : op === 'inboundFederation'
            ? 'INBOUND_FEDERATION'
            : (TRIGGER_OPERATIONS[op] as string)
      const version =
        op === 'preTokenGenerationConfig'
          ? r.pick([undefined, 'V1_0', 'V2_0', 'V3_0'] as const)
          : r.chance(0.15)
            ? ('V1_0' as const)
            : undefined
      triggerSteps.push({
        kind: 'trigger',
        operation,
        fn:
          op === 'inboundFederation' || r.chance(0.8)
            ? t.fn(r.pick(['TriggerFn', 'ConfigFn']))
            : t.fnArn(functionArn(r.pick(['111111111111', '222222222222']), `step-${op}`)),
        ...(version !== undefined ? { version } : {}),
      })
    }
  }

  // Servers first (clients name them); providers before or after the clients; the rest anywhere.
  const serverSteps: Step[] = servers.map((s) => ({ kind: 'resourceServer', id: s.id, options: s.spec }))
  const middle = idpsFirst ? [...idps, ...clients.map((c) => c.step)] : [...clients.map((c) => c.step), ...idps]
  const steps = [...serverSteps, ...middle, ...r.shuffle([...domains, ...groups, ...triggerSteps])]

  const urls: UrlCheck[] = []
  for (const domain of domains) {
    urls.push({ kind: 'baseUrl', domain: domain.id, fips: false }, { kind: 'baseUrl', domain: domain.id, fips: true })
    for (const client of clients) {
      if (client.callbacks === undefined || client.step.kind !== 'client' || !r.chance(0.7)) continue
      const signInPath = r.pick([undefined, '/oauth2/authorize', '/signup'])
      urls.push({
        kind: 'signInUrl',
        domain: domain.id,
        client: client.step.id,
        redirectUri: r.pick(client.callbacks),
        fips: r.chance(0.3),
        ...(signInPath !== undefined ? { signInPath } : {}),
      })
    }
  }

  // Some children are constructed on their own: at stack level, in another construct, or (providers) under the pool.
  const constructPaths: Record<string, string[]> = {}
  for (const step of [...serverSteps, ...middle, ...domains, ...groups]) {
    if (!('id' in step) || !r.chance(0.12)) continue
    const where = r.pick(['stack', 'elsewhere', ...(step.kind === 'idp' ? ['pool'] : [])])
    constructPaths[step.id] =
      where === 'stack'
        ? [step.id]
        : where === 'elsewhere'
          ? ['Elsewhere', step.id]
          : [...(scope ?? []), poolId, step.id]
  }

  const tags = r.chance(0.2)
    ? r.pick([{ Env: 'prod' }, { 'team:name': 'auth', CostCenter: '42' }, { a: '' }])
    : undefined
  // Mostly the brief's stack S; sometimes another id (it is in the SMS external id and derived provider names).
  const stackId = r.pick(['S', 'S', 'S', 'S', 'MyStack', 'prod-auth'])
  const combo: Combo = {
    ...(stackId !== 'S' ? { stackId } : {}),
    poolId,
    ...(scope !== undefined ? { scope } : {}),
    ...(env !== undefined ? { env } : {}),
    props,
    ...(tags !== undefined ? { tags } : {}),
    steps,
    ...(Object.keys(constructPaths).length > 0 ? { constructPaths } : {}),
  }
  return { combo, urls }
}

const SOCIAL_KINDS: ReadonlySet<IdpKind> = new Set(['amazon', 'facebook', 'google', 'apple'])
