/**
 * The property names of an interface of aws-cdk-lib's `aws-cognito` typings (`UserPoolProps`,
 * `UserPoolClientOptions`, ...), read from the installed `.d.ts` files, so a test can check that it
 * exercises every prop the CDK version under test has.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const LIB = join(dirname(createRequire(import.meta.url).resolve('aws-cdk-lib')), 'aws-cognito', 'lib')

let typings: string | undefined
const allTypings = (): string => {
  typings ??= [LIB, join(LIB, 'user-pool-idps')]
    .flatMap((dir) =>
      readdirSync(dir)
        .filter((f) => f.endsWith('.d.ts') && !f.includes('generated'))
        .map((f) => join(dir, f)),
    )
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n')
  return typings
}

/** `readonly` members declared directly in `export interface <name>` (inherited ones excluded). */
export function cdkInterfaceProps(name: string): string[] {
  const text = allTypings()
  const start = text.indexOf(`export interface ${name} `)
  if (start < 0) throw new Error(`aws-cognito has no interface ${name}`)
  const end = text.indexOf('\n}', start)
  return [...text.slice(start, end).matchAll(/^\s+readonly (\w+)\??:/gm)].map((m) => m[1] as string)
}
