/**
 * zod schemas of the definition document. `fromDefinition()` parses with them, so a hand-edited or
 * stale JSON file fails with every issue and its path.
 *
 * @module
 */
import { z } from 'zod'
import { SCHEMA_STANDARD_ATTRIBUTE_KEYS } from '../user-pool/standard-attribute-names.js'
import { DEFINITION_VERSION } from './user-pool-definition.js'

const intrinsic = z.union([
  z.strictObject({ Ref: z.string() }),
  z.strictObject({ 'Fn::GetAtt': z.union([z.tuple([z.string(), z.string()]), z.string()]) }),
  z.strictObject({ 'Fn::Sub': z.union([z.string(), z.tuple([z.string(), z.record(z.string(), z.unknown())])]) }),
  z.strictObject({ 'Fn::ImportValue': z.unknown() }),
  z.strictObject({ 'Fn::Join': z.tuple([z.string(), z.array(z.unknown())]) }),
  z.strictObject({ 'Fn::Select': z.tuple([z.union([z.number(), z.string()]), z.unknown()]) }),
  z.strictObject({ 'Fn::If': z.tuple([z.string(), z.unknown(), z.unknown()]) }),
])
/** A literal string or an intrinsic. */
export const stringValueSchema = z.union([z.string(), intrinsic])

export const durationSchema = z.strictObject({
  amount: z.number().nonnegative(),
  unit: z.enum(['milliseconds', 'seconds', 'minutes', 'hours', 'days']),
})

// ---- user pool settings, custom attributes, triggers ----

/** A literal number or an intrinsic. */
const numberValueSchema = z.union([z.number(), intrinsic])
const flagsSchema = <K extends string>(keys: readonly K[]) =>
  z.strictObject(
    Object.fromEntries(keys.map((k) => [k, z.boolean().optional()])) as { [P in K]: z.ZodOptional<z.ZodBoolean> },
  )
const standardAttributeSchema = z.strictObject({ mutable: z.boolean().optional(), required: z.boolean().optional() })

const userPoolEmailSchema = z.discriminatedUnion('sendingAccount', [
  z.strictObject({ sendingAccount: z.literal('COGNITO_DEFAULT'), replyTo: z.string().optional() }),
  z.strictObject({
    sendingAccount: z.literal('DEVELOPER'),
    fromEmail: z.string(),
    fromName: z.string().optional(),
    replyTo: z.string().optional(),
    configurationSetName: stringValueSchema.optional(),
    sesRegion: stringValueSchema.optional(),
    sesVerifiedDomain: z.string().optional(),
  }),
])

/** Every user-pool setting; semantic rules (ranges, placeholders) live in `user-pool-settings-rules.ts`. */
export const userPoolSettingsSchema = z.strictObject({
  userPoolName: stringValueSchema.optional(),
  selfSignUpEnabled: z.boolean().optional(),
  userVerification: z
    .strictObject({
      emailSubject: stringValueSchema.optional(),
      emailBody: stringValueSchema.optional(),
      emailStyle: z.enum(['CONFIRM_WITH_CODE', 'CONFIRM_WITH_LINK']).optional(),
      smsMessage: stringValueSchema.optional(),
    })
    .optional(),
  userInvitation: z
    .strictObject({
      emailSubject: stringValueSchema.optional(),
      emailBody: stringValueSchema.optional(),
      smsMessage: stringValueSchema.optional(),
    })
    .optional(),
  smsRole: stringValueSchema.optional(),
  smsRoleExternalId: stringValueSchema.optional(),
  snsRegion: stringValueSchema.optional(),
  enableSmsRole: z.boolean().optional(),
  signInAliases: flagsSchema(['username', 'email', 'phone', 'preferredUsername']).optional(),
  autoVerify: flagsSchema(['email', 'phone']).optional(),
  keepOriginal: flagsSchema(['email', 'phone']).optional(),
  standardAttributes: z.partialRecord(z.enum(SCHEMA_STANDARD_ATTRIBUTE_KEYS), standardAttributeSchema).optional(),
  mfa: z.enum(['OFF', 'OPTIONAL', 'ON']).optional(),
  mfaMessage: stringValueSchema.optional(),
  mfaSecondFactor: z.strictObject({ sms: z.boolean(), otp: z.boolean(), email: z.boolean().optional() }).optional(),
  passwordPolicy: z
    .strictObject({
      tempPasswordValidity: durationSchema.optional(),
      minLength: numberValueSchema.optional(),
      requireLowercase: z.boolean().optional(),
      requireUppercase: z.boolean().optional(),
      requireDigits: z.boolean().optional(),
      requireSymbols: z.boolean().optional(),
      passwordHistorySize: numberValueSchema.optional(),
    })
    .optional(),
  signInPolicy: z
    .strictObject({
      allowedFirstAuthFactors: z
        .strictObject({
          password: z.boolean(),
          emailOtp: z.boolean().optional(),
          smsOtp: z.boolean().optional(),
          passkey: z.boolean().optional(),
        })
        .optional(),
    })
    .optional(),
  passkeyRelyingPartyId: stringValueSchema.optional(),
  passkeyUserVerification: z.enum(['preferred', 'required']).optional(),
  email: userPoolEmailSchema.optional(),
  signInCaseSensitive: z.boolean().optional(),
  // Membership is a rule (`UnsupportedAccountRecoveryType`, as in the CDK), not a schema check.
  accountRecovery: z.union([z.string(), z.number()]).optional(),
  // `snapshot` parses so that the rule can say why it is refused.
  removalPolicy: z.enum(['destroy', 'retain', 'snapshot', 'retain-on-update-or-delete']).optional(),
  deletionProtection: z.boolean().optional(),
  deviceTracking: z
    .strictObject({ challengeRequiredOnNewDevice: z.boolean(), deviceOnlyRememberedOnUserPrompt: z.boolean() })
    .optional(),
  advancedSecurityMode: z.enum(['ENFORCED', 'AUDIT', 'OFF']).optional(),
  featurePlan: z.enum(['LITE', 'ESSENTIALS', 'PLUS']).optional(),
  standardThreatProtectionMode: z.enum(['ENFORCED', 'AUDIT', 'OFF']).optional(),
  customThreatProtectionMode: z.enum(['ENFORCED', 'AUDIT']).optional(),
})

const mutableSchema = z.boolean().optional()
/** A custom attribute; constraints only for the types that have them. */
export const customAttributeSchema = z.discriminatedUnion('dataType', [
  z.strictObject({
    dataType: z.literal('String'),
    mutable: mutableSchema,
    minLen: numberValueSchema.optional(),
    maxLen: numberValueSchema.optional(),
  }),
  z.strictObject({
    dataType: z.literal('Number'),
    mutable: mutableSchema,
    min: numberValueSchema.optional(),
    max: numberValueSchema.optional(),
  }),
  z.strictObject({ dataType: z.literal('Boolean'), mutable: mutableSchema }),
  z.strictObject({ dataType: z.literal('DateTime'), mutable: mutableSchema }),
])

/** Triggers; operation names and versions are checked by rules (with the CDK's messages). */
export const triggersSchema = z.strictObject({
  operations: z.record(
    z.string(),
    z.strictObject({
      lambdaArn: stringValueSchema,
      lambdaVersion: z.enum(['V1_0', 'V2_0', 'V3_0']).optional(),
      permission: z.boolean().optional(),
    }),
  ),
  customSenderKmsKey: stringValueSchema.optional(),
})

// ---- app clients, domains, resource servers, groups, identity providers, extras ----

const tokenValidityUnitSchema = z.enum(['seconds', 'minutes', 'hours', 'days'])

export const userPoolClientSchema = z.strictObject({
  userPoolClientName: z.string().optional(),
  generateSecret: z.boolean().optional(),
  authFlows: z
    .strictObject({
      adminUserPassword: z.boolean().optional(),
      custom: z.boolean().optional(),
      userPassword: z.boolean().optional(),
      userSrp: z.boolean().optional(),
      user: z.boolean().optional(),
    })
    .optional(),
  disableOAuth: z.boolean().optional(),
  oAuth: z
    .strictObject({
      flows: z
        .strictObject({
          authorizationCodeGrant: z.boolean().optional(),
          implicitCodeGrant: z.boolean().optional(),
          clientCredentials: z.boolean().optional(),
        })
        .optional(),
      scopes: z.array(z.string()).optional(),
      callbackUrls: z.array(z.string()).optional(),
      logoutUrls: z.array(z.string()).optional(),
      defaultRedirectUri: z.string().optional(),
    })
    .optional(),
  supportedIdentityProviders: z.array(stringValueSchema).optional(),
  preventUserExistenceErrors: z.boolean().optional(),
  authSessionValidity: durationSchema.optional(),
  idTokenValidity: durationSchema.optional(),
  accessTokenValidity: durationSchema.optional(),
  refreshTokenValidity: durationSchema.optional(),
  refreshTokenRotationGracePeriod: durationSchema.optional(),
  refreshTokenRotation: z.boolean().optional(),
  tokenValidityUnits: z
    .strictObject({
      accessToken: tokenValidityUnitSchema.optional(),
      idToken: tokenValidityUnitSchema.optional(),
      refreshToken: tokenValidityUnitSchema.optional(),
    })
    .optional(),
  readAttributes: z.array(z.string()).optional(),
  writeAttributes: z.array(z.string()).optional(),
  enableTokenRevocation: z.boolean().optional(),
  enablePropagateAdditionalUserContextData: z.boolean().optional(),
  analytics: z
    .strictObject({
      application: stringValueSchema.optional(),
      applicationId: stringValueSchema.optional(),
      externalId: stringValueSchema.optional(),
      role: stringValueSchema.optional(),
      shareUserData: z.boolean().optional(),
    })
    .optional(),
})

export const domainSchema = z.strictObject({
  cognitoDomain: z.strictObject({ domainPrefix: stringValueSchema, fipsEnabled: z.boolean().optional() }).optional(),
  customDomain: z
    .strictObject({
      domainName: stringValueSchema,
      certificateArn: stringValueSchema,
      securityPolicy: z.enum(['TLS_V1', 'TLS_V1_2_2021', 'TLS_V1_3_2025']).optional(),
    })
    .optional(),
  managedLoginVersion: z.union([z.literal(1), z.literal(2)]).optional(),
  routing: z
    .strictObject({
      failover: z.strictObject({ primaryRoute53HealthCheckId: stringValueSchema, secondaryRegion: z.string() }),
    })
    .optional(),
})

export const resourceServerSchema = z.strictObject({
  identifier: z.string(),
  userPoolResourceServerName: z.string().optional(),
  scopes: z.array(z.strictObject({ scopeName: z.string(), scopeDescription: z.string() })),
})

export const groupSchema = z.strictObject({
  groupName: z.string().optional(),
  description: z.string().optional(),
  precedence: z.number().optional(),
  role: stringValueSchema.optional(),
})

const identityProviderBase = {
  providerName: z.string().optional(),
  attributeMapping: z.record(z.string(), z.string()).optional(),
  providerDetails: z.record(z.string(), stringValueSchema).optional(),
}
const socialScopes = { scopes: z.array(z.string()).optional() }

export const identityProviderSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('amazon'),
    ...identityProviderBase,
    ...socialScopes,
    clientId: z.string(),
    clientSecret: stringValueSchema,
  }),
  z.strictObject({
    kind: z.literal('facebook'),
    ...identityProviderBase,
    ...socialScopes,
    clientId: z.string(),
    clientSecret: stringValueSchema,
    apiVersion: z.string().optional(),
  }),
  z.strictObject({
    kind: z.literal('google'),
    ...identityProviderBase,
    ...socialScopes,
    clientId: z.string(),
    clientSecret: stringValueSchema,
  }),
  z.strictObject({
    kind: z.literal('apple'),
    ...identityProviderBase,
    ...socialScopes,
    clientId: z.string(),
    teamId: z.string(),
    keyId: z.string(),
    privateKey: stringValueSchema,
  }),
  z.strictObject({
    kind: z.literal('oidc'),
    ...identityProviderBase,
    ...socialScopes,
    clientId: z.string(),
    clientSecret: stringValueSchema,
    issuerUrl: z.string(),
    identifiers: z.array(z.string()).optional(),
    attributeRequestMethod: z.enum(['GET', 'POST']).optional(),
    endpoints: z
      .strictObject({ authorization: z.string(), token: z.string(), userInfo: z.string(), jwksUri: z.string() })
      .optional(),
  }),
  z.strictObject({
    kind: z.literal('saml'),
    ...identityProviderBase,
    metadata: z.strictObject({ metadataType: z.enum(['url', 'file']), metadataContent: z.string() }),
    identifiers: z.array(z.string()).optional(),
    idpSignout: z.boolean().optional(),
    encryptedResponses: z.boolean().optional(),
    requestSigningAlgorithm: z.literal('rsa-sha256').optional(),
    idpInitiated: z.boolean().optional(),
  }),
])

const clientReference = { client: z.string().optional(), clientId: stringValueSchema.optional() }
const jsonValueSchema: z.ZodType<unknown> = z.lazy(() =>
  z.union([
    z.string(),
    z.number(),
    z.boolean(),
    z.null(),
    z.array(jsonValueSchema),
    z.record(z.string(), jsonValueSchema),
  ]),
)
const notifyEmailSchema = z.strictObject({
  subject: z.string(),
  htmlBody: z.string().optional(),
  textBody: z.string().optional(),
})
const accountTakeoverActionSchema = z.strictObject({
  eventAction: z.enum(['BLOCK', 'MFA_IF_CONFIGURED', 'MFA_REQUIRED', 'NO_ACTION']),
  notify: z.boolean(),
})

export const extrasSchema = z.strictObject({
  managedLoginBrandings: z
    .record(
      z.string(),
      z.strictObject({
        ...clientReference,
        useCognitoProvidedValues: z.boolean().optional(),
        settings: z.record(z.string(), jsonValueSchema).optional(),
        assets: z
          .array(
            z.strictObject({
              category: z.enum([
                'FAVICON_ICO',
                'FAVICON_SVG',
                'EMAIL_GRAPHIC',
                'SMS_GRAPHIC',
                'AUTH_APP_GRAPHIC',
                'PASSWORD_GRAPHIC',
                'PASSKEY_GRAPHIC',
                'PAGE_HEADER_LOGO',
                'PAGE_HEADER_BACKGROUND',
                'PAGE_FOOTER_LOGO',
                'PAGE_FOOTER_BACKGROUND',
                'PAGE_BACKGROUND',
                'FORM_BACKGROUND',
                'FORM_LOGO',
                'IDP_BUTTON_ICON',
              ]),
              colorMode: z.enum(['LIGHT', 'DARK', 'DYNAMIC']),
              extension: z.enum(['ICO', 'JPEG', 'PNG', 'SVG', 'WEBP']),
              bytes: z.string().optional(),
              resourceId: z.string().optional(),
            }),
          )
          .optional(),
        returnMergedResources: z.boolean().optional(),
      }),
    )
    .optional(),
  riskConfigurations: z
    .record(
      z.string(),
      z.strictObject({
        ...clientReference,
        accountTakeover: z
          .strictObject({
            actions: z.strictObject({
              highAction: accountTakeoverActionSchema.optional(),
              mediumAction: accountTakeoverActionSchema.optional(),
              lowAction: accountTakeoverActionSchema.optional(),
            }),
            notifyConfiguration: z
              .strictObject({
                sourceArn: stringValueSchema,
                from: z.string().optional(),
                replyTo: z.string().optional(),
                blockEmail: notifyEmailSchema.optional(),
                mfaEmail: notifyEmailSchema.optional(),
                noActionEmail: notifyEmailSchema.optional(),
              })
              .optional(),
          })
          .optional(),
        compromisedCredentials: z
          .strictObject({
            eventAction: z.enum(['BLOCK', 'NO_ACTION']),
            eventFilter: z.array(z.enum(['SIGN_IN', 'PASSWORD_CHANGE', 'SIGN_UP'])).optional(),
          })
          .optional(),
        riskExceptions: z
          .strictObject({
            blockedIpRanges: z.array(z.string()).optional(),
            skippedIpRanges: z.array(z.string()).optional(),
          })
          .optional(),
      }),
    )
    .optional(),
  uiCustomizations: z.record(z.string(), z.strictObject({ ...clientReference, css: z.string().optional() })).optional(),
  logDelivery: z
    .strictObject({
      logConfigurations: z.array(
        z.strictObject({
          eventSource: z.enum(['userNotification', 'userAuthEvents']),
          logLevel: z.enum(['ERROR', 'INFO']),
          logGroupArn: stringValueSchema.optional(),
          bucketArn: stringValueSchema.optional(),
          streamArn: stringValueSchema.optional(),
        }),
      ),
    })
    .optional(),
})

/** The whole definition document. */
export const userPoolDefinitionSchema = z.strictObject({
  kind: z.literal('UserPool'),
  version: z.literal(DEFINITION_VERSION),
  id: z.string().min(1),
  settings: userPoolSettingsSchema,
  customAttributes: z.record(z.string(), customAttributeSchema),
  triggers: triggersSchema,
  tags: z.record(z.string(), z.string()),
  clients: z.record(z.string(), userPoolClientSchema),
  domains: z.record(z.string(), domainSchema),
  resourceServers: z.record(z.string(), resourceServerSchema),
  groups: z.record(z.string(), groupSchema),
  identityProviders: z.record(z.string(), identityProviderSchema),
  registeredIdentityProviders: z.array(stringValueSchema).optional(),
  extras: extrasSchema,
})
