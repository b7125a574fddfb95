// Every @example in the public API's JSDoc, and every TypeScript block of the README, is run: a
// `//=> value` after an expression is asserted.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { exampleBlocks, programOf, runExample, transpile, type Example } from './exampleRunner.js';

const entry = fileURLToPath(new URL('../../src/index.ts', import.meta.url));

// The @example blocks of each export of src/index.ts, types included, found through the type
// checker so that re-exports lead to the declaration that carries the comment.
function collectExamples(): { examples: Example[]; exported: Map<string, boolean>; typeOnly: Set<string> } {
  const program = programOf([entry]);
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  const moduleSymbol = source === undefined ? undefined : checker.getSymbolAtLocation(source);
  if (moduleSymbol === undefined) throw new Error('examples.test: cannot read the exports of src/index.ts');
  const examples: Example[] = [];
  const exported = new Map<string, boolean>();
  const typeOnly = new Set<string>();
  for (const symbol of checker.getExportsOfModule(moduleSymbol)) {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    if ((target.flags & ts.SymbolFlags.Value) === 0) typeOnly.add(symbol.name);
    let found = false;
    for (const declaration of target.declarations ?? []) {
      for (const code of exampleBlocks(declaration)) {
        found = true;
        examples.push({ name: symbol.name, file: declaration.getSourceFile().fileName.replace(/^.*\/src\//, 'src/'), code });
      }
    }
    exported.set(symbol.name, found);
  }
  return { examples, exported, typeOnly };
}

// The identifiers left in transpiled code, property names aside (`r.Claim`, `{ Claim: 1 }`).
function identifiersIn(js: string): Set<string> {
  const found = new Set<string>();
  const isPropertyName = (node: ts.Identifier): boolean => {
    const parent = node.parent;
    if (ts.isPropertyAccessExpression(parent) || ts.isPropertyAssignment(parent) || ts.isMethodDeclaration(parent)) return parent.name === node;
    return ts.isBindingElement(parent) && parent.propertyName === node;
  };
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && !isPropertyName(node)) found.add(node.text);
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile('example.js', js, ts.ScriptTarget.ES2022, true));
  return found;
}

const { examples, exported, typeOnly } = collectExamples();
const names = Object.keys(api);

describe('the @example blocks of the public API', () => {
  it('are there for every export, types included', () => {
    // The checker's exports are the runtime ones and the types: nothing exported escapes the check.
    expect(names.filter((name) => !exported.has(name) || typeOnly.has(name))).toEqual([]);
    expect(exported.size).toBe(names.length + typeOnly.size);
    expect(typeOnly.size).toBeGreaterThan(0);
    const missing = [...exported].filter(([, found]) => !found).map(([name]) => name);
    expect(missing).toEqual([]);
  });

  it('and the README name exported types only where the transpiler strips them', () => {
    // Types are not passed to a block at run time: a type name left after transpiling would find a
    // global of that name (`Event`) or nothing at all.
    const left = [...examples, ...readmeBlocks].flatMap((example) => {
      const identifiers = identifiersIn(transpile(example.code));
      return [...typeOnly].filter((name) => identifiers.has(name)).map((name) => `${example.name}: ${name}`);
    });
    expect(left).toEqual([]);
  });

  it.each(examples.map((e, i) => [`${e.name} (${e.file}) #${i}`, e] as const))('%s', async (_, example) => {
    await runExample(example, api);
  });
});

// The README's blocks import from 'counterclaim'; the exports are passed in by name instead.
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const readmeBlocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map(
  ([, code], i): Example => ({
    name: `README block ${i + 1}`,
    file: 'README.md',
    code: (code ?? '').replace(/^import [^;]+ from 'counterclaim';$/gm, ''),
  }),
);

describe('the TypeScript blocks of the README', () => {
  it('exist, and import only from the package', () => {
    expect(readmeBlocks.length).toBeGreaterThan(2);
    for (const block of readmeBlocks) expect(block.code).not.toMatch(/^import /m);
  });

  it.each(readmeBlocks.map((b) => [b.name, b] as const))('%s runs and shows true results', async (_, block) => {
    await runExample(block, api);
  });
});
