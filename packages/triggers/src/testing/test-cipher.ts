import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'

/**
 * A stand-in for the pool's KMS key in tests: encrypts codes the way a custom sender event carries
 * them (opaque base64) and decrypts them back, with AES-256-GCM under a random key.
 */
export interface TestCipher {
  /** Encrypts a code into the base64 ciphertext a custom sender event carries. */
  encrypt(plaintext: string): string
  /** Decrypts a ciphertext made by `encrypt`; usable as the custom sender wrappers' `decrypt`. */
  decrypt(ciphertext: string): string
}

/**
 * Creates a test cipher with a fresh random key.
 *
 * @example
 * ```ts
 * const cipher = createTestCipher()
 * const handler = customEmailSender(send, { decrypt: cipher.decrypt })
 * await invoke(handler, createEvent('CustomEmailSender_SignUp', { request: { code: cipher.encrypt('123456') } }))
 * ```
 */
export function createTestCipher(): TestCipher {
  const key = randomBytes(32)
  return Object.freeze({
    encrypt(plaintext: string): string {
      const iv = randomBytes(12)
      const cipher = createCipheriv('aes-256-gcm', key, iv)
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()])
      return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')
    },
    decrypt(ciphertext: string): string {
      const raw = Buffer.from(ciphertext, 'base64')
      if (raw.length < 28) throw new Error('ciphertext too short')
      const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12))
      decipher.setAuthTag(raw.subarray(12, 28))
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8')
    },
  })
}

let shared: TestCipher | undefined

/**
 * The cipher the event factory uses for the codes of custom sender events.
 *
 * @example
 * ```ts
 * const handler = customSmsSender(send, { decrypt: defaultTestCipher().decrypt })
 * await invoke(handler, createEvent('CustomSMSSender_SignUp')) // the handler gets code '482913'
 * ```
 */
export function defaultTestCipher(): TestCipher {
  return (shared ??= createTestCipher())
}
