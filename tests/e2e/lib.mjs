// Shared helpers for the browser tests: a static server on 127.0.0.1 (scripts/serve.mjs)
// and headless Debian Chromium driven by playwright-core.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(join(ROOT, 'package.json'));
const { chromium } = require('playwright-core');

export const SHOTS = join(ROOT, 'tests', 'e2e', 'screenshots');
mkdirSync(SHOTS, { recursive: true });

/** Starts scripts/serve.mjs on a free port; resolves to {url, close}. */
export function serve(root = ROOT) {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [join(ROOT, 'scripts', 'serve.mjs'), root], {
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', CSP: '' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    p.on('error', reject);
    p.stdout.on('data', (d) => {
      const m = /http:\/\/[\d.]+:(\d+)\//.exec(String(d));
      if (m) resolve({ url: m[0], close: () => p.kill() });
    });
  });
}

/** Launches headless Chromium. */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** A new page that records console errors, page errors, dialogs and CSP violations. */
export async function newPage(browser, opts = {}) {
  const context = await browser.newContext({ acceptDownloads: true, ...opts });
  const page = await context.newPage();
  const problems = [];
  const warnings = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    if (m.type() === 'warning') warnings.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    d.dismiss();
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  page.problems = problems;
  page.warnings = warnings;
  return page;
}

/** Waits until every [data-planmeter] element under the page has rendered a widget root. */
export async function mounted(page, count) {
  await page.waitForFunction(
    (n) => {
      const els = [...document.querySelectorAll('[data-planmeter]')];
      return els.length >= n && els.every((e) => {
        const r = e.querySelector(':scope > .pm-root');
        return r && !r.classList.contains('pm-static');
      });
    },
    count ?? 1,
    { timeout: 15000 },
  );
}

// Gauges have `content-visibility: auto` (off-screen ones skip rendering), and a full-page
// capture reaches beyond the viewport, where they would be blank boxes: render them for the
// picture, as a reader scrolling down sees them (CSSOM, so allowed under a strict CSP).
const renderGauges = (page, on) => page.evaluate((on) => {
  for (const g of document.querySelectorAll('.pm-root.pm-gauge')) {
    if (on) g.style.setProperty('content-visibility', 'visible');
    else {
      g.style.removeProperty('content-visibility');
      if (!g.getAttribute('style')) g.removeAttribute('style');
    }
  }
}, on);

export const shot = async (page, name, opts = {}) => {
  await renderGauges(page, true);
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true, ...opts });
  await renderGauges(page, false);
};
