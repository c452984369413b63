import { describe, expect, it } from 'vitest'
import {
  CodeDecryptionError,
  errors,
  isTriggerError,
  TriggerDeniedError,
  TriggerError,
  TriggerValidationError,
  TriggerVersionMismatchError,
  UnsupportedTriggerSourceError,
} from '../src/index.js'

describe('errors', () => {
  const all = [
    new TriggerValidationError('event', 'PreSignUp_SignUp', [
      { code: 'invalid_type', path: 'a.b', segments: ['a', 'b'], message: 'expected string' },
    ]),
    new TriggerValidationError('response', undefined, []),
    new UnsupportedTriggerSourceError('X_Y', ['A_B'], { triggerSource: 'X_Y' }),
    new TriggerVersionMismatchError('TokenGeneration_Authentication', ['2'], '1', 'hint'),
    new TriggerDeniedError('No'),
    new CodeDecryptionError('CustomSMSSender_SignUp', new Error('kms')),
  ]

  it('share one base class, a stable code and their own name', () => {
    expect(all.map((e) => [e.name, e.code])).toEqual([
      ['TriggerValidationError', 'ERR_TRIGGER_EVENT_INVALID'],
      ['TriggerValidationError', 'ERR_TRIGGER_RESPONSE_INVALID'],
      ['UnsupportedTriggerSourceError', 'ERR_TRIGGER_UNSUPPORTED'],
      ['TriggerVersionMismatchError', 'ERR_TRIGGER_VERSION_MISMATCH'],
      ['TriggerDeniedError', 'ERR_TRIGGER_DENIED'],
      ['CodeDecryptionError', 'ERR_TRIGGER_DECRYPT_FAILED'],
    ])
    for (const e of all) {
      expect(e).toBeInstanceOf(TriggerError)
      expect(e).toBeInstanceOf(Error)
      expect(isTriggerError(e)).toBe(true)
    }
  })

  it('are recognised across package copies by brand, not instanceof', () => {
    const foreign = Object.assign(new Error('x'), { [Symbol.for('@cognito-kit/triggers/error')]: true })
    expect(isTriggerError(foreign)).toBe(true)
    expect(isTriggerError(new Error('x'))).toBe(false)
    expect(isTriggerError(null)).toBe(false)
    // The builder's isCognitoKitError checks the shared brand.
    expect((all[0] as unknown as Record<symbol, unknown>)[Symbol.for('@cognito-kit/error')]).toBe(true)
  })

  it('freeze their issues', () => {
    const e = all[0] as TriggerValidationError
    expect(Object.isFrozen(e.issues)).toBe(true)
    expect(Object.isFrozen(e.issues[0])).toBe(true)
    expect(e.message).toBe('Invalid PreSignUp_SignUp event (1 issue): a.b: expected string')
  })

  it('list at most ten issues in the message, all of them in issues', () => {
    const many = Array.from({ length: 13 }, (_, n) => ({
      code: 'x',
      path: `p${n}`,
      segments: [`p${n}`],
      message: 'bad',
    }))
    const e = new TriggerValidationError('response', 'PreSignUp_SignUp', many)
    expect(e.issues).toHaveLength(13)
    expect(e.message).toContain('p9: bad')
    expect(e.message).not.toContain('p10: bad')
    expect(e.message).toContain('and 3 more (see issues)')
  })

  it('are gathered in the errors object', () => {
    expect(errors.TriggerValidationError).toBe(TriggerValidationError)
    expect(Object.keys(errors)).toHaveLength(6)
    expect(Object.isFrozen(errors)).toBe(true)
  })

  it('keep the cause', () => {
    expect((all[5] as CodeDecryptionError).cause).toBeInstanceOf(Error)
  })
})
