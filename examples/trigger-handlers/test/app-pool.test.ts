/** The example app pool renders the four triggers the main job runs, with their Lambda permissions. */
import { describe, expect, it } from 'vitest'
import { APP_FUNCTIONS, APP_RENDER_OPTIONS, appPool, functionArn, pools, renderOptions } from '../src/index.js'

describe('the example app pool', () => {
  const template = appPool.toCloudFormation(APP_RENDER_OPTIONS)
  const resources = Object.values(template.Resources)
  const pool = resources.find((r) => r.Type === 'AWS::Cognito::UserPool')

  it('wires each trigger to its function', () => {
    expect(pool?.Properties).toMatchObject({
      LambdaConfig: {
        PreSignUp: functionArn(APP_FUNCTIONS.preSignUp),
        CustomMessage: functionArn(APP_FUNCTIONS.customMessage),
        PostConfirmation: functionArn(APP_FUNCTIONS.postConfirmation),
        PreTokenGeneration: functionArn(APP_FUNCTIONS.preTokenGeneration),
      },
      UsernameAttributes: ['email'],
      EmailConfiguration: { EmailSendingAccount: 'DEVELOPER', From: 'Example App <no-reply@example.org>' },
    })
    const permissions = resources.filter((r) => r.Type === 'AWS::Lambda::Permission')
    expect(permissions.map((p) => p.Properties?.FunctionName).sort()).toEqual(
      Object.values(APP_FUNCTIONS).map(functionArn).sort(),
    )
  })

  it('declares the custom attributes the handlers read', () => {
    const schema = pool?.Properties?.Schema as { Name: string }[]
    expect(schema.map((a) => a.Name)).toEqual(expect.arrayContaining(['tenant', 'plan']))
    expect(appPool.toDefinition().customAttributes).toMatchObject({
      tenant: { dataType: 'String' },
      plan: { dataType: 'String' },
    })
  })

  it('is the package pool npm start writes to out/', () => {
    expect(Object.keys(pools)).toEqual(['example-app'])
    expect(renderOptions('example-app')).toBe(APP_RENDER_OPTIONS)
  })
})
