// Where a planmeter keystroke's time goes inside the page: a V8 CPU profile (Chrome
// DevTools Protocol) taken while typing the keystroke sequence, on a build of the same wasm
// that keeps its function names (wasm-bindgen without wasm-opt, which would strip them).
// Self time is summed per category: the core's filter, row markup, other wasm, the
// JS glue and loader, DOM calls and the browser's own work.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { ROOT } from './gen.mjs';

const require = createRequire(join(ROOT, 'package.json'));

/** Builds www/bench/tmp/prof/{planmeter_bg.wasm, planmeter.js, loader.js}; false if the
 * named wasm (scripts/build.sh leaves it in target/) is missing. The loader is the
 * shipped one (www/src/planmeter.js), bundled against the named wasm's glue. */
export async function buildProfilingBundle(tmp) {
  const wasm = namedWasm();
  if (!wasm) return false;
  const out = join(resolve(tmp), 'prof');
  mkdirSync(out, { recursive: true });
  execFileSync('wasm-bindgen', ['--target', 'web', '--out-dir', out, '--out-name', 'planmeter',
    '--no-typescript', wasm], { stdio: 'inherit' });
  // The loader links planmeter.css from next to itself.
  copyFileSync(join(ROOT, 'www', 'dist', 'planmeter.css'), join(out, 'planmeter.css'));
  const esbuild = require('esbuild');
  await esbuild.build({
    entryPoints: [join(ROOT, 'www', 'src', 'planmeter.js')],
    bundle: true,
    format: 'esm',
    outfile: join(out, 'loader.js'),
    logLevel: 'warning',
    plugins: [{
      name: 'named-wasm',
      setup(b) {
        b.onResolve({ filter: /pkg-web\/planmeter\.js$/ }, () => ({ path: join(out, 'planmeter.js') }));
      },
    }],
  });
  return true;
}

/** The wasm that scripts/build.sh built last (the embed bundle's, before wasm-opt and
 * wasm-bindgen): the stable or the nightly (build-std) target directory, newest first. */
function namedWasm() {
  const found = [['target'], ['target', 'nightly']]
    .map((d) => join(ROOT, ...d, 'wasm32-unknown-unknown', 'release', 'planmeter.wasm'))
    .filter((f) => existsSync(f))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  return found[0] ?? null;
}

// Names as rustc writes them, e.g. `<planmeter[…]::view::table::TableModel>::visible`.
const CATEGORIES = [
  ['wasm: filter (TableModel::visible, text scan)', /TableModel>?::(visible|text_mask|passes|order)|TwoWaySearcher|StrSearcher|str::pattern|memchr|memcmp|filter::|Vec<u32>>?::extend|Order/],
  ['wasm: row markup (rows_html, cells, number formatting)', /rows_html|push_row|view::row|view::format|view::escape|push_escaped|fmt::|flt2dec|float|num::/],
  ['wasm: memory (malloc, copies)', /dlmalloc|memcpy|memmove|memset|raw_vec|__rust_|realloc|alloc::alloc/],
];

function category(frame) {
  const { functionName: f, url } = frame;
  if (url.startsWith('wasm://') || /\.wasm/.test(url)) {
    for (const [name, re] of CATEGORIES) if (re.test(f)) return name;
    return 'wasm: other (events, state, glue calls)';
  }
  if (f === '(garbage collector)') return 'browser: garbage collector';
  if (f === '(program)') return 'browser: style, layout, paint, parsing (program)';
  if (f === '(idle)') return 'idle';
  if (url.includes('/bench/prof/') || url.includes('/tmp/prof/')) return 'js: wasm-bindgen glue and loader';
  if (url === '' && f) return `dom: ${f}`;
  if (url.includes('/bench/')) return 'js: bench probe';
  return `js: ${f || '(anonymous)'} ${url.split('/').pop()}`;
}

/** Self time (ms) per category of a CDP `Profiler.Profile`, biggest first. */
export function summarize(profile, samples) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    const c = category(byId.get(id).callFrame);
    self.set(c, (self.get(c) ?? 0) + dt);
  });
  const busy = [...self].filter(([c]) => c !== 'idle');
  const total = busy.reduce((a, [, v]) => a + v, 0);
  const rows = busy.sort((a, b) => b[1] - a[1]).filter(([, v]) => v / total >= 0.005);
  return {
    keystrokes: samples,
    busy_ms_per_keystroke: Math.round((total / samples) * 100) / 100,
    share: Object.fromEntries(rows.map(([c, v]) => [c, Math.round((v / total) * 1000) / 10])),
  };
}

/** Starts sampling on `page`; resolves to a function that stops and returns the profile. */
export async function startProfile(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: Number(process.env.PROF_US || 1000) });
  await cdp.send('Profiler.start');
  return async () => (await cdp.send('Profiler.stop')).profile;
}
