//! Arbitrary text → `load_plan_set` and `load_actuals` → `merge_actuals`.
//!
//! Invariants: no panic; the merged set serialises with serde_json; and what the loader
//! accepted loads again from its own serialisation without errors and unchanged (the
//! loader's reader and the model's writer agree).
#![no_main]

use libfuzzer_sys::fuzz_target;
use planmeter::{load_actuals, load_plan_set, merge_actuals};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    // One input feeds both readers: a PlanSet part and an actuals part split at the first
    // NUL byte, so the fuzzer can steer merges; without a NUL both read the whole text.
    let (plans_text, actuals_text) = text.split_once('\0').unwrap_or((&text, &text));
    let mut set = load_plan_set(plans_text);
    let actuals = load_actuals(actuals_text);
    for a in &actuals.value.actuals {
        assert!(
            a.value.is_finite(),
            "loader let a non-finite actual through"
        );
    }
    let _ = merge_actuals(&mut set.value, &actuals.value);

    let json = serde_json::to_string(&set.value).expect("merged PlanSet serialises");
    serde_json::to_string(&actuals.value).expect("ActualsFile serialises");
    serde_json::to_string(&set.diagnostics).expect("diagnostics serialise");

    let again = load_plan_set(&json);
    assert!(
        !again.has_errors(),
        "a loaded PlanSet does not reload: {:?}\n{json}",
        again.diagnostics
    );
    assert_eq!(again.value, set.value, "reload changed the PlanSet\n{json}");
});
