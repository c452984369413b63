/** Maps openid-client / oauth4webapi failures onto {@link OAuthFlowError}s with stable codes. */
import * as client from 'openid-client'
import { OAuthFlowError } from '../errors.js'

/** Turns anything an openid-client call threw into an `OAuthFlowError` (the original is the `cause`). */
export function toOAuthFlowError(error: unknown, step: string): OAuthFlowError {
  if (error instanceof OAuthFlowError) return error
  if (error instanceof client.AuthorizationResponseError) {
    return new OAuthFlowError(
      'ERR_OAUTH_CALLBACK_ERROR',
      `${step}: the authorization server redirected back with error ${error.error}${error.error_description ? ` (${error.error_description})` : ''}`,
      { error: error.error, ...description(error.error_description), cause: error },
    )
  }
  if (error instanceof client.ResponseBodyError) {
    return new OAuthFlowError(
      'ERR_OAUTH_SERVER_ERROR',
      `${step}: the server answered ${error.status} ${error.error}${error.error_description ? ` (${error.error_description})` : ''}`,
      { error: error.error, ...description(error.error_description), status: error.status, cause: error },
    )
  }
  if (error instanceof client.WWWAuthenticateChallengeError) {
    const parameters = error.cause[0]?.parameters ?? {}
    const code = typeof parameters.error === 'string' ? parameters.error : 'invalid_client'
    return new OAuthFlowError('ERR_OAUTH_SERVER_ERROR', `${step}: the server answered ${error.status} ${code}`, {
      error: code,
      ...description(typeof parameters.error_description === 'string' ? parameters.error_description : undefined),
      status: error.status,
      cause: error,
    })
  }
  const code = (error as { code?: unknown })?.code
  // openid-client wraps oauth4webapi's errors ("invalid response encountered"): the detail is in
  // the cause chain.
  const messages = causeMessages(error)
  if (
    (code === 'OAUTH_JWT_CLAIM_COMPARISON_FAILED' && deepClaim(error) === 'nonce') ||
    (code === 'OAUTH_INVALID_RESPONSE' && /"nonce"/.test(messages))
  ) {
    return new OAuthFlowError(
      'ERR_OAUTH_NONCE_MISMATCH',
      `${step}: the ID token nonce is missing or differs from the one sent`,
      { cause: error },
    )
  }
  if (code === 'OAUTH_INVALID_RESPONSE' && /"iss"/.test(messages)) {
    return new OAuthFlowError('ERR_OAUTH_ISSUER_MISMATCH', `${step}: ${messages}`, { cause: error })
  }
  if (code === 'OAUTH_INVALID_RESPONSE' && /"state"/.test(messages)) {
    return new OAuthFlowError('ERR_OAUTH_STATE_MISMATCH', `${step}: ${messages}`, { cause: error })
  }
  const message = error instanceof Error ? error.message : String(error)
  return new OAuthFlowError('ERR_OAUTH_REQUEST_FAILED', `${step} failed: ${message}`, { cause: error })
}

/** The messages of an error and its causes, joined (at most four levels). */
function causeMessages(error: unknown): string {
  const messages: string[] = []
  let current: unknown = error
  for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
    messages.push(current.message)
    current = current.cause
  }
  return messages.join(': ')
}

function description(value: string | undefined): { errorDescription?: string } {
  return value === undefined ? {} : { errorDescription: value }
}

/** The `claim` of a claim-comparison failure, wherever openid-client nested it. */
function deepClaim(error: unknown): unknown {
  let current: unknown = error
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth++) {
    const claim = (current as { claim?: unknown }).claim
    if (claim !== undefined) return claim
    current = (current as { cause?: unknown }).cause
  }
  return undefined
}
