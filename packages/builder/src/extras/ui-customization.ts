import { extrasSchema } from '../definition/definition-schema.js'
import type { UICustomizationDefinition } from '../definition/ui-customization-definition.js'
import type { DefinitionIssue } from '../errors.js'
import { defined } from '../internal/defined.js'
import { parsePart } from '../internal/parse-part.js'
import { throwIfIssues } from '../internal/throw-if-issues.js'
import { clientReferenceToDefinition } from './client-reference.js'
import type { UICustomizationOptions } from './ui-customization-options.js'

const MAX_CSS = 131_072

/** The rules of one UI customization. */
export function validateUICustomization(path: string, ui: UICustomizationDefinition): DefinitionIssue[] {
  if (ui.css !== undefined && ui.css.length > MAX_CSS) {
    return [
      {
        path: `${path}.css`,
        rule: 'CssTooLarge',
        message: `css must be at most ${MAX_CSS} characters; received ${ui.css.length}`,
      },
    ]
  }
  return []
}

/**
 * Turns `withUICustomization` options into the definition and checks its rules.
 *
 * @throws {DefinitionValidationError} listing every issue, with paths under `extras.uiCustomizations.<id>`
 */
export function uiCustomizationFromOptions(
  id: string,
  options: UICustomizationOptions = {},
): UICustomizationDefinition {
  const path = `extras.uiCustomizations.${id}`
  const ui: UICustomizationDefinition = defined({
    ...clientReferenceToDefinition(options.client, path),
    css: options.css,
  })
  parsePart(extrasSchema, { uiCustomizations: { [id]: ui } }, 'extras')
  throwIfIssues(validateUICustomization(path, ui))
  return ui
}
