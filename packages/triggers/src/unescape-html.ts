const ENTITIES: Readonly<Record<string, string>> = {
  '&lt;': '<',
  '&gt;': '>',
  '&amp;': '&',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
}

/**
 * Undoes the HTML escaping Cognito applies to temporary passwords in custom sender events (`&lt;`
 * → `<`, `&gt;` → `>`, `&amp;` → `&`, quotes), in one pass so `&amp;lt;` becomes `&lt;`. The
 * custom sender wrappers apply it to AdminCreateUser codes by default.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-sender-triggers.html
 *
 * @example
 * ```ts
 * unescapeHtml('a&lt;b&gt;c') // 'a<b>c'
 * ```
 */
export function unescapeHtml(text: string): string {
  return text.replace(/&(?:lt|gt|amp|quot|#39|#x27);/g, (entity) => ENTITIES[entity] ?? entity)
}
