/**
 * Invalid settings, each applied to a valid drawn combination: the CDK's validation rules (catalogue
 * §8: both sides must refuse, with the same rule code) and the rules the builder adds on purpose
 * (DEVIATIONS.md "Refuses more" and "Validation the CDK does not do": the CDK accepts, the builder
 * refuses). A mutation clears the settings of the base that would break another rule first.
 */
import { type Combo, compact, type Step, t, type Value } from './combination-spec.js'
import type { SeededRandom } from './seeded-random.js'

export interface Mutation {
  readonly name: string
  /** The CDK's error code, or `null` when the CDK accepts and the builder refuses on purpose. */
  readonly cdk: string | null
  /** The builder's rule. */
  readonly rule: string
  /** The invalid combination and the path the builder reports the issue at. */
  readonly apply: (base: Combo, r: SeededRandom) => { readonly combo: Combo; readonly path: string }
}

type Props = { readonly [key: string]: Value }

const withProps = (c: Combo, patch: Props, ...remove: string[]): Combo => {
  const props: Record<string, Value> = { ...c.props, ...patch }
  for (const key of remove) delete props[key]
  return { ...c, props }
}
const withSteps = (c: Combo, ...steps: Step[]): Combo => ({ ...c, steps: [...c.steps, ...steps] })
const objectOf = (v: Value | undefined): Record<string, Value> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !('$' in v) ? { ...(v as Props) } : {}

/** A child id not used by the base (letters and digits compared, as the builder does). */
function freshId(c: Combo, wanted: string): string {
  const taken = new Set(
    [c.poolId, ...(c.scope ?? []), ...c.steps.flatMap((s) => ('id' in s ? [s.id] : []))].map((id) =>
      id.replace(/[^A-Za-z0-9]/g, ''),
    ),
  )
  let id = wanted
  for (let n = 2; taken.has(id.replace(/[^A-Za-z0-9]/g, '')); n++) id = `${wanted}${n}`
  return id
}

/** The base without the LITE plan's conflicts (history size, choice-based sign-in, email MFA). */
function liteCompatible(c: Combo): Combo {
  const policy = objectOf(c.props.passwordPolicy)
  delete policy.passwordHistorySize
  const factors = objectOf(c.props.mfaSecondFactor)
  delete factors.email
  return withProps(
    c,
    {
      featurePlan: t.member('FeaturePlan', 'LITE'),
      ...(c.props.passwordPolicy !== undefined ? { passwordPolicy: policy } : {}),
      ...(c.props.mfaSecondFactor !== undefined ? { mfaSecondFactor: factors } : {}),
    },
    'signInPolicy',
  )
}

/** The base without a LITE plan. */
const notLite = (c: Combo): Combo =>
  JSON.stringify(c.props.featurePlan ?? '').includes('LITE') ? withProps(c, {}, 'featurePlan') : c

/** The base without any trigger for `operation` (props key) — as props or as an `addTrigger` step. */
function withoutTrigger(c: Combo, operation: string, member: string): Combo {
  const triggers = objectOf(c.props.lambdaTriggers)
  delete triggers[operation]
  return {
    ...c,
    props: { ...c.props, lambdaTriggers: triggers },
    steps: c.steps.filter((s) => !(s.kind === 'trigger' && s.operation === member)),
  }
}

const SES = (options: Props): Value => t.call('UserPoolEmail', 'withSES', { sesRegion: 'us-east-1', ...options })

/** A pool-level mutation: props patch, reported at `path`. */
const poolRule = (
  name: string,
  cdk: string | null,
  rule: string,
  path: string,
  patch: (c: Combo, r: SeededRandom) => Combo,
): Mutation => ({ name, cdk, rule, apply: (c, r) => ({ combo: patch(c, r), path }) })

/** A new app client with bad options, reported under `clients.<id>`. */
const clientRule = (
  name: string,
  cdk: string | null,
  rule: string,
  subPath: string,
  options: (r: SeededRandom) => Props,
): Mutation => ({
  name,
  cdk,
  rule,
  apply: (c, r) => {
    const id = freshId(c, 'BadClient')
    return {
      combo: withSteps(c, { kind: 'client', id, options: options(r) }),
      path: `clients.${id}${subPath}`,
    }
  },
})

const domainRule = (name: string, cdk: string | null, rule: string, subPath: string, options: Props): Mutation => ({
  name,
  cdk,
  rule,
  apply: (c) => {
    const id = freshId(c, 'BadDomain')
    return { combo: withSteps(c, { kind: 'domain', id, options }), path: `domains.${id}${subPath}` }
  },
})

const groupRule = (name: string, cdk: string | null, rule: string, subPath: string, options: Props): Mutation => ({
  name,
  cdk,
  rule,
  apply: (c) => {
    const id = freshId(c, 'BadGroup')
    return { combo: withSteps(c, { kind: 'group', id, options }), path: `groups.${id}${subPath}` }
  },
})

const idpRule = (
  name: string,
  cdk: string | null,
  rule: string,
  subPath: string,
  idpKind: 'google' | 'apple' | 'oidc' | 'saml',
  props: Props,
): Mutation => ({
  name,
  cdk,
  rule,
  apply: (c) => {
    const id = freshId(c, 'BadIdp')
    return {
      combo: withSteps(c, { kind: 'idp', idpKind, id, props }),
      path: `identityProviders.${id}${subPath}`,
    }
  },
})

const OIDC = { clientId: 'o', clientSecret: 's', issuerUrl: 'https://issuer.example.com' }
const SAML_URL = t.call('UserPoolIdentityProviderSamlMetadata', 'url', 'https://idp.example.com/metadata.xml')
const CODE = { flows: { authorizationCodeGrant: true } }
const d = t.duration

/** Settings the CDK refuses: the builder refuses them with the same rule code. */
export const CDK_RULES: readonly Mutation[] = [
  poolRule(
    'preferredUsername without username',
    'UsernameSignEnabledPreferredUsername',
    'UsernameSignEnabledPreferredUsername',
    'signInAliases.preferredUsername',
    (c) => withProps(c, { signInAliases: { email: true, preferredUsername: true } }),
  ),
  poolRule(
    'custom email sender without a KMS key',
    'SpecifyKeyCustomSmsSender',
    'SpecifyKeyCustomSmsSender',
    'lambdaTriggers.customEmailSender',
    (c) => {
      const base = withoutTrigger(c, 'customEmailSender', 'CUSTOM_EMAIL_SENDER')
      return withProps(
        base,
        { lambdaTriggers: { ...objectOf(base.props.lambdaTriggers), customEmailSender: t.fn('TriggerFn') } },
        'customSenderKmsKey',
      )
    },
  ),
  {
    name: 'addTrigger CUSTOM_SMS_SENDER without a KMS key',
    cdk: 'SpecifyKeyCustomSmsSender',
    rule: 'SpecifyKeyCustomSmsSender',
    apply: (c) => {
      const base = withProps(withoutTrigger(c, 'customSmsSender', 'CUSTOM_SMS_SENDER'), {}, 'customSenderKmsKey')
      return {
        combo: withSteps(base, { kind: 'trigger', operation: 'CUSTOM_SMS_SENDER', fn: t.fn('TriggerFn') }),
        path: 'lambdaTriggers.customSmsSender',
      }
    },
  },
  {
    name: 'the same operation in props and addTrigger',
    cdk: 'TriggerOperation',
    rule: 'TriggerOperation',
    apply: (c) => {
      const base = withoutTrigger(c, 'preSignUp', 'PRE_SIGN_UP')
      return {
        combo: withSteps(
          withProps(base, { lambdaTriggers: { ...objectOf(base.props.lambdaTriggers), preSignUp: t.fn('TriggerFn') } }),
          { kind: 'trigger', operation: 'PRE_SIGN_UP', fn: t.fn('OtherFn') },
        ),
        path: 'lambdaTriggers.preSignUp',
      }
    },
  },
  {
    name: 'addTrigger twice',
    cdk: 'TriggerOperation',
    rule: 'TriggerOperation',
    apply: (c) => ({
      combo: withSteps(
        withoutTrigger(c, 'userMigration', 'USER_MIGRATION'),
        { kind: 'trigger', operation: 'USER_MIGRATION', fn: t.fn('TriggerFn') },
        { kind: 'trigger', operation: 'USER_MIGRATION', fn: t.fn('OtherFn') },
      ),
      path: 'lambdaTriggers.userMigration',
    }),
  },
  ...(['V2_0', 'V3_0'] as const).map(
    (version): Mutation => ({
      name: `${version} on POST_CONFIRMATION`,
      cdk: 'OnlyOperationSupportsV20',
      rule: 'OnlyOperationSupportsV20',
      apply: (c) => ({
        combo: withSteps(withoutTrigger(c, 'postConfirmation', 'POST_CONFIRMATION'), {
          kind: 'trigger',
          operation: 'POST_CONFIRMATION',
          fn: t.fn('TriggerFn'),
          version,
        }),
        path: 'lambdaTriggers.postConfirmation.lambdaVersion',
      }),
    }),
  ),
  poolRule(
    'empty passkey relying party',
    'PasskeyRelyingPartyIdLength',
    'PasskeyRelyingPartyIdLength',
    'passkeyRelyingPartyId',
    (c, r) => withProps(c, { passkeyRelyingPartyId: r.pick(['', 'p'.repeat(64)]) }),
  ),
  poolRule(
    'advanced security with threat protection',
    'CannotSetThreatProtectionAdvanced',
    'CannotSetThreatProtectionAdvanced',
    'advancedSecurityMode',
    (c, r) =>
      withProps(
        c,
        r.chance(0.5)
          ? {
              advancedSecurityMode: t.member('AdvancedSecurityMode', 'AUDIT'),
              standardThreatProtectionMode: t.member('StandardThreatProtectionMode', 'AUDIT_ONLY'),
            }
          : {
              advancedSecurityMode: t.member('AdvancedSecurityMode', 'ENFORCED'),
              customThreatProtectionMode: t.member('CustomThreatProtectionMode', 'FULL_FUNCTION'),
            },
      ),
  ),
  poolRule(
    'MFA message without the code',
    'MessageContainTemplateString',
    'MessageContainTemplateString',
    'mfaMessage',
    (c) => withProps(c, { mfaMessage: 'Your code is here' }),
  ),
  poolRule('MFA message over 140 characters', 'Message', 'Message', 'mfaMessage', (c) =>
    withProps(c, { mfaMessage: `${'m'.repeat(135)}{####}` }),
  ),
  poolRule(
    'CODE verification body without the code',
    'VerificationEmailBodyContain',
    'VerificationEmailBodyContain',
    'userVerification.emailBody',
    (c, r) =>
      withProps(c, {
        userVerification: compact({
          emailStyle: r.chance(0.5) ? t.member('VerificationEmailStyle', 'CODE') : undefined,
          emailBody: 'Welcome to the app',
        }),
      }),
  ),
  poolRule(
    'LINK verification body without the link',
    'VerificationEmailBodyContain',
    'VerificationEmailBodyContain',
    'userVerification.emailBody',
    (c, r) =>
      withProps(c, {
        userVerification: {
          emailStyle: t.member('VerificationEmailStyle', 'LINK'),
          emailBody: r.pick(['Click {#Verify#}', 'Click here', 'Click {##here}']),
        },
      }),
  ),
  poolRule(
    'CODE verification SMS without the code',
    'MessageContainTemplateString',
    'MessageContainTemplateString',
    'userVerification.smsMessage',
    (c) => withProps(c, { userVerification: { smsMessage: 'Welcome to the app' } }),
  ),
  poolRule(
    'enableSmsRole false with smsRole',
    'EnableSmsRoleCannotDisabled',
    'EnableSmsRoleCannotDisabled',
    'enableSmsRole',
    (c) => withProps(c, { smsRole: t.role('SmsRole'), enableSmsRole: false }),
  ),
  poolRule(
    'temporary password validity not in whole days',
    'CannotConvertedIntoWhole',
    'CannotConvertedIntoWhole',
    'passwordPolicy.tempPasswordValidity',
    (c, r) => withProps(c, { passwordPolicy: { tempPasswordValidity: r.pick([d('hours', 30), d('minutes', 90)]) } }),
  ),
  poolRule(
    'temporary password validity of half a day',
    'MustBeWholeNumber',
    'MustBeWholeNumber',
    'passwordPolicy.tempPasswordValidity',
    (c) => withProps(c, { passwordPolicy: { tempPasswordValidity: d('days', 0.5) } }),
  ),
  poolRule('a negative duration', 'DurationAmountsCannotNegative', 'DurationAmountsCannotNegative', 'duration', (c) =>
    withProps(c, { passwordPolicy: { tempPasswordValidity: d('days', -1) } }),
  ),
  poolRule(
    'temporary password validity over 365 days',
    'TempPasswordValidityCannotGreater',
    'TempPasswordValidityCannotGreater',
    'passwordPolicy.tempPasswordValidity',
    (c) => withProps(c, { passwordPolicy: { tempPasswordValidity: d('days', 366) } }),
  ),
  poolRule(
    'minLength out of range',
    'MinLengthPasswordReceived',
    'MinLengthPasswordReceived',
    'passwordPolicy.minLength',
    (c, r) => withProps(c, { passwordPolicy: { minLength: r.pick([5, 100, 0]) } }),
  ),
  poolRule('passwordHistorySize with LITE', 'CanNot', 'CanNot', 'passwordPolicy.passwordHistorySize', (c) =>
    withProps(liteCompatible(c), { passwordPolicy: { passwordHistorySize: 5 } }),
  ),
  poolRule(
    'passwordHistorySize out of range',
    'PasswordHistorySizeOutOfRange',
    'PasswordHistorySizeOutOfRange',
    'passwordPolicy.passwordHistorySize',
    (c, r) => withProps(notLite(c), { passwordPolicy: { passwordHistorySize: r.pick([-1, 25]) } }),
  ),
  poolRule(
    'password first factor disabled',
    'PasswordAuthenticationCannotDisabled',
    'PasswordAuthenticationCannotDisabled',
    'signInPolicy.allowedFirstAuthFactors.password',
    (c) => withProps(notLite(c), { signInPolicy: { allowedFirstAuthFactors: { password: false, emailOtp: true } } }),
  ),
  poolRule(
    'choice-based sign-in with LITE',
    'EnableChoiceBasedAuthentication',
    'EnableChoiceBasedAuthentication',
    'signInPolicy.allowedFirstAuthFactors',
    (c, r) =>
      withProps(liteCompatible(c), {
        signInPolicy: {
          allowedFirstAuthFactors: { password: true, [r.pick(['emailOtp', 'smsOtp', 'passkey'])]: true },
        },
      }),
  ),
  poolRule('email MFA without SES', 'EnableEmailBased', 'EnableEmailBased', 'mfaSecondFactor.email', (c, r) => {
    // Cognito's own sender, or no email setting at all.
    const cognitoEmail = r.chance(0.5)
    return withProps(
      c,
      {
        mfa: t.member('Mfa', r.pick(['OPTIONAL', 'REQUIRED'])),
        mfaSecondFactor: { sms: false, otp: true, email: true },
        ...(cognitoEmail ? { email: t.call('UserPoolEmail', 'withCognito') } : {}),
      },
      ...(cognitoEmail ? [] : ['email']),
    )
  }),
  poolRule('email MFA with LITE', 'EnableEmailBased', 'EnableEmailBased', 'mfaSecondFactor.email', (c) =>
    withProps(liteCompatible(c), {
      mfa: t.member('Mfa', 'REQUIRED'),
      mfaSecondFactor: { sms: true, otp: false, email: true },
      email: SES({ fromEmail: 'noreply@example.com' }),
    }),
  ),
  poolRule(
    'fromEmail outside the verified domain',
    'FromemailContainsDifferentDomain',
    'FromemailContainsDifferentDomain',
    'email.sesVerifiedDomain',
    (c, r) =>
      withProps(c, {
        email: SES({ fromEmail: 'noreply@example.com', sesVerifiedDomain: r.pick(['example.org', 'Example.com']) }),
      }),
  ),
  poolRule(
    'a local part without any ASCII character',
    'LocalPartEmailAddress',
    'LocalPartEmailAddress',
    'email.fromEmail',
    (c) => withProps(c, { email: SES({ fromEmail: 'от@example.com' }) }),
  ),
  poolRule(
    'a Cognito reply-to local part without any ASCII character',
    'LocalPartEmailAddress',
    'LocalPartEmailAddress',
    'email.replyTo',
    (c) => withProps(c, { email: t.call('UserPoolEmail', 'withCognito', 'ответ@example.com') }),
  ),
  poolRule('minLen below 0', 'MinlenCannotLessThan', 'MinlenCannotLessThan', 'minLen', (c) =>
    withProps(c, {
      customAttributes: { ...objectOf(c.props.customAttributes), bad: t.new('StringAttribute', { minLen: -1 }) },
    }),
  ),
  poolRule('maxLen over 2048', 'MaxlenCannotGreaterThan', 'MaxlenCannotGreaterThan', 'maxLen', (c) =>
    withProps(c, {
      customAttributes: { ...objectOf(c.props.customAttributes), bad: t.new('StringAttribute', { maxLen: 2049 }) },
    }),
  ),
  clientRule(
    'disableOAuth with oAuth',
    'AuthSettingsCannotSpecifiedDisable',
    'AuthSettingsCannotSpecifiedDisable',
    '.oAuth',
    () => ({
      disableOAuth: true,
      oAuth: {},
    }),
  ),
  clientRule(
    'empty callback URLs with a browser flow',
    'CallbackUrlEmptyCodeGrant',
    'CallbackUrlEmptyCodeGrant',
    '.oAuth.callbackUrls',
    (r) => ({
      oAuth: {
        // No flows given means both browser flows (the CDK's default).
        ...(r.chance(0.7) ? { flows: r.pick([{ authorizationCodeGrant: true }, { implicitCodeGrant: true }]) } : {}),
        callbackUrls: [],
      },
    }),
  ),
  clientRule(
    'defaultRedirectUri not among the callback URLs',
    'DefaultRedirectUriIncludedCallback',
    'DefaultRedirectUriIncludedCallback',
    '.oAuth.defaultRedirectUri',
    (r) =>
      r.chance(0.5)
        ? { oAuth: { callbackUrls: ['https://a.example.com'], defaultRedirectUri: 'https://b.example.com' } }
        : { oAuth: { defaultRedirectUri: 'https://app.example.com' } },
  ),
  clientRule(
    'defaultRedirectUri with a space',
    'DefaultRedirectUriInvalidPattern',
    'DefaultRedirectUriInvalidPattern',
    '.oAuth.defaultRedirectUri',
    () => ({
      oAuth: { callbackUrls: ['https://app.example.com/a b'], defaultRedirectUri: 'https://app.example.com/a b' },
    }),
  ),
  clientRule(
    'propagating user context without a secret',
    'CannotActivateEnablePropagateAdditional',
    'CannotActivateEnablePropagateAdditional',
    '.enablePropagateAdditionalUserContextData',
    (r) =>
      compact({ generateSecret: r.chance(0.5) ? false : undefined, enablePropagateAdditionalUserContextData: true }),
  ),
  clientRule(
    'client credentials with a browser flow',
    'ClientCredentialsAuthFlowCannot',
    'ClientCredentialsAuthFlowCannot',
    '.oAuth.flows',
    (r) => ({
      oAuth: { flows: { clientCredentials: true, [r.pick(['authorizationCodeGrant', 'implicitCodeGrant'])]: true } },
    }),
  ),
  clientRule('analytics: application and applicationId', 'Either', 'Either', '.analytics', () => ({
    analytics: { application: t.pinpoint('PinpointApp'), applicationId: 'ab' },
  })),
  clientRule('analytics: part of the trio', 'Either', 'Either', '.analytics', (r) => ({
    analytics: r.pick([
      { applicationId: 'ab', externalId: 'e' },
      { applicationId: 'ab', role: t.role('PinpointRole') },
      { externalId: 'e' },
      { applicationId: 'ab', externalId: '', role: t.role('PinpointRole') },
    ]) as Value,
  })),
  clientRule(
    'auth session validity out of range',
    'DurationOutOfRange',
    'DurationOutOfRange',
    '.authSessionValidity',
    (r) => ({
      authSessionValidity: r.pick([d('minutes', 2), d('minutes', 16), d('seconds', 0)]),
    }),
  ),
  clientRule('id token validity out of range', 'DurationOutOfRange', 'DurationOutOfRange', '.idTokenValidity', (r) => ({
    idTokenValidity: r.pick([d('minutes', 4), d('days', 2), d('minutes', 1441)]),
  })),
  clientRule(
    'access token validity out of range',
    'DurationOutOfRange',
    'DurationOutOfRange',
    '.accessTokenValidity',
    (r) => ({
      accessTokenValidity: r.pick([d('minutes', 0), d('hours', 25)]),
    }),
  ),
  clientRule(
    'access token longer than the refresh token',
    'DurationOutOfRange',
    'DurationOutOfRange',
    '.accessTokenValidity',
    () => ({ refreshTokenValidity: d('hours', 1), accessTokenValidity: d('hours', 2) }),
  ),
  clientRule(
    'id token longer than the refresh token',
    'DurationOutOfRange',
    'DurationOutOfRange',
    '.idTokenValidity',
    () => ({
      refreshTokenValidity: d('minutes', 60),
      idTokenValidity: d('days', 1),
    }),
  ),
  clientRule(
    'refresh token validity out of range',
    'DurationOutOfRange',
    'DurationOutOfRange',
    '.refreshTokenValidity',
    (r) => ({ refreshTokenValidity: r.pick([d('minutes', 59), d('days', 3651)]) }),
  ),
  clientRule(
    'rotation grace period over a minute',
    'DurationOutOfRange',
    'DurationOutOfRange',
    '.refreshTokenRotationGracePeriod',
    (r) => ({ refreshTokenRotationGracePeriod: r.pick([d('seconds', 61), d('minutes', 2)]) }),
  ),
  clientRule(
    'id token validity not in whole minutes',
    'CannotConvertedIntoWhole',
    'CannotConvertedIntoWhole',
    '.idTokenValidity',
    () => ({ idTokenValidity: d('seconds', 301) }),
  ),
  clientRule(
    'auth session validity not in whole minutes',
    'CannotConvertedIntoWhole',
    'CannotConvertedIntoWhole',
    '.authSessionValidity',
    () => ({ authSessionValidity: d('seconds', 210) }),
  ),
  clientRule(
    'rotation grace period not in whole seconds',
    'CannotConvertedIntoWhole',
    'CannotConvertedIntoWhole',
    '.refreshTokenRotationGracePeriod',
    () => ({ refreshTokenRotationGracePeriod: d('millis', 1500) }),
  ),
  clientRule(
    'rotation grace period of half a second',
    'MustBeWholeNumber',
    'MustBeWholeNumber',
    '.refreshTokenRotationGracePeriod',
    () => ({ refreshTokenRotationGracePeriod: d('seconds', 0.5) }),
  ),
  // The CDK refuses the ARN when importing the role (Role.fromRoleArn), the builder when checking it.
  groupRule('a group role that is not a role ARN', 'ArnsMustStartWithArn', 'RoleArnInvalid', '.role', {
    role: t.roleArn('admins-role'),
  }),
  domainRule('neither domain kind', 'ExactlyOneDomainRequired', 'ExactlyOneDomainRequired', '', {}),
  domainRule('both domain kinds', 'ExactlyOneDomainRequired', 'ExactlyOneDomainRequired', '', {
    cognitoDomain: { domainPrefix: 'both-kinds' },
    customDomain: {
      domainName: 'both.example.com',
      certificate: t.cert('arn:aws:acm:us-east-1:111111111111:certificate/x'),
    },
  }),
  ...['domain.prefix', 'Domain-Prefix', 'dómäin-prefix'].map((domainPrefix) =>
    domainRule(
      `domain prefix ${JSON.stringify(domainPrefix)}`,
      'DomainPrefixCognitoDomainContain',
      'DomainPrefixCognitoDomainContain',
      '.cognitoDomain.domainPrefix',
      { cognitoDomain: { domainPrefix } },
    ),
  ),
  groupRule('description over 2048', 'DescriptionLengthInvalid', 'DescriptionLengthInvalid', '.description', {
    description: 'd'.repeat(2049),
  }),
  ...[-1, 2 ** 31].map((precedence) =>
    groupRule(`precedence ${precedence}`, 'PrecedenceOutOfRange', 'PrecedenceOutOfRange', '.precedence', {
      precedence,
    }),
  ),
  ...['', 'with space', 'g'.repeat(129)].map((groupName) =>
    groupRule(
      `group name of ${groupName.length} characters`,
      'MustBeBetweenCharactersInclude',
      'MustBeBetweenCharactersInclude',
      '.groupName',
      { groupName },
    ),
  ),
  idpRule(
    'google: both secrets',
    'ExactlyOneClientSecretClient',
    'ExactlyOneClientSecretClient',
    '.clientSecret',
    'google',
    {
      clientId: 'g',
      clientSecret: 'a',
      clientSecretValue: t.secret('plain', 'b'),
    },
  ),
  idpRule(
    'google: no secret',
    'ExactlyOneClientSecretClient',
    'ExactlyOneClientSecretClient',
    '.clientSecret',
    'google',
    {
      clientId: 'g',
    },
  ),
  idpRule(
    'apple: both keys',
    'MustBeExactlyPrivatekeyPrivatekeyvalue',
    'MustBeExactlyPrivatekeyPrivatekeyvalue',
    '.privateKey',
    'apple',
    {
      clientId: 'a',
      teamId: 't',
      keyId: 'k',
      privateKey: 'x',
      privateKeyValue: t.secret('secretsManager', 'apple/key'),
    },
  ),
  idpRule(
    'apple: no key',
    'MustBeExactlyPrivatekeyPrivatekeyvalue',
    'MustBeExactlyPrivatekeyPrivatekeyvalue',
    '.privateKey',
    'apple',
    {
      clientId: 'a',
      teamId: 't',
      keyId: 'k',
    },
  ),
  ...['xy', 'o'.repeat(33)].map((name) =>
    idpRule(
      `oidc: name of ${name.length} characters`,
      'ExpectedProviderNameCharactersReceived',
      'ExpectedProviderNameCharactersReceived',
      '.name',
      'oidc',
      { ...OIDC, name },
    ),
  ),
  ...['ab', 's'.repeat(33)].map((name) =>
    idpRule(
      `saml: name of ${name.length} characters`,
      'ExpectedProviderNameCharactersReceived',
      'ExpectedProviderNameCharactersReceived',
      '.name',
      'saml',
      { metadata: SAML_URL, name },
    ),
  ),
  ...['_abc', 'ab c', 'abc_'].map((name) =>
    idpRule(
      `oidc: name ${JSON.stringify(name)}`,
      'ExpectedProviderNameMatch',
      'ExpectedProviderNameMatch',
      '.name',
      'oidc',
      {
        ...OIDC,
        name,
      },
    ),
  ),
]

/** Settings the CDK accepts and the builder refuses on purpose (DEVIATIONS.md). */
export const OUR_RULES: readonly Mutation[] = [
  poolRule('Q2: a non-ASCII character in the local part', null, 'LocalPartEmailAddress', 'email.fromEmail', (c) =>
    withProps(c, { email: SES({ fromEmail: 'aö@example.com' }) }),
  ),
  poolRule('an address without @', null, 'EmailAddressInvalid', 'email.replyTo', (c) =>
    withProps(c, { email: SES({ fromEmail: 'noreply@example.com', replyTo: 'support.example.com' }) }),
  ),
  poolRule('Q7: smsRoleExternalId without smsRole', null, 'SmsRoleExternalIdWithoutSmsRole', 'smsRoleExternalId', (c) =>
    withProps(c, { smsRoleExternalId: 'ext' }, 'smsRole'),
  ),
  poolRule('Q19: RemovalPolicy.SNAPSHOT', null, 'RemovalPolicySnapshotUnsupported', 'removalPolicy', (c) =>
    withProps(c, { removalPolicy: t.member('RemovalPolicy', 'SNAPSHOT') }),
  ),
  poolRule(
    'Q21: LINK-style SMS without the code',
    null,
    'MessageContainTemplateString',
    'userVerification.smsMessage',
    (c) =>
      withProps(c, {
        userVerification: { emailStyle: t.member('VerificationEmailStyle', 'LINK'), smsMessage: 'Welcome aboard' },
      }),
  ),
  {
    name: 'an empty SES region',
    cdk: null,
    rule: 'SesRegionEmpty',
    // With a stack region the CDK accepts '' (and writes it into the SourceArn).
    apply: (c) => ({
      combo: withProps(
        { ...c, env: { ...c.env, region: 'eu-west-1' } },
        { email: SES({ fromEmail: 'noreply@example.com', sesRegion: '' }) },
      ),
      path: 'email.sesRegion',
    }),
  },
  poolRule('an empty SES verified domain', null, 'SesVerifiedDomainEmpty', 'email.sesVerifiedDomain', (c) =>
    withProps(c, { email: SES({ fromEmail: 'noreply@example.com', sesVerifiedDomain: '' }) }),
  ),
  poolRule('an empty MFA message', null, 'MessageContainTemplateString', 'mfaMessage', (c) =>
    withProps(c, { mfaMessage: '' }),
  ),
  clientRule(
    'R26: an empty defaultRedirectUri',
    null,
    'DefaultRedirectUriInvalidPattern',
    '.oAuth.defaultRedirectUri',
    () => ({
      oAuth: { defaultRedirectUri: '' },
    }),
  ),
  idpRule('R26: empty SAML metadata', null, 'SamlMetadataEmpty', '.metadata', 'saml', {
    metadata: t.call('UserPoolIdentityProviderSamlMetadata', 'url', ''),
  }),
  poolRule('Q23: minLength not a whole number', null, 'MinLengthPasswordNotInteger', 'passwordPolicy.minLength', (c) =>
    withProps(c, { passwordPolicy: { minLength: 8.5 } }),
  ),
  poolRule(
    'Q23: passwordHistorySize not a whole number',
    null,
    'PasswordHistorySizeNotInteger',
    'passwordPolicy.passwordHistorySize',
    (c) => withProps(notLite(c), { passwordPolicy: { passwordHistorySize: 2.5 } }),
  ),
  poolRule('§9: user pool name pattern', null, 'UserPoolNamePattern', 'userPoolName', (c) =>
    withProps(c, { userPoolName: 'bad!name' }),
  ),
  poolRule('§9: verification subject over 140', null, 'EmailSubjectLength', 'userVerification.emailSubject', (c) =>
    withProps(c, { userVerification: { emailSubject: 's'.repeat(141) } }),
  ),
  poolRule('§9: invitation SMS over 140', null, 'SmsMessageLength', 'userInvitation.smsMessage', (c) =>
    withProps(c, { userInvitation: { smsMessage: `${'s'.repeat(140)}!` } }),
  ),
  poolRule(
    '§9: custom attribute name over 20',
    null,
    'CustomAttributeName',
    `customAttributes.${'n'.repeat(21)}`,
    (c) =>
      withProps(c, {
        customAttributes: { ...objectOf(c.props.customAttributes), ['n'.repeat(21)]: t.new('BooleanAttribute') },
      }),
  ),
  poolRule(
    '§9: custom attribute named custom:…',
    null,
    'CustomAttributeNamePrefix',
    'customAttributes.custom:tier',
    (c) => withProps(c, { customAttributes: { 'custom:tier': t.new('StringAttribute') } }),
  ),
  poolRule('§9: minLen above maxLen', null, 'StringLengthRange', 'minLen', (c) =>
    withProps(c, { customAttributes: { bad: t.new('StringAttribute', { minLen: 10, maxLen: 5 }) } }),
  ),
  poolRule('§9: min above max', null, 'NumberValueRange', 'min', (c) =>
    withProps(c, { customAttributes: { bad: t.new('NumberAttribute', { min: 5, max: 1 }) } }),
  ),
  {
    name: 'tags: an aws: key',
    cdk: null,
    rule: 'TagKeyReserved',
    apply: (c) => ({ combo: { ...c, tags: { ...c.tags, 'aws:owner': 'me' } }, path: 'tags.aws:owner' }),
  },
  clientRule('R14 (Q9): OAuth flows {}', null, 'OAuthFlowsEmpty', '.oAuth.flows', () => ({ oAuth: { flows: {} } })),
  clientRule(
    'R15 (Q10): defaultRedirectUri without callback URLs',
    null,
    'DefaultRedirectUriIncludedCallback',
    '.oAuth.defaultRedirectUri',
    () => ({ oAuth: { flows: { clientCredentials: true }, defaultRedirectUri: 'https://example.com' } }),
  ),
  clientRule('R19: client name pattern', null, 'ClientNameInvalid', '.userPoolClientName', () => ({
    userPoolClientName: 'bad/name',
  })),
  clientRule('R19: an http callback URL', null, 'CallbackUrlNotHttps', '.oAuth.callbackUrls.0', () => ({
    oAuth: { callbackUrls: ['http://app.example.com/cb'] },
  })),
  clientRule('R19: a callback URL with a fragment', null, 'UrlFragment', '.oAuth.callbackUrls.0', () => ({
    oAuth: { callbackUrls: ['https://app.example.com/cb#x'] },
  })),
  clientRule('R19: a relative logout URL', null, 'UrlNotAbsolute', '.oAuth.logoutUrls.0', () => ({
    oAuth: { logoutUrls: ['/bye'] },
  })),
  clientRule('R20: applicationId not hexadecimal', null, 'ApplicationIdInvalid', '.analytics.applicationId', () => ({
    analytics: { applicationId: 'not-hex', externalId: 'e', role: t.role('PinpointRole') },
  })),
  clientRule(
    'R23: undeclared custom attribute in readAttributes',
    null,
    'UndeclaredCustomAttribute',
    '.readAttributes',
    () => ({
      readAttributes: t.clientAttributes({}, ['undeclared_attr']),
    }),
  ),
  domainRule('R16 (Q18): prefix ending with a hyphen', null, 'DomainPrefixInvalid', '.cognitoDomain.domainPrefix', {
    cognitoDomain: { domainPrefix: 'my-app-' },
  }),
  domainRule('R16: prefix with a reserved word', null, 'DomainPrefixReservedWord', '.cognitoDomain.domainPrefix', {
    cognitoDomain: { domainPrefix: 'my-cognito-app' },
  }),
  domainRule('R18: certificate outside us-east-1', null, 'CertificateNotInUsEast1', '.customDomain.certificate', {
    customDomain: {
      domainName: 'id.example.com',
      certificate: t.cert('arn:aws:acm:eu-west-1:111111111111:certificate/abc'),
    },
  }),
  domainRule(
    'R18: custom domain name not a lowercase FQDN',
    null,
    'CustomDomainNameInvalid',
    '.customDomain.domainName',
    {
      customDomain: {
        domainName: 'Auth.Example.com',
        certificate: t.cert('arn:aws:acm:us-east-1:111111111111:certificate/abc'),
      },
    },
  ),
  groupRule('R25: precedence not a whole number', null, 'PrecedenceNotInteger', '.precedence', { precedence: 1.5 }),
  idpRule('R17 (Q15): SAML name pattern', null, 'ExpectedProviderNameMatch', '.name', 'saml', {
    metadata: SAML_URL,
    name: '_abc',
  }),
  idpRule('R22: OIDC issuer over http', null, 'OidcIssuerInvalid', '.issuerUrl', 'oidc', {
    ...OIDC,
    issuerUrl: 'http://issuer.example.com',
  }),
  idpRule('R22: IdP identifier over 40', null, 'IdpIdentifierInvalid', '.identifiers.0', 'oidc', {
    ...OIDC,
    identifiers: ['i'.repeat(41)],
  }),
  {
    name: 'R21: a scope declared twice',
    cdk: null,
    rule: 'DuplicateScope',
    apply: (c) => {
      const id = freshId(c, 'BadServer')
      const scope = { scopeName: 'read', scopeDescription: 'Read' }
      return {
        combo: withSteps(c, { kind: 'resourceServer', id, options: { identifier: 'dup-api', scopes: [scope, scope] } }),
        path: `resourceServers.${id}.scopes.1.scopeName`,
      }
    },
  },
  {
    name: 'R23: a scope its declared resource server lacks',
    cdk: null,
    rule: 'UndeclaredScope',
    apply: (c) => {
      const server = freshId(c, 'BadServer')
      const withServer = withSteps(c, {
        kind: 'resourceServer',
        id: server,
        options: { identifier: 'known-api', scopes: [{ scopeName: 'read', scopeDescription: 'Read' }] },
      })
      const id = freshId(withServer, 'BadClient')
      return {
        combo: withSteps(withServer, {
          kind: 'client',
          id,
          options: { oAuth: { ...CODE, scopes: [t.call('OAuthScope', 'custom', 'known-api/delete')] } },
        }),
        path: `clients.${id}.oAuth.scopes`,
      }
    },
  },
  {
    name: 'R22: two providers with one name',
    cdk: null,
    rule: 'DuplicateProviderName',
    apply: (c) => {
      const a = freshId(c, 'SameA')
      const withA = withSteps(c, { kind: 'idp', idpKind: 'oidc', id: a, props: { ...OIDC, name: 'SameName' } })
      const b = freshId(withA, 'SameB')
      return {
        combo: withSteps(withA, {
          kind: 'idp',
          idpKind: 'saml',
          id: b,
          props: { metadata: SAML_URL, name: 'SameName' },
        }),
        path: `identityProviders.${b}`,
      }
    },
  },
  {
    name: 'R24: two Cognito-prefix domains',
    cdk: null,
    rule: 'TooManyDomains',
    apply: (c) => {
      const base = { ...c, steps: c.steps.filter((s) => s.kind !== 'domain') }
      const a = freshId(base, 'PrefixA')
      const withA = withSteps(base, {
        kind: 'domain',
        id: a,
        options: { cognitoDomain: { domainPrefix: 'first-app' } },
      })
      const b = freshId(withA, 'PrefixB')
      return {
        combo: withSteps(withA, { kind: 'domain', id: b, options: { cognitoDomain: { domainPrefix: 'second-app' } } }),
        path: `domains.${b}`,
      }
    },
  },
  {
    name: 'R24: two groups with one name',
    cdk: null,
    rule: 'DuplicateGroupName',
    apply: (c) => {
      const base = { ...c, steps: c.steps.filter((s) => s.kind !== 'group') }
      const a = freshId(base, 'GroupA')
      const withA = withSteps(base, { kind: 'group', id: a, options: { groupName: 'same' } })
      const b = freshId(withA, 'GroupB')
      return {
        combo: withSteps(withA, { kind: 'group', id: b, options: { groupName: 'same' } }),
        path: `groups.${b}.groupName`,
      }
    },
  },
  {
    name: 'R24: ids equal in their letters and digits',
    cdk: null,
    rule: 'DuplicateId',
    apply: (c) => {
      const a = freshId(c, 'web-app')
      return {
        combo: withSteps(c, { kind: 'client', id: a, options: {} }, { kind: 'group', id: `${a}.`, options: {} }),
        path: `groups.${a}.`,
      }
    },
  },
]
