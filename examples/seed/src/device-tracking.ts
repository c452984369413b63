/** Seed § Device Tracking. */
import { userPool } from '@cognito-kit/builder'

export const pools = {
  'device-tracking': userPool('myuserpool', {
    deviceTracking: {
      challengeRequiredOnNewDevice: true,
      deviceOnlyRememberedOnUserPrompt: true,
    },
  }),
}
