// The folders of src/ and which may import which: the pipeline reads bottom to top, every import
// points down, and no two folders import each other. docs/layout.md explains the layout.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * The layers from the bottom: a folder may import the folders of the layers below its own, never
 * its own layer's other folders nor anything above. `index` is src/index.ts.
 */
export const LAYERS: readonly (readonly string[])[] = [
  ['internal'],
  ['vocabulary'],
  ['figures'],
  ['claims'],
  ['groups'],
  ['scores'],
  ['checks', 'estimate'],
  ['reports'],
  ['analyze'],
  ['index'],
  ['cli', 'duckdb'],
];

/**
 * Side branches: folders outside the chain, with what they may import and who may import them.
 * extract reads text into claims; only the barrel and the command line use it.
 */
export const BRANCHES: Readonly<Record<string, { readonly imports: readonly string[]; readonly importedBy: readonly string[] }>> = {
  extract: { imports: ['claims', 'figures', 'vocabulary', 'internal'], importedBy: ['index', 'cli'] },
};

/** One import of one source file: from which folder to which, and the files for the message. */
export interface Edge {
  readonly from: string;
  readonly to: string;
  readonly fromFile: string;
  readonly toFile: string;
  readonly typeOnly: boolean;
}

const layerOf = (folder: string): number => LAYERS.findIndex((layer) => layer.includes(folder));

/** Whether `from` may import `to` (a folder always may import itself). */
export function mayImport(from: string, to: string): boolean {
  if (from === to) return true;
  const branch = BRANCHES[from];
  if (branch !== undefined) return branch.imports.includes(to);
  const target = BRANCHES[to];
  if (target !== undefined) return target.importedBy.includes(from);
  const a = layerOf(from);
  const b = layerOf(to);
  return a >= 0 && b >= 0 && b < a;
}

const known = (folder: string): boolean => layerOf(folder) >= 0 || BRANCHES[folder] !== undefined;

/** The folder a file of src/ belongs to: its first directory, or `index` for src/index.ts. */
export function folderOf(file: string, src: string): string {
  const parts = path.relative(src, file).split(path.sep);
  return parts.length > 1 ? (parts[0] as string) : path.basename(file, '.ts');
}

/**
 * Every import between folders that breaks the layers, and every cycle between folders, in words.
 * An empty list means the graph keeps the layout.
 */
export function layerViolations(edges: readonly Edge[]): string[] {
  const problems: string[] = [];
  const graph = new Map<string, Set<string>>();
  for (const edge of edges) {
    for (const folder of [edge.from, edge.to]) {
      if (!known(folder)) problems.push(`${folder}/ is in no layer: add it to LAYERS or BRANCHES (${edge.fromFile})`);
    }
    if (edge.from === edge.to) continue;
    if (!graph.has(edge.from)) graph.set(edge.from, new Set());
    (graph.get(edge.from) as Set<string>).add(edge.to);
    if (known(edge.from) && known(edge.to) && !mayImport(edge.from, edge.to)) {
      problems.push(`${edge.fromFile} imports ${edge.typeOnly ? 'types from ' : ''}${edge.toFile}: ${edge.from} may not import ${edge.to}`);
    }
  }
  for (const cycle of folderCycles(graph)) problems.push(`folders import each other: ${cycle.join(', ')}`);
  return [...new Set(problems)];
}

// The strongly connected components of more than one folder (Tarjan), each as a list of folders.
function folderCycles(graph: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, index.size);
    low.set(v, index.get(v) as number);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    for (let w = stack.pop(); w !== undefined; w = w === v ? undefined : stack.pop()) {
      onStack.delete(w);
      component.push(w);
    }
    if (component.length > 1) cycles.push(component.sort());
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return cycles;
}

/** The source files of src/ (tests aside: a test may use anything to set up its case). */
export function sourceFiles(src: string): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (file.endsWith('.ts') && !file.endsWith('.test.ts')) files.push(file);
    }
  };
  walk(src);
  return files;
}

/**
 * Every relative import of the files, type-only ones included: `import`, `import type`,
 * `export … from`, `import('…')` and `import('…').Type`.
 */
export function importEdges(files: readonly string[], src: string): Edge[] {
  const edges: Edge[] = [];
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const add = (specifier: string, typeOnly: boolean): void => {
      if (!specifier.startsWith('.')) return;
      const target = path.resolve(path.dirname(file), specifier.replace(/\.js$/, '.ts'));
      edges.push({
        from: folderOf(file, src),
        to: folderOf(target, src),
        fromFile: path.relative(src, file),
        toFile: path.relative(src, target),
        typeOnly,
      });
    };
    const visit = (node: ts.Node): void => {
      if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
        add(node.moduleSpecifier.text, node.importClause?.isTypeOnly === true);
      } else if (ts.isExportDeclaration(node) && node.moduleSpecifier !== undefined && ts.isStringLiteral(node.moduleSpecifier)) {
        add(node.moduleSpecifier.text, node.isTypeOnly);
      } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
        add(node.argument.literal.text, true);
      } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
        const [argument] = node.arguments;
        if (argument !== undefined && ts.isStringLiteral(argument)) add(argument.text, false);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return edges;
}
