/** A CloudFormation resource as the builder emits it (keys in the CDK's order). */
export interface CloudFormationResource {
  readonly Type: string
  readonly Properties?: { readonly [name: string]: unknown }
  readonly DependsOn?: string | readonly string[]
  readonly UpdateReplacePolicy?: 'Retain' | 'Delete' | 'Snapshot'
  readonly DeletionPolicy?: 'Retain' | 'Delete' | 'Snapshot' | 'RetainExceptOnCreate'
}

/** A template output. */
export interface CloudFormationOutput {
  readonly Description?: string
  readonly Value: unknown
  readonly Export?: { readonly Name: unknown }
}

/** The template `toCloudFormation()` returns. */
export interface CloudFormationTemplate {
  readonly AWSTemplateFormatVersion: '2010-09-09'
  readonly Description?: string
  readonly Resources: { readonly [logicalId: string]: CloudFormationResource }
  readonly Outputs: { readonly [name: string]: CloudFormationOutput }
}
