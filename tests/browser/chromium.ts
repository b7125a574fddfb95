// How the browser tests start Chromium: Debian's, never a download, headless and offline.
import { existsSync } from 'node:fs';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

// Without the background-networking flags Chromium keeps trying hosts this machine cannot reach.
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Whether the browser tests of `name` run: with Chromium present, or in CI, where its absence is a
 * failure (the suite's beforeAll throws); elsewhere they skip with a warning.
 */
export function browserTestsRun(name: string): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI === undefined) console.warn(`${name}: skipped, no Chromium at ${CHROMIUM} (apt-get install -y chromium). In CI this fails.`);
  return process.env.CI !== undefined;
}

/** Starts Chromium with a fresh profile in `profileDir`; throws, naming the fix, when it is absent. */
export async function launchChromium(profileDir: string, viewport?: { width: number; height: number }): Promise<BrowserContext> {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}; .ci/run installs it with apt-get`);
  return chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    acceptDownloads: true,
    ...(viewport === undefined ? {} : { viewport }),
  });
}
