import { describe, expect, it } from 'vitest'
import { userPool } from '../../src/index.js'

describe('ids of the pool children', () => {
  it('must differ across kinds and in their letters and digits', () => {
    const pool = userPool('P')
      .withClient('Api')
      .withResourceServer('Api', { identifier: 'api' })
      .withGroup('web-app')
      .withGroup('webapp')
    expect(pool.validate().issues.map((i) => [i.path, i.rule])).toEqual([
      ['resourceServers.Api', 'DuplicateId'],
      ['groups.webapp', 'DuplicateId'],
    ])
  })
  it('need a letter or digit, and LogDelivery is taken', () => {
    const pool = userPool('P').withGroup('--').withGroup('Log-Delivery')
    expect(pool.validate().issues.map((i) => [i.path, i.rule])).toEqual([
      ['groups.--', 'IdInvalid'],
      ['groups.Log-Delivery', 'DuplicateId'],
    ])
  })
})
