#!/usr/bin/env node
/**
 * `cognito-kit`: synthesizes and validates the user pools a module exports.
 *
 * @module
 */
import { run } from './run.js'

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    console.error(`error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
    process.exitCode = 2
  },
)
