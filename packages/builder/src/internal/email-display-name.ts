// The `From` display name: kept as is when it is an RFC 5322 phrase of atoms or a quoted-string,
// quoted when it is other printable ASCII, RFC 2047-encoded when it has any other character.

const PRINTABLE_ASCII = /^[\u0020-\u007E]+$/
// atext (RFC 5322 §3.2.3) plus the space between atoms. The CDK's class has `+-\/`, a range that
// also admits `,` and `.`; we list `-` literally so that `Doe, John` gets quoted.
const PHRASE_OF_ATOMS = /^[\w !#$%&'*+\-/=?^`{|}~]+$/
const QUOTED_STRING = /^"(?:[^\\"]|\\.)*"$/

/** Base64 of the UTF-8 bytes of a string. */
function base64Utf8(value: string): string {
  let binary = ''
  for (const byte of new TextEncoder().encode(value)) binary += String.fromCharCode(byte)
  return btoa(binary)
}

/** Formats a sender display name for a `From` header. */
export function formatDisplayName(name: string): string {
  if (!PRINTABLE_ASCII.test(name)) return `=?UTF-8?B?${base64Utf8(name)}?=`
  if (PHRASE_OF_ATOMS.test(name) || QUOTED_STRING.test(name)) return name
  return `"${name.replace(/[\\"]/g, (ch) => `\\${ch}`)}"`
}
