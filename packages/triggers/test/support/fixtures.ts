/**
 * Reads the shared trigger-event fixtures (never copied into the project): one event per trigger
 * source (plus V2/V3 pre-token variants) and example responses.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..')

/**
 * `$COGNITO_KIT_TRIGGER_FIXTURES`, else `<repo>/../shared/fixtures/trigger-events` (the shared folder
 * beside the clone), else `/work/shared/fixtures/trigger-events` (where it lives on the project machine).
 */
export const FIXTURES_DIR =
  process.env.COGNITO_KIT_TRIGGER_FIXTURES ??
  [join(root, '../shared/fixtures/trigger-events'), '/work/shared/fixtures/trigger-events'].find((dir) =>
    existsSync(dir),
  ) ??
  join(root, '../shared/fixtures/trigger-events')

export interface EventFixture {
  /** File name without `.json`. */
  readonly name: string
  /** The trigger source the file is for. */
  readonly source: string
  /** The event version the file name says (`V2`/`V3` suffix), `'1'` otherwise (`'3'` for ClientCredentials). */
  readonly version: '1' | '2' | '3'
  /** A fresh copy of the parsed JSON. */
  event(): Record<string, unknown>
}

/** Every event fixture. */
export function eventFixtures(): EventFixture[] {
  return readdirSync(FIXTURES_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -'.json'.length)
      const [source, suffix] = name.split('.') as [string, string | undefined]
      const version =
        suffix === 'V2' ? '2' : suffix === 'V3' || source === 'TokenGeneration_ClientCredentials' ? '3' : '1'
      const text = readFileSync(join(FIXTURES_DIR, file), 'utf8')
      return { name, source, version, event: () => JSON.parse(text) as Record<string, unknown> }
    })
}

/** One event fixture by file name (without `.json`). */
export function eventFixture(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(FIXTURES_DIR, `${name}.json`), 'utf8')) as Record<string, unknown>
}

/** Every response fixture, by file name (without `.json`). */
export function responseFixtures(): { name: string; response: Record<string, unknown> }[] {
  const dir = join(FIXTURES_DIR, 'responses')
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({
      name: f.slice(0, -'.json'.length),
      response: JSON.parse(readFileSync(join(dir, f), 'utf8')) as Record<string, unknown>,
    }))
}
