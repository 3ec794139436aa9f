// Launch Debian's Chromium through playwright-core (never a downloaded browser) with the flags this network needs.
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';

/** Path of the system Chromium (CHROMIUM_PATH overrides). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A headless Chromium with background networking off, so no request leaves this machine on its own. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
