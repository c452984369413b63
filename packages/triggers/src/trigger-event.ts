/**
 * The union of every trigger event, and the event type of each trigger and source.
 *
 * @module
 */
import type { CustomAttributeTypes } from '@cognito-kit/builder/definition'
import type { CreateAuthChallengeEvent } from './events/create-auth-challenge.js'
import type { CustomEmailSenderEvent } from './events/custom-email-sender.js'
import type { CustomMessageEvent } from './events/custom-message.js'
import type { CustomSmsSenderEvent } from './events/custom-sms-sender.js'
import type { DefineAuthChallengeEvent } from './events/define-auth-challenge.js'
import type { InboundFederationEvent } from './events/inbound-federation.js'
import type { PostAuthenticationEvent } from './events/post-authentication.js'
import type { PostConfirmationEvent } from './events/post-confirmation.js'
import type { PreAuthenticationEvent } from './events/pre-authentication.js'
import type { PreSignUpEvent } from './events/pre-sign-up.js'
import type {
  PreTokenGenerationV1Event,
  PreTokenGenerationV2Event,
  PreTokenGenerationV3Event,
} from './events/pre-token-generation.js'
import type { UserMigrationEvent } from './events/user-migration.js'
import type { VerifyAuthChallengeResponseEvent } from './events/verify-auth-challenge-response.js'
import type { TriggerName, TriggerSource, TriggerSourceOf } from './trigger-sources.js'

/** Pre token generation event versions, as `LambdaVersion` values. */
export type PreTokenGenerationLambdaVersion = 'V1_0' | 'V2_0' | 'V3_0'

type PreTokenEventOf<A extends CustomAttributeTypes, V extends PreTokenGenerationLambdaVersion> =
  | (V extends 'V1_0' ? PreTokenGenerationV1Event<A> : never)
  | (V extends 'V2_0' ? PreTokenGenerationV2Event<A> : never)
  | (V extends 'V3_0' ? PreTokenGenerationV3Event<A> : never)

/**
 * The event a trigger receives.
 *
 * @typeParam T - the trigger (`PreSignUp`, `PreTokenGeneration`, ...)
 * @typeParam A - the pool's custom attributes
 * @typeParam V - for `PreTokenGeneration`: the event versions to include
 */
export type TriggerEventOf<
  T extends TriggerName,
  A extends CustomAttributeTypes = CustomAttributeTypes,
  V extends PreTokenGenerationLambdaVersion = PreTokenGenerationLambdaVersion,
> = T extends 'PreSignUp'
  ? PreSignUpEvent<A>
  : T extends 'PostConfirmation'
    ? PostConfirmationEvent<A>
    : T extends 'PreAuthentication'
      ? PreAuthenticationEvent<A>
      : T extends 'PostAuthentication'
        ? PostAuthenticationEvent<A>
        : T extends 'InboundFederation'
          ? InboundFederationEvent
          : T extends 'DefineAuthChallenge'
            ? DefineAuthChallengeEvent<A>
            : T extends 'CreateAuthChallenge'
              ? CreateAuthChallengeEvent<A>
              : T extends 'VerifyAuthChallengeResponse'
                ? VerifyAuthChallengeResponseEvent<A>
                : T extends 'PreTokenGeneration'
                  ? PreTokenEventOf<A, V>
                  : T extends 'UserMigration'
                    ? UserMigrationEvent
                    : T extends 'CustomMessage'
                      ? CustomMessageEvent<A>
                      : T extends 'CustomEmailSender'
                        ? CustomEmailSenderEvent<A>
                        : T extends 'CustomSMSSender'
                          ? CustomSmsSenderEvent<A>
                          : never

/**
 * Any Cognito user-pool trigger event: a union discriminated by `triggerSource` (and, for pre
 * token generation, `version`).
 *
 * @typeParam A - the pool's custom attributes
 */
export type TriggerEvent<A extends CustomAttributeTypes = CustomAttributeTypes> = TriggerEventOf<TriggerName, A>

/**
 * The event of one trigger source (every version of it, for pre token generation).
 *
 * @typeParam S - the trigger source
 * @typeParam A - the pool's custom attributes
 */
export type TriggerEventForSource<
  S extends TriggerSource,
  A extends CustomAttributeTypes = CustomAttributeTypes,
  V extends PreTokenGenerationLambdaVersion = PreTokenGenerationLambdaVersion,
> = Extract<TriggerEventOf<TriggerOfSource<S>, A, V>, { readonly triggerSource: S }>

/** The trigger that receives a source. */
export type TriggerOfSource<S extends TriggerSource> = {
  [T in TriggerName]: S extends TriggerSourceOf<T> ? T : never
}[TriggerName]
