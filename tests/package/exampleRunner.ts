// Runs the @example blocks of the JSDoc: a `//=> value` after an expression is asserted. Shared by
// the examples of the public API (examples.test.ts) and of the internal modules (internalExamples.test.ts).
import ts from 'typescript';
import { expect } from 'vitest';

export interface Example {
  readonly name: string;
  readonly file: string;
  readonly code: string;
}

/** A program over `files` for the type checker, which follows re-exports to the declarations. */
export function programOf(files: readonly string[]): ts.Program {
  return ts.createProgram(files, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
  });
}

/** The code of each @example block of a declaration's JSDoc. */
export function exampleBlocks(declaration: ts.Node): string[] {
  const blocks: string[] = [];
  for (const tag of ts.getJSDocTags(declaration)) {
    if (tag.tagName.text !== 'example') continue;
    const text = ts.getTextOfJSDocComment(tag.comment) ?? '';
    for (const [, code] of text.matchAll(/```(?:ts|typescript|js)?\n([\s\S]*?)```/g)) blocks.push(code ?? '');
  }
  return blocks;
}

// Turns `expression\n//=> value` pairs into assertions; continuation lines of a value start with `//`.
function instrument(code: string): string {
  const lines = code.split('\n');
  const out: string[] = [];
  let pending: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const arrow = /^\s*\/\/=>(.*)$/.exec(line);
    if (arrow === null) {
      pending.push(line);
      continue;
    }
    const value = [arrow[1] ?? ''];
    while (i + 1 < lines.length && /^\s*\/\/(?!=>)/.test(lines[i + 1] as string)) {
      value.push((lines[++i] as string).replace(/^\s*\/\//, ''));
    }
    const chunk = pending.join('\n');
    const file = ts.createSourceFile('chunk.ts', chunk, ts.ScriptTarget.ES2022, true);
    const last = file.statements[file.statements.length - 1];
    if (last === undefined || !ts.isExpressionStatement(last)) {
      throw new Error(`examples: "//=>${arrow[1]}" follows no expression`);
    }
    const expression = last.expression.getText(file);
    out.push(`${chunk.slice(0, last.getStart(file))}__check((${expression}), (${value.join('\n')}), ${JSON.stringify(expression)});`);
    pending = [];
  }
  out.push(...pending);
  return out.join('\n');
}

// Type annotations go; the names the example calls are passed in when it runs. A block is its own
// scope, so that its variables may shadow the names it is given.
export function transpile(code: string): string {
  return ts.transpileModule(`return (async () => {\n{\n${code}\n}\n})();`, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
    reportDiagnostics: false,
  }).outputText;
}

/** Runs an example with `scope`'s values bound to their names; it must show at least one result. */
export async function runExample(example: Example, scope: Readonly<Record<string, unknown>>): Promise<void> {
  const checks: string[] = [];
  const check = (actual: unknown, expected: unknown, expression: string): void => {
    checks.push(expression);
    expect(actual, `${example.name}: ${expression}`).toStrictEqual(expected);
  };
  const names = Object.keys(scope);
  const js = transpile(instrument(example.code));
  const run = new Function(...names, '__check', js) as (...args: unknown[]) => Promise<void>;
  await run(...names.map((n) => scope[n]), check);
  expect(checks.length, `${example.name}: an example shows at least one result`).toBeGreaterThan(0);
}
