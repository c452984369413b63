/**
 * Every Cognito user-pool trigger and the `triggerSource` values it receives (13 triggers, 41
 * sources).
 *
 * @module
 */

/**
 * Trigger sources by trigger, keyed by the trigger's `LambdaConfig` name.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html
 */
export const TRIGGER_SOURCES = {
  PreSignUp: ['PreSignUp_SignUp', 'PreSignUp_AdminCreateUser', 'PreSignUp_ExternalProvider'],
  PostConfirmation: ['PostConfirmation_ConfirmSignUp', 'PostConfirmation_ConfirmForgotPassword'],
  PreAuthentication: ['PreAuthentication_Authentication'],
  PostAuthentication: ['PostAuthentication_Authentication'],
  InboundFederation: ['InboundFederation_ExternalProvider'],
  DefineAuthChallenge: ['DefineAuthChallenge_Authentication'],
  CreateAuthChallenge: ['CreateAuthChallenge_Authentication'],
  VerifyAuthChallengeResponse: ['VerifyAuthChallengeResponse_Authentication'],
  PreTokenGeneration: [
    'TokenGeneration_HostedAuth',
    'TokenGeneration_Authentication',
    'TokenGeneration_NewPasswordChallenge',
    'TokenGeneration_AuthenticateDevice',
    'TokenGeneration_RefreshTokens',
    'TokenGeneration_ClientCredentials',
  ],
  UserMigration: ['UserMigration_Authentication', 'UserMigration_ForgotPassword'],
  CustomMessage: [
    'CustomMessage_SignUp',
    'CustomMessage_AdminCreateUser',
    'CustomMessage_ResendCode',
    'CustomMessage_ForgotPassword',
    'CustomMessage_UpdateUserAttribute',
    'CustomMessage_VerifyUserAttribute',
    'CustomMessage_Authentication',
  ],
  CustomEmailSender: [
    'CustomEmailSender_SignUp',
    'CustomEmailSender_ResendCode',
    'CustomEmailSender_ForgotPassword',
    'CustomEmailSender_UpdateUserAttribute',
    'CustomEmailSender_VerifyUserAttribute',
    'CustomEmailSender_AdminCreateUser',
    'CustomEmailSender_Authentication',
    'CustomEmailSender_AccountTakeOverNotification',
  ],
  CustomSMSSender: [
    'CustomSMSSender_SignUp',
    'CustomSMSSender_ResendCode',
    'CustomSMSSender_ForgotPassword',
    'CustomSMSSender_UpdateUserAttribute',
    'CustomSMSSender_VerifyUserAttribute',
    'CustomSMSSender_AdminCreateUser',
    'CustomSMSSender_Authentication',
  ],
} as const

/** A trigger, by its `LambdaConfig` name (`PreSignUp`, `PreTokenGeneration`, `CustomSMSSender`, ...). */
export type TriggerName = keyof typeof TRIGGER_SOURCES

/** The trigger sources of one trigger (all of them by default). */
export type TriggerSourceOf<T extends TriggerName = TriggerName> = (typeof TRIGGER_SOURCES)[T][number]

/** Every `triggerSource` value Cognito sends (41). */
export type TriggerSource = TriggerSourceOf

/** Pre-token-generation sources for user identities (V1, V2 and V3). */
export type UserTokenGenerationSource = Exclude<
  TriggerSourceOf<'PreTokenGeneration'>,
  'TokenGeneration_ClientCredentials'
>

/** The pre token generation sources of user identities (every version), without client credentials. */
export function userTokenGenerationSources(): readonly [UserTokenGenerationSource, ...UserTokenGenerationSource[]] {
  return TRIGGER_SOURCES.PreTokenGeneration.filter((s) => s !== 'TokenGeneration_ClientCredentials') as [
    UserTokenGenerationSource,
    ...UserTokenGenerationSource[],
  ]
}

/**
 * The trigger that receives a `triggerSource`, or `undefined` for a value Cognito does not send
 * (yet).
 *
 * @example
 * ```ts
 * triggerOf('CustomSMSSender_SignUp') // 'CustomSMSSender'
 * ```
 */
export function triggerOf(source: string): TriggerName | undefined {
  const prefix = source.slice(0, source.indexOf('_'))
  const name = (prefix === 'TokenGeneration' ? 'PreTokenGeneration' : prefix) as TriggerName
  return Object.hasOwn(TRIGGER_SOURCES, name) && (TRIGGER_SOURCES[name] as readonly string[]).includes(source)
    ? name
    : undefined
}
