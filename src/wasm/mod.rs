//! The browser binding layer: the only module that touches wasm-bindgen, JsValue or the DOM.
//!
//! Each export converts its arguments, calls the core and converts the result; errors
//! become JS `Error`s in one place ([`error`]). Nothing runs at instantiation: the page (or
//! the embed loader, `www/src/planmeter.js`) decides when to mount.

mod alloc;
mod data;
mod error;
mod hash;
mod listen;
mod mount;
mod opts;
mod table;
#[cfg(feature = "js-api")]
mod tojson;
#[cfg(feature = "parse-plan")]
mod utf16;
mod widgets;

use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::Element;

use crate::view::ViewError;
use data::Data;
pub use data::Plans;
use error::JsError;
use opts::Source;
#[cfg(feature = "parse-plan")]
use utf16::Utf16Map;
use widgets::Widget;

#[global_allocator]
static ALLOC: alloc::Heap = alloc::Heap::new();

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/** Plan data for a widget: a `loadPlans` handle, PlanSet JSON text, or a PlanSet object. */
export type PlanData = Plans | string | object;
/** Settings shared by every widget. */
export interface WidgetOptions {
  data: PlanData;
  /** A separate actuals file (JSON text or object), merged when `data` is not a handle. */
  actuals?: string | object;
  /** "zh-Hant" for traditional characters in the widget's own words. */
  lang?: string;
  /** Large-text mode (适老化). */
  large?: boolean;
  /** Year of the actual to show (default: the latest). */
  year?: number;
}
export interface GaugeOptions extends WidgetOptions {
  plan: string;
  /** Indicator id or canonical key (of several with the key, the one with the latest target year). */
  indicator: string;
  /** Overrides the latest actual. */
  actual?: number;
}
export interface TableOptions extends WidgetOptions {
  /** Only this plan's indicators (default: every plan). */
  plan?: string;
  /** Initial filter, e.g. "category=creation&q=专利&sort=-progress". */
  filter?: string;
  /** Key of this table's state in the URL hash (default: none, the hash is left alone). */
  hashKey?: string;
}
export interface CompareOptions extends WidgetOptions {
  /** Canonical indicator key, e.g. "invention_patents_per_10k". */
  key: string;
}
/** A problem found while loading or parsing (SPEC §2); `span` in UTF-16 code units. */
export interface Diagnostic {
  severity: "error" | "warning"; path: string; message: string; span?: [number, number];
}
export interface Target { year: number; op: string; value: number | null; high: number | null; unit?: string }
export interface Actual { year: number; value: number; unit?: string; note: string | null }
/** One indicator (SPEC §2). */
export interface Indicator {
  id: string; name: string; key: string | null; category: string; unit: string | null;
  baseline: { year: number; value: number; unit?: string } | null; targets: Target[];
  growth: { annual_rate_pct: number; op: string } | null; cumulative: boolean;
  per_year: boolean; attribute: "预期性" | "约束性" | null;
  source: { kind: "table" | "prose"; quote: string; offset: number } | null; actuals: Actual[];
}
/** One plan (SPEC §2). */
export interface Plan {
  id: string; title: string; region: string; level: string; issuer: string | null;
  doc_number: string | null; issued: string | null; period: [number, number] | null;
  indicators: Indicator[];
}
/** How far an indicator is from its goal (SPEC §5). */
export interface Assessment {
  status: "achieved" | "on_track" | "moderate" | "insufficient" | "moving_away" | "no_data";
  reason: string; target: Target | null; progress: number | null; time_elapsed: number | null;
  expected_linear: number | null; on_schedule: boolean | null; cagr_actual: number | null;
  cagr_required: number | null; growth_ratio: number | null; still_needed_cagr: number | null;
}
/** Options of `WidgetHandle.update`: like the render call's, `data` optional. */
export type UpdateOptions = Partial<GaugeOptions> & Partial<CompareOptions>;
export interface ParseResult { plan: Plan; diagnostics: Diagnostic[] }
"#;

#[wasm_bindgen]
extern "C" {
    /// `GaugeOptions` in TypeScript.
    #[wasm_bindgen(typescript_type = "GaugeOptions")]
    pub type GaugeOptions;
    /// `TableOptions` in TypeScript.
    #[wasm_bindgen(typescript_type = "TableOptions")]
    pub type TableOptions;
    /// `CompareOptions` in TypeScript.
    #[wasm_bindgen(typescript_type = "CompareOptions")]
    pub type CompareOptions;
    /// `PlanData` in TypeScript.
    #[wasm_bindgen(typescript_type = "PlanData")]
    pub type PlanData;
    /// `UpdateOptions` in TypeScript.
    #[wasm_bindgen(typescript_type = "UpdateOptions")]
    pub type UpdateOptions;
    /// `ParseResult` in TypeScript.
    #[wasm_bindgen(typescript_type = "ParseResult")]
    pub type ParseResult;
    /// JSON text or an already parsed object.
    #[wasm_bindgen(typescript_type = "string | object")]
    pub type JsonData;
    /// Where `mountAll` looks for widgets.
    #[wasm_bindgen(typescript_type = "Element | Document")]
    pub type MountRoot;
}

#[wasm_bindgen]
extern "C" {
    /// The page's `window` (`null` where there is none: a worker).
    #[wasm_bindgen(thread_local_v2, js_name = window)]
    static WINDOW: Option<web_sys::Window>;
}

/// The page's window: one import, where `web_sys::window()` takes five (`globalThis`,
/// `self`, `window`, `global` and an `instanceof Window` check).
pub(crate) fn window() -> Option<web_sys::Window> {
    WINDOW.with(Clone::clone)
}

/// Parses raw plan text: `{plan, diagnostics}`, offsets and spans in UTF-16 code units.
/// (npm package only: the embed bundle is built without the `parse-plan` feature.)
#[cfg(feature = "parse-plan")]
#[wasm_bindgen(js_name = parsePlan, unchecked_return_type = "ParseResult")]
pub fn parse_plan(text: &str) -> Result<JsValue, JsValue> {
    let mut parsed = crate::parse::parse(text);
    let map = Utf16Map::new(text);
    for ind in &mut parsed.plan.indicators {
        if let Some(s) = &mut ind.source {
            s.offset = map.get(s.offset);
        }
    }
    for d in &mut parsed.diagnostics {
        to_utf16(d, &map);
    }
    data::to_js(&parsed)
}

#[cfg(feature = "parse-plan")]
fn to_utf16(d: &mut crate::model::Diagnostic, map: &Utf16Map) {
    if let Some((a, b)) = d.span {
        d.span = Some((map.get(a), map.get(b)));
    }
}

/// Loads a PlanSet (JSON text or object), with an optional actuals file merged in.
#[wasm_bindgen(js_name = loadPlans)]
pub fn load_plans(json_or_object: &JsonData, actuals: Option<JsonData>) -> Result<Plans, JsValue> {
    let plans = data::json_text(json_or_object)?;
    let actuals = match actuals
        .map(JsValue::from)
        .filter(|a| !a.is_undefined() && !a.is_null())
    {
        Some(a) => Some(data::json_text(&a)?),
        None => None,
    };
    Ok(Plans::new(Data::load(&plans, actuals.as_deref())))
}

/// Assesses one indicator (a SPEC §2 object) given an actual value in `year` (SPEC §5).
/// (npm package only: the embed bundle is built without the `js-api` feature.)
#[cfg(feature = "js-api")]
#[wasm_bindgen(unchecked_return_type = "Assessment")]
pub fn assess(
    #[wasm_bindgen(unchecked_param_type = "object")] indicator: JsValue,
    actual: Option<f64>,
    year: i32,
) -> Result<JsValue, JsValue> {
    let ind = data::json_text(&indicator)?;
    // The loader reads indicators inside a plan; wrap this one in a minimal PlanSet.
    let text = format!(
        r#"{{"version":1,"plans":[{{"id":"_","title":"_","region":"_","level":"city","indicators":[{ind}]}}]}}"#
    );
    let loaded = crate::load::load_plan_set(&text);
    let Some(i) = loaded
        .value
        .plans
        .first()
        .and_then(|p| p.indicators.first())
    else {
        let why: Vec<String> = loaded.diagnostics.iter().map(|d| d.to_string()).collect();
        return Err(JsError(format!("assess: not an indicator: {}", why.join("; "))).into());
    };
    data::to_js(&crate::progress::assess(i, actual, year))
}

/// A mounted gauge or comparison: `update(options)` re-renders it, `destroy()` restores
/// the element's content.
#[wasm_bindgen]
pub struct WidgetHandle {
    widget: Option<Widget>,
    el: Element,
    data: Rc<Data>,
    /// The options of the last successful render: `update` changes only what it names.
    options: js_sys::Object,
    compare: bool,
}

/// A shallow copy of `options` with `changes` laid over it (`Object.assign`).
fn merged(options: &JsValue, changes: &JsValue) -> js_sys::Object {
    let out = js_sys::Object::new();
    for o in [options, changes] {
        if o.is_object() {
            js_sys::Object::assign(&out, o.unchecked_ref());
        }
    }
    out
}

#[wasm_bindgen]
impl WidgetHandle {
    /// Re-renders with the earlier options changed by these (`update({actual: 9})` keeps
    /// the plan, indicator and the rest); `data` defaults to the current data. On error
    /// the widget stays as it was.
    pub fn update(&mut self, options: &UpdateOptions) -> Result<(), JsValue> {
        let data = match opts::get(options, "data") {
            Some(_) => data::from_options(options)?,
            None => self.data.clone(),
        };
        let options = merged(&self.options, options);
        let src = Source::Object(&options);
        let new = if self.compare {
            widgets::compare(&self.el, &data, &src)
        } else {
            widgets::gauge(&self.el, &data, &src)
        };
        let mut new = new.map_err(view_err)?;
        // The content to restore on destroy is the one from before the first render.
        if let (
            Some(Widget::Static {
                original: first, ..
            }),
            Widget::Static { original, .. },
        ) = (&self.widget, &mut new)
        {
            *original = first.clone();
        }
        self.widget = Some(new);
        self.data = data;
        self.options = options;
        Ok(())
    }

    /// Restores the element and frees the handle.
    pub fn destroy(mut self) {
        if let Some(w) = self.widget.take() {
            w.destroy();
        }
    }
}

/// A mounted interactive table.
#[wasm_bindgen]
pub struct TableHandle {
    table: Option<table::TableWidget>,
}

#[wasm_bindgen]
impl TableHandle {
    /// Applies a filter query (`category=creation&status=on_track&q=专利&sort=-progress`).
    #[wasm_bindgen(js_name = setFilter)]
    pub fn set_filter(&self, query: &str) {
        if let Some(t) = &self.table {
            t.set_filter(query);
        }
    }

    /// The current filter and sort as a query string.
    #[wasm_bindgen(getter)]
    pub fn query(&self) -> String {
        self.table.as_ref().map(|t| t.query()).unwrap_or_default()
    }

    /// Number of rows that pass the filter.
    #[wasm_bindgen(getter, js_name = visibleCount)]
    pub fn visible_count(&self) -> usize {
        self.table.as_ref().map_or(0, |t| t.visible_count())
    }

    /// Removes every listener, restores the element and frees the handle.
    pub fn destroy(mut self) {
        if let Some(t) = self.table.take() {
            t.destroy();
        }
    }
}

fn view_err(e: ViewError) -> JsValue {
    JsError(e.to_string()).into()
}

/// Renders a progress gauge into `el`.
#[wasm_bindgen(js_name = renderGauge)]
pub fn render_gauge(el: &Element, options: &GaugeOptions) -> Result<WidgetHandle, JsValue> {
    let data = data::from_options(options)?;
    let w = widgets::gauge(el, &data, &Source::Object(options)).map_err(view_err)?;
    Ok(WidgetHandle {
        widget: Some(w),
        el: el.clone(),
        data,
        options: merged(options, &JsValue::UNDEFINED),
        compare: false,
    })
}

/// Renders an interactive indicator table into `el`.
#[wasm_bindgen(js_name = renderTable)]
pub fn render_table(el: &Element, options: &TableOptions) -> Result<TableHandle, JsValue> {
    let data = data::from_options(options)?;
    let src = Source::Object(options);
    let key = src.string("hashKey", "");
    let t = widgets::table(el, &data, &src, key).map_err(view_err)?;
    Ok(TableHandle { table: Some(t) })
}

/// Renders a cross-region comparison of one indicator key into `el`.
#[wasm_bindgen(js_name = renderCompare)]
pub fn render_compare(el: &Element, options: &CompareOptions) -> Result<WidgetHandle, JsValue> {
    let data = data::from_options(options)?;
    let w = widgets::compare(el, &data, &Source::Object(options)).map_err(view_err)?;
    Ok(WidgetHandle {
        widget: Some(w),
        el: el.clone(),
        data,
        options: merged(options, &JsValue::UNDEFINED),
        compare: true,
    })
}

/// Mounts every `[data-planmeter]` element under `root` (default: the document) that is
/// not mounted yet; resolves when each has rendered or shown its error.
#[wasm_bindgen(js_name = mountAll, unchecked_return_type = "Promise<void>")]
pub fn mount_all(root: Option<MountRoot>) -> js_sys::Promise {
    let root = root
        .map(JsValue::from)
        .filter(|r| !r.is_undefined() && !r.is_null())
        .or_else(|| window().and_then(|w| w.document()).map(Into::into))
        .unwrap_or(JsValue::UNDEFINED);
    mount::mount_all(&root)
}
