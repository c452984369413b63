#!/usr/bin/env node
// `npm start` after install and build: build every example package that has a `build` script (the
// root build covers packages/* and tools/* only), then run the main job from examples/main-job.
// The job synthesizes the example pools into out/, runs the example app pool end to end in
// cognito-local, prints its report, and stops everything it started (also on Ctrl-C).
import { spawn } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const examplesDir = join(root, 'examples')

const examples = existsSync(examplesDir)
  ? readdirSync(examplesDir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(examplesDir, d.name, 'package.json')))
      .map((d) => d.name)
      .sort()
  : []

// Build them a few at a time (tsup spends most of its time starting up).
const toBuild = examples.filter(
  (name) => JSON.parse(readFileSync(join(examplesDir, name, 'package.json'), 'utf8')).scripts?.build,
)
const build = (name) =>
  new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', 'build'], {
      cwd: join(examplesDir, name),
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    let errors = ''
    child.stderr.on('data', (chunk) => {
      errors += chunk
    })
    child.once('error', (error) => resolve({ name, ok: false, errors: error.message }))
    child.once('close', (code) => resolve({ name, ok: code === 0, errors }))
  })
const queue = [...toBuild]
const results = []
await Promise.all(
  Array.from({ length: Math.min(availableParallelism(), queue.length) }, async () => {
    while (queue.length > 0) results.push(await build(queue.shift()))
  }),
)
const failed = results.filter((r) => !r.ok)
for (const { name, errors } of failed) console.error(`examples/${name}: build failed\n${errors}`)
if (failed.length > 0) process.exit(1)
console.log(`built examples: ${toBuild.join(', ')}\n`)

const cli = join(examplesDir, 'main-job', 'dist', 'cli.js')
if (!existsSync(cli)) {
  console.error('examples/main-job was not built (dist/cli.js is missing)')
  process.exit(1)
}
// A closed pipe (`npm start | head`) must not crash the job before it has stopped what it started.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error
})
const { main } = await import(pathToFileURL(cli).href)
process.exitCode = await main({ root })
