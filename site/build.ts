// Builds the page into one self-contained file, site/dist/index.html: the script and the style
// sheet inline, so that it opens from file:// (Chromium refuses module scripts there) and from
// any static host, with nothing to fetch. `npm run site` runs this file.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/** What {@link buildSite} wrote: the page's path, and its size as stored and as sent gzipped. */
export interface BuiltSite {
  readonly file: string;
  readonly bytes: number;
  readonly gzipped: number;
}

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

// Fills a marker of the template; split/join, since String#replace would read `$&` in the
// minified script as a pattern.
function fill(template: string, marker: string, value: string): string {
  const parts = template.split(marker);
  if (parts.length !== 2) throw new Error(`site/index.html: expected the marker ${marker} once, found it ${parts.length - 1} times`);
  return parts.join(value);
}

/**
 * Bundles site/src/main.ts (the browser-safe core with it) and writes the page into `outDir`.
 * The Content-Security-Policy admits only the page's own inline script and style, by hash: a
 * handler or script that ever slipped into the document would not run, and nothing is fetched.
 *
 * @example
 * ```ts
 * const { file, bytes } = await buildSite('/tmp/counterclaim-site');
 * // file === '/tmp/counterclaim-site/index.html'; bytes is about 300 kB
 * ```
 */
export async function buildSite(outDir: string = here('./dist/')): Promise<BuiltSite> {
  const result = await build({
    entryPoints: [here('./src/main.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const script = result.outputFiles[0]?.text.trim() ?? '';
  const style = readFileSync(here('./src/style.css'), 'utf8').trim();
  // Inside <script> and <style>, only these sequences could end the element early.
  if (/<\/script|<!--/i.test(script)) throw new Error('site: the bundle holds </script or <!--, which would end the inline script');
  if (/<\/style/i.test(style)) throw new Error('site: style.css holds </style');
  let html = readFileSync(here('./index.html'), 'utf8');
  html = fill(html, '{{CSP}}', `default-src 'none'; script-src ${sha256(script)}; style-src ${sha256(style)}; img-src data:; base-uri 'none'; form-action 'none'`);
  html = fill(html, '/*{{STYLE}}*/', style);
  html = fill(html, '/*{{SCRIPT}}*/', script);
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, 'index.html');
  writeFileSync(file, html);
  return { file, bytes: Buffer.byteLength(html), gzipped: gzipSync(html, { level: 9 }).length };
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { file, bytes, gzipped } = await buildSite();
  console.log(`${file}: ${(bytes / 1000).toFixed(1)} kB, ${(gzipped / 1000).toFixed(1)} kB gzipped`);
}
