//! The wasm exports in headless Chromium (wasm-bindgen-test): mount, update, destroy.
//! Run by tests/e2e/run.sh: `cargo test --target wasm32-unknown-unknown --test wasm` with
//! `wasm-bindgen-test-runner` as the runner and `CHROMEDRIVER=/usr/bin/chromedriver`.
#![cfg(target_arch = "wasm32")]

use js_sys::{Object, Reflect};
use planmeter::wasm::{self, CompareOptions, GaugeOptions, TableOptions};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

const PLANS: &str = include_str!("e2e/fixtures/plans.json");
const PLAN: &str = "zibo-ip-2021-2025";

fn host(inner: &str) -> Element {
    let doc = web_sys::window().unwrap().document().unwrap();
    let el = doc.create_element("div").unwrap();
    el.set_inner_html(inner);
    doc.body().unwrap().append_child(&el).unwrap();
    el
}

fn options(pairs: &[(&str, &str)]) -> JsValue {
    let o = Object::new();
    for (k, v) in pairs {
        Reflect::set(&o, &(*k).into(), &(*v).into()).unwrap();
    }
    o.into()
}

fn count(el: &Element, sel: &str) -> u32 {
    el.query_selector_all(sel).unwrap().length()
}

/// Indicator names of the test plan, from the native loader (the expectation does not come
/// from the code under test).
fn names() -> Vec<String> {
    let set = planmeter::load_plan_set(PLANS).value;
    let plan = set.plan(PLAN).expect("fixture has the plan");
    plan.indicators.iter().map(|i| i.name.clone()).collect()
}

#[wasm_bindgen_test]
fn table_mounts_updates_and_destroys() {
    let el = host("<p>fallback</p>");
    let opts = options(&[("data", PLANS), ("plan", PLAN)]);
    let t = wasm::render_table(&el, opts.unchecked_ref::<TableOptions>()).unwrap();
    let all = names();
    assert_eq!(count(&el, "tbody tr.pm-row"), all.len() as u32);
    assert_eq!(t.visible_count(), all.len());

    t.set_filter("q=商标");
    let want = all.iter().filter(|n| n.contains("商标")).count();
    assert!(want > 0 && want < all.len());
    assert_eq!(count(&el, "tbody tr.pm-row"), want as u32);
    assert_eq!(t.query(), "q=%E5%95%86%E6%A0%87");

    t.set_filter("q=没有这个指标");
    assert_eq!(count(&el, "tbody tr.pm-row"), 0);
    assert_eq!(count(&el, "tbody tr.pm-empty-row"), 1);

    t.destroy();
    assert_eq!(el.inner_html(), "<p>fallback</p>");
}

#[wasm_bindgen_test]
fn gauge_and_compare_render_and_restore() {
    let el = host("");
    let opts = options(&[("data", PLANS), ("plan", PLAN), ("indicator", "i1")]);
    let mut g = wasm::render_gauge(&el, opts.unchecked_ref::<GaugeOptions>()).unwrap();
    assert_eq!(count(&el, "[role=meter]"), 1);
    assert!(!el.text_content().unwrap_or_default().contains("9.87"));

    // Update with a new actual (data kept from the first render).
    let upd = options(&[
        ("plan", PLAN),
        ("indicator", "i1"),
        ("actual", "9.87"),
        ("year", "2024"),
    ]);
    g.update(upd.unchecked_ref()).unwrap();
    assert_eq!(count(&el, "[role=meter]"), 1);
    assert!(el.text_content().unwrap_or_default().contains("9.87"));
    // An update names only what changes: plan, indicator and year are kept.
    let upd = options(&[("actual", "9.65")]);
    g.update(upd.unchecked_ref()).unwrap();
    let text = el.text_content().unwrap_or_default();
    assert!(text.contains("9.65") && text.contains("2024"), "{text}");
    // A failed update leaves the widget as it was.
    let bad = options(&[("plan", "no-such-plan"), ("indicator", "i1")]);
    assert!(g.update(bad.unchecked_ref()).is_err());
    assert!(el.text_content().unwrap_or_default().contains("9.65"));
    g.destroy();
    assert_eq!(el.inner_html(), "");

    let opts = options(&[
        ("data", PLANS),
        ("key", "high_value_invention_patents_per_10k"),
        ("lang", "zh-Hant"),
    ]);
    let c = wasm::render_compare(&el, opts.unchecked_ref::<CompareOptions>()).unwrap();
    let root = el.first_element_child().unwrap();
    assert_eq!(root.get_attribute("lang").as_deref(), Some("zh-Hant"));
    c.destroy();

    let bad = options(&[
        ("data", PLANS),
        ("plan", "no-such-plan"),
        ("indicator", "i1"),
    ]);
    assert!(wasm::render_gauge(&el, bad.unchecked_ref::<GaugeOptions>()).is_err());
    assert!(wasm::render_gauge(&el, options(&[]).unchecked_ref::<GaugeOptions>()).is_err());
}

#[wasm_bindgen_test]
async fn mount_all_mounts_each_element_once_and_isolates_errors() {
    let src = format!(
        "data:application/json,{}",
        String::from(js_sys::encode_uri_component(PLANS))
    );
    let root = host("");
    let doc = web_sys::window().unwrap().document().unwrap();
    for (kind, plan) in [("gauge", PLAN), ("table", PLAN), ("gauge", "no-such-plan")] {
        let d = doc.create_element("div").unwrap();
        d.set_attribute("data-planmeter", kind).unwrap();
        d.set_attribute("data-src", &src).unwrap();
        d.set_attribute("data-plan", plan).unwrap();
        d.set_attribute("data-indicator", "i1").unwrap();
        root.append_child(&d).unwrap();
    }
    JsFuture::from(wasm::mount_all(Some(root.clone().unchecked_into())))
        .await
        .unwrap();
    assert_eq!(count(&root, ".pm-gauge [role=meter]"), 1);
    assert_eq!(
        count(&root, ".pm-table tbody tr.pm-row"),
        names().len() as u32
    );
    assert_eq!(count(&root, ".pm-error[role=alert]"), 1);
    // A second call leaves mounted elements alone.
    let before = root.inner_html();
    JsFuture::from(wasm::mount_all(Some(root.clone().unchecked_into())))
        .await
        .unwrap();
    assert_eq!(root.inner_html(), before);
}

#[wasm_bindgen_test]
fn load_and_assess() {
    let p = wasm::load_plans(JsValue::from_str(PLANS).unchecked_ref(), None).unwrap();
    let plans: js_sys::Array = p.plans().unwrap().unchecked_into();
    assert_eq!(
        plans.length() as usize,
        planmeter::load_plan_set(PLANS).value.plans.len()
    );
    // Plain JS objects with the SPEC §2 shape (written as JSON text, then JSON.parse).
    let set = planmeter::load_plan_set(PLANS).value;
    let first = plans.get(0);
    let get = |o: &JsValue, k: &str| Reflect::get(o, &k.into()).unwrap();
    assert_eq!(get(&first, "id").as_string().unwrap(), set.plans[0].id);
    let period: js_sys::Array = get(&first, "period").unchecked_into();
    assert_eq!(
        period.get(0).as_f64(),
        set.plans[0].period.map(|p| p.0 as f64)
    );
    let ind = js_sys::Array::from(&get(&first, "indicators")).get(0);
    assert_eq!(
        get(&ind, "name").as_string().unwrap(),
        set.plans[0].indicators[0].name
    );
    assert_eq!(
        get(&ind, "category").as_string().unwrap(),
        set.plans[0].indicators[0].category.as_str()
    );
    assert!(get(&ind, "baseline").is_null() == set.plans[0].indicators[0].baseline.is_none());
    let target = js_sys::Array::from(&get(&ind, "targets")).get(0);
    assert_eq!(
        get(&target, "op").as_string().unwrap(),
        set.plans[0].indicators[0].targets[0].op.as_str()
    );

    let bad = wasm::load_plans(JsValue::from_str("{\"version\":1}").unchecked_ref(), None).unwrap();
    let diags: js_sys::Array = bad.diagnostics().unwrap().unchecked_into();
    assert!(diags.length() > 0);
    assert!(wasm::assess(JsValue::from_str("[]"), Some(1.0), 2024).is_err());
}
