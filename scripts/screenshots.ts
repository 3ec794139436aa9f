// `node scripts/screenshots.ts [dist]`: screenshots of key pages in light/dark, desktop/mobile, into screenshots/.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { launchChromium } from './lib/browser.ts';
import { serve } from './lib/serve.ts';

const dist = path.resolve(process.argv[2] ?? 'dist');
const out = path.resolve('screenshots');
await mkdir(out, { recursive: true });
const { url, close } = await serve(dist);
const browser = await launchChromium();
const pages = [['home', '/'], ['policy', '/id/POL-008/'], ['sop', '/id/SOP-004/'], ['template', '/id/TPL-006/'], ['sops-index', '/sops/'], ['search', '/search/?q=合作伙伴'], ['clause', '/clauses/9.2/'], ['evidence', '/evidence/EV-2026-037/'], ['register', '/evidence/'], ['stage', '/stages/4/'], ['coverage', '/coverage/'], ['reviews', '/reviews/'], ['guide', '/guide/'], ['rules', '/rules/'], ['relationship', '/id/REL-002/'], ['relationships', '/relationships/'], ['findings', '/findings/'], ['due', '/due/'], ['risks', '/risks/'], ['risk', '/risks/RSK-005/'], ['objectives', '/objectives/'], ['objectives-policy', '/id/POL-001/'], ['competence', '/competence/']] as const;
const combos = [['light', { width: 1280, height: 900 }], ['dark', { width: 1280, height: 900 }], ['light', { width: 390, height: 844 }], ['dark', { width: 390, height: 844 }]] as const;
// The four combinations side by side, each in its own context: a page is mostly waited for (network idle),
// so they take about the time of one. The report keeps the combinations' order.
const overflow = (
  await Promise.all(
    combos.map(async ([scheme, viewport]) => {
      const wide: string[] = [];
      const context = await browser.newContext({ viewport, colorScheme: scheme, deviceScaleFactor: 1 });
      const page = await context.newPage();
      for (const [name, route] of pages) {
        await page.goto(url + route, { waitUntil: 'networkidle' });
        if (name === 'search') await page.waitForTimeout(800);
        await page.screenshot({ path: path.join(out, `${name}-${scheme}-${viewport.width}.png`), fullPage: false });
        if (await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth)) wide.push(`${route} at ${viewport.width}px`);
      }
      await context.close();
      return wide;
    }),
  )
).flat();
await browser.close();
await close();
console.log(`screenshots in ${out}`);
if (overflow.length) console.log(`horizontal scroll on: ${overflow.join(', ')}`);
