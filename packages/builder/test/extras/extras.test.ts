/** The resources the CDK has no construct for (catalogue §1.12, §5.7): rendered, spec-checked, validated. */
import { describe, expect, it } from 'vitest'
import {
  AssetCategory,
  AssetExtension,
  ColorMode,
  DefinitionValidationError,
  fromUserPoolClientId,
  userPool,
} from '../../src/index.js'
import { checkTemplate } from '../support/cfn-spec.js'

function issuesOf(fn: () => unknown): { path: string; rule: string }[] {
  try {
    fn()
  } catch (e) {
    if (e instanceof DefinitionValidationError) return e.issues.map(({ path, rule }) => ({ path, rule }))
    throw e
  }
  throw new Error('no error thrown')
}

const LOG_GROUP = 'arn:aws:logs:us-east-1:111111111111:log-group:/aws/cognito/P'
const base = userPool('P')
  .withClient('Web')
  .withDomain('Domain', { cognitoDomain: { domainPrefix: 'my-app' }, managedLoginVersion: 2 })

describe('managed login branding', () => {
  it('a style with settings and assets (bytes base64-encoded) for a declared client', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47])
    const pool = base.withManagedLoginBranding('Branding', {
      client: 'Web',
      settings: { components: { pageBackground: { lightMode: { color: 'ffffffff' } } } },
      assets: [
        { category: AssetCategory.FORM_LOGO, colorMode: ColorMode.LIGHT, extension: AssetExtension.PNG, bytes: png },
      ],
      returnMergedResources: true,
    })
    const t = pool.toCloudFormation()
    expect(t.Resources.PBranding).toEqual({
      Type: 'AWS::Cognito::ManagedLoginBranding',
      Properties: {
        Assets: [{ Bytes: 'iVBORw==', Category: 'FORM_LOGO', ColorMode: 'LIGHT', Extension: 'PNG' }],
        ClientId: { Ref: 'PWeb' },
        ReturnMergedResources: true,
        Settings: { components: { pageBackground: { lightMode: { color: 'ffffffff' } } } },
        UserPoolId: { Ref: 'P' },
      },
    })
    expect(checkTemplate(t)).toEqual([])
  })

  it("Cognito's default style for an imported client", () => {
    const t = base
      .withManagedLoginBranding('B', { client: fromUserPoolClientId('abc123'), useCognitoProvidedValues: true })
      .toCloudFormation()
    expect(t.Resources.PB?.Properties).toEqual({
      ClientId: 'abc123',
      UseCognitoProvidedValues: true,
      UserPoolId: { Ref: 'P' },
    })
  })

  it.each([
    [
      'useCognitoProvidedValues with settings',
      { client: 'Web', useCognitoProvidedValues: true, settings: {} },
      'extras.managedLoginBrandings.B.useCognitoProvidedValues',
      'UseCognitoProvidedValuesConflict',
    ],
    [
      '41 assets',
      {
        client: 'Web',
        assets: Array.from({ length: 41 }, () => ({ category: 'FORM_LOGO', colorMode: 'LIGHT', extension: 'PNG' })),
      },
      'extras.managedLoginBrandings.B.assets',
      'TooManyAssets',
    ],
    [
      'a resource id of 41 characters',
      {
        client: 'Web',
        assets: [{ category: 'FORM_LOGO', colorMode: 'LIGHT', extension: 'PNG', resourceId: 'r'.repeat(41) }],
      },
      'extras.managedLoginBrandings.B.assets.0.resourceId',
      'AssetResourceIdLength',
    ],
    [
      'bytes over 1,000,000 characters',
      {
        client: 'Web',
        assets: [{ category: 'FORM_LOGO', colorMode: 'LIGHT', extension: 'PNG', bytes: 'A'.repeat(1_000_004) }],
      },
      'extras.managedLoginBrandings.B.assets.0.bytes',
      'AssetBytesTooLarge',
    ],
    [
      'bytes that are not base64',
      {
        client: 'Web',
        assets: [{ category: 'FORM_LOGO', colorMode: 'LIGHT', extension: 'PNG', bytes: 'not base64!' }],
      },
      'extras.managedLoginBrandings.B.assets.0.bytes',
      'AssetBytesNotBase64',
    ],
    [
      'an unknown category',
      { client: 'Web', assets: [{ category: 'BANNER', colorMode: 'LIGHT', extension: 'PNG' }] },
      'extras.managedLoginBrandings.B.assets.0.category',
      'Schema.invalid_value',
    ],
  ] as const)('rejects %s', (_name, options, path, rule) => {
    expect(issuesOf(() => base.withManagedLoginBranding('B', options as any))).toContainEqual({ path, rule })
  })

  it('the client must be one of the pool; one style per client', () => {
    const pool = base
      .withManagedLoginBranding('A', { client: 'Web' as never, useCognitoProvidedValues: true })
      .withManagedLoginBranding('B', { client: 'Web', useCognitoProvidedValues: true })
      .withManagedLoginBranding('C', { client: 'Nope' as never, useCognitoProvidedValues: true })
    expect(pool.validate().issues.map((i) => [i.path, i.rule])).toEqual([
      ['extras.managedLoginBrandings.B', 'DuplicateClientTarget'],
      ['extras.managedLoginBrandings.C.client', 'UnknownClient'],
    ])
  })
})

describe('risk configuration', () => {
  const full = {
    accountTakeover: {
      actions: {
        highAction: { eventAction: 'BLOCK', notify: true },
        mediumAction: { eventAction: 'MFA_REQUIRED', notify: true },
        lowAction: { eventAction: 'NO_ACTION', notify: false },
      },
      notifyConfiguration: {
        sourceArn: 'arn:aws:ses:us-east-1:111111111111:identity/example.com',
        from: 'security@example.com',
        replyTo: 'help@example.com',
        blockEmail: { subject: 'Blocked', htmlBody: '<p>Blocked</p>', textBody: 'Blocked' },
        mfaEmail: { subject: 'MFA' },
        noActionEmail: { subject: 'FYI' },
      },
    },
    compromisedCredentials: { eventAction: 'BLOCK', eventFilter: ['SIGN_IN', 'PASSWORD_CHANGE'] },
    riskExceptions: { blockedIpRanges: ['192.0.2.0/24'], skippedIpRanges: ['2001:db8::/32'] },
  } as const

  it('every setting, for all clients', () => {
    const t = base.withRiskConfiguration('Risk', full).toCloudFormation()
    expect(t.Resources.PRisk).toEqual({
      Type: 'AWS::Cognito::UserPoolRiskConfigurationAttachment',
      Properties: {
        AccountTakeoverRiskConfiguration: {
          Actions: {
            HighAction: { EventAction: 'BLOCK', Notify: true },
            LowAction: { EventAction: 'NO_ACTION', Notify: false },
            MediumAction: { EventAction: 'MFA_REQUIRED', Notify: true },
          },
          NotifyConfiguration: {
            BlockEmail: { HtmlBody: '<p>Blocked</p>', Subject: 'Blocked', TextBody: 'Blocked' },
            From: 'security@example.com',
            MfaEmail: { Subject: 'MFA' },
            NoActionEmail: { Subject: 'FYI' },
            ReplyTo: 'help@example.com',
            SourceArn: 'arn:aws:ses:us-east-1:111111111111:identity/example.com',
          },
        },
        ClientId: 'ALL',
        CompromisedCredentialsRiskConfiguration: {
          Actions: { EventAction: 'BLOCK' },
          EventFilter: ['SIGN_IN', 'PASSWORD_CHANGE'],
        },
        RiskExceptionConfiguration: { BlockedIPRangeList: ['192.0.2.0/24'], SkippedIPRangeList: ['2001:db8::/32'] },
        UserPoolId: { Ref: 'P' },
      },
    })
    expect(checkTemplate(t)).toEqual([])
  })

  it('for one client', () => {
    const t = base
      .withRiskConfiguration('Risk', { client: 'Web', compromisedCredentials: { eventAction: 'NO_ACTION' } })
      .toCloudFormation()
    expect(t.Resources.PRisk?.Properties?.ClientId).toEqual({ Ref: 'PWeb' })
  })

  it.each([
    ['an empty configuration', {}, 'extras.riskConfigurations.R', 'RiskConfigurationEmpty'],
    [
      'no action',
      { accountTakeover: { actions: {} } },
      'extras.riskConfigurations.R.accountTakeover.actions',
      'AccountTakeoverActionsEmpty',
    ],
    [
      'notify without a sender',
      { accountTakeover: { actions: { highAction: { eventAction: 'BLOCK', notify: true } } } },
      'extras.riskConfigurations.R.accountTakeover.notifyConfiguration',
      'NotifyConfigurationRequired',
    ],
    [
      'a bad IP range',
      { riskExceptions: { blockedIpRanges: ['300.0.0.0/8'] } },
      'extras.riskConfigurations.R.riskExceptions.blockedIpRanges.0',
      'IpRangeInvalid',
    ],
    [
      'an IP without a prefix length',
      { riskExceptions: { skippedIpRanges: ['192.0.2.1'] } },
      'extras.riskConfigurations.R.riskExceptions.skippedIpRanges.0',
      'IpRangeInvalid',
    ],
  ] as const)('rejects %s', (_name, options, path, rule) => {
    expect(issuesOf(() => base.withRiskConfiguration('R', options as any))).toContainEqual({ path, rule })
  })

  it('one configuration per client (ALL counts as one)', () => {
    const pool = base
      .withRiskConfiguration('A', { compromisedCredentials: { eventAction: 'BLOCK' } })
      .withRiskConfiguration('B', { client: 'ALL', compromisedCredentials: { eventAction: 'BLOCK' } })
    expect(pool.validate().issues).toEqual([
      expect.objectContaining({ path: 'extras.riskConfigurations.B', rule: 'DuplicateClientTarget' }),
    ])
  })
})

describe('UI customization', () => {
  it('CSS for all clients, after the pool domains', () => {
    const t = base
      .withUICustomization('Ui', { css: '.banner-customizable { background-color: #123456; }' })
      .toCloudFormation()
    expect(t.Resources.PUi).toEqual({
      Type: 'AWS::Cognito::UserPoolUICustomizationAttachment',
      Properties: {
        CSS: '.banner-customizable { background-color: #123456; }',
        ClientId: 'ALL',
        UserPoolId: { Ref: 'P' },
      },
      DependsOn: ['PDomain'],
    })
    expect(checkTemplate(t)).toEqual([])
  })
  it('needs a domain on the pool', () => {
    expect(userPool('P').withUICustomization('Ui', { css: 'x' }).validate().issues).toEqual([
      expect.objectContaining({ path: 'extras.uiCustomizations.Ui', rule: 'UICustomizationRequiresDomain' }),
    ])
  })
  it('css of 131,073 characters is too much', () => {
    expect(issuesOf(() => base.withUICustomization('Ui', { css: 'x'.repeat(131_073) }))).toEqual([
      { path: 'extras.uiCustomizations.Ui.css', rule: 'CssTooLarge' },
    ])
  })
})

describe('log delivery', () => {
  it('notifications to CloudWatch Logs and auth events to Firehose', () => {
    const t = base
      .withLogDelivery({
        logConfigurations: [
          { eventSource: 'userNotification', logLevel: 'ERROR', logGroupArn: LOG_GROUP },
          {
            eventSource: 'userAuthEvents',
            logLevel: 'INFO',
            streamArn: 'arn:aws:firehose:us-east-1:111111111111:deliverystream/auth',
          },
        ],
      })
      .toCloudFormation()
    expect(t.Resources.PLogDelivery).toEqual({
      Type: 'AWS::Cognito::LogDeliveryConfiguration',
      Properties: {
        LogConfigurations: [
          {
            CloudWatchLogsConfiguration: { LogGroupArn: LOG_GROUP },
            EventSource: 'userNotification',
            LogLevel: 'ERROR',
          },
          {
            EventSource: 'userAuthEvents',
            FirehoseConfiguration: { StreamArn: 'arn:aws:firehose:us-east-1:111111111111:deliverystream/auth' },
            LogLevel: 'INFO',
          },
        ],
        UserPoolId: { Ref: 'P' },
      },
    })
    expect(checkTemplate(t)).toEqual([])
  })

  it.each([
    [
      'no destination',
      [{ eventSource: 'userNotification', logLevel: 'ERROR' }],
      'extras.logDelivery.logConfigurations.0',
      'LogDestinationRequired',
    ],
    [
      'two destinations',
      [{ eventSource: 'userAuthEvents', logLevel: 'INFO', logGroupArn: LOG_GROUP, bucketArn: 'arn:aws:s3:::b' }],
      'extras.logDelivery.logConfigurations.0',
      'LogDestinationRequired',
    ],
    [
      'notifications at INFO',
      [{ eventSource: 'userNotification', logLevel: 'INFO', logGroupArn: LOG_GROUP }],
      'extras.logDelivery.logConfigurations.0.logLevel',
      'LogLevelInvalid',
    ],
    [
      'notifications to S3',
      [{ eventSource: 'userNotification', logLevel: 'ERROR', bucketArn: 'arn:aws:s3:::b' }],
      'extras.logDelivery.logConfigurations.0',
      'LogDestinationInvalid',
    ],
    [
      'auth events at ERROR',
      [{ eventSource: 'userAuthEvents', logLevel: 'ERROR', bucketArn: 'arn:aws:s3:::b' }],
      'extras.logDelivery.logConfigurations.0.logLevel',
      'LogLevelInvalid',
    ],
    [
      'a source twice',
      [
        { eventSource: 'userNotification', logLevel: 'ERROR', logGroupArn: LOG_GROUP },
        { eventSource: 'userNotification', logLevel: 'ERROR', logGroupArn: LOG_GROUP },
      ],
      'extras.logDelivery.logConfigurations.1.eventSource',
      'DuplicateLogEventSource',
    ],
    ['no configuration', [], 'extras.logDelivery.logConfigurations', 'LogConfigurationsEmpty'],
  ] as const)('rejects %s', (_name, logConfigurations, path, rule) => {
    expect(issuesOf(() => base.withLogDelivery({ logConfigurations: logConfigurations as any }))).toContainEqual({
      path,
      rule,
    })
  })

  it('replaces the previous log delivery (one per pool) and leaves the original unchanged', () => {
    const a = base.withLogDelivery({
      logConfigurations: [{ eventSource: 'userNotification', logLevel: 'ERROR', logGroupArn: LOG_GROUP }],
    })
    const b = a.withLogDelivery({
      logConfigurations: [{ eventSource: 'userAuthEvents', logLevel: 'INFO', bucketArn: 'arn:aws:s3:::b' }],
    })
    expect(a.toDefinition().extras.logDelivery?.logConfigurations[0]?.eventSource).toBe('userNotification')
    expect(b.toDefinition().extras.logDelivery?.logConfigurations).toHaveLength(1)
    expect(base.toDefinition().extras).toEqual({})
  })
})
