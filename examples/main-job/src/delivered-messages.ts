/**
 * Reads the messages cognito-local "delivers": it prints each email or SMS (with the code in clear)
 * to its console in a box. The main job reads the confirmation code from there, as a user would
 * from their inbox.
 *
 * @module
 */

/** One message cognito-local printed. */
export interface DeliveredMessage {
  readonly username?: string
  readonly destination?: string
  readonly code?: string
  readonly emailSubject?: string
  readonly emailMessage?: string
  readonly smsMessage?: string
}

/** Terminal colour codes (ESC [ ... m). */
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g')
const FIELDS: Readonly<Record<string, keyof DeliveredMessage>> = {
  Username: 'username',
  Destination: 'destination',
  Code: 'code',
  'Email Subject': 'emailSubject',
  'Email Message': 'emailMessage',
  'SMS Message': 'smsMessage',
}

/**
 * Collects delivered messages from cognito-local's log lines.
 *
 * @example
 * ```ts
 * const messages = new DeliveredMessages()
 * const cognito = await startLocalCognito({ log: (line) => messages.push(line) })
 * // ... SignUp ...
 * const { code } = await messages.waitFor('jane@example.org', 5000)
 * ```
 */
export class DeliveredMessages {
  readonly #messages: DeliveredMessage[] = []
  #current: Record<string, string> | undefined
  #last: keyof DeliveredMessage | undefined
  readonly #waiters = new Set<() => void>()

  /** Feeds one log line. */
  push(rawLine: string): void {
    const line = rawLine.replace(ANSI, '')
    if (line.includes('╭')) {
      this.#current = {}
      this.#last = undefined
      return
    }
    if (this.#current === undefined) return
    if (line.includes('╰')) {
      this.#messages.push(Object.freeze({ ...this.#current }) as DeliveredMessage)
      this.#current = undefined
      for (const wake of this.#waiters) wake()
      return
    }
    const text = line
      .replace(/^[^│]*│/, '')
      .replace(/│\s*$/, '')
      .trim()
    if (text === '') return
    const field = /^(Username|Destination|Code|Email Subject|Email Message|SMS Message):\s*(.*)$/.exec(text)
    if (field) {
      this.#last = FIELDS[field[1] as string]
      if (this.#last !== undefined) this.#current[this.#last] = field[2] as string
    } else if (this.#last !== undefined && this.#last !== 'code') {
      // boxen wraps long values onto the next lines.
      this.#current[this.#last] = `${this.#current[this.#last] ?? ''} ${text}`
    }
  }

  /** Every message so far. */
  get all(): readonly DeliveredMessage[] {
    return this.#messages
  }

  /** Resolves with the first message to `destination` after the first `skip` ones, waiting up to `timeoutMs`. */
  async waitFor(destination: string, timeoutMs: number, skip = 0): Promise<DeliveredMessage> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const found = this.#messages.slice(skip).find((m) => m.destination === destination)
      if (found !== undefined) return found
      const left = deadline - Date.now()
      if (left <= 0) throw new Error(`cognito-local delivered no message to ${destination} within ${timeoutMs} ms`)
      let wake: (() => void) | undefined
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => resolve(), Math.min(left, 100))
        wake = () => {
          clearTimeout(timer)
          resolve()
        }
        this.#waiters.add(wake)
      })
      if (wake !== undefined) this.#waiters.delete(wake)
    }
  }
}
