// Shortens the names the embed bundle's wasm and its wasm-bindgen glue use for each other
// (scripts/build.sh runs it on target/pkg-web before bundling):
//   node scripts/minify-names.mjs DIR NAME     (DIR/NAME_bg.wasm and DIR/NAME.js, --target web)
//
// Why: wasm-bindgen names every import `__wbg_<method>_<16 hex digits>`, and each name is
// written twice, in the wasm's import section and as a key of the glue's import object; the
// hex digits do not compress. binaryen's --minify-imports-and-exports-and-modules renames
// the imports, their module and the exports to one or two letters and prints the mapping;
// this script applies the mapping to the glue. 2.7 KB gzip less, nothing else changes.
// Every import must be found in the glue, exactly once: otherwise the script fails (a
// wasm-bindgen upgrade that changes the glue's shape stops the build, not the page).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, name] = process.argv.slice(2);
if (!dir || !name) throw new Error('usage: node scripts/minify-names.mjs DIR NAME');
const wasmFile = join(dir, `${name}_bg.wasm`);
const jsFile = join(dir, `${name}.js`);

// The features the module uses (the target_features section is stripped by then).
const FEATURES = ['bulk-memory', 'nontrapping-float-to-int', 'sign-ext', 'mutable-globals',
  'reference-types', 'multivalue'].map((f) => `--enable-${f}`);
// -Oz once more after renaming: 0.2 KB gzip less than renaming alone (measured with
// binaryen 132).
const map = JSON.parse(execFileSync('wasm-opt', [...FEATURES,
  '--minify-imports-and-exports-and-modules', '-Oz', wasmFile, '-o', wasmFile], { encoding: 'utf8' }));

/** The distinct module names of the wasm's imports (section 2). */
function importModules(bytes) {
  let i = 8;
  const leb = () => {
    let r = 0;
    let shift = 0;
    for (;;) {
      const b = bytes[i++];
      r += (b & 0x7f) * 2 ** shift;
      shift += 7;
      if (b < 0x80) return r;
    }
  };
  const str = () => {
    const n = leb();
    const s = Buffer.from(bytes.subarray(i, i + n)).toString('utf8');
    i += n;
    return s;
  };
  while (i < bytes.length) {
    const id = bytes[i++];
    const size = leb();
    if (id !== 2) {
      i += size;
      continue;
    }
    const modules = new Set();
    for (let n = leb(); n > 0; n--) {
      modules.add(str());
      str();
      const kind = bytes[i++];
      // func: type index; table: reftype + limits; memory: limits; global: type + mut.
      if (kind === 0) leb();
      else if (kind === 1 || kind === 2) {
        if (kind === 1) i++;
        const flags = bytes[i++];
        leb();
        if (flags & 1) leb();
      }
      else if (kind === 3) i += 2;
      else throw new Error(`import kind ${kind}`);
    }
    return [...modules];
  }
  return [];
}

const modules = importModules(readFileSync(wasmFile));
if (modules.length !== 1) throw new Error(`expected one import module, found ${modules}`);
let js = readFileSync(jsFile, 'utf8');

const GLUE_MODULE = `"./${name}_bg.js": import0,`;
if (js.split(GLUE_MODULE).length !== 2) throw new Error(`glue: no single ${GLUE_MODULE}`);
js = js.replace(GLUE_MODULE, `${JSON.stringify(modules[0])}: import0,`);

const imports = new Map(map.imports.map(([, from, to]) => [from, to]));
const seen = new Set();
// The import object's keys: `        __wbg_add_cf82c8d153d93ae1: function(…`.
js = js.replace(/^(\s+)([\w$]+): function\b/gm, (all, indent, key) => {
  if (!imports.has(key)) return all;
  if (seen.has(key)) throw new Error(`glue: import ${key} twice`);
  seen.add(key);
  return `${indent}${JSON.stringify(imports.get(key))}: function`;
});
const missing = [...imports.keys()].filter((k) => !seen.has(k));
if (missing.length) throw new Error(`glue: imports not found: ${missing.join(', ')}`);

const exports = new Map(map.exports);
js = js.replace(/\bwasm\.([\w$]+)/g, (all, key) =>
  (exports.has(key) ? `wasm[${JSON.stringify(exports.get(key))}]` : all));
const left = /\bwasm\.([\w$]+)/.exec(js);
if (left) throw new Error(`glue: export ${left[1]} not in the wasm`);

writeFileSync(jsFile, js);
console.log(`minify-names: ${imports.size} imports, ${exports.size} exports renamed`);
