#!/usr/bin/env node
// Runs every bench/*.bench.mjs (or the ones named on the command line) in its own Node process,
// one after another, so one benchmark's heap and JIT state never colour another's figures.
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const wanted = process.argv.slice(2)
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.mjs'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.includes(w)))
  .sort()
let failed = 0
for (const file of files) {
  console.log(`\n=== ${file} ===`)
  const r = spawnSync(process.execPath, ['--expose-gc', join(here, file)], { stdio: 'inherit' })
  if (r.status !== 0) failed++
}
if (files.length === 0) console.log('no benchmarks found')
process.exit(failed ? 1 : 0)
