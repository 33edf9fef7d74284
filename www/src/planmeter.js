// planmeter embed loader (source; scripts/build.sh bundles it into www/dist/planmeter.js).
//
// <script type="module" src="…/planmeter.js"></script> mounts every [data-planmeter]
// element, now and when added later. The .wasm and planmeter.css are found next to this
// file; the only other requests are the pages' own data-src / data-actuals files.
// Initialisation runs once per page, however many times the script is included.
// Named imports: the page gets the widget API, and the bundle leaves out the rest of the
// glue's exports (initSync, the handle classes as values).
import init, { loadPlans, mountAll, renderGauge, renderTable, renderCompare } from '../../target/pkg-web/planmeter.js';

const LOADER = Symbol.for('planmeter.loader');
const SELECTOR = '[data-planmeter]';

/** Appends <link rel=stylesheet href=planmeter.css> once (CSP style-src 'self' allows it). */
function addStylesheet(doc) {
  const href = new URL('planmeter.css', import.meta.url).href;
  for (const link of doc.querySelectorAll('link[rel~="stylesheet"]')) {
    if (link.href === href) return;
  }
  const link = doc.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  link.setAttribute('data-pm-css', '');
  doc.head.appendChild(link);
}

/** Whether `node` is or contains a widget element. */
const hasWidget = (node) => node.nodeType === 1 && (node.matches(SELECTOR) || node.querySelector(SELECTOR) !== null);

/** Mounts widgets inside nodes added to the page later; when widget elements are removed,
 * lets mountAll drop their widgets (listeners on window, wasm state) at once. */
function observe(doc) {
  const observer = new MutationObserver((records) => {
    let removed = false;
    for (const r of records) {
      for (const node of r.addedNodes) if (hasWidget(node)) mountAll(node);
      removed ||= [...r.removedNodes].some(hasWidget);
    }
    // mountAll first drops the widgets whose elements left the page.
    if (removed) mountAll(doc);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  return observer;
}

async function start() {
  const doc = globalThis.document;
  addStylesheet(doc);
  // Without WebAssembly the static fallback markup inside each element stays visible.
  await init({ module_or_path: new URL('planmeter_bg.wasm', import.meta.url) });
  observe(doc);
  await mountAll(doc);
  return { loadPlans, mountAll, renderGauge, renderTable, renderCompare };
}

if (!globalThis[LOADER]) {
  globalThis[LOADER] = start().catch((e) => {
    console.error('planmeter:', e);
    throw e;
  });
}

/** Resolves to the API ({renderTable, mountAll, …}) once the first mount is done. */
export const ready = globalThis[LOADER];
export default ready;
