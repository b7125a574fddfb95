// The layout of src/ holds: every import between folders points down the pipeline (types
// included), and no two folders import each other.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { folderOf, importEdges, layerViolations, mayImport, sourceFiles, type Edge } from './importLayers.js';

const src = fileURLToPath(new URL('../../src/', import.meta.url));

const edge = (fromFile: string, toFile: string, typeOnly = false): Edge => ({
  from: folderOf(path.join(src, fromFile), src),
  to: folderOf(path.join(src, toFile), src),
  fromFile,
  toFile,
  typeOnly,
});

describe('the layers of src/', () => {
  it('hold for the tree: no upward import, no cycle between folders', () => {
    const edges = importEdges(sourceFiles(src), src);
    expect(edges.length).toBeGreaterThan(200);
    expect(edges.some((e) => e.typeOnly)).toBe(true);
    expect(layerViolations(edges)).toEqual([]);
  });

  it('report a planted upward import, a type-only one too', () => {
    const graph = [edge('claims/parseClaimSet.ts', 'figures/parseFigure.ts'), edge('figures/scanFigures.ts', 'claims/types.ts', true)];
    expect(layerViolations(graph)).toEqual([
      'figures/scanFigures.ts imports types from claims/types.ts: figures may not import claims',
      'folders import each other: claims, figures',
    ]);
    expect(layerViolations([edge('reports/summarize.ts', 'analyze/types.ts', true)])).toEqual([
      'reports/summarize.ts imports types from analyze/types.ts: reports may not import analyze',
    ]);
  });

  it('keep siblings apart and the extract branch to its side', () => {
    expect(mayImport('checks', 'estimate')).toBe(false);
    expect(mayImport('estimate', 'checks')).toBe(false);
    expect(mayImport('reports', 'checks')).toBe(true);
    expect(mayImport('extract', 'claims')).toBe(true);
    expect(mayImport('extract', 'groups')).toBe(false);
    expect(mayImport('reports', 'extract')).toBe(false);
    expect(mayImport('cli', 'extract')).toBe(true);
    expect(mayImport('internal', 'vocabulary')).toBe(false);
    expect(mayImport('analyze', 'index')).toBe(false);
  });

  it('name a folder that is in no layer', () => {
    expect(layerViolations([edge('text/parseFigure.ts', 'internal/tupleKey.ts')])).toEqual([
      'text/ is in no layer: add it to LAYERS or BRANCHES (text/parseFigure.ts)',
    ]);
  });

  it('find every kind of import, type-only ones included', () => {
    const edges = importEdges([path.join(src, 'index.ts')], src);
    expect(edges.some((e) => e.to === 'figures' && e.typeOnly)).toBe(true);
    expect(edges.some((e) => e.to === 'reports' && !e.typeOnly)).toBe(true);
  });
});
