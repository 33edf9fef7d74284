//! The comparison table (各地区对比): one canonical indicator key across plans and regions.

use super::{Lang, ViewError};
use crate::model::PlanSet;

/// The comparison markup for indicator `key` (the actual of `year`, or each latest).
pub fn compare(
    set: &PlanSet,
    key: &str,
    year: Option<i32>,
    lang: Lang,
) -> Result<String, ViewError> {
    let _ = (set, key, year, lang);
    Err(ViewError::new("compare: not yet implemented"))
}
