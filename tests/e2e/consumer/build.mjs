// Bundles main.js with esbuild, resolving `planmeter` to ../../../pkg (the wasm-pack
// bundler-target package). esbuild has no WebAssembly ESM integration, so a small plugin
// turns `import * as wasm from "./planmeter_bg.wasm"` into an instantiation of the copied
// .wasm file with its imports from planmeter_bg.js — what webpack or Vite's wasm plugin do.
import { createRequire } from 'node:module';
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..', '..');
const require = createRequire(join(root, 'package.json'));
const esbuild = require('esbuild');
const pkg = join(root, 'pkg');
const out = join(here, 'dist');

const wasmPlugin = {
  name: 'wasm-esm',
  setup(build) {
    build.onLoad({ filter: /\.wasm$/ }, async (args) => {
      const mod = new WebAssembly.Module(readFileSync(args.path));
      const imports = [...new Set(WebAssembly.Module.imports(mod).map((i) => i.module))];
      const exports = WebAssembly.Module.exports(mod).map((e) => e.name);
      const file = args.path.split('/').pop();
      copyFileSync(args.path, join(out, file));
      const lines = imports.map((m, i) => `import * as i${i} from ${JSON.stringify(m)};`);
      lines.push(
        `const { instance } = await WebAssembly.instantiateStreaming(fetch(new URL(${JSON.stringify(file)}, import.meta.url)), {`,
        ...imports.map((m, i) => `  ${JSON.stringify(m)}: i${i},`),
        '});',
        ...exports.map((e) => `export const ${e} = instance.exports[${JSON.stringify(e)}];`),
      );
      return { contents: lines.join('\n'), loader: 'js', resolveDir: dirname(args.path) };
    });
  },
};

// A fresh dist/: nothing from an earlier build (a stylesheet, say) may stand in for this one's.
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
await esbuild.build({
  entryPoints: [join(here, 'main.js')],
  bundle: true,
  format: 'esm',
  target: 'es2022',
  outfile: join(out, 'main.js'),
  alias: { planmeter: pkg },
  plugins: [wasmPlugin],
  logLevel: 'warning',
});
console.log(`consumer: built ${join(out, 'main.js')}`);
