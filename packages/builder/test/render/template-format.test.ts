import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { formatTemplate, OAuthScope, userPool } from '../../src/index.js'

const pool = userPool('P', { selfSignUpEnabled: true })
  .withResourceServer('Api', { identifier: 'api', scopes: [{ scopeName: 'read', scopeDescription: 'Read' }] })
  .withClient('Web', {
    generateSecret: true,
    oAuth: { scopes: [OAuthScope.OPENID, OAuthScope.resourceServer('api', 'read')] },
  })
  .withDomain('Domain', { cognitoDomain: { domainPrefix: 'my-app' } })

describe('YAML and JSON output', () => {
  it('YAML reads back to the same template (YAML 1.1 and 1.2 readers)', () => {
    const template = pool.toCloudFormation()
    const yaml = pool.toYaml()
    expect(parse(yaml)).toEqual(JSON.parse(JSON.stringify(template)))
    expect(parse(yaml, { version: '1.1' })).toEqual(JSON.parse(JSON.stringify(template)))
  })

  it('is deterministic: same pool, same bytes', () => {
    expect(pool.toYaml()).toBe(pool.toYaml())
    expect(formatTemplate(pool.toCloudFormation(), 'json')).toBe(formatTemplate(pool.toCloudFormation(), 'json'))
  })

  it('keeps strings a YAML 1.1 reader would turn into dates, booleans or numbers quoted', () => {
    const yaml = formatTemplate(
      {
        AWSTemplateFormatVersion: '2010-09-09',
        Resources: {},
        Outputs: { A: { Value: 'ON' }, B: { Value: 'yes' }, C: { Value: '0123' } },
      },
      'yaml',
    )
    expect(yaml).toContain('AWSTemplateFormatVersion: "2010-09-09"')
    expect(yaml).toContain('Value: "ON"')
    expect(yaml).toContain('Value: "yes"')
    expect(yaml).toContain('Value: "0123"')
  })

  it('writes long-form intrinsics', () => {
    expect(pool.toYaml()).toMatch(/Fn::Join:\n/)
    expect(pool.toYaml()).toMatch(/Ref: P\n/)
  })

  it('JSON ends with a newline and uses two-space indentation', () => {
    const json = formatTemplate(pool.toCloudFormation(), 'json')
    expect(json.endsWith('}\n')).toBe(true)
    expect(json.split('\n')[1]).toBe('  "AWSTemplateFormatVersion": "2010-09-09",')
  })
})
