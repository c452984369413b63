/** Resources beyond the CDK's constructs. */
export interface ExtrasDefinition {}
