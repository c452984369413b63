import type { RemovalPolicy } from '../user-pool/removal-policy.js'
import type { CloudFormationResource } from './cloudformation-template.js'
import { smsRoleExternalId, smsRoleLogicalId } from './render-sms-role.js'
import type { PartRenderer } from './rendered-part.js'
import { accountRecoverySetting } from './user-pool/account-recovery-setting.js'
import { emailConfiguration } from './user-pool/email-configuration.js'
import { lambdaConfig } from './user-pool/lambda-config.js'
import { enabledMfas } from './user-pool/mfa-configuration.js'
import { policies } from './user-pool/policies.js'
import { schemaAttributes } from './user-pool/schema-attributes.js'
import { signInConfiguration } from './user-pool/sign-in-configuration.js'
import { smsConfiguration, smsRoleDecision } from './user-pool/sms-configuration.js'
import { userPoolAddOns } from './user-pool/user-pool-add-ons.js'
import { verificationMessages } from './user-pool/verification-messages.js'

type Policies = Pick<CloudFormationResource, 'UpdateReplacePolicy' | 'DeletionPolicy'>

/** Resource policies of each removal policy (the CDK's `applyRemovalPolicy`). */
const REMOVAL: Readonly<Record<Exclude<RemovalPolicy, 'snapshot'>, Policies>> = {
  retain: { UpdateReplacePolicy: 'Retain', DeletionPolicy: 'Retain' },
  destroy: { UpdateReplacePolicy: 'Delete', DeletionPolicy: 'Delete' },
  'retain-on-update-or-delete': { UpdateReplacePolicy: 'Retain', DeletionPolicy: 'RetainExceptOnCreate' },
}

function sortedTags(tags: { readonly [key: string]: string }): Record<string, string> | undefined {
  const keys = Object.keys(tags).sort()
  if (keys.length === 0) return undefined
  const out: Record<string, string> = {}
  for (const key of keys) out[key] = tags[key] as string
  return out
}

/** The `AWS::Cognito::UserPool` resource (every property as the CDK derives it) and the pool's outputs. */
export const renderUserPool: PartRenderer = (def, ctx) => {
  const s = def.settings
  const id = ctx.logicalId()
  const created =
    smsRoleDecision(s) === 'create'
      ? { roleArn: { 'Fn::GetAtt': [smsRoleLogicalId(ctx), 'Arn'] as const }, externalId: smsRoleExternalId(ctx) }
      : undefined
  const { AliasAttributes, AutoVerifiedAttributes, UsernameAttributes } = signInConfiguration(s)
  const invitation = s.userInvitation
  return {
    resources: {
      [id]: {
        Type: 'AWS::Cognito::UserPool',
        Properties: {
          AccountRecoverySetting: accountRecoverySetting(s.accountRecovery),
          AdminCreateUserConfig: {
            AllowAdminCreateUserOnly: !(s.selfSignUpEnabled ?? false),
            ...(invitation === undefined
              ? {}
              : {
                  InviteMessageTemplate: {
                    ...(invitation.emailBody !== undefined ? { EmailMessage: invitation.emailBody } : {}),
                    ...(invitation.emailSubject !== undefined ? { EmailSubject: invitation.emailSubject } : {}),
                    ...(invitation.smsMessage !== undefined ? { SMSMessage: invitation.smsMessage } : {}),
                  },
                }),
          },
          AliasAttributes,
          AutoVerifiedAttributes,
          DeletionProtection:
            s.deletionProtection === undefined ? undefined : s.deletionProtection ? 'ACTIVE' : 'INACTIVE',
          DeviceConfiguration:
            s.deviceTracking === undefined
              ? undefined
              : {
                  ChallengeRequiredOnNewDevice: s.deviceTracking.challengeRequiredOnNewDevice,
                  DeviceOnlyRememberedOnUserPrompt: s.deviceTracking.deviceOnlyRememberedOnUserPrompt,
                },
          EmailConfiguration: emailConfiguration(s.email, ctx.options.env),
          ...verificationMessages(s),
          EnabledMfas: enabledMfas(s),
          LambdaConfig: lambdaConfig(def.triggers),
          MfaConfiguration: s.mfa,
          Policies: policies(s),
          Schema: schemaAttributes(s.standardAttributes, def.customAttributes),
          SmsAuthenticationMessage: s.mfaMessage,
          SmsConfiguration: smsConfiguration(s, created),
          UserAttributeUpdateSettings:
            s.keepOriginal === undefined
              ? undefined
              : {
                  AttributesRequireVerificationBeforeUpdate: [
                    ...(s.keepOriginal.email ? ['email'] : []),
                    ...(s.keepOriginal.phone ? ['phone_number'] : []),
                  ],
                },
          UserPoolAddOns: userPoolAddOns(s),
          UserPoolName: s.userPoolName,
          UserPoolTags: sortedTags(def.tags),
          UserPoolTier: s.featurePlan,
          UsernameAttributes,
          UsernameConfiguration:
            s.signInCaseSensitive === undefined ? undefined : { CaseSensitive: s.signInCaseSensitive },
          WebAuthnRelyingPartyID: s.passkeyRelyingPartyId,
          WebAuthnUserVerification: s.passkeyUserVerification,
        },
        ...REMOVAL[(s.removalPolicy ?? 'retain') as Exclude<RemovalPolicy, 'snapshot'>],
      },
    },
    outputs: {
      UserPoolId: { Description: `Id of user pool ${def.id}`, Value: { Ref: id } },
      UserPoolArn: { Description: `ARN of user pool ${def.id}`, Value: { 'Fn::GetAtt': [id, 'Arn'] } },
      UserPoolProviderUrl: {
        Description: `Issuer (provider URL) of user pool ${def.id}`,
        Value: { 'Fn::GetAtt': [id, 'ProviderURL'] },
      },
    },
  }
}
