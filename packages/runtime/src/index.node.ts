/**
 * `@cognito-kit/runtime` on Node.js: token verification (`node:crypto`) and the framework-agnostic
 * bearer-token helpers. Hosted-UI URLs and OAuth flows live in the `./hosted-ui` and `./oauth`
 * subpaths.
 *
 * @module
 */
export * from './jwt/index.node.js'
