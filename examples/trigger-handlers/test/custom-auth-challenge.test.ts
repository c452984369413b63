/**
 * The passwordless email-code flow: define, create and verify auth challenge handlers, driven
 * through a whole sign-in the way Cognito chains them.
 */
import type { ChallengeResult } from '@cognito-kit/triggers'
import { createEvent, invoke } from '@cognito-kit/triggers/testing'
import { describe, expect, it } from 'vitest'
import { createAuthChallengeHandler, randomCode } from '../src/create-auth-challenge-handler.js'
import { defineAuthChallengeHandler, MAX_CODE_ATTEMPTS } from '../src/define-auth-challenge-handler.js'
import { verifyAuthChallengeResponseHandler } from '../src/verify-auth-challenge-response-handler.js'

const step = (challengeResult: boolean, challengeMetadata = 'EMAIL_CODE-123456'): ChallengeResult => ({
  challengeName: 'CUSTOM_CHALLENGE',
  challengeResult,
  challengeMetadata,
})

async function define(session: ChallengeResult[], userNotFound = false) {
  const out = await invoke(
    defineAuthChallengeHandler,
    createEvent('DefineAuthChallenge_Authentication', { request: { session, userNotFound } }),
  )
  return out.response
}

describe('defineAuthChallengeHandler', () => {
  it('starts with the email code challenge', async () => {
    expect(await define([])).toEqual({
      challengeName: 'CUSTOM_CHALLENGE',
      issueTokens: false,
      failAuthentication: false,
    })
  })

  it('issues tokens once the code was right', async () => {
    expect(await define([step(false), step(true)])).toMatchObject({ issueTokens: true, failAuthentication: false })
  })

  it(`gives up after ${MAX_CODE_ATTEMPTS} wrong codes`, async () => {
    expect(await define([step(false), step(false)])).toMatchObject({ challengeName: 'CUSTOM_CHALLENGE' })
    expect(await define([step(false), step(false), step(false)])).toMatchObject({
      issueTokens: false,
      failAuthentication: true,
    })
  })

  it('challenges unknown users like known ones', async () => {
    expect(await define([], true)).toMatchObject({ challengeName: 'CUSTOM_CHALLENGE' })
  })

  it('refuses sessions that mix in other challenges', async () => {
    const srp: ChallengeResult = { challengeName: 'SRP_A', challengeResult: true, challengeMetadata: null }
    expect(await define([srp])).toMatchObject({ failAuthentication: true })
  })
})

describe('createAuthChallengeHandler', () => {
  it('emails a new code and keeps it private', async () => {
    const sent: [string, string][] = []
    const handler = createAuthChallengeHandler({
      sendCode: (email, code) => void sent.push([email, code]),
      generateCode: () => '424242',
    })
    const event = createEvent('CreateAuthChallenge_Authentication')
    const out = await invoke(handler, event)
    expect(sent).toEqual([[event.request.userAttributes.email, '424242']])
    expect(out.response).toEqual({
      publicChallengeParameters: { delivery: 'EMAIL', destination: 'j***@example.org' },
      privateChallengeParameters: { answer: '424242' },
      challengeMetadata: 'EMAIL_CODE-424242',
    })
  })

  it('re-presents the emailed code after a wrong answer, without a second email', async () => {
    const sent: string[] = []
    const handler = createAuthChallengeHandler({ sendCode: (_email, code) => void sent.push(code) })
    const out = await invoke(
      handler,
      createEvent('CreateAuthChallenge_Authentication', { request: { session: [step(false, 'EMAIL_CODE-135790')] } }),
    )
    expect(sent).toEqual([])
    expect(out.response).toMatchObject({ privateChallengeParameters: { answer: '135790' } })
  })

  it('sends nothing for unknown users and sets an answer nobody can give', async () => {
    const sent: string[] = []
    const handler = createAuthChallengeHandler({ sendCode: (_email, code) => void sent.push(code) })
    const out = await invoke(
      handler,
      createEvent('CreateAuthChallenge_Authentication', { request: { userNotFound: true } }),
    )
    expect(sent).toEqual([])
    expect(out.response).toMatchObject({ privateChallengeParameters: { answer: '' } })
  })

  it('makes six-digit codes', () => {
    for (let i = 0; i < 50; i++) expect(randomCode()).toMatch(/^\d{6}$/)
  })
})

describe('verifyAuthChallengeResponseHandler', () => {
  const verify = async (answer: string, challengeAnswer: string) =>
    (
      await invoke(
        verifyAuthChallengeResponseHandler,
        createEvent('VerifyAuthChallengeResponse_Authentication', {
          request: { privateChallengeParameters: { answer }, challengeAnswer },
        }),
      )
    ).response

  it('accepts the emailed code, with stray spaces', async () => {
    expect(await verify('424242', ' 424242 ')).toEqual({ answerCorrect: true })
  })

  it('refuses another code, a shorter one, and any answer when none is expected', async () => {
    expect(await verify('424242', '424243')).toEqual({ answerCorrect: false })
    expect(await verify('424242', '4242')).toEqual({ answerCorrect: false })
    expect(await verify('', '')).toEqual({ answerCorrect: false })
  })
})

describe('the whole passwordless sign-in', () => {
  it('signs in with the emailed code on the second try', async () => {
    const inbox: string[] = []
    const create = createAuthChallengeHandler({ sendCode: (_email, code) => void inbox.push(code) })
    const session: ChallengeResult[] = []
    for (const answer of ['000000', 'inbox']) {
      const next = await define(session)
      expect(next).toMatchObject({ challengeName: 'CUSTOM_CHALLENGE' })
      const created = await invoke(
        create,
        createEvent('CreateAuthChallenge_Authentication', { request: { session: [...session] } }),
      )
      const response = created.response as {
        privateChallengeParameters: Record<string, string>
        challengeMetadata: string
      }
      const verified = await invoke(
        verifyAuthChallengeResponseHandler,
        createEvent('VerifyAuthChallengeResponse_Authentication', {
          request: {
            privateChallengeParameters: response.privateChallengeParameters,
            challengeAnswer: answer === 'inbox' ? (inbox[0] as string) : answer,
          },
        }),
      )
      session.push(step(verified.response.answerCorrect, response.challengeMetadata))
    }
    expect(inbox).toHaveLength(1)
    expect(await define(session)).toMatchObject({ issueTokens: true })
  })
})
