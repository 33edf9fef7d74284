// Embedding under hostile conditions: strict CSP, hostile host CSS, markup in the data,
// broken widgets, 繁體, a 1,000-row table, elements added later, destroy().
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve, launch, newPage, mounted, shot, ROOT } from './lib.mjs';
import { writeBig } from './gen-big.mjs';

let server, browser;
before(async () => {
  writeBig(1000);
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

const PAGES = () => `${server.url}tests/e2e/pages/`;
const FIXTURES = join(ROOT, 'tests', 'e2e', 'fixtures');

async function open(name, count, opts = {}) {
  const page = await newPage(browser, { viewport: { width: 1200, height: 900 }, ...opts });
  const resp = await page.goto(PAGES() + name);
  if (count) await mounted(page, count);
  page.response = resp;
  return page;
}

const box = async (loc) => (await loc.boundingBox()) || { width: 0, height: 0 };

test('strict CSP: widgets render, no violation, spacers sized through CSSOM only', async () => {
  const page = await open('csp/strict.html', 4);
  assert.match(page.response.headers()['content-security-policy'], /style-src 'self'/);
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  assert.deepEqual(page.problems, []);
  assert.equal(await page.locator('#g [role="meter"]').count(), 1);
  // data-actual / data-year override the data's latest value.
  assert.match(await page.locator('#g').textContent(), /8\.2/);
  assert.match(await page.locator('#g').textContent(), /2023/);
  // No style attribute in any markup; the only inline style is the spacer height that the
  // table sets through CSSOM (`style.setProperty`, which CSP allows).
  const styled = await page.evaluate(() => [...document.querySelectorAll('[style]')]
    .map((e) => `${e.getAttribute('data-pm-spacer') ?? e.tagName}: ${e.getAttribute('style')}`));
  assert.ok(styled.every((s) => /^(top|bottom): --pm-spacer-h: \d+px;$/.test(s)), styled.join('\n'));
  const scroller = page.locator('#big [data-pm-scroll]');
  await scroller.evaluate((el) => { el.scrollTop = 20000; el.dispatchEvent(new Event('scroll')); });
  await page.waitForFunction(() => {
    const top = document.querySelector('#big tr[data-pm-spacer="top"]');
    return top && top.getBoundingClientRect().height > 1000;
  });
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  await shot(page, 'csp');
  await page.context().close();
});

test('hostile host CSS does not hide or collapse the widgets', async () => {
  const page = await open('hostile.html', 3);
  const meter = page.locator('#g svg').first();
  const mb = await box(meter);
  assert.ok(mb.width > 80 && mb.height > 40, `gauge svg visible: ${JSON.stringify(mb)}`);
  const table = page.locator('#t table').first();
  assert.equal(await table.evaluate((t) => getComputedStyle(t).display), 'table');
  const row = page.locator('#t tbody tr.pm-row').first();
  const rb = await box(row);
  assert.ok(rb.width > 300 && rb.height > 10 && rb.height < 120, `row box ${JSON.stringify(rb)}`);
  const search = page.locator('#t [data-pm-filter="q"]');
  assert.ok((await box(search)).width > 50, 'search box visible');
  const cb = await box(page.locator('#c table').first());
  assert.ok(cb.width > 300 && cb.height > 50, `compare box ${JSON.stringify(cb)}`);
  await search.pressSequentially('商标');
  await page.waitForTimeout(100);
  const names = await page.locator('#t tbody tr.pm-row .pm-c-name').allTextContents();
  assert.ok(names.length > 0 && names.every((n) => n.includes('商标')));
  assert.deepEqual(page.problems, []);
  await shot(page, 'hostile');
  await page.context().close();
});

test('markup in the data is shown as text, never run', async () => {
  const page = await open('xss.html', 3);
  await page.waitForTimeout(200);
  for (const id of ['#t', '#g', '#c']) {
    assert.equal(await page.locator(`${id} img, ${id} script, ${id} [onerror]`).count(), 0, id);
  }
  assert.ok((await page.locator('#t').textContent()).includes('<img src=x onerror="alert(1)">'));
  assert.deepEqual(page.problems.filter((p) => p.startsWith('dialog')), []);
  await page.context().close();
});

test('a broken widget shows its error in its own box; the others work', async () => {
  const page = await open('broken.html', 8);
  assert.equal(await page.locator('#ok1 .pm-gauge [role="meter"]').count(), 1);
  assert.ok(await page.locator('#ok2 tbody tr.pm-row').count() > 0);
  for (const id of ['bad-src', 'bad-plan', 'bad-json', 'bad-kind', 'no-src']) {
    const err = page.locator(`#${id} .pm-error[role="alert"]`);
    assert.equal(await err.count(), 1, `${id} shows an error box`);
    assert.ok((await err.textContent()).length > 5);
  }
  assert.match(await page.locator('#bad-src .pm-error').textContent(), /404/);
  // Data that loads with problems renders, and the problems go to the console once.
  assert.equal(await page.locator('#warn [role="meter"]').count(), 1);
  const warned = page.warnings.filter((w) => w.includes('bad-actuals.json'));
  assert.equal(warned.length, 1, page.warnings.join('\n'));
  assert.match(warned[0], /no-such-plan/);
  assert.match(await page.locator('#bad-plan .pm-error').textContent(), /no-such-plan/);
  // Only the 404 itself is logged by the browser; nothing throws.
  assert.deepEqual(page.problems.filter((p) => !p.includes('404')), []);
  await shot(page, 'broken');
  await page.context().close();
});

test('data-lang="zh-Hant" switches the widgets\' own words; large text mode', async () => {
  const page = await open('hant.html', 3);
  assert.equal(await page.locator('#t .pm-root').first().getAttribute('lang'), 'zh-Hant');
  const head = await page.locator('#t thead').textContent();
  assert.ok(head.includes('進度') && head.includes('狀態'), head);
  assert.match(await page.locator('#t [data-pm-count]').textContent(), /顯示/);
  assert.ok(await page.locator('#g .pm-root.pm-large').count() === 1);
  // Without data-lang, the page's own lang attribute decides.
  assert.equal(await page.locator('#inherit .pm-root').getAttribute('lang'), 'zh-Hant');
  await shot(page, 'hant');
  await page.context().close();
});

test('a 1,000-row table keeps only the rows in view in the DOM', async () => {
  const page = await open('big.html', 1);
  const rows = () => page.locator('#big tbody tr.pm-row').count();
  const n0 = await rows();
  assert.ok(n0 > 5 && n0 < 100, `${n0} rows in the DOM`);
  assert.equal(await page.locator('#big table').getAttribute('aria-rowcount'), '1001');
  const scroller = page.locator('#big [data-pm-scroll]');
  const h = await scroller.evaluate((el) => el.scrollHeight);
  assert.ok(h > 1000 * 20, `scroll height covers every row: ${h}`);
  await scroller.evaluate((el) => { el.scrollTop = el.scrollHeight / 2; });
  await page.waitForFunction(() => {
    const r = document.querySelector('#big tbody tr.pm-row');
    return r && Number(r.getAttribute('aria-rowindex')) > 300;
  });
  const idx = await page.locator('#big tbody tr.pm-row').evaluateAll((trs) => trs.map((t) => Number(t.getAttribute('aria-rowindex'))));
  assert.ok(idx.length < 100);
  for (let i = 1; i < idx.length; i++) assert.equal(idx[i], idx[i - 1] + 1);
  // The rows under the viewport are really there (not just spacer).
  const inView = await scroller.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + 100, r.top + r.height / 2);
    return hit && hit.closest('tr') && hit.closest('tr').className;
  });
  assert.equal(inView, 'pm-row');
  // Printing puts every row in the DOM, and only while printing.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  assert.equal(await rows(), 1000);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  assert.ok((await rows()) < 100);
  await page.locator('#big [data-pm-filter="q"]').pressSequentially('第999项');
  await page.waitForFunction(() => document.querySelectorAll('#big tbody tr.pm-row').length === 1);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a narrower search keeps the rows that stay in view as they are', async () => {
  const page = await open('big.html', 1);
  const q = page.locator('#big [data-pm-filter="q"]');
  const ids = () => page.locator('#big tbody tr.pm-row').evaluateAll((trs) => trs.map((t) => t.dataset.pmRow));
  // The widget's data-pm-query says which filter the rows show.
  const applied = (want) => page.waitForFunction((w) => decodeURIComponent(document.querySelector('#big')?.dataset.pmQuery ?? '') === `q=${w}`, want);
  await q.fill('第1');
  await applied('第1');
  const before = await ids();
  // Tag every row element; the rows that stay must be the same elements afterwards.
  await page.evaluate(() => document.querySelectorAll('#big tbody tr.pm-row').forEach((t) => { t.pmTag = t.dataset.pmRow; }));
  await q.press('0');
  await applied('第10');
  const rows = await page.locator('#big tbody tr.pm-row').evaluateAll((trs) => trs.map((t) => ({
    id: t.dataset.pmRow, tag: t.pmTag ?? null, index: Number(t.getAttribute('aria-rowindex')), text: t.textContent,
  })));
  const stayed = rows.filter((r) => before.includes(r.id));
  assert.ok(stayed.length > 0 && stayed.length < rows.length, `${stayed.length} of ${rows.length} rows stayed`);
  for (const r of stayed) assert.equal(r.tag, r.id, `row ${r.id} kept its element`);
  for (const r of rows.filter((r) => !before.includes(r.id))) assert.equal(r.tag, null);
  for (const r of rows) assert.match(r.text, /第\d*10\d*项/);
  rows.forEach((r, i) => assert.equal(r.index, i + 2, 'aria-rowindex counts from 2 (row 1 is the header)'));
  // Back to the wider search: the body matches a fresh render of it.
  await q.press('Backspace');
  await applied('第1');
  assert.deepEqual(await ids(), before);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the 1,000-row table re-measures after a window resize and in large-text mode', async () => {
  const page = await open('big.html', 1);
  const scroller = page.locator('#big [data-pm-scroll]');
  const frames = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  // What is drawn just above the scroll container's bottom edge (and its scrollbar).
  const atBottom = () => scroller.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + 100, r.bottom - 30);
    return hit && hit.closest('tr') && hit.closest('tr').className;
  });
  const type = async (text) => {
    await page.locator('#big [data-pm-filter="q"]').fill(text);
    await frames();
  };
  await type('项');
  assert.equal(await atBottom(), 'pm-row');
  // A host that sizes the scroll area by the window (--pm-scroll-h: 70vh; the default is
  // min(70vh, 32.5em)): a taller window makes a taller viewport, a keystroke still fills it.
  await page.addStyleTag({ content: '#big .pm-root { --pm-scroll-h: 70vh; }' });
  await page.setViewportSize({ width: 1200, height: 1800 });
  await frames();
  await type('第');
  assert.equal(await atBottom(), 'pm-row');
  // Large text (适老化) makes rows taller: the spacers follow, the rows still fill the view.
  const h1 = await scroller.evaluate((el) => el.scrollHeight);
  await page.evaluate(() => document.body.classList.add('pm-large'));
  await frames();
  const h2 = await scroller.evaluate((el) => el.scrollHeight);
  assert.ok(h2 > h1 * 1.25, `scroll height follows the row height: ${h1} → ${h2}`);
  await type('项');
  assert.equal(await atBottom(), 'pm-row');
  await scroller.evaluate((el) => { el.scrollTop = el.scrollHeight / 2; });
  await frames();
  assert.equal(await atBottom(), 'pm-row');
  const idx = await page.locator('#big tbody tr.pm-row').evaluateAll((trs) => trs.map((t) => Number(t.getAttribute('aria-rowindex'))));
  assert.ok(idx[0] > 300 && idx.length < 100, `rows ${idx[0]}…, ${idx.length} in the DOM`);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('elements added later are mounted once; a second loader copy does nothing', async () => {
  const page = await open('later.html');
  await page.waitForFunction(() => document.querySelector('link[data-pm-css]'));
  const data = '/tests/e2e/fixtures/plans.json';
  await page.evaluate((src) => {
    const host = document.getElementById('host');
    for (const kind of ['gauge', 'table']) {
      const d = document.createElement('div');
      d.dataset.planmeter = kind;
      d.dataset.src = src;
      d.dataset.plan = 'zibo-ip-2021-2025';
      d.dataset.indicator = 'i1';
      host.appendChild(d);
    }
  }, data);
  await mounted(page, 2);
  await page.waitForTimeout(200);
  assert.equal(await page.locator('#host > div > .pm-root').count(), 2);
  assert.equal(await page.locator('#host .pm-root .pm-root').count(), 0, 'mounted once');
  assert.equal(await page.locator('link[rel=stylesheet][href$="planmeter.css"]').count(), 1);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

async function listeners(page, expression) {
  const cdp = await page.context().newCDPSession(page);
  const { result } = await cdp.send('Runtime.evaluate', { expression });
  const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
  return listeners.map((l) => l.type).sort();
}

test('JS API of the embed: loadPlans, render*, update, setFilter, destroy removes listeners', async () => {
  const page = await open('api.html');
  await page.waitForFunction(() => window.pm);
  const plans = readFileSync(join(FIXTURES, 'plans.json'), 'utf8');
  await page.evaluate((text) => { window.handle = pm.loadPlans(text); }, plans);
  // The embed bundle leaves out the parser and the data side of the API (parsePlan,
  // assess, a handle's plans/diagnostics): pages load curated JSON and show widgets; the
  // npm package has all of it (consumer.test.mjs).
  assert.deepEqual(await page.evaluate(() => [typeof pm.parsePlan, typeof pm.assess, 'plans' in handle, 'diagnostics' in handle]),
    ['undefined', 'undefined', false, false]);

  const before = await listeners(page, 'window');
  await page.evaluate(() => {
    window.t = pm.renderTable(document.getElementById('host'), { data: window.handle, plan: 'zibo-ip-2021-2025', hashKey: 'api' });
  });
  const on = await listeners(page, 'document.getElementById("host")');
  assert.deepEqual(on, ['change', 'click', 'input', 'scroll']);
  const during = await listeners(page, 'window');
  assert.equal(during.filter((t) => t === 'hashchange').length, before.filter((t) => t === 'hashchange').length + 1);
  const counts = await page.evaluate(() => {
    const all = t.visibleCount;
    t.setFilter('q=商标');
    return [all, t.visibleCount, t.query, document.querySelectorAll('#host tr.pm-row').length];
  });
  assert.ok(counts[1] < counts[0] && counts[1] === counts[3], JSON.stringify(counts));
  assert.equal(counts[2], 'q=%E5%95%86%E6%A0%87');
  await page.evaluate(() => t.destroy());
  assert.deepEqual(await listeners(page, 'document.getElementById("host")'), []);
  assert.deepEqual(await listeners(page, 'window'), before);
  assert.equal(await page.locator('#host *').count(), 0, 'content restored');
  assert.equal(await page.evaluate(() => document.adoptedStyleSheets.length), 0);
  await assert.rejects(page.evaluate(() => t.setFilter('q=x')), /null pointer|destroyed|moved/i);
  // Gauge and compare handles.
  const g = await page.evaluate(() => {
    const el = document.getElementById('host');
    const g = pm.renderGauge(el, { data: handle, plan: 'zibo-ip-2021-2025', indicator: 'i1', actual: 8, year: 2023 });
    const meter = !!el.querySelector('[role=meter]');
    g.destroy();
    const c = pm.renderCompare(el, { data: handle, key: 'high_value_invention_patents_per_10k', lang: 'zh-Hant' });
    const lang = el.firstElementChild.getAttribute('lang');
    c.destroy();
    let err = '';
    try { pm.renderGauge(el, { data: handle, plan: 'nope', indicator: 'i1' }); } catch (e) { err = e.message; }
    handle.destroy();
    let gone = '';
    try { pm.renderGauge(el, { data: handle, plan: 'x', indicator: 'y' }); } catch (e) { gone = e.message; }
    return { meter, lang, err, gone, empty: el.innerHTML };
  });
  assert.ok(g.meter);
  assert.equal(g.lang, 'zh-Hant');
  assert.match(g.err, /nope/);
  assert.ok(g.gone.length > 0);
  assert.equal(g.empty, '');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
