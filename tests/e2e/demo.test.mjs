// The demo page (www/index.html): renders cleanly, filters as the reader types, sorts by
// keyboard, keeps its state in the URL hash, exports CSV.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve, launch, newPage, mounted, shot, ROOT } from './lib.mjs';

let server, browser;
before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

const DEMO = () => `${server.url}www/index.html`;
const firstTable = (page) => page.locator('[data-planmeter="table"]').first();
const rowNames = (table) => table.locator('tbody tr.pm-row .pm-c-name').allTextContents();

async function openDemo(hash = '') {
  const page = await newPage(browser, { viewport: { width: 1280, height: 900 } });
  page.requests = [];
  page.on('request', (r) => page.requests.push(r.url()));
  await page.goto(DEMO() + hash);
  const n = await page.locator('[data-planmeter]').count();
  await mounted(page, n);
  return page;
}

test('demo renders every widget, marks sample data, logs no errors', async () => {
  const page = await openDemo();
  const n = await page.locator('[data-planmeter]').count();
  assert.ok(n >= 10, `expected gauges, tables and a comparison, got ${n} widgets`);
  assert.equal(await page.locator('[data-planmeter="compare"] .pm-compare').count(), 1);
  assert.ok(await page.locator('[data-planmeter="gauge"] [role="meter"]').count() >= 5);
  assert.ok(await page.locator('[data-planmeter="table"] table').count() >= 5);
  assert.equal(await page.locator('.pm-error').count(), 0, 'no widget shows an error');
  // Sample values (note 示例数据 in the actuals file) are marked as such on the page.
  const acts = JSON.parse(readFileSync(join(ROOT, 'www', 'data', 'actuals.json'), 'utf8')).actuals || [];
  if (acts.some((a) => a.note === '示例数据')) {
    assert.ok(await page.locator('main >> text=示例数据').count() >= 1, 'sample values are marked');
  }
  assert.equal(await page.locator('link[rel=stylesheet][href$="planmeter.css"]').count(), 1);
  assert.deepEqual(page.problems, []);
  // Same origin only, and each data file fetched once however many widgets use it.
  const paths = page.requests.map((u) => new URL(u)).map((u) => {
    assert.equal(u.origin, new URL(server.url).origin, u.href);
    return u.pathname;
  });
  for (const f of ['/www/data/plans.json', '/www/data/actuals.json', '/www/dist/planmeter_bg.wasm']) {
    assert.equal(paths.filter((p) => p === f).length, 1, `${f} requested once`);
  }
  const allowed = /^\/www\/(index\.html|demo\.(css|js)|dist\/planmeter(\.js|\.css|_bg\.wasm)|data\/(plans|actuals)\.json)$/;
  for (const p of paths) assert.match(p, allowed);
  await shot(page, 'demo');
  if (process.env.UPDATE_DOCS === '1') {
    // The README picture: header, comparison and the first plan's gauges.
    await page.setViewportSize({ width: 1280, height: 1320 });
    await page.screenshot({ path: join(ROOT, 'docs', 'demo.png') });
  }
  await page.context().close();
});

test('the table filters as the reader types', async () => {
  const page = await openDemo();
  const table = firstTable(page);
  const before = (await rowNames(table)).length;
  const all = await rowNames(table);
  const word = all.find((n) => n.includes('商标')) ? '商标' : all[0].slice(0, 2);
  await page.evaluate(() => {
    window.__writes = 0;
    const replace = history.replaceState.bind(history);
    history.replaceState = (...a) => { window.__writes++; return replace(...a); };
  });
  await table.locator('[data-pm-filter="q"]').pressSequentially(word, { delay: 30 });
  await page.waitForFunction(
    ([el, n]) => el.querySelectorAll('tbody tr.pm-row').length < n,
    [await table.elementHandle(), before],
  );
  const after = await rowNames(table);
  assert.ok(after.length > 0 && after.length < before, `${before} → ${after.length} rows`);
  for (const name of after) assert.ok(name.includes(word), `${name} matches ${word}`);
  const count = await table.locator('[data-pm-count]').textContent();
  assert.match(count, new RegExp(`${after.length}\\s*/\\s*${before}`));
  await page.waitForTimeout(500);
  assert.equal(await page.evaluate(() => window.__writes), 1, 'one history update for a burst of typing');
  // Category select filters on change.
  await table.locator('[data-pm-filter="q"]').fill('');
  await table.locator('select[data-pm-filter="category"]').selectOption('protection');
  await page.waitForTimeout(100);
  const cats = await table.locator('tbody tr.pm-row .pm-c-category').allTextContents();
  assert.ok(cats.every((c) => c.includes('保护')), cats.join());
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('sorting works from the keyboard and updates aria-sort', async () => {
  const page = await openDemo();
  const table = firstTable(page);
  const original = await rowNames(table);
  const button = table.locator('[data-pm-sort="name"]');
  const th = table.locator('th:has([data-pm-sort="name"])');
  await button.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction((el) => el.getAttribute('aria-sort') === 'ascending', await th.elementHandle());
  const asc = await rowNames(table);
  assert.equal(await page.evaluate(() => document.activeElement.dataset.pmSort), 'name',
    'focus stays on the sort button');
  await page.keyboard.press('Space');
  await page.waitForFunction((el) => el.getAttribute('aria-sort') === 'descending', await th.elementHandle());
  const desc = await rowNames(table);
  assert.deepEqual(desc, [...asc].reverse());
  assert.deepEqual([...asc].sort(), [...original].sort());
  assert.notDeepEqual(asc, desc);
  assert.equal(await table.locator('th[aria-sort="ascending"], th[aria-sort="descending"]').count(), 1);
  await page.context().close();
});

test('filter and sort live in the URL hash; reload and hashchange restore them', async () => {
  const page = await openDemo();
  const table = firstTable(page);
  await table.locator('[data-pm-filter="q"]').pressSequentially('专利', { delay: 20 });
  await table.locator('[data-pm-sort="target"]').click();
  // The hash follows once typing pauses (history updates are debounced).
  await page.waitForFunction(() => decodeURIComponent(location.hash).includes('sort%3Dtarget')
    || decodeURIComponent(decodeURIComponent(location.hash)).includes('sort=target'));
  const hash = await page.evaluate(() => location.hash);
  const rows = await rowNames(table);
  assert.match(decodeURIComponent(decodeURIComponent(hash)), /pm-0=.*q=专利.*sort=target/);
  await page.reload();
  await mounted(page, await page.locator('[data-planmeter]').count());
  const t2 = firstTable(page);
  assert.equal(await t2.locator('[data-pm-filter="q"]').inputValue(), '专利');
  assert.deepEqual(await rowNames(t2), rows);
  assert.equal(await t2.locator('th:has([data-pm-sort="target"])').getAttribute('aria-sort'), 'ascending');
  // Another table's key, set by a shared link.
  await page.evaluate(() => { location.hash = 'pm-1=q%3D%E5%95%86%E6%A0%87'; });
  const second = page.locator('[data-planmeter="table"]').nth(1);
  await page.waitForFunction((el) => el.querySelector('[data-pm-filter="q"]').value === '商标',
    await second.elementHandle());
  for (const n of await rowNames(second)) assert.ok(n.includes('商标'), n);
  // The first table's part was replaced by the new hash: back to unfiltered.
  await page.waitForFunction((el) => el.querySelector('[data-pm-filter="q"]').value === '',
    await t2.elementHandle());
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('CSV export downloads the visible rows, UTF-8 with BOM', async () => {
  const page = await openDemo();
  const table = firstTable(page);
  const names = await rowNames(table);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    table.locator('[data-pm-csv]').click(),
  ]);
  assert.match(download.suggestedFilename(), /\.csv$/);
  const path = join(ROOT, 'tests', 'e2e', 'tmp', 'export.csv');
  await download.saveAs(path);
  const bytes = readFileSync(path);
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
  const text = bytes.subarray(3).toString('utf8');
  const lines = text.trim().split(/\r?\n/);
  assert.equal(lines.length, names.length + 1, 'header + one line per visible row');
  for (const n of names) assert.ok(text.includes(n.replace(/…$/, '')), `CSV has ${n}`);
  assert.match(lines[0], /指标/);
  await page.context().close();
});

test('without JavaScript the demo still shows static tables (CLI fallback markup)', async () => {
  const page = await newPage(browser, { javaScriptEnabled: false });
  await page.goto(DEMO());
  const widgets = await page.locator('[data-planmeter]').count();
  const filled = await page.locator('[data-planmeter] > .pm-root').count();
  assert.equal(filled, widgets, 'every widget element holds fallback markup');
  assert.ok(await page.locator('[data-planmeter="table"] table tbody tr.pm-row').count() >= 10);
  assert.equal(await page.locator('[data-planmeter] .pm-error').count(), 0);
  await page.context().close();
});
