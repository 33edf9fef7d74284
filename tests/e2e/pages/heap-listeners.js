// Counts the event listeners registered on every target (window, document, elements
// attached or not): a classic script, run before the bundle, that wraps
// EventTarget.prototype.add/removeEventListener. heap.js checks after every cycle that
// destroy() took the count back to where it was, at once (DevTools' counters only drop
// when the garbage collector gets to the listener objects).
(() => {
  const proto = EventTarget.prototype;
  const add = proto.addEventListener;
  const remove = proto.removeEventListener;
  const registered = new WeakMap(); // target → Set of `type|capture|callback id`
  const ids = new WeakMap(); // callback → id
  let nextId = 0;
  let live = 0;
  const key = (type, fn, opts) => {
    if (!ids.has(fn)) ids.set(fn, ++nextId);
    const capture = typeof opts === 'boolean' ? opts : Boolean(opts && opts.capture);
    return `${type}|${capture}|${ids.get(fn)}`;
  };
  proto.addEventListener = function (type, fn, opts) {
    if (fn && !(opts && typeof opts === 'object' && (opts.once || opts.signal))) {
      let set = registered.get(this);
      if (!set) registered.set(this, (set = new Set()));
      const k = key(type, fn, opts);
      if (!set.has(k)) {
        set.add(k);
        live += 1;
      }
    }
    return add.call(this, type, fn, opts);
  };
  proto.removeEventListener = function (type, fn, opts) {
    const set = fn && registered.get(this);
    if (set && set.delete(key(type, fn, opts))) live -= 1;
    return remove.call(this, type, fn, opts);
  };
  window.heapListeners = () => live;
})();
