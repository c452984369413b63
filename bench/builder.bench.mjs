#!/usr/bin/env node
// Synth speed of @cognito-kit/builder (the BUILT packages/builder/dist) against aws-cdk-lib 2.276.0
// synthesizing the same pool in this same process.
//
// The pool: the catalogue's seed-style pool (§3.2: sign-in aliases, standard and four custom
// attributes, password policy, SES email...), with SMS MFA (so an SMS role is created), two triggers
// from props and a pre-token-generation V2 trigger added afterwards (three Lambda permissions).
// Both sides start from the settings: the builder runs userPool(...).withTrigger(...) and
// toCloudFormation(); the CDK builds a new App, Stack and UserPool (functions imported by ARN) and
// runs Template.fromStack (its warm synth, after a warm-up).
//
// Method: a warm-up, then ROUNDS rounds; each round times CDK_PER_ROUND CDK synths and a batch of
// builder synths lasting about as long, back to back. Figures are medians over the rounds; the ratio
// is taken per round (CDK time per pool / builder time per pool), then the median.
//
//   node bench/run.mjs builder            (after `npm run build`)
//   ROUNDS=15 CDK_PER_ROUND=30 node bench/builder.bench.mjs
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { isDeepStrictEqual } from 'node:util'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const dist = join(root, 'packages/builder/dist/index.js')
if (!existsSync(dist)) {
  console.error('packages/builder/dist is missing: run `npm run build` first')
  process.exit(1)
}
const require = createRequire(join(root, 'packages/builder/package.json'))
const cdk = require('aws-cdk-lib')
const cognito = require('aws-cdk-lib/aws-cognito')
const lambda = require('aws-cdk-lib/aws-lambda')
const { Template } = require('aws-cdk-lib/assertions')
const b = await import(pathToFileURL(dist).href)

const ROUNDS = Number(process.env.ROUNDS ?? 9)
const CDK_PER_ROUND = Number(process.env.CDK_PER_ROUND ?? 20)
const TARGET = 50
const ENV = { account: '123456789012', region: 'us-east-1' }
const FN = (name) => `arn:aws:lambda:${ENV.region}:${ENV.account}:function:${name}`
process.env.JSII_DEPRECATED = 'quiet'

// --- the same pool, twice ------------------------------------------------------------------
const outdir = mkdtempSync(join(tmpdir(), 'builder-bench-'))
process.once('exit', () => rmSync(outdir, { recursive: true, force: true }))

/**
 * The pool's props, written once: the builder takes the CDK's prop names, so only where each side
 * gets its classes (`m`: the module, `core`: Duration and RemovalPolicy) and its functions differ.
 */
function poolProps(m, core, fn) {
  return {
    userPoolName: 'my-pool',
    selfSignUpEnabled: true,
    signInAliases: { email: true, phone: true },
    autoVerify: { email: true },
    keepOriginal: { email: true },
    standardAttributes: { email: { required: true, mutable: true }, givenName: { required: false } },
    customAttributes: {
      tenant: new m.StringAttribute({ minLen: 1, maxLen: 64, mutable: true }),
      age: new m.NumberAttribute({ min: 0, max: 150 }),
      isAdmin: new m.BooleanAttribute({ mutable: true }),
      joined: new m.DateTimeAttribute(),
    },
    passwordPolicy: { minLength: 12, requireSymbols: false, tempPasswordValidity: core.Duration.days(3) },
    mfa: m.Mfa.REQUIRED,
    mfaSecondFactor: { sms: true, otp: true },
    accountRecovery: m.AccountRecovery.EMAIL_ONLY,
    email: m.UserPoolEmail.withSES({
      fromEmail: 'noreply@example.com',
      fromName: 'Example',
      replyTo: 'support@example.com',
    }),
    deletionProtection: true,
    removalPolicy: core.RemovalPolicy.DESTROY,
    signInCaseSensitive: false,
    deviceTracking: { challengeRequiredOnNewDevice: true, deviceOnlyRememberedOnUserPrompt: false },
    featurePlan: m.FeaturePlan.ESSENTIALS,
    userVerification: { emailSubject: 'Verify', emailBody: 'Code {####}', smsMessage: 'Code {####}' },
    lambdaTriggers: { preSignUp: fn('preSignUp'), postConfirmation: fn('postConfirmation') },
  }
}

function cdkSynth() {
  const app = new cdk.App({ outdir })
  const stack = new cdk.Stack(app, 'S', { env: ENV })
  const fn = (id) => lambda.Function.fromFunctionArn(stack, id, FN(id))
  const pool = new cognito.UserPool(stack, 'UserPool', poolProps(cognito, cdk, fn))
  pool.addTrigger(cognito.UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG, fn('preToken'), cognito.LambdaVersion.V2_0)
  return Template.fromStack(stack).toJSON()
}

function ourSynth() {
  return b
    .userPool('UserPool', poolProps(b, b, FN))
    .withTrigger(b.UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG, FN('preToken'), b.LambdaVersion.V2_0)
    .toCloudFormation({ logicalIds: 'cdk', stackId: 'S', env: ENV })
}

// --- same output first --------------------------------------------------------------------
const cdkResources = Object.fromEntries(
  Object.entries(cdkSynth().Resources)
    .filter(([, r]) => r.Type !== 'AWS::CDK::Metadata')
    .map(([id, { Metadata, ...r }]) => [id, r]),
)
const ours = ourSynth()
const same = isDeepStrictEqual(ours.Resources, cdkResources)
const types = Object.values(ours.Resources).map((r) => r.Type.replace('AWS::', ''))
console.log(`pool: ${types.length} resources (${types.join(', ')}); same resources as the CDK: ${same ? 'yes' : 'NO'}`)
if (!same) process.exit(1)

// --- timing -------------------------------------------------------------------------------
const now = () => process.hrtime.bigint()
const ms = (ns) => Number(ns) / 1e6
const median = (xs) => {
  const s = [...xs].sort((x, y) => x - y)
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}
let sink = 0
const timeBuilder = (n) => {
  const t0 = now()
  for (let i = 0; i < n; i++) sink += Object.keys(ourSynth().Resources).length
  return ms(now() - t0) / n
}
const timeCdk = (n) => {
  const t0 = now()
  for (let i = 0; i < n; i++) sink += Object.keys(cdkSynth().Resources).length
  return ms(now() - t0) / n
}

// Warm-up: JIT both sides, and size the builder batch to last about as long as the CDK batch.
timeCdk(5)
const warmOurs = timeBuilder(500)
const cdkWarm = timeCdk(CDK_PER_ROUND)
const builderBatch = Math.max(200, Math.round((cdkWarm * CDK_PER_ROUND) / warmOurs))

const rows = []
for (let r = 0; r < ROUNDS; r++) {
  globalThis.gc?.()
  const cdkMs = timeCdk(CDK_PER_ROUND)
  globalThis.gc?.()
  const ourMs = timeBuilder(builderBatch)
  rows.push({ cdkMs, ourMs, ratio: cdkMs / ourMs })
}
const cdkMs = median(rows.map((r) => r.cdkMs))
const ourMs = median(rows.map((r) => r.ourMs))
const ratio = median(rows.map((r) => r.ratio))
console.log(`rounds: ${ROUNDS} (CDK ${CDK_PER_ROUND} synths, builder ${builderBatch} synths per round)`)
console.log(`aws-cdk-lib warm synth (Template.fromStack): ${cdkMs.toFixed(2)} ms per pool (median)`)
console.log(`@cognito-kit/builder userPool(...).toCloudFormation(): ${(ourMs * 1000).toFixed(1)} µs per pool (median)`)
console.log(
  `ratio: builder is ${ratio.toFixed(0)}× faster (median of per-round ratios; min ${Math.min(...rows.map((r) => r.ratio)).toFixed(0)}×, max ${Math.max(...rows.map((r) => r.ratio)).toFixed(0)}×; target ≥ ${TARGET}×)`,
)
if (sink === 0) console.log('')
if (ratio < TARGET) process.exitCode = 1
