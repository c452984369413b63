import { describe, expect, it } from 'vitest'
import {
  createAuthChallenge,
  defineAuthChallenge,
  failAuthentication,
  issueTokens,
  presentChallenge,
  type TriggerValidationError,
  verifyAuthChallengeResponse,
} from '../../src/index.js'
import { createEvent, invoke } from '../../src/testing/index.js'

const define = defineAuthChallenge(({ request: { session, userNotFound } }) => {
  if (userNotFound) return failAuthentication()
  const last = session.at(-1)
  if (last?.challengeName === 'CUSTOM_CHALLENGE' && last.challengeResult) return issueTokens()
  return session.length >= 3 ? failAuthentication() : presentChallenge('CUSTOM_CHALLENGE')
})

describe('custom authentication', () => {
  it('walks a one-time-code flow: define → create → verify → define', async () => {
    const first = await invoke(define, createEvent('DefineAuthChallenge_Authentication'))
    expect(first.response).toEqual({ challengeName: 'CUSTOM_CHALLENGE', issueTokens: false, failAuthentication: false })

    const create = createAuthChallenge(() => ({
      publicChallengeParameters: { delivery: 'email' },
      privateChallengeParameters: { answer: '482913' },
      challengeMetadata: 'EMAIL_CODE',
    }))
    const created = await invoke(create, createEvent('CreateAuthChallenge_Authentication'))
    expect(created.response).toEqual({
      publicChallengeParameters: { delivery: 'email' },
      privateChallengeParameters: { answer: '482913' },
      challengeMetadata: 'EMAIL_CODE',
    })

    const verify = verifyAuthChallengeResponse(
      ({ request }) => request.challengeAnswer === request.privateChallengeParameters.answer,
    )
    expect((await invoke(verify, createEvent('VerifyAuthChallengeResponse_Authentication'))).response).toEqual({
      answerCorrect: true,
    })
    const wrong = createEvent('VerifyAuthChallengeResponse_Authentication', { request: { challengeAnswer: '000000' } })
    expect((await invoke(verify, wrong)).response).toEqual({ answerCorrect: false })

    const done = createEvent('DefineAuthChallenge_Authentication', {
      request: {
        session: [{ challengeName: 'CUSTOM_CHALLENGE', challengeResult: true, challengeMetadata: 'EMAIL_CODE' }],
      },
    })
    expect((await invoke(define, done)).response).toEqual({
      challengeName: null,
      issueTokens: true,
      failAuthentication: false,
    })
  })

  it('reads an answer that is not a string (aws-lambda-dotnet fixture: an object) as its JSON text', async () => {
    const seen: string[] = []
    const verify = verifyAuthChallengeResponse(({ request }) => {
      seen.push(request.challengeAnswer)
      return request.challengeAnswer === '{"otp":"482913"}'
    })
    const object = createEvent('VerifyAuthChallengeResponse_Authentication', {
      request: { challengeAnswer: { otp: '482913' } as never },
    })
    expect((await invoke(verify, object)).response).toEqual({ answerCorrect: true })
    const number = createEvent('VerifyAuthChallengeResponse_Authentication', {
      request: { challengeAnswer: 482913 as never },
    })
    expect((await invoke(verify, number)).response).toEqual({ answerCorrect: false })
    expect(seen).toEqual(['{"otp":"482913"}', '482913'])
    for (const challengeAnswer of [null, undefined]) {
      const missing = createEvent('VerifyAuthChallengeResponse_Authentication', {
        request: { challengeAnswer: challengeAnswer as never },
      })
      const error = (await invoke(verify, missing).catch((e: unknown) => e)) as TriggerValidationError
      expect(error.issues.map((i) => i.path)).toEqual(['request.challengeAnswer'])
    }
  })

  it('accepts the empty first-call session, null challenge metadata and userNotFound', async () => {
    const notFound = createEvent('DefineAuthChallenge_Authentication', {
      request: {
        userAttributes: {},
        session: [{ challengeName: 'SRP_A', challengeResult: true, challengeMetadata: null }],
        userNotFound: true,
      },
    })
    expect((await invoke(define, notFound)).response.failAuthentication).toBe(true)
  })

  it('rejects a define response that decides nothing', async () => {
    const undecided = defineAuthChallenge(() => ({ issueTokens: false }))
    const error = (await invoke(undecided, createEvent('DefineAuthChallenge_Authentication')).catch(
      (e: unknown) => e,
    )) as TriggerValidationError
    expect(error.issues[0]?.code).toBe('missing_decision')
  })

  it('requires a verdict from verify', async () => {
    const silent = verifyAuthChallengeResponse(() => undefined)
    const error = (await invoke(silent, createEvent('VerifyAuthChallengeResponse_Authentication')).catch(
      (e: unknown) => e,
    )) as TriggerValidationError
    expect(error.issues.map((i) => i.path)).toEqual(['response.answerCorrect'])
    const object = verifyAuthChallengeResponse(() => ({ answerCorrect: true }))
    expect((await invoke(object, createEvent('VerifyAuthChallengeResponse_Authentication'))).response).toEqual({
      answerCorrect: true,
    })
  })

  it('keeps the pre-filled nulls when create returns nothing', async () => {
    const out = await invoke(
      createAuthChallenge(() => undefined),
      createEvent('CreateAuthChallenge_Authentication'),
    )
    expect(out.response).toEqual({
      publicChallengeParameters: null,
      privateChallengeParameters: null,
      challengeMetadata: null,
    })
  })
})
