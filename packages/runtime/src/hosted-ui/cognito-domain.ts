/**
 * User pool domains: Cognito prefix domains in every region (FIPS where it exists) and custom
 * domains, as URL origins.
 *
 * @module
 */
import { type OptionsIssue, OptionsValidationError } from '../errors.js'
import { isLoopbackHostname } from '../internal/url-policy.js'
import { regionProblem } from '../user-pool-id.js'

/** A Cognito prefix domain: `https://{prefix}.auth[-fips].{region}.amazoncognito.com`. */
export interface CognitoPrefixDomain {
  /** The domain prefix, e.g. `my-app`. */
  readonly prefix: string
  /** The pool's region, e.g. `eu-west-1`. */
  readonly region: string
  /**
   * Use the FIPS endpoint (`auth-fips`). Offered in us-east-1, us-east-2, us-west-1, us-west-2 and
   * GovCloud, where it is the only one.
   * @default false (true in GovCloud)
   * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-assign-domain-prefix.html
   */
  readonly fips?: boolean
}

/** A prefix domain, or the `https://` origin of a custom domain (`https://auth.example.com`). */
export type HostedUiDomain = CognitoPrefixDomain | string

/** Regions with FIPS hosted-UI endpoints. */
export const FIPS_REGIONS: readonly string[] = Object.freeze([
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
  'us-gov-west-1',
  'us-gov-east-1',
])

/** Cognito's `Domain` pattern for prefixes (CreateUserPoolDomain). */
const PREFIX = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/
const RESERVED = ['aws', 'amazon', 'cognito']

/** A resolved domain. */
export interface ResolvedDomain {
  /** The origin, without a trailing slash. */
  readonly origin: string
  readonly prefix: string | undefined
  readonly hostname: string
}

/** Resolves a domain option, adding every problem to `issues`. */
export function resolveDomain(
  domain: unknown,
  path: string,
  allowLoopbackHttp: boolean,
  issues: OptionsIssue[],
): ResolvedDomain | undefined {
  if (typeof domain === 'string') {
    let url: URL
    try {
      url = new URL(domain)
    } catch {
      issues.push({
        path,
        rule: 'DomainUrl',
        message: `${path} must be an https:// origin; received ${JSON.stringify(domain)}`,
      })
      return undefined
    }
    const httpOk = url.protocol === 'http:' && allowLoopbackHttp && isLoopbackHostname(url.hostname)
    if (url.protocol !== 'https:' && !httpOk) {
      issues.push({
        path,
        rule: 'DomainUrl',
        message: `${path} must use https:${allowLoopbackHttp ? ' (http: only on a loopback host)' : ''}; received ${JSON.stringify(domain)}`,
      })
      return undefined
    }
    if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash || url.username || url.password) {
      issues.push({
        path,
        rule: 'DomainUrl',
        message: `${path} must be an origin only (no path, query, fragment or credentials); received ${JSON.stringify(domain)}`,
      })
      return undefined
    }
    return { origin: url.origin, prefix: undefined, hostname: url.hostname }
  }
  if (typeof domain !== 'object' || domain === null) {
    issues.push({
      path,
      rule: 'DomainType',
      message: `${path} must be { prefix, region, fips? } or an https:// origin; received ${JSON.stringify(domain)}`,
    })
    return undefined
  }
  const { prefix, region, fips } = domain as { prefix?: unknown; region?: unknown; fips?: unknown }
  const before = issues.length
  if (typeof prefix !== 'string' || !PREFIX.test(prefix)) {
    issues.push({
      path: `${path}.prefix`,
      rule: 'DomainPrefixFormat',
      message: `${path}.prefix must be 1–63 lowercase letters, digits and inner hyphens; received ${JSON.stringify(prefix)}`,
    })
  } else if (RESERVED.some((word) => prefix.includes(word))) {
    issues.push({
      path: `${path}.prefix`,
      rule: 'DomainPrefixReserved',
      message: `${path}.prefix must not contain "aws", "amazon" or "cognito"; received ${JSON.stringify(prefix)}`,
    })
  }
  const problem = regionProblem(region)
  if (problem !== undefined) {
    issues.push({ path: `${path}.region`, rule: 'RegionFormat', message: `${path}.region ${problem}` })
  } else if ((region as string).startsWith('eusc-')) {
    issues.push({
      path: `${path}.region`,
      rule: 'PrefixDomainUnknown',
      message: `${path}: the prefix-domain host name of the European Sovereign Cloud is not known; pass the domain's https:// origin`,
    })
  }
  if (fips !== undefined && typeof fips !== 'boolean') {
    issues.push({ path: `${path}.fips`, rule: 'OptionType', message: `${path}.fips must be a boolean` })
  }
  if (issues.length > before) return undefined
  const gov = (region as string).startsWith('us-gov-')
  const useFips = fips ?? gov
  if (useFips && !FIPS_REGIONS.includes(region as string)) {
    issues.push({
      path: `${path}.fips`,
      rule: 'FipsNotAvailable',
      message: `${path}.fips: no FIPS hosted-UI endpoint in ${region} (only ${FIPS_REGIONS.join(', ')})`,
    })
    return undefined
  }
  if (gov && !useFips) {
    issues.push({
      path: `${path}.fips`,
      rule: 'FipsRequired',
      message: `${path}.fips: GovCloud hosted UI endpoints are FIPS only`,
    })
    return undefined
  }
  const url = new URL('https://example.invalid')
  url.hostname = `${prefix}.${useFips ? 'auth-fips' : 'auth'}.${region}.amazoncognito.com`
  return { origin: url.origin, prefix: prefix as string, hostname: url.hostname }
}

/**
 * The origin of a user pool domain.
 *
 * @throws {OptionsValidationError} for a bad prefix or region, FIPS where it does not exist, or a
 * custom domain that is not an `https://` origin.
 *
 * @example
 * ```ts
 * cognitoDomainUrl({ prefix: 'my-app', region: 'eu-west-1' })             // 'https://my-app.auth.eu-west-1.amazoncognito.com'
 * cognitoDomainUrl({ prefix: 'my-app', region: 'us-east-1', fips: true }) // 'https://my-app.auth-fips.us-east-1.amazoncognito.com'
 * cognitoDomainUrl('https://auth.example.com')                             // 'https://auth.example.com'
 * ```
 */
export function cognitoDomainUrl(domain: HostedUiDomain): string {
  const issues: OptionsIssue[] = []
  const resolved = resolveDomain(domain, 'domain', false, issues)
  if (resolved === undefined) throw new OptionsValidationError('hosted UI domain', issues)
  return resolved.origin
}
