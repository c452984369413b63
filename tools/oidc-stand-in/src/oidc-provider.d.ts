// oidc-provider 9 ships no type declarations; the stand-in uses a small, loosely typed part of it.
declare module 'oidc-provider' {
  const Provider: any
  export const errors: any
  export default Provider
}
