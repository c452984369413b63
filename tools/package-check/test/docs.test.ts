/**
 * Documentation hygiene of the public surface: every symbol exported from a package entry point
 * has a doc comment, and every exported function and class (error classes aside) carries an
 * `@example`.
 * (`npm run docs` renders the same comments with TypeDoc.)
 */
import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')
const PACKAGES = ['builder', 'runtime', 'triggers'] as const

/** Source entry files of a package, from its `exports` map (`@cognito-kit/source` condition). */
function entries(pkg: string): string[] {
  const manifest = JSON.parse(readFileSync(join(root, 'packages', pkg, 'package.json'), 'utf8')) as {
    exports: Record<string, unknown>
  }
  const files = new Set<string>()
  for (const target of Object.values(manifest.exports)) {
    if (typeof target !== 'object' || target === null) continue
    const source = (target as Record<string, unknown>)['@cognito-kit/source']
    if (typeof source === 'string') files.add(source)
    else if (typeof source === 'object' && source !== null)
      for (const f of Object.values(source)) if (typeof f === 'string') files.add(f)
  }
  return [...files].map((f) => join(root, 'packages', pkg, f))
}

const allEntries = PACKAGES.flatMap(entries)
const program = ts.createProgram(allEntries, {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  customConditions: ['@cognito-kit/source'],
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  types: ['node'],
})
const checker = program.getTypeChecker()

interface Finding {
  readonly entry: string
  readonly name: string
  readonly problem: string
}

function docOf(symbol: ts.Symbol): { text: string; tags: string[] } {
  const text = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim()
  const tags = symbol.getJsDocTags(checker).map((t) => t.name)
  // Overloads and merged declarations: tags on any declaration count.
  for (const decl of symbol.declarations ?? []) for (const tag of ts.getJSDocTags(decl)) tags.push(tag.tagName.text)
  return { text, tags }
}

function isCallable(symbol: ts.Symbol): boolean {
  return (symbol.declarations ?? []).some(
    (d) =>
      ts.isFunctionDeclaration(d) ||
      (ts.isVariableDeclaration(d) &&
        d.initializer !== undefined &&
        (ts.isArrowFunction(d.initializer) ||
          ts.isFunctionExpression(d.initializer) ||
          ts.isCallExpression(d.initializer)) &&
        checker.getTypeOfSymbolAtLocation(symbol, d).getCallSignatures().length > 0),
  )
}

function isErrorClass(symbol: ts.Symbol): boolean {
  const queue: ts.Type[] = [checker.getDeclaredTypeOfSymbol(symbol)]
  while (queue.length > 0) {
    const type = queue.pop() as ts.Type
    if (type.getSymbol()?.getName() === 'Error') return true
    if (type.isClassOrInterface()) queue.push(...(checker.getBaseTypes(type) ?? []))
  }
  return false
}

/** Classes users construct or call into; error classes are documented but need no example. */
function isClass(symbol: ts.Symbol): boolean {
  return (symbol.declarations ?? []).some((d) => ts.isClassDeclaration(d)) && !isErrorClass(symbol)
}

function findings(entry: string): Finding[] {
  const source = program.getSourceFile(entry)
  if (!source) return [{ entry, name: '(module)', problem: 'not found' }]
  const moduleSymbol = checker.getSymbolAtLocation(source)
  if (!moduleSymbol) return []
  const out: Finding[] = []
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported
    const name = exported.getName()
    const { text, tags } = docOf(symbol)
    if (text === '' && !tags.includes('deprecated')) out.push({ entry, name, problem: 'no doc comment' })
    if ((isCallable(symbol) || isClass(symbol)) && !tags.includes('example')) {
      out.push({ entry, name, problem: 'no @example' })
    }
  }
  return out
}

describe.each(PACKAGES)('@cognito-kit/%s public surface', (pkg) => {
  it.each(entries(pkg).map((e) => [e.slice(root.length + 1)]))(
    '%s: every export documented, functions with @example',
    (rel) => {
      const problems = findings(join(root, rel)).map((f) => `${f.name}: ${f.problem}`)
      expect(problems).toEqual([])
    },
  )
})
