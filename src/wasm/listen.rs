//! DOM event listeners owned by a handle (gloo-style): dropping the handle removes the
//! listener and frees its closure, so a destroyed widget leaves nothing behind.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{AddEventListenerOptions, Event, EventTarget};

/// One registered listener; removed from its target when dropped.
pub struct EventListener {
    target: EventTarget,
    kind: &'static str,
    capture: bool,
    callback: Closure<dyn FnMut(Event)>,
}

impl EventListener {
    /// Listens for `kind` events on `target` (bubbling phase).
    pub fn new(target: &EventTarget, kind: &'static str, f: impl FnMut(Event) + 'static) -> Self {
        Self::with_capture(target, kind, false, f)
    }

    /// Listens in the capture phase, for events that do not bubble (`scroll`); passive.
    pub fn capture(
        target: &EventTarget,
        kind: &'static str,
        f: impl FnMut(Event) + 'static,
    ) -> Self {
        Self::with_capture(target, kind, true, f)
    }

    fn with_capture(
        target: &EventTarget,
        kind: &'static str,
        capture: bool,
        f: impl FnMut(Event) + 'static,
    ) -> Self {
        let callback = Closure::<dyn FnMut(Event)>::new(f);
        let opts = AddEventListenerOptions::new();
        opts.set_capture(capture);
        opts.set_passive(capture);
        // Adding a listener cannot fail for a valid target; nothing to report if it does.
        let _ = target.add_event_listener_with_callback_and_add_event_listener_options(
            kind,
            callback.as_ref().unchecked_ref(),
            &opts,
        );
        EventListener {
            target: target.clone(),
            kind,
            capture,
            callback,
        }
    }
}

impl Drop for EventListener {
    fn drop(&mut self) {
        let _ = self.target.remove_event_listener_with_callback_and_bool(
            self.kind,
            self.callback.as_ref().unchecked_ref(),
            self.capture,
        );
    }
}
