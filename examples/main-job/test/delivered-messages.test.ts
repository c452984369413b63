import { describe, expect, it } from 'vitest'
import { DeliveredMessages } from '../src/delivered-messages.js'

// What cognito-local prints (pino line prefix, ANSI colours, a boxen box; long values wrap).
const BOX = [
  '[1795699384446] \u001b[32mINFO\u001b[39m: \u001b[36me39156d6 SignUp ╭────────────────────────────────────────╮',
  '│                                                                        │',
  '│   Confirmation Code Delivery                                          │',
  '│                                                                        │',
  '│   Username:      1d45bdf6-0edc-404c-82a3-2b23e12e21ac                  │',
  '│   Destination:   jane@example.org                                      │',
  '│   Code:          161505                                                │',
  '│   Email Subject: Welcome to Example App: confirm your email            │',
  '│   Email Message: <p>Welcome to Example App (workspace acme)!</p><p>    │',
  '│                  Your confirmation code is <b>161505</b>.</p>          │',
  '│                                                                        │',
  '╰────────────────────────────────────────╯\u001b[39m \u001b[90m{"reqId":"e39156d6","target":"SignUp"}\u001b[39m',
]

describe('DeliveredMessages', () => {
  it('reads the fields of a delivered message, wrapped values joined', () => {
    const messages = new DeliveredMessages()
    messages.push('[1795699384095] INFO: NONE NONE Cognito Local running on http://127.0.0.1:42471')
    for (const line of BOX) messages.push(line)
    expect(messages.all).toEqual([
      {
        username: '1d45bdf6-0edc-404c-82a3-2b23e12e21ac',
        destination: 'jane@example.org',
        code: '161505',
        emailSubject: 'Welcome to Example App: confirm your email',
        emailMessage: '<p>Welcome to Example App (workspace acme)!</p><p> Your confirmation code is <b>161505</b>.</p>',
      },
    ])
  })

  it('waits for a message that arrives later, and skips older ones', async () => {
    const messages = new DeliveredMessages()
    for (const line of BOX) messages.push(line)
    const waiting = messages.waitFor('jane@example.org', 2000, 1)
    setTimeout(() => {
      for (const line of BOX) messages.push(line.replace('161505', '999999'))
    }, 20)
    await expect(waiting).resolves.toMatchObject({ code: '999999' })
  })

  it('gives up after the timeout, naming the destination', async () => {
    await expect(new DeliveredMessages().waitFor('nobody@example.org', 50)).rejects.toThrow(
      'cognito-local delivered no message to nobody@example.org within 50 ms',
    )
  })
})
