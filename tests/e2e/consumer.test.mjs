// The npm package (pkg/, wasm-pack bundler target) in a tiny app bundled with esbuild:
// TypeScript types present, the SPEC §7 exports work in the browser.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve, launch, newPage, ROOT } from './lib.mjs';

let server, browser;
before(async () => {
  execFileSync(process.execPath, [join(ROOT, 'tests', 'e2e', 'consumer', 'build.mjs')], { stdio: 'inherit' });
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

test('pkg/ has the SPEC §7 exports with TypeScript types', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'pkg', 'package.json'), 'utf8'));
  assert.equal(pkg.name, 'planmeter');
  const dts = readFileSync(join(ROOT, 'pkg', pkg.types), 'utf8');
  for (const name of ['parsePlan', 'loadPlans', 'assess', 'renderGauge', 'renderTable', 'renderCompare', 'mountAll']) {
    assert.match(dts, new RegExp(`export function ${name}\\(`), name);
  }
  assert.match(dts, /setFilter\(query: string\): void/);
  assert.match(dts, /destroy\(\): void/);
  assert.match(dts, /export interface TableOptions/);
  assert.match(dts, /renderTable\(el: Element, options: TableOptions\): TableHandle/);
  // The stylesheet ships too, as a side effect bundlers keep.
  assert.ok(pkg.files.includes('planmeter.css'), 'planmeter.css in files');
  assert.ok(pkg.sideEffects.includes('./planmeter.css'), 'planmeter.css is a side effect');
  assert.equal(pkg.style, 'planmeter.css');
  assert.equal(readFileSync(join(ROOT, 'pkg', 'planmeter.css'), 'utf8'),
    readFileSync(join(ROOT, 'www', 'dist', 'planmeter.css'), 'utf8'));
});

test('an esbuild-bundled app uses the package', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.url}tests/e2e/consumer/index.html`);
  await page.waitForFunction(() => document.getElementById('status').textContent !== 'loading');
  const status = await page.locator('#status').textContent();
  assert.match(status, /^ok \d+ [a-z_]+$/, status);
  assert.equal(await page.locator('#gauge [role=meter]').count(), 1);
  const rows = await page.locator('#table tbody tr.pm-row .pm-c-name').allTextContents();
  assert.ok(rows.length > 0 && rows.every((n) => n.includes('商标')), rows.join());
  assert.equal(Number(status.split(' ')[1]), rows.length);
  assert.equal(await page.locator('#compare .pm-compare').count(), 1);
  // Styled by the package's own stylesheet (imported from 'planmeter/planmeter.css'):
  // an empty progress bar is 4em wide only with it.
  const barWidth = await page.locator('#table .pm-bar').first().evaluate((e) => e.getBoundingClientRect().width);
  assert.ok(barWidth > 20, `progress bar width ${barWidth}`);
  const api = await page.evaluate(() => window.api);
  const fixture = JSON.parse(readFileSync(join(ROOT, 'tests', 'e2e', 'fixtures', 'plans.json'), 'utf8'));
  assert.equal(api.plans, fixture.plans.length);
  assert.equal(api.diags, 0);
  assert.ok(api.bad > 0, 'bad data gives diagnostics');
  assert.ok(api.progress, 'an Assessment object');
  assert.match(api.assessError, /planmeter/);
  const parsed = await page.evaluate(() => window.parsed);
  assert.equal(parsed.misplaced, 0, 'quotes at their UTF-16 offsets');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
