// Shortens the names between the embed's .wasm and its JS glue (scripts/build.sh runs it
// on target/pkg-web before bundling).
//
// Why: wasm-bindgen names every import after the Rust item plus a 16-hex-digit hash
// (`__wbg_setAttribute_3c1d…`) and closure exports after their full Rust paths. Each name
// is stored twice, in the .wasm's import/export sections and in the JS glue, and hashes do
// not compress: about 4 KB of the gzip bundle. binaryen's
// `--minify-imports-and-exports-and-modules` renames them (`a`, `b`, …, module `a`) and
// prints the mapping; this script applies the same mapping to the glue. Only internal
// names change: the glue's own exports (`mountAll`, `renderTable`, …) stay as they are.
// The `producers` and `target_features` sections (toolchain notes, unused by browsers) go too.
//
// usage: node scripts/minify-names.mjs DIR   (DIR/planmeter_bg.wasm, DIR/planmeter.js)
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
if (!dir) throw new Error('usage: minify-names.mjs DIR');
const wasmPath = join(dir, 'planmeter_bg.wasm');
const jsPath = join(dir, 'planmeter.js');
const FEATURES = ['--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
  '--enable-mutable-globals'];

const tmp = `${wasmPath}.min`;
const out = execFileSync('wasm-opt', [wasmPath, ...FEATURES, '--minify-imports-and-exports-and-modules',
  '--strip-producers', '--strip-target-features',
  '-o', tmp], { encoding: 'utf8' });
// The mapping is printed as JSON: {"imports": [[module, name, new]…], "exports": [[name, new]…]}.
const map = JSON.parse(out.slice(out.indexOf('{')));
const imports = new Map(map.imports.map(([, name, short]) => [name, short]));
const exports = new Map(map.exports.map(([name, short]) => [name, short]));
const modules = new Set(map.imports.map(([module]) => module));

// The module name the minified wasm imports from (binaryen names it `a`).
const mod = new WebAssembly.Module(readFileSync(tmp));
const newModules = new Set(WebAssembly.Module.imports(mod).map((i) => i.module));
if (modules.size !== 1 || newModules.size !== 1) {
  throw new Error(`expected one import module, got ${[...modules]} → ${[...newModules]}`);
}
const [oldModule] = modules;
const [newModule] = newModules;

let js = readFileSync(jsPath, 'utf8');
let count = 0;
// Import object keys: `        __wbg_foo_0123…: function(…`, one per line.
js = js.replace(/^(\s+)([A-Za-z0-9_$]+)(: function\b)/gm, (all, pad, name, rest) => {
  if (!imports.has(name)) return all;
  count++;
  return pad + imports.get(name) + rest;
});
if (count !== imports.size) throw new Error(`renamed ${count} of ${imports.size} import functions`);
const quoted = JSON.stringify(oldModule);
if (js.split(quoted).length !== 2) throw new Error(`import module ${quoted} not found once in the glue`);
js = js.replace(quoted, JSON.stringify(newModule));
// Exports, always reached as `wasm.name`.
js = js.replace(/\bwasm\.([A-Za-z0-9_$]+)/g, (all, name) => {
  const short = exports.get(name);
  if (!short) throw new Error(`the glue uses wasm.${name}, which the module does not export`);
  return `wasm.${short}`;
});
// Every import function was renamed where it is defined; none may be named elsewhere.
for (const name of imports.keys()) {
  if (js.includes(name)) throw new Error(`${name} is still used in the glue`);
}

writeFileSync(jsPath, js);
renameSync(tmp, wasmPath);
console.log(`minify-names: ${imports.size} imports, ${exports.size} exports renamed`);
