import type { ClientReferenceDefinition } from './client-reference-definition.js'

/** An `AWS::Cognito::UserPoolUICustomizationAttachment` (classic hosted UI CSS). Absent client: `ALL`. */
export interface UICustomizationDefinition extends ClientReferenceDefinition {
  readonly css?: string
}
