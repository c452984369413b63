/** Catalogue §1.4: `UserPoolEmail.withCognito` / `withSES`, sender-name formatting, punycode, SourceArn. */
import { describe, expect, it } from 'vitest'
import { type CloudFormationTemplate, DefinitionValidationError, UserPoolEmail, userPool } from '../../src/index.js'
import { expectParity } from './support/parity.js'
import { type Side, sameSettings } from './support/sides.js'

type Row = readonly [
  name: string,
  props: (s: Side) => Record<string, unknown>,
  env?: { account: string; region: string },
]
const ENV = { account: '111111111111', region: 'eu-west-1' }

const ses =
  (options: Parameters<Side['UserPoolEmail']['withSES']>[0], env?: typeof ENV): Row[1] =>
  (s) => ({ email: s.UserPoolEmail.withSES(env ? options : { sesRegion: 'us-east-1', ...options }) })

const rows: Row[] = [
  ['withCognito()', (s) => ({ email: s.UserPoolEmail.withCognito() })],
  ['withCognito(replyTo) (seed)', (s) => ({ email: s.UserPoolEmail.withCognito('support@myawesomeapp.com') })],
  ["withCognito('') is no reply-to", (s) => ({ email: s.UserPoolEmail.withCognito('') })],
  ['withCognito with a Cyrillic domain', (s) => ({ email: s.UserPoolEmail.withCognito('support@домен.рф') })],
  [
    'withSES (seed), env-agnostic with sesRegion',
    ses({ fromEmail: 'noreply@myawesomeapp.com', fromName: 'Awesome App', replyTo: 'support@myawesomeapp.com' }),
  ],
  [
    'withSES in an environment (region from the stack)',
    ses({ fromEmail: 'noreply@myawesomeapp.com', fromName: 'Awesome App' }, ENV),
    ENV,
  ],
  [
    'withSES with sesRegion in an environment',
    (s) => ({ email: s.UserPoolEmail.withSES({ fromEmail: 'a@example.com', sesRegion: 'us-east-1' }) }),
    ENV,
  ],
  ['withSES with no name', ses({ fromEmail: 'noreply@myawesomeapp.com' })],
  [
    'withSES with a verified domain (seed)',
    ses({
      fromEmail: 'noreply@myawesomeapp.com',
      fromName: 'Awesome App',
      replyTo: 'support@myawesomeapp.com',
      sesVerifiedDomain: 'myawesomeapp.com',
    }),
  ],
  ['withSES with a configuration set', ses({ fromEmail: 'noreply@example.com', configurationSetName: 'my-set' })],
  [
    'name that is an address gets quoted (seed)',
    ses({ fromEmail: 'noreply@myawesomeapp.com', fromName: 'myname@mycompany.com' }),
  ],
  ['name already a quoted-string', ses({ fromEmail: 'noreply@example.com', fromName: '"Quoted, Name"' })],
  ['name with quotes and backslash', ses({ fromEmail: 'noreply@example.com', fromName: 'Foo "Bar" \\Baz' })],
  ['name with parentheses and angle brackets', ses({ fromEmail: 'noreply@example.com', fromName: 'John (Admin) <x>' })],
  ['name with a semicolon', ses({ fromEmail: 'noreply@example.com', fromName: 'semi;colon' })],
  ['name with atext symbols', ses({ fromEmail: 'noreply@example.com', fromName: "O'Brien & Sons #1 {x} | ~y" })],
  ['name in Japanese is RFC 2047-encoded', ses({ fromEmail: 'noreply@example.com', fromName: 'あいう' })],
  ['name with a tab is RFC 2047-encoded', ses({ fromEmail: 'noreply@example.com', fromName: 'Tab\there' })],
  ['name with an emoji', ses({ fromEmail: 'noreply@example.com', fromName: 'Rocket 🚀' })],
  ['Cyrillic domains are punycode-encoded', ses({ fromEmail: 'noreply@домен.рф', replyTo: 'support@домен.рф' })],
  ['Cyrillic verified domain', ses({ fromEmail: 'noreply@домен.рф', sesVerifiedDomain: 'домен.рф' })],
  ['mixed-case IDN label', ses({ fromEmail: 'a@Bücher.example' })],
]

describe('§1.4 UserPoolEmail', () => {
  for (const [name, props, env] of rows) {
    it(name, () => {
      expectParity(sameSettings(props, env ? { env } : {}))
    })
  }
})

const emailConfiguration = (t: CloudFormationTemplate): { From?: string; SourceArn?: unknown } =>
  (t.Resources.P?.Properties?.EmailConfiguration ?? {}) as { From?: string; SourceArn?: unknown }

describe('§1.4 deliberate deviations (DEVIATIONS.md)', () => {
  it('Q3: a name with `,` or `.` is quoted (the CDK emits `Example, Inc. <…>`, an address list)', () => {
    const t = userPool('P', {
      email: UserPoolEmail.withSES({
        fromEmail: 'noreply@example.com',
        fromName: 'Example, Inc.',
        sesRegion: 'us-east-1',
      }),
    }).toCloudFormation()
    expect(emailConfiguration(t).From).toBe('"Example, Inc." <noreply@example.com>')
    const john = userPool('P', {
      email: UserPoolEmail.withSES({ fromEmail: 'a@example.com', fromName: 'Doe, John', sesRegion: 'us-east-1' }),
    }).toCloudFormation()
    expect(emailConfiguration(john).From).toBe('"Doe, John" <a@example.com>')
  })

  it('Q2: a local part with any non-ASCII character is refused (the CDK accepts `aö@…`)', () => {
    let error: unknown
    try {
      userPool('P', { email: UserPoolEmail.withSES({ fromEmail: 'aö@example.com', sesRegion: 'us-east-1' }) })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(DefinitionValidationError)
    expect((error as DefinitionValidationError).issues).toEqual([
      expect.objectContaining({ path: 'email.fromEmail', rule: 'LocalPartEmailAddress' }),
    ])
  })

  it('no sesRegion and no known region: the SourceArn uses AWS::Region (the CDK refuses)', () => {
    const t = userPool('P', { email: UserPoolEmail.withSES({ fromEmail: 'noreply@example.com' }) }).toCloudFormation()
    expect(emailConfiguration(t).SourceArn).toEqual({
      'Fn::Join': [
        '',
        [
          'arn:',
          { Ref: 'AWS::Partition' },
          ':ses:',
          { Ref: 'AWS::Region' },
          ':',
          { Ref: 'AWS::AccountId' },
          ':identity/noreply@example.com',
        ],
      ],
    })
  })
})
