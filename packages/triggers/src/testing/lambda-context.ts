import { randomUUID } from 'node:crypto'
import type { LambdaContext } from '../lambda-context.js'

/** A complete fake Lambda context (what the runtime passes), for tests. */
export interface TestLambdaContext extends Required<Omit<LambdaContext, 'getRemainingTimeInMillis'>> {
  getRemainingTimeInMillis(): number
  readonly callbackWaitsForEmptyEventLoop: boolean
}

/**
 * A realistic Lambda context: a fresh `awsRequestId`, a `getRemainingTimeInMillis` counting down
 * from Cognito's 5-second limit.
 *
 * @example
 * ```ts
 * await handler(event, createLambdaContext({ functionName: 'pre-sign-up' }))
 * ```
 */
export function createLambdaContext(
  overrides: Partial<Omit<TestLambdaContext, 'getRemainingTimeInMillis'>> & { timeoutMs?: number } = {},
): TestLambdaContext {
  const { timeoutMs = 5000, ...rest } = overrides
  const deadline = Date.now() + timeoutMs
  const functionName = rest.functionName ?? 'cognito-trigger'
  return {
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:us-east-1:123456789012:function:${functionName}`,
    memoryLimitInMB: '128',
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: `2026/01/01/[$LATEST]${randomUUID().replaceAll('-', '')}`,
    callbackWaitsForEmptyEventLoop: true,
    ...rest,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
  }
}
