// The benchmark harness (scripts/bench.sh runs it after scripts/build.sh): writes the
// data sets, drives www/bench.html in headless Chromium, times the native parser, and
// writes bench/results.json. See bench/README.md for the method.
//
// env: BENCH_QUICK=1   10,000 rows only, one pass of the keystroke sequence, 3 mount runs
//      BENCH_OUT=FILE  where to write the results (default bench/results.json; in quick
//                      mode bench/tmp/results-quick.json, so a smoke run never replaces
//                      the committed full results)
//      CHROMIUM=PATH   browser (default /usr/bin/chromium)
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join, relative } from 'node:path';
import { generate, ROOT, SEED } from './gen.mjs';
import { dataTablesRows } from './dtrows.mjs';
import { buildProfilingBundle, startProfile, summarize } from './profile.mjs';
import { summary } from './stats.mjs';

const require = createRequire(join(ROOT, 'package.json'));
const { chromium } = require('playwright-core');

const QUICK = process.env.BENCH_QUICK === '1';
const SIZES = QUICK ? [10000] : [10000, 100000];
const TMP = join(ROOT, 'www', 'bench', 'tmp');
const CLI = join(ROOT, 'target', 'release', 'planmeter');
/** The profile-guided build of the same CLI (scripts/build-cli-pgo.sh), when there is one. */
const CLI_PGO = join(ROOT, 'target', 'pgo', 'release', 'planmeter');
const OUT = process.env.BENCH_OUT
  || join(ROOT, 'bench', ...(QUICK ? ['tmp', 'results-quick.json'] : ['results.json']));
/** Pause after each keystroke's frame before the next keystroke (a fast typist: ~8/s). */
const GAP_MS = 120;
const LIBS = ['planmeter', 'datatables'];

const BS = 'Backspace';
/** Typed into an empty search box, char by char: indicator names, regions, Latin. */
export const SEQUENCE = [
  '发', '明', '专', '利', BS, BS, BS, BS,
  '商', '标', BS, BS,
  '山', '东', BS, BS,
  '淄', '博', BS, BS,
  '高', '价', '值', BS, BS, BS,
  '质', '押', BS, BS,
  'p', 'c', 't', BS, BS, BS,
];
/** Typed (and measured, not kept) first, so that lazy work and the JIT are warm. */
const WARMUP = ['专', '利', BS, BS];

const log = (...a) => console.error('bench:', ...a);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function prepareData() {
  mkdirSync(TMP, { recursive: true });
  for (const rows of [1000, ...SIZES]) {
    const file = join(TMP, `plans-${rows}.json`);
    writeFileSync(file, JSON.stringify(generate(rows)));
    if (rows >= 10000) {
      const dt = dataTablesRows(CLI, file);
      if (dt.data.length !== rows) throw new Error(`DataTables rows: ${dt.data.length} ≠ ${rows}`);
      writeFileSync(join(TMP, `dt-${rows}.json`), JSON.stringify(dt));
    }
    log(`data: ${rows} rows`);
  }
  execFileSync(join(ROOT, 'node_modules', '.bin', 'esbuild'), [
    join(ROOT, 'www', 'bench', 'datatables-entry.js'), '--bundle', '--format=esm', '--minify',
    '--log-level=warning', `--outfile=${join(TMP, 'datatables.js')}`,
  ], { stdio: 'inherit' });
  copyFileSync(join(ROOT, 'node_modules', 'datatables.net-dt', 'css', 'dataTables.dataTables.min.css'),
    join(TMP, 'datatables.css'));
}

/** scripts/serve.mjs on a free port, serving www/ without a CSP header. */
function serve() {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [join(ROOT, 'scripts', 'serve.mjs'), join(ROOT, 'www')], {
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

function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

async function openPage(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  let waiter = null;
  await page.exposeFunction('__benchSample', (s) => waiter?.(s));
  page.nextSample = () => new Promise((r) => { waiter = r; });
  await page.goto(url);
  await page.waitForFunction(() => window.__bench && (window.__bench.ready || window.__bench.error),
    null, { timeout: 300000, polling: 100 });
  const error = await page.evaluate(() => window.__bench.error);
  if (error || problems.length) throw new Error(`${url}: ${error || problems.join('; ')}`);
  return { page, context };
}

/** Types `keys` into the page's search box; one sample per keystroke. */
async function typeKeys(page, keys) {
  const out = [];
  for (const key of keys) {
    const next = page.nextSample();
    if (key === BS) await page.keyboard.press(BS);
    else await page.keyboard.type(key);
    const s = await Promise.race([next, sleep(60000).then(() => null)]);
    if (!s) throw new Error(`no sample for keystroke ${key}`);
    out.push({ key, ...s });
    await sleep(GAP_MS);
  }
  return out;
}

/** One page load: warm-up, then the sequence (twice, once in quick mode, once when
 * profiling). `mode`: '' measured, 'split' DOM calls timed, 'prof' CPU profile. */
async function filterRun(browser, base, lib, rows, mode = '') {
  const extra = { split: '&split=1', prof: '&prof=1' }[mode] ?? '';
  const url = `${base}bench.html?lib=${lib}&rows=${rows}${extra}`;
  const { page, context } = await openPage(browser, url);
  const info = await page.evaluate(() => {
    const { count, ...rest } = window.__bench.info;
    return rest;
  });
  await page.click(info.searchSelector);
  await typeKeys(page, WARMUP);
  const passes = QUICK || mode === 'prof' ? 1 : 2;
  const stop = mode === 'prof' ? await startProfile(page) : null;
  const samples = [];
  for (let i = 0; i < passes; i++) samples.push(...(await typeKeys(page, SEQUENCE)));
  const profile = stop ? await stop() : null;
  await context.close();
  return { info, samples, profile };
}

const ms = (x) => Math.round(x * 100) / 100;

/** Medians of the split pass: where a planmeter keystroke's time goes. */
function splitSummary(samples) {
  const med = (f) => summary(samples.map(f)).p50;
  const hook = (s, k) => s.hooks?.[k] ?? 0;
  return {
    samples: samples.length,
    handler_p50: med((s) => s.sync),
    innerHTML_p50: med((s) => hook(s, 'innerHTML')),
    layout_reads_p50: med((s) => hook(s, 'layout')),
    replaceSync_p50: med((s) => hook(s, 'replaceSync')),
    wasm_and_glue_p50: med((s) => s.sync - hook(s, 'innerHTML') - hook(s, 'layout') - hook(s, 'replaceSync')),
    frame_after_handler_p50: med((s) => s.total - s.sync),
    total_p50: med((s) => s.total),
    total_p95: summary(samples.map((s) => s.total)).p95,
  };
}

async function filterBench(browser, base, profiling) {
  const filter = {};
  const details = {};
  for (const rows of SIZES) {
    filter[rows] = {};
    details[rows] = {};
    for (const lib of LIBS) {
      log(`filter: ${lib}, ${rows} rows`);
      const { info, samples } = await filterRun(browser, base, lib, rows);
      // The table must really have filtered: several different result counts were shown.
      const counts = new Set(samples.map((s) => s.count));
      if (counts.size < 4) throw new Error(`${lib} ${rows}: the search did not filter (${[...counts]})`);
      const total = summary(samples.map((s) => s.total));
      const sync = summary(samples.map((s) => s.sync));
      filter[rows][lib] = { p50: total.p50, p95: total.p95 };
      details[rows][lib] = {
        samples: samples.length,
        mean: total.mean,
        max: total.max,
        handler_p50: sync.p50,
        handler_p95: sync.p95,
        frame_after_handler_p50: summary(samples.map((s) => s.total - s.sync)).p50,
        load_and_first_render_ms: ms(info.load_and_mount_ms),
        version: info.version,
        keystrokes: samples.map((s) => [s.key, ms(s.total), ms(s.sync), s.count]),
      };
    }
    if (!QUICK) {
      log(`filter split: planmeter, ${rows} rows`);
      details[rows].planmeter_split = splitSummary((await filterRun(browser, base, 'planmeter', rows, 'split')).samples);
    }
    if (profiling) {
      log(`filter profile: planmeter, ${rows} rows`);
      const { samples, profile } = await filterRun(browser, base, 'planmeter', rows, 'prof');
      details[rows].planmeter_profile = summarize(profile, samples.length);
      // For DevTools (Performance ▸ load profile) or a closer look.
      writeFileSync(join(TMP, `planmeter-${rows}.cpuprofile`), JSON.stringify(profile));
    }
  }
  return { filter, details };
}

async function mountBench(browser, base) {
  log('mount');
  const { page, context } = await openPage(browser, `${base}bench.html?mode=mount&runs=${QUICK ? 3 : 15}`);
  const m = await page.evaluate(() => window.__bench.mount);
  await context.close();
  const pick = (list) => {
    const total = summary(list.map((r) => r.total));
    const min = Math.min(...list.map((r) => r.total));
    return { p50: total.p50, min: ms(min), max: total.max, call_p50: summary(list.map((r) => r.sync)).p50 };
  };
  return {
    mount: { gauges_50: pick(m.gauges_50).p50, table_1000: pick(m.table_1000).p50 },
    details: {
      runs: m.runs,
      meters_rendered: m.meters,
      gauges_50: pick(m.gauges_50),
      table_1000: pick(m.table_1000),
      gauges_50_loader: pick(m.gauges_50_loader),
      table_1000_loader: pick(m.table_1000_loader),
      gauges_50_split: splitMount(m.gauges_50_split),
      table_1000_split: splitMount(m.table_1000_split),
      load_seeds_ms: ms(m.load_seeds_ms),
      load_1000_rows_ms: ms(m.load_1000_ms),
    },
  };
}

/** Medians of the mount runs that forced layout: call, style + layout, the rest (paint). */
function splitMount(list) {
  const med = (f) => summary(list.map(f)).p50;
  return {
    runs: list.length,
    call_p50: med((r) => r.sync),
    in_call_innerHTML_p50: med((r) => r.hooks?.innerHTML ?? 0),
    in_call_layout_reads_p50: med((r) => r.hooks?.layout ?? 0),
    style_layout_after_call_p50: med((r) => r.layout),
    paint_rest_p50: med((r) => r.total - r.sync - r.layout),
    total_p50: med((r) => r.total),
  };
}

/**
 * Native parse throughput over the five seeds repeated to ≥ 3 MB (MB = 1e6 bytes of UTF-8
 * input). Timed by bash's `time`: the headline uses CPU time (user + sys), which other
 * processes on a shared machine disturb much less than wall time.
 *
 * The headline times the profile-guided CLI (scripts/build-cli-pgo.sh: the same code,
 * trained on the held-out corpora, not on these seeds) when it was built; the plain
 * release CLI runs alternately with it, so both figures come from the same minutes.
 */
/** Timed runs of each CLI in the parse benchmark (after the warm-up runs). */
const RUNS = 11;

function parseBench() {
  log('parse (native)');
  const seeds = readdirSeeds();
  const bytes1 = seeds.reduce((a, f) => a + statSync(f).size, 0);
  const copies = Math.ceil((QUICK ? 1e6 : 3e6) / bytes1);
  const files = Array.from({ length: copies }, () => seeds).flat();
  const bytes = bytes1 * copies;
  const clis = { plain: CLI };
  if (existsSync(CLI_PGO)) clis.pgo = CLI_PGO;
  const times = Object.fromEntries(Object.keys(clis).map((k) => [k, { wall: [], cpu: [] }]));
  const script = 'TIMEFORMAT="%R %U %S"; time "$0" parse "$@" >/dev/null 2>&1';
  // Two warm-up rounds, not kept: the first runs are slower (files and code cold).
  const warm = QUICK ? 0 : 2;
  for (let i = 0; i < (QUICK ? 2 : RUNS) + warm; i++) {
    for (const [k, cli] of Object.entries(clis)) {
      const r = spawnSync('bash', ['-c', script, cli, ...files], { encoding: 'utf8' });
      const m = /([\d.]+) ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr);
      if (r.status !== 0 || !m) throw new Error(`planmeter parse failed: ${r.stderr}`);
      if (i < warm) continue;
      times[k].wall.push(Number(m[1]));
      times[k].cpu.push(Number(m[2]) + Number(m[3]));
    }
  }
  const rate = (t) => Math.round((bytes / 1e6 / t) * 100) / 100;
  const head = clis.pgo ? 'pgo' : 'plain';
  const per = (k) => ({
    cli: relative(ROOT, clis[k]),
    mb_per_s: rate(summary(times[k].cpu).p50),
    mb_per_s_wall_p50: rate(summary(times[k].wall).p50),
    cpu_s: times[k].cpu,
    wall_s: times[k].wall,
  });
  return {
    value: rate(summary(times[head].cpu).p50),
    details: {
      input_bytes: bytes,
      files: files.length,
      headline: head,
      ...Object.fromEntries(Object.keys(clis).map((k) => [k, per(k)])),
      method: 'release CLI `planmeter parse FILE…` end to end (read, parse, JSON out); '
        + `MB/s = 1e6 input bytes per CPU second (user+sys), median of ${RUNS} runs after 2 warm-up `
        + 'runs, before the browser passes; the headline is the profile-guided build (`pgo`, trained on tests/holdout*/docs) '
        + 'when scripts/build-cli-pgo.sh built it, else the plain release build; the two run '
        + 'alternately',
    },
  };
}

function readdirSeeds() {
  const dir = join(ROOT, 'seeds');
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f));
}

function bundleSizes() {
  const gz = (f) => execFileSync('gzip', ['-9', '-c', join(ROOT, 'www', 'dist', f)], { maxBuffer: 1 << 28 }).length;
  const raw = (f) => statSync(join(ROOT, 'www', 'dist', f)).size;
  const files = { wasm: 'planmeter_bg.wasm', js: 'planmeter.js', css: 'planmeter.css' };
  const out = {};
  const rawOut = {};
  for (const [k, f] of Object.entries(files)) {
    out[k] = gz(f);
    rawOut[k] = raw(f);
  }
  out.total = out.wasm + out.js + out.css;
  return { gzip: out, raw: rawOut };
}

function goals(r) {
  const f100 = r.filter_ms['100000'];
  const g = {
    bundle_le_60kb_gzip: r.bundle_gzip_bytes.total <= 60 * 1024,
    gauges_50_le_30ms: r.mount_ms.gauges_50 <= 30,
    table_1000_le_50ms: r.mount_ms.table_1000 <= 50,
    parse_ge_20mb_s: r.parse_mb_per_s >= 20,
  };
  if (f100) {
    g.filter_100k_p95_le_16ms = f100.planmeter.p95 <= 16;
    g.filter_100k_5x_datatables = f100.datatables.p95 >= 5 * f100.planmeter.p95
      && f100.datatables.p50 >= 5 * f100.planmeter.p50;
  }
  return g;
}

async function main() {
  const t0 = Date.now();
  const load0 = os.loadavg().map((x) => Math.round(x * 100) / 100);
  for (const f of ['planmeter_bg.wasm', 'planmeter.js', 'planmeter.css']) {
    statSync(join(ROOT, 'www', 'dist', f)); // throws when scripts/build.sh has not run
  }
  statSync(CLI);
  // The native parser first, on an idle machine: the same profile-guided binary read
  // 17.7 MB/s timed after the browser passes, 18.8 after the data generation, 20.9–24.2
  // alone (session 14).
  const parse = parseBench();
  prepareData();
  const profiling = !QUICK && (await buildProfilingBundle(TMP).catch((e) => {
    log(`no profile pass: ${e.message}`);
    return false;
  }));
  const server = await serve();
  const browser = await launch();
  let filter;
  let mount;
  try {
    filter = await filterBench(browser, server.url, profiling);
    mount = await mountBench(browser, server.url);
  } finally {
    await browser.close().catch(() => {});
    server.close();
  }
  const bundle = bundleSizes();
  const results = {
    bundle_gzip_bytes: bundle.gzip,
    filter_ms: filter.filter,
    mount_ms: mount.mount,
    parse_mb_per_s: parse.value,
  };
  results.goals = goals(results);
  results.details = {
    quick: QUICK,
    timestamp: new Date().toISOString(),
    duration_s: Math.round((Date.now() - t0) / 1000),
    browser: `chromium ${await browserVersion()}`,
    machine: { cpu: os.cpus()[0]?.model, cores: os.cpus().length, loadavg_at_start: load0, loadavg_at_end: os.loadavg().map((x) => Math.round(x * 100) / 100) },
    data_seed: SEED,
    keystroke_sequence: SEQUENCE.join(' '),
    bundle_raw_bytes: bundle.raw,
    filter: filter.details,
    mount: mount.details,
    parse: parse.details,
  };
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, `${JSON.stringify(results, null, 2)}\n`);
  log(`wrote ${OUT} in ${results.details.duration_s}s`);
  console.log(JSON.stringify({ ...results, details: undefined }, null, 2));
}

async function browserVersion() {
  const b = await launch();
  const v = b.version();
  await b.close();
  return v;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
