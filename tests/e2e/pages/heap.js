// Mount/destroy cycles for tests/e2e/heap.test.mjs, exposed as window.heap (a module
// file: CSP-safe). Every cycle mounts one widget into a fresh element, works it a little
// (update, typing in the search box, sorting, scrolling), destroys it and removes the
// element; `destroy: false` leaves destroy() out and `keep: true` holds on to the handles
// and elements (the leaks the test must catch).
import { ready } from '/www/dist/planmeter.js';

const pm = await ready;
const host = document.getElementById('host');
let data = null;
let plans = [];
let keys = [];

/** Loads the PlanSet (+ actuals) once; the widgets share the handle. */
function load(plansText, actualsText) {
  data = pm.loadPlans(plansText, actualsText);
  plans = JSON.parse(plansText).plans.filter((p) => p.indicators.length > 0);
  const count = new Map();
  for (const p of plans) {
    for (const i of p.indicators) if (i.key) count.set(i.key, (count.get(i.key) || 0) + 1);
  }
  // Keys shared by several plans: a real comparison.
  keys = [...count].filter(([, n]) => n > 1).map(([k]) => k).sort();
  return { plans: plans.length, indicators: plans.reduce((n, p) => n + p.indicators.length, 0),
    keys: keys.length };
}

const kept = [];
const frames = (n) => new Promise((resolve) => {
  const step = () => (--n > 0 ? requestAnimationFrame(step) : resolve());
  requestAnimationFrame(step);
});
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function fresh() {
  const el = document.createElement('div');
  host.append(el);
  return el;
}

/** Fires the events a reader's typing fires in the search box. */
function type(el, text) {
  const input = el.querySelector('[data-pm-filter="q"]');
  if (!input) throw new Error('no search box');
  for (let n = 1; n <= text.length; n++) {
    input.value = text.slice(0, n);
    input.dispatchEvent(new InputEvent('input', { bubbles: true, data: text[n - 1] }));
  }
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const KINDS = {
  gauge(el, i) {
    const plan = plans[i % plans.length];
    const ind = plan.indicators[Math.floor(i / plans.length) % plan.indicators.length];
    const opts = { data, plan: plan.id, indicator: ind.id };
    if (i % 3 === 1) Object.assign(opts, { actual: 1 + (i % 97), year: 2023 });
    if (i % 4 === 2) opts.lang = 'zh-Hant';
    const h = pm.renderGauge(el, opts);
    if (!el.querySelector('.pm-root')) throw new Error('gauge not rendered');
    // update() takes the render options again (`data` may be left out).
    if (i % 2 === 0) h.update({ plan: plan.id, indicator: ind.id, actual: 2 + (i % 13), year: 2024 });
    return h;
  },
  table(el, i) {
    const opts = { data };
    // Every plan (the longest table) or one plan; some tables keep their state in the hash.
    if (i % 2 === 1) opts.plan = plans[i % plans.length].id;
    if (i % 4 === 0) opts.hashKey = 'heap';
    const h = pm.renderTable(el, opts);
    const all = h.visibleCount;
    type(el, i % 2 ? '专利' : '商标');
    if (h.visibleCount > all) throw new Error('typing did not filter');
    el.querySelector('[data-pm-sort]')?.click();
    h.setFilter(i % 3 ? 'sort=-progress' : 'q=数&sort=name');
    const scroller = el.querySelector('[data-pm-scroll]');
    // Scrolling lays the table out (~15 ms here): every tenth table.
    if (scroller && i % 10 === 0) {
      scroller.scrollTop = 200;
      scroller.dispatchEvent(new Event('scroll'));
    }
    h.setFilter('');
    if (h.visibleCount !== all) throw new Error('clearing the filter did not restore the rows');
    return h;
  },
  compare(el, i) {
    const opts = { data, key: keys[i % keys.length] };
    if (i % 2) opts.lang = 'zh-Hant';
    if (i % 5 === 0) opts.year = 2023;
    const h = pm.renderCompare(el, opts);
    if (!el.querySelector('table')) throw new Error('comparison not rendered');
    if (i % 3 === 0) h.update({ key: keys[(i + 1) % keys.length], lang: opts.lang });
    return h;
  },
};

/** `n` mount/destroy cycles of `kind`; resolves to {ms, errors}. */
async function run(kind, n, { destroy = true, keep = false } = {}) {
  const mount = KINDS[kind];
  const errors = [];
  // Where the wasm memory grew ([cycle, bytes]), when the test has handed it over.
  const growth = [];
  let lastBytes = window.heapMemory?.buffer.byteLength;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const el = fresh();
    const listeners = window.heapListeners();
    try {
      const h = mount(el, i);
      // Now and then a widget lives through a few frames (its resize observer reports) or,
      // for a table keeping its state in the hash, until the hash is written.
      if (i % 25 === 0) await frames(2);
      if (kind === 'table' && i % 100 === 0) await sleep(300);
      if (destroy) {
        h.destroy();
        if (el.childNodes.length !== 0) errors.push(`${kind} ${i}: content not restored`);
      }
      // A page holding on to its widgets (the leak the heap and DOM figures must show).
      if (keep) kept.push([h, el]);
    } catch (e) {
      errors.push(`${kind} ${i}: ${e.message}`);
    }
    el.remove();
    const left = window.heapListeners() - listeners;
    if (left !== 0) errors.push(`${kind} ${i}: ${left} event listeners left`);
    const bytes = window.heapMemory?.buffer.byteLength;
    if (bytes !== lastBytes) growth.push([i, bytes]);
    lastBytes = bytes;
  }
  return { ms: performance.now() - t0, errors: errors.slice(0, 5), errorCount: errors.length, growth };
}

/** `n` cycles of a `[data-planmeter]` element: added, mounted by mountAll, removed, and
 * mountAll again (which drops the widgets of removed elements). */
async function runDeclarative(n) {
  const errors = [];
  const t0 = performance.now();
  const kinds = ['gauge', 'table', 'compare'];
  for (let i = 0; i < n; i++) {
    const el = fresh();
    const listeners = window.heapListeners();
    const kind = kinds[i % 3];
    el.dataset.planmeter = kind;
    el.dataset.src = '/seeds/plans.json';
    el.dataset.actuals = '/seeds/actuals.json';
    const plan = plans[i % plans.length];
    if (kind === 'gauge') {
      el.dataset.plan = plan.id;
      el.dataset.indicator = plan.indicators[0].id;
    }
    if (kind === 'compare') el.dataset.key = keys[i % keys.length];
    el.innerHTML = '<p>static fallback</p>';
    await pm.mountAll(el);
    const root = el.querySelector(':scope > .pm-root');
    if (!root || root.classList.contains('pm-static')) errors.push(`${kind} ${i}: not mounted`);
    el.remove();
    // A removed element's widget (and its listeners) goes at the next mountAll.
    await pm.mountAll(host);
    const left = window.heapListeners() - listeners;
    if (left !== 0) errors.push(`${kind} ${i}: ${left} event listeners left`);
  }
  return { ms: performance.now() - t0, errors: errors.slice(0, 5), errorCount: errors.length };
}

/** What the page itself can see (the CDP counters come from the test). */
function state() {
  return {
    listeners: window.heapListeners(),
    elements: document.getElementsByTagName('*').length,
    adoptedSheets: document.adoptedStyleSheets.length,
    hash: location.hash,
    hostChildren: host.childNodes.length,
  };
}

window.heap = { load, run, runDeclarative, state };
document.documentElement.dataset.heapReady = '1';
