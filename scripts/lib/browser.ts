// Launch Debian's Chromium through playwright-core (never a downloaded browser) with the flags this network needs.
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { settings } from '../../src/settings.ts';

/** Path of the system Chromium (CHROMIUM_PATH overrides). */
export const CHROMIUM_PATH = settings().chromium;

/**
 * A headless Chromium with background networking off, so no request leaves this machine on its own.
 * Its pages wait as long as the work takes (Playwright's 30-second defaults off): how long a page takes
 * to load or print depends on the machine's load, not on whether it is right.
 */
export async function launchChromium(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    timeout: 0,
  });
  const newContext = browser.newContext.bind(browser);
  const newPage = browser.newPage.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    context.setDefaultTimeout(0);
    return context;
  };
  browser.newPage = async (options) => {
    const page = await newPage(options);
    page.setDefaultTimeout(0);
    return page;
  };
  return browser;
}
