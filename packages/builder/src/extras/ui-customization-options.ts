import type { ClientReference } from './client-reference.js'

/**
 * CSS of the classic hosted UI (`AWS::Cognito::UserPoolUICustomizationAttachment`, no CDK
 * construct). Cognito needs a domain on the pool first; the resource depends on the pool's domains.
 *
 * @typeParam C - ids of the pool's clients
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/hosted-ui-classic-branding.html
 */
export interface UICustomizationOptions<C extends string = string> {
  /**
   * The client it applies to.
   * @default 'ALL'
   */
  readonly client?: ClientReference<C> | 'ALL'
  /**
   * The CSS, using Cognito's hosted-UI classes.
   * @default - none
   */
  readonly css?: string
}
