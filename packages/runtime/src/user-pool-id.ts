/**
 * User pool ids, regions, issuers and JWKS URLs: everything derived from a pool id, in one place.
 *
 * @module
 */
import { OptionsValidationError } from './errors.js'

/**
 * `{region}_{id}`. Regions: commercial (`eu-west-1`), GovCloud (`us-gov-west-1`) and the European
 * Sovereign Cloud (`eusc-de-east-1`). China regions are refused: user pools are not offered there.
 */
const USER_POOL_ID = /^((?:eusc-[a-z]{2}|[a-z]{2})-(?:gov-)?[a-z]+-\d{1,2})_([A-Za-z0-9]{1,64})$/
/** Regions of the isolated partitions (`us-iso-east-1`, `us-isob-east-1`, `eu-isoe-west-1`, ...). */
const ISOLATED_REGION = /^[a-z]{2}-iso[a-z]?-[a-z]+-\d{1,2}$/

/** A region name as it appears in a pool id. */
const REGION = /^(?:eusc-[a-z]{2}|[a-z]{2})-(?:gov-)?[a-z]+-\d{1,2}$/

/** What a pool id tells us. */
export interface UserPoolIdInfo {
  /** The pool id itself, e.g. `eu-west-1_AbCdEf123`. */
  readonly userPoolId: string
  /** The pool's (primary) region, e.g. `eu-west-1`. */
  readonly region: string
  /** DNS suffix of the region's partition: `amazonaws.com`, or `amazonaws.eu` for `eusc-*`. */
  readonly dnsSuffix: string
  /**
   * The two issuer formats Cognito uses:
   * `original` is `https://cognito-idp.{region}.{dnsSuffix}/{pool}`,
   * `updated` is `https://issuer-cognito-idp.{region}.{dnsSuffix}/{pool}` (multi-Region replication).
   */
  readonly issuers: {
    /** `https://cognito-idp.{region}.{dnsSuffix}/{pool}` */
    readonly original: string
    /** `https://issuer-cognito-idp.{region}.{dnsSuffix}/{pool}` */
    readonly updated: string
  }
  /** `{issuer}/.well-known/jwks.json` for each issuer format. */
  readonly jwksUris: {
    /** JWKS of the original issuer. */
    readonly original: string
    /** JWKS of the updated issuer. */
    readonly updated: string
  }
}

/** Why a region or pool id is refused, or `undefined` when it is fine. */
export function userPoolIdProblem(value: unknown): string | undefined {
  if (typeof value !== 'string') return `must be a string like "eu-west-1_AbCdEf123"; received ${describe(value)}`
  if (value.startsWith('cn-')) {
    return `${JSON.stringify(value)} is in a China region, where Cognito user pools are not offered; use unsafeCustomIssuer for an emulator`
  }
  const underscore = value.indexOf('_')
  if (ISOLATED_REGION.test(underscore === -1 ? value : value.slice(0, underscore))) return isolatedProblem(value)
  if (!USER_POOL_ID.test(value)) {
    return `must match {region}_{alphanumeric id}, like "eu-west-1_AbCdEf123"; received ${JSON.stringify(value)}`
  }
  return undefined
}

/** Why a region name is refused, or `undefined` when it is fine. */
export function regionProblem(value: unknown): string | undefined {
  if (typeof value !== 'string') return `must be a region name like "eu-west-1"; received ${describe(value)}`
  if (value.startsWith('cn-'))
    return `${JSON.stringify(value)} is a China region, where Cognito user pools are not offered`
  if (ISOLATED_REGION.test(value)) return isolatedProblem(value)
  if (!REGION.test(value)) return `must be a region name like "eu-west-1"; received ${JSON.stringify(value)}`
  return undefined
}

/** The partition DNS suffix of a (validated) region. */
export function dnsSuffixOf(region: string): string {
  return region.startsWith('eusc-') ? 'amazonaws.eu' : 'amazonaws.com'
}

/**
 * Parses a user pool id into its region, both issuer URLs and both JWKS URLs. Nothing is ever
 * derived from a token: these are the only URLs the verifier fetches keys from.
 *
 * @throws {OptionsValidationError} when the id is not `{region}_{id}`.
 *
 * @example
 * ```ts
 * const pool = parseUserPoolId('eu-west-1_AbCdEf123')
 * pool.region            // 'eu-west-1'
 * pool.issuers.original  // 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbCdEf123'
 * pool.jwksUris.updated  // 'https://issuer-cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbCdEf123/.well-known/jwks.json'
 * ```
 */
export function parseUserPoolId(userPoolId: string): UserPoolIdInfo {
  const problem = userPoolIdProblem(userPoolId)
  if (problem !== undefined) {
    throw new OptionsValidationError('user pool id', [
      { path: 'userPoolId', rule: 'UserPoolIdFormat', message: `userPoolId ${problem}` },
    ])
  }
  const region = userPoolId.slice(0, userPoolId.indexOf('_'))
  const dnsSuffix = dnsSuffixOf(region)
  const original = new URL(`https://cognito-idp.${region}.${dnsSuffix}`)
  original.pathname = `/${userPoolId}`
  const updated = new URL(`https://issuer-cognito-idp.${region}.${dnsSuffix}`)
  updated.pathname = `/${userPoolId}`
  return Object.freeze({
    userPoolId,
    region,
    dnsSuffix,
    issuers: Object.freeze({ original: original.href, updated: updated.href }),
    jwksUris: Object.freeze({ original: jwksUriOf(original.href), updated: jwksUriOf(updated.href) }),
  })
}

/** `{issuer}/.well-known/jwks.json`, keeping the issuer's path. */
export function jwksUriOf(issuer: string): string {
  const url = new URL(issuer)
  url.pathname = `${url.pathname.replace(/\/$/, '')}/.well-known/jwks.json`
  return url.href
}

function isolatedProblem(value: string): string {
  return `${JSON.stringify(value)} is in an isolated (ISO) partition, whose Cognito host names and DNS suffix are not derived here; use unsafeCustomIssuer for the verifier and the domain's https:// origin for hosted-UI URLs`
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return typeof value === 'string' ? JSON.stringify(value) : `a ${typeof value}`
}
