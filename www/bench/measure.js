// Timing probes shared by every library on the benchmark page, so that each is measured
// the same way.
//
// A keystroke sample runs from the first event of the keystroke (`keydown`, or
// `beforeinput` for text committed without one, like an IME) to the end of the frame that
// shows the result: the first animation frame after the table's DOM changed, plus one
// MessageChannel hop so that the frame's style, layout and paint are included.

/** `performance.now()` after the next frame has been produced. */
export function afterFrame() {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => resolve(performance.now());
      ch.port2.postMessage(0);
    });
  });
}

/**
 * Watches keystrokes inside `container` and calls `onSample(sample)` for each:
 * `{t0, sync, frame, total, mutations, event}` in ms, where `sync` is the time until the
 * `input` event's handlers (the library's filter and DOM update) have returned and `total`
 * the time until the frame showing the result is done.
 */
export function keystrokeProbe(container, onSample) {
  let cur = null;
  const observer = new MutationObserver((records) => {
    if (cur) cur.mutations += records.length;
  });
  observer.observe(container, { childList: true, subtree: true, characterData: true, attributes: true });
  const start = (e) => {
    if (cur || !container.contains(e.target)) return;
    cur = { t0: performance.now(), event: e.type, mutations: 0, tSync: null, hooks: {} };
    requestAnimationFrame(frame);
  };
  // Capturing listeners on window run before any listener of the page or library.
  addEventListener('keydown', start, true);
  addEventListener('beforeinput', start, true);
  // A bubbling listener on window runs after the library's own `input` listeners.
  addEventListener('input', () => {
    if (cur && cur.tSync == null) cur.tSync = performance.now();
  });
  function frame() {
    if (!cur) return;
    // Nothing rendered yet (a library that defers its work): wait for the next frame.
    if (cur.mutations === 0 && performance.now() - cur.t0 < 5000) {
      requestAnimationFrame(frame);
      return;
    }
    const tRaf = performance.now();
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      const s = cur;
      cur = null;
      const end = performance.now();
      const sync = (s.tSync ?? tRaf) - s.t0;
      onSample({
        event: s.event,
        mutations: s.mutations,
        sync,
        raf: tRaf - s.t0,
        total: end - s.t0,
        hooks: s.hooks,
      });
    };
    ch.port2.postMessage(0);
  }
  return {
    /** The sample being measured (for instrumentation hooks), or null. */
    current: () => cur,
    stop: () => observer.disconnect(),
  };
}

/**
 * Wraps DOM entry points to attribute time inside a keystroke: `innerHTML` writes (HTML
 * parsing and node building), forced layout reads (`getBoundingClientRect`,
 * `clientHeight`, `scrollTop`) and constructed stylesheet writes (`replaceSync`). Only for
 * the separate "split" pass: wrappers cost a little themselves. `current()` returns the
 * measurement being taken (an object with a `hooks` map), or null outside one.
 */
export function instrumentDom(current) {
  const add = (name, dt) => {
    const c = current();
    if (c) c.hooks[name] = (c.hooks[name] ?? 0) + dt;
  };
  const wrapSetter = (proto, prop, name) => {
    const d = Object.getOwnPropertyDescriptor(proto, prop);
    Object.defineProperty(proto, prop, {
      ...d,
      set(v) {
        const t = performance.now();
        d.set.call(this, v);
        add(name, performance.now() - t);
      },
    });
  };
  const wrapGetter = (proto, prop, name) => {
    const d = Object.getOwnPropertyDescriptor(proto, prop);
    Object.defineProperty(proto, prop, {
      ...d,
      get() {
        const t = performance.now();
        const v = d.get.call(this);
        add(name, performance.now() - t);
        return v;
      },
    });
  };
  const wrapMethod = (proto, prop, name) => {
    const f = proto[prop];
    proto[prop] = function (...args) {
      const t = performance.now();
      const v = f.apply(this, args);
      add(name, performance.now() - t);
      return v;
    };
  };
  wrapSetter(Element.prototype, 'innerHTML', 'innerHTML');
  wrapMethod(Element.prototype, 'getBoundingClientRect', 'layout');
  wrapGetter(Element.prototype, 'clientHeight', 'layout');
  wrapGetter(Element.prototype, 'scrollTop', 'layout');
  wrapSetter(Element.prototype, 'scrollTop', 'layout');
  wrapMethod(CSSStyleSheet.prototype, 'replaceSync', 'replaceSync');
}
