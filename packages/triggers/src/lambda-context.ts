/**
 * The parts of the Lambda invocation context a trigger handler may use. Every member is optional,
 * so the `Context` of `@types/aws-lambda` and the test helpers' fake context both fit.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/nodejs-context.html
 */
export interface LambdaContext {
  /** The function's name. */
  readonly functionName?: string
  /** The function's version (`$LATEST`). */
  readonly functionVersion?: string
  /** The ARN used to invoke the function. */
  readonly invokedFunctionArn?: string
  /** Memory configured for the function, in MB. */
  readonly memoryLimitInMB?: string
  /** The invocation's request id. */
  readonly awsRequestId?: string
  /** The function's log group. */
  readonly logGroupName?: string
  /** The function's log stream. */
  readonly logStreamName?: string
  /** Milliseconds left before the invocation times out (Cognito allows 5 seconds). */
  getRemainingTimeInMillis?(): number
}

/**
 * A plain Lambda handler, as Cognito invokes it: it gets the event and the context, and resolves
 * to the event with its `response` filled in.
 *
 * @typeParam E - the event it accepts
 * @typeParam O - the event it resolves to
 */
export type LambdaHandler<E, O = E> = (event: E, context?: LambdaContext) => Promise<O>
