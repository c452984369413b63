/**
 * Every user-pool snippet of the seed, by name: `pools` (builders), `renderOptions` (how each
 * renders: CDK-compatible logical IDs in a stack named `Seed`, and the environment where the
 * snippet needs one) and `references` (grant statements and imported pools, as data).
 *
 * @module
 */
import type { RenderOptions, UserPoolBuilder } from '@cognito-kit/builder'
import { pools as attributeVerification } from './attribute-verification.js'
import { pools as attributes } from './attributes.js'
import { pools as deletionProtection } from './deletion-protection.js'
import { pools as deviceTracking } from './device-tracking.js'
import { EMAIL_ENV, pools as emails } from './emails.js'
import { imports } from './importing-user-pools.js'
import { pools as lambdaTriggers, TRIGGER_ENV, grants as triggerGrants } from './lambda-triggers.js'
import { pools as security } from './security.js'
import { pools as signIn } from './sign-in.js'
import { pools as signUp } from './sign-up.js'
import { grants as poolGrants, pools as userPools } from './user-pools.js'

export { EMAIL_ENV, TRIGGER_ENV }

/** Every example pool, by the name of its output file. */
export const pools: Readonly<Record<string, UserPoolBuilder<any, any, any>>> = {
  ...userPools,
  ...signUp,
  ...signIn,
  ...attributes,
  ...attributeVerification,
  ...security,
  ...emails,
  ...deviceTracking,
  ...lambdaTriggers,
  ...deletionProtection,
}

const BASE: RenderOptions = { logicalIds: 'cdk', stackId: 'Seed' }

/** How each pool renders. */
export function renderOptions(name: string): RenderOptions {
  if (name in emails) return { ...BASE, env: EMAIL_ENV }
  if (name in lambdaTriggers) return { ...BASE, env: TRIGGER_ENV }
  return BASE
}

/** Grant statements and imported pools of the seed, as plain data. */
export const references = {
  grants: { ...poolGrants, ...triggerGrants },
  imports,
}
