import { existsSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { createJiti } from 'jiti'
import { CognitoKitError } from '../errors.js'

/**
 * Loads a TypeScript or JavaScript module (through jiti, so `.ts` needs no build step).
 *
 * @throws {CognitoKitError} `ERR_CLI` when the file does not exist
 */
export async function loadModule(file: string, cwd: string): Promise<Record<string, unknown>> {
  const path = resolve(cwd, file)
  if (!existsSync(path) || !statSync(path).isFile()) {
    throw new CognitoKitError('ERR_CLI', `cannot find module file ${file} (looked at ${path})`)
  }
  const jiti = createJiti(pathToFileURL(path).href, { interopDefault: false, moduleCache: false, fsCache: false })
  return (await jiti.import(path)) as Record<string, unknown>
}
