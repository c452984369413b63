/**
 * The example app's user pool: email sign-in, a `tenant` and a `plan` custom attribute, email
 * through SES (so the custom message handler may write the whole email), and the four triggers the
 * main job runs in cognito-local. The handlers in this package are typed with its definition.
 *
 * @module
 */
import {
  AccountRecovery,
  ClientAttributes,
  Duration,
  type RenderOptions,
  StringAttribute,
  UserPoolEmail,
  userPool,
} from '@cognito-kit/builder'

/** Account and region of the example's Lambda functions and SES identity. */
export const APP_ENV = { account: '123456789012', region: 'eu-west-1' } as const

/** The Lambda function names of the triggers the app pool wires. */
export const APP_FUNCTIONS = {
  preSignUp: 'example-app-pre-sign-up',
  customMessage: 'example-app-custom-message',
  postConfirmation: 'example-app-post-confirmation',
  preTokenGeneration: 'example-app-pre-token-generation',
} as const

/**
 * The ARN of one of the example functions.
 *
 * @example
 * ```ts
 * functionArn(APP_FUNCTIONS.preSignUp) // 'arn:aws:lambda:eu-west-1:123456789012:function:example-app-pre-sign-up'
 * ```
 */
export function functionArn(name: string): string {
  return `arn:aws:lambda:${APP_ENV.region}:${APP_ENV.account}:function:${name}`
}

/** The group the post-confirmation handler puts every confirmed user in. */
export const MEMBERS_GROUP = 'members'

/**
 * The example app pool. `toCloudFormation(APP_RENDER_OPTIONS)` gives its template,
 * `apply(appPool, client)` creates it through the Cognito API.
 *
 * @example
 * ```ts
 * import { apply } from '@cognito-kit/builder/sdk'
 * const { userPoolId, clients } = await apply(appPool, new CognitoIdentityProviderClient(config))
 * ```
 */
export const appPool = userPool('ExampleApp', {
  userPoolName: 'cognito-kit-example-app',
  selfSignUpEnabled: true,
  signInAliases: { email: true },
  autoVerify: { email: true },
  standardAttributes: { email: { required: true, mutable: true } },
  customAttributes: {
    tenant: new StringAttribute({ minLen: 2, maxLen: 32, mutable: true }),
    plan: new StringAttribute({ minLen: 3, maxLen: 8, mutable: true }),
  },
  passwordPolicy: { minLength: 12, requireSymbols: false },
  accountRecovery: AccountRecovery.EMAIL_ONLY,
  email: UserPoolEmail.withSES({
    fromEmail: 'no-reply@example.org',
    fromName: 'Example App',
    sesVerifiedDomain: 'example.org',
  }),
  lambdaTriggers: {
    preSignUp: functionArn(APP_FUNCTIONS.preSignUp),
    customMessage: functionArn(APP_FUNCTIONS.customMessage),
    postConfirmation: functionArn(APP_FUNCTIONS.postConfirmation),
    preTokenGeneration: functionArn(APP_FUNCTIONS.preTokenGeneration),
  },
})
  .withClient('web', {
    userPoolClientName: 'example-app-web',
    authFlows: { userPassword: true, userSrp: true },
    disableOAuth: true,
    idTokenValidity: Duration.hours(1),
    accessTokenValidity: Duration.hours(1),
    readAttributes: new ClientAttributes()
      .withStandardAttributes({ email: true, emailVerified: true })
      .withCustomAttributes('tenant', 'plan'),
    writeAttributes: new ClientAttributes().withStandardAttributes({ email: true }).withCustomAttributes('tenant'),
  })
  .withGroup('members', { groupName: MEMBERS_GROUP, description: 'Every confirmed user', precedence: 10 })

/** The app pool's definition type: types the handlers' custom attributes and the verifier's claims. */
export type AppPoolDefinition = ReturnType<typeof appPool.toDefinition>

/** How the app pool renders: CDK-compatible logical IDs in a stack named `ExampleApp`. */
export const APP_RENDER_OPTIONS: RenderOptions = { logicalIds: 'cdk', stackId: 'ExampleApp', env: APP_ENV }
