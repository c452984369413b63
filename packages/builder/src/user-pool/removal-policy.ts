/**
 * What CloudFormation does with the pool when it leaves the template or is replaced
 * (`DeletionPolicy` / `UpdateReplacePolicy`). The values are the CDK's.
 *
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-deletionpolicy.html
 * @example
 * ```ts
 * userPool('P', { removalPolicy: RemovalPolicy.DESTROY })
 * ```
 */
export const RemovalPolicy = {
  /** Delete the pool (`Delete`/`Delete`). */
  DESTROY: 'destroy',
  /** Keep the pool (`Retain`/`Retain`; the default). */
  RETAIN: 'retain',
  /** Refused for user pools: CloudFormation cannot snapshot a user pool. */
  SNAPSHOT: 'snapshot',
  /** Keep on update or delete, but delete a pool whose creation failed (`RetainExceptOnCreate`/`Retain`). */
  RETAIN_ON_UPDATE_OR_DELETE: 'retain-on-update-or-delete',
} as const
/** A value of {@link RemovalPolicy}. */
export type RemovalPolicy = (typeof RemovalPolicy)[keyof typeof RemovalPolicy]
