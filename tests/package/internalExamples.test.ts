// The @example blocks of internal modules run too: an example that is not run goes stale. Each runs
// with every export of src/ in scope (the public API's and the internal modules'), since an internal
// example often builds its input with a neighbour (readWords before findTimes), and with `io`, a
// quiet CliIo for the command line's examples, and DuckDB and a temporary folder for counterclaim/duckdb's.
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { exampleBlocks, programOf, runExample, type Example } from './exampleRunner.js';
import { sourceFiles } from './importLayers.js';

const src = fileURLToPath(new URL('../../src/', import.meta.url));
const files = sourceFiles(src);

// The examples of exported declarations that src/index.ts does not export.
function internalExamples(): Example[] {
  const program = programOf(files);
  const checker = program.getTypeChecker();
  const moduleOf = (file: string): ts.Symbol | undefined => {
    const source = program.getSourceFile(file);
    return source === undefined ? undefined : checker.getSymbolAtLocation(source);
  };
  const index = moduleOf(path.join(src, 'index.ts'));
  if (index === undefined) throw new Error('internalExamples.test: cannot read src/index.ts');
  const publicDeclarations = new Set<ts.Node>();
  for (const symbol of checker.getExportsOfModule(index)) {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    for (const declaration of target.declarations ?? []) publicDeclarations.add(declaration);
  }
  const examples: Example[] = [];
  for (const file of files) {
    const module = moduleOf(file);
    if (module === undefined) continue;
    for (const symbol of checker.getExportsOfModule(module)) {
      for (const declaration of symbol.declarations ?? []) {
        if (publicDeclarations.has(declaration) || declaration.getSourceFile().fileName !== file) continue;
        for (const code of exampleBlocks(declaration)) examples.push({ name: symbol.name, file: path.relative(src, file), code });
      }
    }
  }
  return examples;
}

const examples = internalExamples();

// Every export of src/ by name; a name exported by two modules would make the scope ambiguous.
async function scope(): Promise<Record<string, unknown>> {
  const all: Record<string, unknown> = {};
  const from = new Map<string, string>();
  for (const file of files) {
    if (file.endsWith(path.join('cli', 'bin.ts'))) continue;
    for (const [name, value] of Object.entries(await import(file))) {
      const other = from.get(name);
      if (other !== undefined && all[name] !== value) throw new Error(`${name} is exported by ${other} and ${file}`);
      from.set(name, file);
      all[name] = value;
    }
  }
  const quiet = { write: (): boolean => true };
  const io = { stdin: Readable.from(['Five soldiers were killed, the military said.']), stdout: quiet, stderr: quiet };
  // counterclaim/duckdb's examples open a database and write a file for it to read.
  const { DuckDBInstance } = await import('@duckdb/node-api');
  return { ...all, ...api, io, DuckDBInstance, tmpdir };
}

describe('the @example blocks of internal modules', () => {
  it('are there to run', () => {
    expect(examples.length).toBeGreaterThan(50);
  });

  it.each(examples.map((e, i) => [`${e.name} (src/${e.file}) #${i}`, e] as const))('%s', async (_, example) => {
    await runExample(example, await scope());
  });
});
