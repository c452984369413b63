import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { domainToAscii, emailToAscii, punycodeEncode } from '../../src/internal/punycode.js'

// The punycode package the CDK bundles, as the oracle.
const cdkRequire = createRequire(createRequire(import.meta.url).resolve('aws-cdk-lib'))
const oracle = cdkRequire('punycode/') as { encode(s: string): string; toASCII(s: string): string }

describe('punycode', () => {
  it.each([
    [
      'RFC 3492 (A) Arabic',
      '\u0644\u064A\u0647\u0645\u0627\u0628\u062A\u0643\u0644\u0645\u0648\u0634\u0639\u0631\u0628\u064A\u061F',
      'egbpdaj6bu4bxfgehfvwxn',
    ],
    ['RFC 3492 (B) Chinese', '\u4ED6\u4EEC\u4E3A\u4EC0\u4E48\u4E0D\u8BF4\u4E2D\u6587', 'ihqwcrb4cv8a8dqg056pqjye'],
    ['RFC 3492 (L) Japanese mixed', '3\u5E74B\u7D44\u91D1\u516B\u5148\u751F', '3B-ww4c5e180e575a65lsy2b'],
    ['Cyrillic', 'домен', 'd1acufc'],
    ['German', 'bücher', 'bcher-kva'],
    ['emoji (astral plane)', '🚀rocket', 'rocket-om84e'],
  ])('%s', (_name, input, expected) => {
    expect(punycodeEncode(input)).toBe(expected)
    expect(punycodeEncode(input)).toBe(oracle.encode(input))
  })

  it.each([
    'user@домен.рф',
    'noreply@example.com',
    'a@Bücher.example',
    'aö@bücher.de',
    'x@例え.テスト',
    'x@ドメイン。テスト',
    'x@ＭＩＸ．example',
    'plain.example.com',
    'münchen.de',
    'no-at-sign',
    '',
  ])('toASCII(%j) as the CDK computes it', (address) => {
    const ours = address.includes('@') ? emailToAscii(address) : domainToAscii(address)
    expect(ours).toBe(oracle.toASCII(address))
  })
})
