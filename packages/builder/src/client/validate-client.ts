import type { UserPoolClientDefinition } from '../definition/user-pool-client-definition.js'
import type { DurationDefinition } from '../duration.js'
import { Duration } from '../duration.js'
import type { DefinitionIssue } from '../errors.js'
import { wholeAmountIssue } from '../internal/whole-duration.js'
import { isIntrinsic } from '../intrinsic.js'
import { roleArnIssues } from '../user-pool/arn-patterns.js'
import { effectiveOAuthFlows } from './effective-oauth.js'

const DEFAULT_REDIRECT_URI = /^(?=.{1,1024}$)[\p{L}\p{M}\p{S}\p{N}\p{P}]+$/u
const CLIENT_NAME = /^[\w\s+=,.@-]{1,128}$/
const MAX_URLS = 100

/** `'1 day'` style text of a definition duration. */
const human = (d: DurationDefinition): string => Duration.fromDefinition(d).toHumanString()
const millis = (d: DurationDefinition): number => Duration.fromDefinition(d).toMilliseconds()

/** `Duration.millis(0.5)`: reported once, as the CDK's `MustBeWholeNumber`, by {@link checkRange}. */
const fractionalMillis = (d: DurationDefinition): boolean => d.unit === 'milliseconds' && !Number.isInteger(d.amount)

function checkRange(
  issues: DefinitionIssue[],
  path: string,
  name: string,
  value: DurationDefinition | undefined,
  min: Duration,
  max: { readonly ms: number; readonly text: string },
): void {
  if (value === undefined) return
  // The CDK's range check reads the value in milliseconds first, which fails for a fractional millis amount.
  if (fractionalMillis(value)) {
    issues.push(wholeAmountIssue(value, 'milliseconds', path) as DefinitionIssue)
    return
  }
  const ms = millis(value)
  if (ms < min.toMilliseconds() || ms > max.ms) {
    issues.push({
      path,
      rule: 'DurationOutOfRange',
      message: `${name}: Must be a duration between ${min.toHumanString()} and ${max.text} (inclusive); received ${human(value)}.`,
    })
  }
}

function checkIntegral(
  issues: DefinitionIssue[],
  path: string,
  value: DurationDefinition | undefined,
  unit: 'seconds' | 'minutes' | 'hours' | 'days',
): void {
  if (value === undefined || fractionalMillis(value)) return
  // The CDK's Duration error (code and text), raised by its toMinutes()/toSeconds().
  const issue = wholeAmountIssue(value, unit, path)
  if (issue !== undefined) issues.push(issue)
}

function checkUrls(
  issues: DefinitionIssue[],
  path: string,
  urls: readonly string[] | undefined,
  callback: boolean,
): void {
  if (urls === undefined) return
  if (urls.length > MAX_URLS) {
    issues.push({ path, rule: 'TooManyUrls', message: `at most ${MAX_URLS} URLs are allowed; received ${urls.length}` })
  }
  urls.forEach((url, i) => {
    const at = `${path}.${i}`
    if (url.length < 1 || url.length > 1024) {
      issues.push({ path: at, rule: 'UrlLength', message: `URLs must be 1 to 1024 characters; received ${url.length}` })
      return
    }
    let parsed: URL
    try {
      parsed = new URL(url)
    } catch {
      issues.push({
        path: at,
        rule: 'UrlNotAbsolute',
        message: `must be an absolute URL; received ${JSON.stringify(url)}`,
      })
      return
    }
    if (parsed.hash !== '' || url.includes('#')) {
      issues.push({
        path: at,
        rule: 'UrlFragment',
        message: `must not contain a fragment; received ${JSON.stringify(url)}`,
      })
    }
    if (callback && parsed.protocol === 'http:' && parsed.hostname !== 'localhost') {
      issues.push({
        path: at,
        rule: 'CallbackUrlNotHttps',
        message: `Cognito requires HTTPS except for http://localhost; received ${JSON.stringify(url)}`,
      })
    }
  })
}

/**
 * Every rule of one app client on its own: the CDK's client validations (same rule codes) and the
 * service limits the CDK does not check.
 *
 * @param path - where the client sits in the definition (`clients.Web`)
 */
export function validateClient(path: string, client: UserPoolClientDefinition): DefinitionIssue[] {
  const issues: DefinitionIssue[] = []
  const oauthOn = client.disableOAuth !== true
  const flows = effectiveOAuthFlows(client)
  const browserFlow = flows.authorizationCodeGrant === true || flows.implicitCodeGrant === true

  if (client.userPoolClientName !== undefined && !CLIENT_NAME.test(client.userPoolClientName)) {
    issues.push({
      path: `${path}.userPoolClientName`,
      rule: 'ClientNameInvalid',
      message: `userPoolClientName must be 1 to 128 characters of letters, digits, spaces and +=,.@-; received ${JSON.stringify(client.userPoolClientName)}`,
    })
  }
  if (client.disableOAuth === true && client.oAuth !== undefined) {
    issues.push({
      path: `${path}.oAuth`,
      rule: 'AuthSettingsCannotSpecifiedDisable',
      message: 'OAuth settings cannot be specified when disableOAuth is set.',
    })
  }
  const callbackUrls = client.oAuth?.callbackUrls ?? (browserFlow ? ['https://example.com'] : undefined)
  if (browserFlow && client.oAuth?.callbackUrls?.length === 0) {
    issues.push({
      path: `${path}.oAuth.callbackUrls`,
      rule: 'CallbackUrlEmptyCodeGrant',
      message: 'callbackUrl must not be empty when codeGrant or implicitGrant OAuth flows are enabled.',
    })
  }
  const redirect = client.oAuth?.defaultRedirectUri
  if (redirect !== undefined) {
    if (callbackUrls === undefined) {
      issues.push({
        path: `${path}.oAuth.defaultRedirectUri`,
        rule: 'DefaultRedirectUriIncludedCallback',
        message: 'defaultRedirectUri must be included in callbackUrls; this client has no callbackUrls.',
      })
    } else if (!callbackUrls.includes(redirect)) {
      issues.push({
        path: `${path}.oAuth.defaultRedirectUri`,
        rule: 'DefaultRedirectUriIncludedCallback',
        message: `defaultRedirectUri must be included in callbackUrls; received ${JSON.stringify(redirect)}.`,
      })
    }
    if (!DEFAULT_REDIRECT_URI.test(redirect)) {
      issues.push({
        path: `${path}.oAuth.defaultRedirectUri`,
        rule: 'DefaultRedirectUriInvalidPattern',
        message: `defaultRedirectUri must match the \`^(?=.{1,1024}$)[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+$\` pattern (1 to 1024 characters, no spaces), got ${JSON.stringify(redirect)}`,
      })
    }
  }
  if (client.generateSecret !== true && client.enablePropagateAdditionalUserContextData === true) {
    issues.push({
      path: `${path}.enablePropagateAdditionalUserContextData`,
      rule: 'CannotActivateEnablePropagateAdditional',
      message: 'Cannot activate enablePropagateAdditionalUserContextData in an app client without a client secret.',
    })
  }
  if (oauthOn && browserFlow && flows.clientCredentials === true) {
    issues.push({
      path: `${path}.oAuth.flows`,
      rule: 'ClientCredentialsAuthFlowCannot',
      message: 'clientCredentials OAuth flow cannot be selected along with codeGrant or implicitGrant.',
    })
  }
  if (oauthOn && client.oAuth?.flows !== undefined && !browserFlow && flows.clientCredentials !== true) {
    issues.push({
      path: `${path}.oAuth.flows`,
      rule: 'OAuthFlowsEmpty',
      message: 'OAuth is enabled but no flow is selected; select a flow or set disableOAuth: true.',
    })
  }
  if (oauthOn) {
    checkUrls(issues, `${path}.oAuth.callbackUrls`, client.oAuth?.callbackUrls, true)
    checkUrls(issues, `${path}.oAuth.logoutUrls`, client.oAuth?.logoutUrls, false)
  }

  const analytics = client.analytics
  if (analytics !== undefined) {
    // The CDK tests truthiness: an empty id counts as not given. A role is an object there, always
    // truthy, so an empty role ARN is given, and refused as an ARN.
    const given = (v: unknown) => v !== undefined && v !== ''
    const trio = [given(analytics.applicationId), given(analytics.externalId), analytics.role !== undefined]
    if (given(analytics.application) && trio.some(Boolean)) {
      issues.push({
        path: `${path}.analytics`,
        rule: 'Either',
        message: 'Either `application` or all of `applicationId`, `externalId` and `role` must be specified.',
      })
    } else if (!given(analytics.application) && !trio.every(Boolean)) {
      issues.push({
        path: `${path}.analytics`,
        rule: 'Either',
        message:
          'Either all of `applicationId`, `externalId` and `role` must be specified or `application` must be specified.',
      })
    }
    if (analytics.role !== undefined) issues.push(...roleArnIssues(analytics.role, `${path}.analytics.role`))
    const id = analytics.applicationId
    if (id !== undefined && !isIntrinsic(id) && !/^[0-9a-fA-F]+$/.test(id)) {
      issues.push({
        path: `${path}.analytics.applicationId`,
        rule: 'ApplicationIdInvalid',
        message: `applicationId must be hexadecimal; received ${JSON.stringify(id)}`,
      })
    }
  }

  const oneDay = { ms: Duration.days(1).toMilliseconds(), text: Duration.days(1).toHumanString() }
  checkRange(
    issues,
    `${path}.authSessionValidity`,
    'authSessionValidity',
    client.authSessionValidity,
    Duration.minutes(3),
    {
      ms: Duration.minutes(15).toMilliseconds(),
      text: Duration.minutes(15).toHumanString(),
    },
  )
  checkRange(issues, `${path}.idTokenValidity`, 'idTokenValidity', client.idTokenValidity, Duration.minutes(5), oneDay)
  checkRange(
    issues,
    `${path}.accessTokenValidity`,
    'accessTokenValidity',
    client.accessTokenValidity,
    Duration.minutes(5),
    oneDay,
  )
  checkRange(
    issues,
    `${path}.refreshTokenValidity`,
    'refreshTokenValidity',
    client.refreshTokenValidity,
    Duration.minutes(60),
    {
      ms: Duration.days(3650).toMilliseconds(),
      text: Duration.days(3650).toHumanString(),
    },
  )
  const refresh = client.refreshTokenValidity
  if (refresh !== undefined) {
    const cap = { ms: millis(refresh), text: human(refresh) }
    for (const name of ['idTokenValidity', 'accessTokenValidity'] as const) {
      const value = client[name]
      // Only report the cap when the value is inside its own range (that issue is already listed).
      if (value !== undefined && millis(value) <= oneDay.ms && millis(value) > cap.ms) {
        checkRange(issues, `${path}.${name}`, name, value, Duration.minutes(5), cap)
      }
    }
  }
  checkRange(
    issues,
    `${path}.refreshTokenRotationGracePeriod`,
    'refreshTokenRotationGracePeriod',
    client.refreshTokenRotationGracePeriod,
    Duration.seconds(0),
    { ms: Duration.minutes(1).toMilliseconds(), text: Duration.minutes(1).toHumanString() },
  )
  checkIntegral(issues, `${path}.authSessionValidity`, client.authSessionValidity, 'minutes')
  const units = client.tokenValidityUnits
  checkIntegral(issues, `${path}.idTokenValidity`, client.idTokenValidity, units?.idToken ?? 'minutes')
  checkIntegral(issues, `${path}.accessTokenValidity`, client.accessTokenValidity, units?.accessToken ?? 'minutes')
  checkIntegral(issues, `${path}.refreshTokenValidity`, client.refreshTokenValidity, units?.refreshToken ?? 'minutes')
  checkIntegral(issues, `${path}.refreshTokenRotationGracePeriod`, client.refreshTokenRotationGracePeriod, 'seconds')
  for (const [unitKey, validityKey] of [
    ['idToken', 'idTokenValidity'],
    ['accessToken', 'accessTokenValidity'],
    ['refreshToken', 'refreshTokenValidity'],
  ] as const) {
    if (units?.[unitKey] !== undefined && client[validityKey] === undefined) {
      issues.push({
        path: `${path}.tokenValidityUnits.${unitKey}`,
        rule: 'TokenValidityUnitWithoutValidity',
        message: `tokenValidityUnits.${unitKey} is set but ${validityKey} is not`,
      })
    }
  }
  if (client.refreshTokenRotation === false && client.refreshTokenRotationGracePeriod !== undefined) {
    issues.push({
      path: `${path}.refreshTokenRotation`,
      rule: 'RefreshTokenRotationConflict',
      message:
        'refreshTokenRotation is false but refreshTokenRotationGracePeriod is set (the grace period turns rotation on)',
    })
  }
  return issues
}
