// The data types are named interfaces (issue 11: errors and the API docs expanded zod generics),
// and their fields are documented from the zod schemas' descriptions (`.meta`), the one source that
// the API docs and the shipped JSON Schema both read. A field whose JSDoc differs from its schema's
// description fails here; UPDATE_FIELD_DOCS=1 writes the descriptions into the interfaces.
// (That each interface is exactly what its schema parses to is checked by dataTypes.test-d.ts.)
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { claimSetInputSchema } from '../../src/claims/claimSetInputSchema.js';
import {
  ClaimSchema,
  ClaimSetSchema,
  EventSchema,
  EvidenceSchema,
  FigureSchema,
  getDefaultVocabulary,
  MeasureSchema,
  PeriodSchema,
  SourceSchema,
} from '../../src/index.js';
import { programOf } from '../package/exampleRunner.js';

const inputSet = claimSetInputSchema(getDefaultVocabulary());
const inputClaim = inputSet.shape.claims.element;

// Each interface, its file, and the schema whose fields it names.
const TYPES: readonly (readonly [name: string, file: string, shape: Readonly<Record<string, z.ZodType>>])[] = [
  ['Figure', 'src/figures/schemas.ts', FigureSchema.shape],
  ['Source', 'src/claims/schemas.ts', SourceSchema.shape],
  ['Period', 'src/claims/schemas.ts', PeriodSchema.shape],
  ['Event', 'src/claims/schemas.ts', EventSchema.shape],
  ['Measure', 'src/claims/schemas.ts', MeasureSchema.shape],
  ['Evidence', 'src/claims/schemas.ts', EvidenceSchema.shape],
  ['Claim', 'src/claims/schemas.ts', ClaimSchema.shape],
  ['ClaimSet', 'src/claims/schemas.ts', ClaimSetSchema.shape],
  // The input forms name only the fields they widen; the others they inherit.
  ['ClaimInput', 'src/claims/types.ts', inputClaim.shape],
  ['ClaimSetInput', 'src/claims/types.ts', inputSet.shape],
];

const root = fileURLToPath(new URL('../../', import.meta.url));
const WIDTH = 100;

interface Field {
  readonly name: string;
  readonly doc: string;
  /** Where the field's JSDoc (or the field, without one) starts, and where the field starts. */
  readonly from: number;
  readonly to: number;
  readonly indent: string;
}

function interfaceFields(source: ts.SourceFile, name: string): Field[] {
  const declaration = source.statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === name);
  if (declaration === undefined) throw new Error(`no interface ${name} in ${source.fileName}`);
  return declaration.members.filter(ts.isPropertySignature).map((member) => {
    const docs = ts.getJSDocCommentsAndTags(member).filter(ts.isJSDoc);
    const to = member.getStart(source);
    const lineStart = source.text.lastIndexOf('\n', to) + 1;
    return {
      name: member.name.getText(source),
      doc: docs.map((d) => ts.getTextOfJSDocComment(d.comment) ?? '').join(' ').replace(/\s+/g, ' ').trim(),
      from: docs[0]?.getStart(source) ?? to,
      to,
      indent: source.text.slice(lineStart, to).replace(/\S.*$/, ''),
    };
  });
}

// A JSDoc block for `text` at `indent`: one line when it fits, else wrapped at WIDTH columns.
function jsDoc(text: string, indent: string): string {
  if (indent.length + text.length + 7 <= WIDTH) return `/** ${text} */\n${indent}`;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && indent.length + 3 + line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  lines.push(line);
  return `/**\n${lines.map((l) => `${indent} * ${l}\n`).join('')}${indent} */\n${indent}`;
}

describe('the data types', () => {
  it('are named: the type checker prints their names, not their expanded fields', () => {
    const entry = `${root}src/index.ts`;
    const program = programOf([entry]);
    const checker = program.getTypeChecker();
    const module = checker.getSymbolAtLocation(program.getSourceFile(entry) as ts.SourceFile) as ts.Symbol;
    const printed = new Map(
      checker.getExportsOfModule(module).map((symbol) => {
        const target = checker.getAliasedSymbol(symbol);
        return [symbol.name, checker.typeToString(checker.getDeclaredTypeOfSymbol(target))] as const;
      }),
    );
    const names = [...TYPES.map(([name]) => name), 'GroupedClaim', 'ClaimGroup', 'ScoredGroup', 'Analysis'];
    expect(names.map((name) => printed.get(name))).toEqual(names);
  }, 60_000);

  it('document each field with its schema description, which the JSON Schema carries too', () => {
    const update = process.env.UPDATE_FIELD_DOCS === '1';
    const drift: string[] = [];
    for (const file of new Set(TYPES.map(([, f]) => f))) {
      const path = `${root}${file}`;
      let text = readFileSync(path, 'utf8');
      const source = ts.createSourceFile(path, text, ts.ScriptTarget.ES2022, true);
      const edits: { from: number; to: number; text: string }[] = [];
      for (const [name, , shape] of TYPES.filter(([, f]) => f === file)) {
        const fields = interfaceFields(source, name);
        if (name.endsWith('Input')) expect(fields.length, name).toBeGreaterThan(0);
        else expect(fields.map((f) => f.name).sort(), name).toEqual(Object.keys(shape).sort());
        for (const field of fields) {
          const description = shape[field.name]?.description;
          expect(description, `${name}.${field.name} has no description in its schema`).toBeTypeOf('string');
          if (field.doc === description) continue;
          drift.push(`${name}.${field.name}: JSDoc ${JSON.stringify(field.doc)}, schema ${JSON.stringify(description)}`);
          edits.push({ from: field.from, to: field.to, text: jsDoc(description as string, field.indent) });
        }
      }
      if (update && edits.length > 0) {
        for (const edit of edits.sort((a, b) => b.from - a.from)) text = `${text.slice(0, edit.from)}${edit.text}${text.slice(edit.to)}`;
        writeFileSync(path, text);
      }
    }
    if (!update) expect(drift, 'run UPDATE_FIELD_DOCS=1 npx vitest run tests/types/dataTypes.test.ts').toEqual([]);
  });
});
