/**
 * `@cognito-kit/runtime` for browsers, workers and edge runtimes: token verification (WebCrypto)
 * and the framework-agnostic bearer-token helpers. Hosted-UI URLs and OAuth flows live in the
 * `./hosted-ui` and `./oauth` subpaths.
 *
 * @module
 */
export * from './jwt/index.js'
