import type { UserPoolEmailDefinition } from '../definition/user-pool-settings.js'
import type { StringValue } from '../intrinsic.js'

/**
 * Options of {@link UserPoolEmail.withSES}.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-email.html#user-pool-email-developer
 */
export interface UserPoolSESOptions {
  /** The verified SES address emails are sent from (its domain is punycode-encoded). */
  readonly fromEmail: string
  /**
   * The sender's display name; quoted (RFC 5322) or MIME-encoded (RFC 2047) when needed.
   * @default - the address alone
   */
  readonly fromName?: string
  /**
   * Reply-to address.
   * @default - none
   */
  readonly replyTo?: string
  /**
   * SES configuration set.
   * @see https://docs.aws.amazon.com/ses/latest/dg/using-configuration-sets.html
   * @default - none
   */
  readonly configurationSetName?: StringValue
  /**
   * Region of the SES identity, when it is not the pool's region.
   * @default - the pool's region (`RenderOptions.env.region`, else `{ Ref: 'AWS::Region' }`)
   */
  readonly sesRegion?: StringValue
  /**
   * A verified SES domain identity; `fromEmail` must belong to it and the `SourceArn` points at
   * the domain instead of the address.
   * @default - the address is the identity
   */
  readonly sesVerifiedDomain?: string
}

const nonEmpty = (value: string | undefined): string | undefined => (value === '' ? undefined : value)

/**
 * How the pool sends email: Cognito's own sender, or Amazon SES.
 *
 * @example
 * ```ts
 * userPool('P', { email: UserPoolEmail.withCognito('support@example.com') })
 * userPool('Q', { email: UserPoolEmail.withSES({ fromEmail: 'noreply@example.com', fromName: 'Example', sesRegion: 'us-east-1' }) })
 * ```
 */
export class UserPoolEmail {
  /**
   * Sends through Cognito (`COGNITO_DEFAULT`), optionally with a reply-to address.
   *
   * @example
   * ```ts
   * UserPoolEmail.withCognito('support@myawesomeapp.com')
   * ```
   */
  static withCognito(replyTo?: string): UserPoolEmail {
    const reply = nonEmpty(replyTo)
    return new UserPoolEmail({ sendingAccount: 'COGNITO_DEFAULT', ...(reply !== undefined ? { replyTo: reply } : {}) })
  }

  /**
   * Sends through Amazon SES (`DEVELOPER`).
   *
   * @example
   * ```ts
   * UserPoolEmail.withSES({ fromEmail: 'noreply@myawesomeapp.com', fromName: 'Awesome App', replyTo: 'support@myawesomeapp.com' })
   * ```
   */
  static withSES(options: UserPoolSESOptions): UserPoolEmail {
    const optional = {
      fromName: nonEmpty(options.fromName),
      replyTo: nonEmpty(options.replyTo),
      configurationSetName: options.configurationSetName,
      sesRegion: options.sesRegion,
      // '' is kept, and refused: the CDK would drop the identity from the SourceArn.
      sesVerifiedDomain: options.sesVerifiedDomain,
    }
    const def: Record<string, unknown> = { sendingAccount: 'DEVELOPER', fromEmail: options.fromEmail }
    for (const [key, value] of Object.entries(optional)) if (value !== undefined) def[key] = value
    return new UserPoolEmail(def as unknown as UserPoolEmailDefinition)
  }

  /**
   * Rebuilds an email configuration from its definition form.
   *
   * @example
   * ```ts
   * UserPoolEmail.fromDefinition({ sendingAccount: 'COGNITO_DEFAULT' })
   * ```
   */
  static fromDefinition(def: UserPoolEmailDefinition): UserPoolEmail {
    return new UserPoolEmail({ ...def })
  }

  readonly #def: UserPoolEmailDefinition

  private constructor(def: UserPoolEmailDefinition) {
    this.#def = Object.freeze(def)
    Object.freeze(this)
  }

  /** The plain definition form. */
  toDefinition(): UserPoolEmailDefinition {
    return this.#def
  }
}
