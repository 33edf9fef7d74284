// The benchmark page: one library and one data size per page load.
//
//   bench.html?lib=planmeter&rows=10000    the [data-planmeter=table] widget (embed loader)
//   bench.html?lib=datatables&rows=10000   DataTables with default options, same rows
//   bench.html?mode=mount                  50 gauges and a 1,000-row table, mounted N times
//   …&split=1                              also time innerHTML / layout inside keystrokes
//   …&prof=1                               planmeter with wasm function names (profiling)
//
// Results go to `window.__bench` (and to the harness through `window.__benchSample` when
// bench/run.mjs has exposed it). Data comes from www/bench/tmp/, written by bench/run.mjs.
import { afterFrame, instrumentDom, keystrokeProbe } from './measure.js';

const params = new URLSearchParams(location.search);
const state = { ready: false, error: null, info: {}, samples: [], mount: null };
window.__bench = state;
const stage = document.getElementById('bench-stage');
const status = (text) => {
  document.getElementById('bench-status').textContent = text;
};

function report(sample) {
  state.samples.push(sample);
  if (typeof window.__benchSample === 'function') window.__benchSample(sample);
}

async function fetchText(url) {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url}: HTTP ${r.status} (run scripts/bench.sh first)`);
  return r.text();
}

/** Resolves once `test()` is true, checking every few ms. */
function until(test, ms = 60000) {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const tick = () => {
      if (test()) return resolve();
      if (performance.now() - t0 > ms) return reject(new Error('timed out'));
      setTimeout(tick, 10);
    };
    tick();
  });
}

/** The embed loader; `prof=1`: the same code with wasm function names (bench/profile.mjs). */
// `dist=NAME`: another build of the bundle in www/NAME/ (A/B comparisons by hand).
const dist = /^[a-z0-9-]+$/.test(params.get('dist') || '') ? params.get('dist') : 'dist';
const loaderUrl = params.get('prof') === '1' ? './tmp/prof/loader.js' : `../${dist}/planmeter.js`;

async function planmeterTable(rows) {
  const { ready } = await import(loaderUrl);
  await ready;
  const el = document.createElement('div');
  el.setAttribute('data-planmeter', 'table');
  el.setAttribute('data-src', `bench/tmp/plans-${rows}.json`);
  const t0 = performance.now();
  stage.append(el);
  // The loader's MutationObserver mounts it: fetch, parse, rows, first render.
  await until(() => el.querySelector('.pm-root [data-pm-body] tr'));
  const tEnd = await afterFrame();
  state.info.load_and_mount_ms = tEnd - t0;
  state.info.searchSelector = 'input[data-pm-filter="q"]';
  state.info.count = () => el.querySelector('[data-pm-count]')?.textContent ?? '';
  return el;
}

async function datatablesTable(rows) {
  const [{ default: DataTable }, text] = await Promise.all([
    import('./tmp/datatables.js'),
    fetchText(`bench/tmp/dt-${rows}.json`),
  ]);
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = 'bench/tmp/datatables.css';
  document.head.append(link);
  await new Promise((r) => { link.onload = r; link.onerror = r; });
  const { columns, data } = JSON.parse(text);
  const el = document.createElement('div');
  const table = document.createElement('table');
  table.className = 'display';
  el.append(table);
  stage.append(el);
  const t0 = performance.now();
  const dt = new DataTable(table, { data, columns: columns.map((title) => ({ title })) });
  const tEnd = await afterFrame();
  state.info.load_and_mount_ms = tEnd - t0;
  state.info.version = DataTable.version;
  state.info.searchSelector = '.dt-search input';
  state.info.count = () => el.querySelector('.dt-info')?.textContent ?? '';
  state.dt = dt;
  return el;
}

async function filterPage() {
  const lib = params.get('lib') || 'planmeter';
  const rows = Number(params.get('rows')) || 10000;
  status(`${lib}, ${rows} rows: loading…`);
  const el = lib === 'datatables' ? await datatablesTable(rows) : await planmeterTable(rows);
  const probe = keystrokeProbe(el, (s) => {
    s.count = state.info.count();
    report(s);
  });
  if (params.get('split') === '1') instrumentDom(probe.current);
  state.info.lib = lib;
  state.info.rows = rows;
  status(`${lib}, ${rows} rows: ready; type into the search box.`);
}

/** The first 50 (plan, indicator) pairs with a target value, cycling if fewer. */
function gaugeList(planSet, n) {
  const all = [];
  for (const p of planSet.plans) {
    for (const ind of p.indicators) {
      const t = ind.targets?.at(-1);
      if (t && t.value != null) all.push({ plan: p.id, indicator: ind.id, target: t.value, base: ind.baseline?.value });
    }
  }
  return Array.from({ length: n }, (_, i) => {
    const g = all[i % all.length];
    const base = g.base ?? 0;
    return { plan: g.plan, indicator: g.indicator, actual: base + (g.target - base) * 0.55, year: 2023 };
  });
}

/**
 * Times `mount()` from the call to the end of the frame that shows it. The call runs at the
 * start of a frame (in a `requestAnimationFrame` callback), so that frame's style, layout
 * and paint follow at once and a message posted from the callback arrives after them: the
 * time counts the mount and its rendering, not the wait for the next vsync. With `split`,
 * also times the DOM calls inside the call and forces style and layout right after it
 * (`layout`), so that the rest is mostly paint.
 */
let mountHooks = null;

async function timeMount(mount, teardown, split = false) {
  const r = await new Promise((resolve) => {
    requestAnimationFrame(() => {
      if (split) mountHooks = { hooks: {} };
      const t0 = performance.now();
      const handles = mount();
      const tSync = performance.now();
      let layout = null;
      let hooks = null;
      if (split) {
        ({ hooks } = mountHooks);
        mountHooks = null;
        stage.getBoundingClientRect();
        layout = performance.now() - tSync;
      }
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        resolve({ handles, sync: tSync - t0, layout, hooks, total: performance.now() - t0 });
      };
      ch.port2.postMessage(0);
    });
  });
  teardown(r.handles);
  // Let the teardown's own frame pass so that it is not counted in the next mount.
  await afterFrame();
  await new Promise((res) => setTimeout(res, 30));
  delete r.handles;
  return r;
}

async function mountPage() {
  const runs = Number(params.get('runs')) || 9;
  status('mount: loading…');
  const { ready } = await import('../dist/planmeter.js');
  const api = await ready;
  const seedUrl = 'data/plans.json';
  const [seedText, actualsText, bigText] = await Promise.all([
    fetchText(seedUrl),
    fetchText('data/actuals.json'),
    fetchText('bench/tmp/plans-1000.json'),
  ]);
  const out = {
    runs,
    gauges_50: [],
    table_1000: [],
    gauges_50_loader: [],
    table_1000_loader: [],
    gauges_50_split: [],
    table_1000_split: [],
  };
  let t = performance.now();
  const seeds = api.loadPlans(seedText, actualsText);
  out.load_seeds_ms = performance.now() - t;
  t = performance.now();
  const big = api.loadPlans(bigText);
  out.load_1000_ms = performance.now() - t;
  const list = gaugeList(JSON.parse(seedText), 50);

  const box = document.createElement('div');
  stage.append(box);
  // Both ways lay the gauges out alike: in a grid of their own.
  const gaugeEls = () => {
    const grid = box.appendChild(document.createElement('div'));
    grid.className = 'bench-gauges';
    return list.map(() => grid.appendChild(document.createElement('div')));
  };
  const clear = () => box.replaceChildren();
  const apiGauges = (split) => {
    const els = gaugeEls();
    return timeMount(
      () => els.map((el, k) => api.renderGauge(el, { data: seeds, ...list[k] })),
      (hs) => {
        out.meters = box.querySelectorAll('[role="meter"]').length;
        hs.forEach((h) => h.destroy());
        clear();
      },
      split,
    );
  };
  const apiTable = (split) => {
    const tableEl = box.appendChild(document.createElement('div'));
    return timeMount(
      () => [api.renderTable(tableEl, { data: big })],
      (hs) => { hs.forEach((h) => h.destroy()); clear(); },
      split,
    );
  };
  // The same through the embed loader: mountAll on new [data-planmeter] elements whose
  // data files are already fetched and parsed (the loader caches them per URL).
  const loaderGauges = () => {
    const wrap = document.createElement('div');
    wrap.className = 'bench-gauges';
    for (const g of list) {
      const d = wrap.appendChild(document.createElement('div'));
      d.dataset.planmeter = 'gauge';
      d.dataset.src = seedUrl;
      d.dataset.actuals = 'data/actuals.json';
      d.dataset.plan = g.plan;
      d.dataset.indicator = g.indicator;
      d.dataset.actual = String(g.actual);
      d.dataset.year = String(g.year);
    }
    return wrap;
  };
  const loaderTable = () => {
    const wrap = document.createElement('div');
    const d = wrap.appendChild(document.createElement('div'));
    d.dataset.planmeter = 'table';
    d.dataset.src = 'bench/tmp/plans-1000.json';
    return wrap;
  };
  // Warm the loader's data cache (not timed).
  for (const make of [loaderGauges, loaderTable]) {
    const w = make();
    box.append(w);
    await api.mountAll(w);
    w.remove();
    await api.mountAll(box);
  }
  const loaderRun = (make) => {
    const w = make();
    return timeMount(
      () => {
        box.append(w);
        api.mountAll(w);
        return [w];
      },
      // Removed elements are unmounted (listeners dropped) at the next mountAll.
      () => { w.remove(); api.mountAll(box); },
    );
  };
  const kinds = [
    ['gauges_50', () => apiGauges(false)],
    ['table_1000', () => apiTable(false)],
    ['gauges_50_loader', () => loaderRun(loaderGauges)],
    ['table_1000_loader', () => loaderRun(loaderTable)],
  ];
  // Warm-up rounds (not kept): first calls compile and tier up wasm and JS, load fonts.
  for (let i = 0; i < 3; i++) for (const [, run] of kinds) await run();
  // Then the kinds take turns, so that a busy moment of the machine hits all alike.
  for (let i = 0; i < runs; i++) for (const [name, run] of kinds) out[name].push(await run());
  // The last runs force layout after the call and time the DOM calls inside it.
  instrumentDom(() => mountHooks);
  for (let i = 0; i < 3; i++) {
    out.gauges_50_split.push(await apiGauges(true));
    out.table_1000_split.push(await apiTable(true));
  }
  state.mount = out;
  status('mount: done');
}

const main = params.get('mode') === 'mount' ? mountPage : filterPage;
main().then(
  () => { state.ready = true; },
  (e) => {
    state.error = String(e && e.stack ? e.stack : e);
    status(`error: ${e}`);
  },
);
