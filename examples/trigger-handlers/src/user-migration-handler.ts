/**
 * User migration: users of the old directory move into the pool the first time they sign in (the
 * old directory checks their password) or ask for a password reset (their verified email lets
 * Cognito send the code). Unknown users and wrong passwords get Cognito's usual answer.
 *
 * @module
 */
import { deny, userMigration } from '@cognito-kit/triggers'
import type { AppPoolDefinition } from './app-pool.js'

/** A user of the old directory. */
export interface LegacyUser {
  readonly email: string
  readonly emailVerified: boolean
  /** The workspace; becomes `custom:tenant`. */
  readonly tenant: string
}

/** The old user directory. */
export interface LegacyDirectory {
  /** The user when the password is right, else `undefined`. */
  authenticate(username: string, password: string): Promise<LegacyUser | undefined>
  /** The user, without a password check (for a password reset). */
  find(username: string): Promise<LegacyUser | undefined>
}

/** What the user migration handler needs. */
export interface UserMigrationDependencies {
  readonly directory: LegacyDirectory
}

/**
 * Builds the user migration Lambda handler.
 *
 * @example
 * ```ts
 * export const handler = userMigrationHandler({ directory: legacyLdapDirectory })
 * ```
 */
export function userMigrationHandler(dependencies: UserMigrationDependencies) {
  return userMigration.for<AppPoolDefinition>()(async (event) => {
    const user =
      event.triggerSource === 'UserMigration_Authentication'
        ? await dependencies.directory.authenticate(event.userName, event.request.password)
        : await dependencies.directory.find(event.userName)
    // The same words Cognito uses, so the answer does not tell which part was wrong.
    if (user === undefined) return deny('Incorrect username or password')
    if (event.triggerSource === 'UserMigration_ForgotPassword' && !user.emailVerified) {
      return deny('Cannot reset the password: the account has no verified email')
    }
    return {
      userAttributes: {
        email: user.email,
        email_verified: user.emailVerified ? 'true' : 'false',
        'custom:tenant': user.tenant,
      },
      finalUserStatus: 'CONFIRMED',
      messageAction: 'SUPPRESS',
    }
  })
}
