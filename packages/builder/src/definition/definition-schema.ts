/**
 * zod schemas of the definition document. `fromDefinition()` parses with them, so a hand-edited or
 * stale JSON file fails with every issue and its path.
 *
 * @module
 */
import { z } from 'zod'
import { DEFINITION_VERSION } from './user-pool-definition.js'

const intrinsic = z.union([
  z.strictObject({ Ref: z.string() }),
  z.strictObject({ 'Fn::GetAtt': z.union([z.tuple([z.string(), z.string()]), z.string()]) }),
  z.strictObject({ 'Fn::Sub': z.union([z.string(), z.tuple([z.string(), z.record(z.string(), z.unknown())])]) }),
  z.strictObject({ 'Fn::ImportValue': z.unknown() }),
  z.strictObject({ 'Fn::Join': z.tuple([z.string(), z.array(z.unknown())]) }),
  z.strictObject({ 'Fn::Select': z.tuple([z.union([z.number(), z.string()]), z.unknown()]) }),
  z.strictObject({ 'Fn::If': z.tuple([z.string(), z.unknown(), z.unknown()]) }),
])
/** A literal string or an intrinsic. */
export const stringValueSchema = z.union([z.string(), intrinsic])

export const durationSchema = z.strictObject({
  amount: z.number().nonnegative(),
  unit: z.enum(['milliseconds', 'seconds', 'minutes', 'hours', 'days']),
})

export const userPoolSettingsSchema = z.strictObject({
  userPoolName: z.string().optional(),
  selfSignUpEnabled: z.boolean().optional(),
  smsRole: stringValueSchema.optional(),
  passwordPolicy: z
    .strictObject({ tempPasswordValidity: durationSchema.optional(), minLength: z.number().optional() })
    .optional(),
})

export const customAttributeSchema = z.strictObject({
  dataType: z.enum(['String', 'Number', 'Boolean', 'DateTime']),
  mutable: z.boolean().optional(),
  minLen: z.number().optional(),
  maxLen: z.number().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
})

export const triggersSchema = z.strictObject({
  operations: z.record(
    z.string(),
    z.strictObject({ lambdaArn: stringValueSchema, lambdaVersion: z.enum(['V1_0', 'V2_0', 'V3_0']).optional() }),
  ),
  customSenderKmsKey: stringValueSchema.optional(),
})

/** The whole definition document. */
export const userPoolDefinitionSchema = z.strictObject({
  kind: z.literal('UserPool'),
  version: z.literal(DEFINITION_VERSION),
  id: z.string().min(1),
  settings: userPoolSettingsSchema,
  customAttributes: z.record(z.string(), customAttributeSchema),
  triggers: triggersSchema,
  tags: z.record(z.string(), z.string()),
  clients: z.record(z.string(), z.looseObject({})),
  domains: z.record(z.string(), z.looseObject({})),
  resourceServers: z.record(z.string(), z.looseObject({})),
  groups: z.record(z.string(), z.looseObject({})),
  identityProviders: z.record(z.string(), z.looseObject({})),
  extras: z.looseObject({}),
})
