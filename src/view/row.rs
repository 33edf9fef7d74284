//! One indicator of one plan, prepared for display (a table or comparison row, a gauge),
//! and the cell renderers the widgets share.

use super::escape::{push_attr, push_escaped};
use super::format::{percent, push_int, split_scale, with_unit};
use super::i18n::{self, w, Lang, W};
use crate::model::{
    Actual, Assessment, Attribute, Category, Growth, Indicator, Level, Measure, Op, Plan, Status,
    Target,
};
use crate::progress;

/// An indicator with its plan's context and its assessment.
#[derive(Debug, Clone)]
pub(crate) struct Row {
    pub plan_id: String,
    pub title: String,
    pub region: String,
    pub level: Level,
    pub name: String,
    pub key: Option<String>,
    pub category: Category,
    pub attribute: Option<Attribute>,
    pub unit: Option<String>,
    pub baseline: Option<Measure>,
    pub growth: Option<Growth>,
    pub cumulative: bool,
    pub per_year: bool,
    /// The milestone shown: the assessed one, else the last.
    pub target: Option<Target>,
    /// The actual assessed (the one for the year asked, or the latest).
    pub latest: Option<Actual>,
    pub assessment: Option<Assessment>,
}

impl Row {
    /// The row for `ind` of `plan`, assessed on its own actual for `year` (or its latest).
    pub fn new(plan: &Plan, ind: &Indicator, year: Option<i32>) -> Row {
        let latest = match year {
            Some(y) => ind.actuals.iter().find(|a| a.year == y),
            None => ind.actuals.last(),
        }
        .cloned();
        let assessment = progress::assess_indicator(ind, plan.period, year);
        Row::with(plan, ind, latest, assessment)
    }

    /// The row for `ind` of `plan` with a given actual and assessment.
    pub fn with(
        plan: &Plan,
        ind: &Indicator,
        latest: Option<Actual>,
        assessment: Option<Assessment>,
    ) -> Row {
        let target = assessment
            .as_ref()
            .and_then(|a| a.target.clone())
            .or_else(|| ind.targets.last().cloned());
        Row {
            plan_id: plan.id.clone(),
            title: plan.title.clone(),
            region: plan.region.clone(),
            level: plan.level,
            name: ind.name.clone(),
            key: ind.key.clone(),
            category: ind.category,
            attribute: ind.attribute,
            unit: ind.unit.clone(),
            baseline: ind.baseline.clone(),
            growth: ind.growth.clone(),
            cumulative: ind.cumulative,
            per_year: ind.per_year,
            target,
            latest,
            assessment,
        }
    }

    /// The status, `no_data` when nothing was assessed.
    pub fn status(&self) -> Status {
        self.assessment
            .as_ref()
            .map_or(Status::NoData, |a| a.status)
    }

    /// Progress as a finite fraction, when known.
    pub fn progress(&self) -> Option<f64> {
        self.assessment
            .as_ref()
            .and_then(|a| a.progress)
            .filter(|p| p.is_finite())
    }

    /// The time-elapsed fraction, when known.
    pub fn time_elapsed(&self) -> Option<f64> {
        self.assessment
            .as_ref()
            .and_then(|a| a.time_elapsed)
            .filter(|p| p.is_finite())
    }

    /// The reason in words (the engine's, or 暂无监测数据).
    pub fn reason(&self, lang: Lang) -> &str {
        match &self.assessment {
            Some(a) if !a.reason.is_empty() => &a.reason,
            _ => w(W::NoActual, lang),
        }
    }

    /// Whether the latest actual is sample data (示例数据).
    pub fn is_sample(&self) -> bool {
        self.latest.as_ref().is_some_and(Actual::is_sample)
    }

    /// A unit: the value's own, else the indicator's.
    pub fn unit_of<'a>(&'a self, own: Option<&'a String>) -> Option<&'a str> {
        own.or(self.unit.as_ref()).map(String::as_str)
    }

    /// The baseline value in base units (for sorting), when known.
    pub fn baseline_key(&self) -> Option<f64> {
        let b = self.baseline.as_ref()?;
        scaled(b.value, self.unit_of(b.unit.as_ref()))
    }

    /// The target value in base units (for sorting), when known.
    pub fn target_key(&self) -> Option<f64> {
        let t = self.target.as_ref()?;
        scaled(t.value?, self.unit_of(t.unit.as_ref()))
    }

    /// The latest value in base units (for sorting), when known.
    pub fn latest_key(&self) -> Option<f64> {
        let a = self.latest.as_ref()?;
        scaled(a.value, self.unit_of(a.unit.as_ref()))
    }
}

fn scaled(v: f64, unit: Option<&str>) -> Option<f64> {
    let (k, _) = split_scale(unit.unwrap_or(""));
    Some(v * k).filter(|x| x.is_finite())
}

/// The target in words: `≥6件`, `8—10家`, `翻一番`.
pub(crate) fn target_text(t: &Target, unit: Option<&str>, lang: Lang) -> String {
    let v = t.value.map(|v| with_unit(v, unit));
    let mut s = String::new();
    match (t.op, v) {
        (Op::Range, Some(lo)) => {
            let hi = t.high.map(|h| with_unit(h, unit));
            s.push_str(&lo);
            if let Some(hi) = hi {
                s.push('—');
                s.push_str(&hi);
            }
        }
        (Op::Double, v) => {
            s.push_str(w(W::Double, lang));
            if let Some(v) = v {
                s.push('（');
                s.push_str(&v);
                s.push('）');
            }
        }
        (op, Some(v)) => {
            s.push_str(match op {
                Op::Ge => "≥",
                Op::Gt => ">",
                Op::Le => "≤",
                Op::Lt => "<",
                _ => "",
            });
            s.push_str(&v);
        }
        (_, None) => s.push_str(w(W::Unknown, lang)),
    }
    s
}

/// Pushes a value cell's content: the value and its year (`4.37 2020年`), or `—`.
pub(crate) fn push_value(s: &mut String, value: Option<(f64, Option<&str>, i32)>, lang: Lang) {
    match value {
        Some((v, unit, year)) => {
            push_escaped(s, &with_unit(v, unit));
            push_year(s, year, lang);
        }
        None => s.push('—'),
    }
}

/// Pushes ` <span class="pm-sub">2020年</span>`.
pub(crate) fn push_year(s: &mut String, year: i32, lang: Lang) {
    s.push_str(" <span class=\"pm-sub\">");
    push_int(s, year.into());
    s.push_str(w(W::Year, lang));
    s.push_str("</span>");
}

/// Pushes the baseline cell content.
pub(crate) fn push_baseline(s: &mut String, r: &Row, lang: Lang) {
    let v = r
        .baseline
        .as_ref()
        .map(|b| (b.value, r.unit_of(b.unit.as_ref()), b.year));
    push_value(s, v, lang);
}

/// Pushes the target cell content: `每年`/`累计` marks, the target and its year, or the
/// growth target when there is no level target.
pub(crate) fn push_target(s: &mut String, r: &Row, lang: Lang) {
    if r.per_year {
        s.push_str(w(W::PerYear, lang));
    } else if r.cumulative {
        s.push_str(w(W::Cumulative, lang));
    }
    match (&r.target, &r.growth) {
        (Some(t), _) => {
            push_escaped(s, &target_text(t, r.unit_of(t.unit.as_ref()), lang));
            push_year(s, t.year, lang);
        }
        (None, Some(g)) => {
            // 年均下降≥10% reads better than 年均增长≤-10%.
            let fall = g.annual_rate_pct < 0.0;
            s.push_str(w(if fall { W::Decline } else { W::Growth }, lang));
            let t = Target {
                year: 0,
                op: if fall { g.op.flipped() } else { g.op },
                value: Some(g.annual_rate_pct.abs()),
                high: None,
                unit: None,
            };
            push_escaped(s, &target_text(&t, Some("%"), lang));
        }
        (None, None) => s.push('—'),
    }
}

/// Pushes the latest-actual cell content, with the 示例数据 mark on sample values.
pub(crate) fn push_latest(s: &mut String, r: &Row, lang: Lang) {
    let v = r
        .latest
        .as_ref()
        .map(|a| (a.value, r.unit_of(a.unit.as_ref()), a.year));
    push_value(s, v, lang);
    if r.is_sample() {
        push_sample(s, lang);
    }
}

/// Pushes the visible sample-data mark.
pub(crate) fn push_sample(s: &mut String, lang: Lang) {
    s.push_str(" <span class=\"pm-sample\">");
    s.push_str(w(W::Sample, lang));
    s.push_str("</span>");
}

/// Pushes the progress bar (one element, hidden from assistive tech; widths by class, see
/// [`push_step`]) and the percentage in text.
pub(crate) fn push_bar(s: &mut String, r: &Row) {
    s.push_str("<span class=\"pm-bar");
    if let Some(p) = r.progress() {
        s.push_str(" pm-s-");
        s.push_str(r.status().as_str());
        s.push_str(" pm-w");
        push_step(s, p);
    }
    if let Some(t) = r.time_elapsed() {
        s.push_str(" pm-m");
        push_step(s, t);
    }
    s.push_str("\" aria-hidden=\"true\"></span> <span class=\"pm-pct\">");
    match r.progress() {
        Some(p) => s.push_str(&percent(p)),
        None => s.push('—'),
    }
    s.push_str("</span>");
}

/// Pushes a fraction as a class suffix in 2 % steps (`0`, `2`, … `100`): the stylesheet has
/// a rule for each (`.pm-w38`, `.pm-m60`), since a strict CSP allows no inline styles.
fn push_step(s: &mut String, x: f64) {
    let step = (crate::num::clamp(x, 0.0, 1.0) * 50.0).round() as i64 * 2;
    push_int(s, step);
}

/// Pushes the status badge, with the reason as its tooltip.
pub(crate) fn push_status(s: &mut String, r: &Row, lang: Lang) {
    let st = r.status();
    s.push_str("<span class=\"pm-badge pm-s-");
    s.push_str(st.as_str());
    s.push('"');
    push_attr(s, "title", r.reason(lang));
    s.push('>');
    s.push_str(i18n::status(st, lang));
    s.push_str("</span>");
}

#[cfg(test)]
mod tests {
    use super::push_step;

    fn step(x: f64) -> String {
        let mut s = String::new();
        push_step(&mut s, x);
        s
    }

    #[test]
    fn steps_are_even_percentages_clamped_to_the_bar() {
        assert_eq!(step(0.0), "0");
        assert_eq!(step(0.857), "86");
        assert_eq!(step(0.6), "60");
        assert_eq!(step(0.01), "2");
        assert_eq!(step(0.009), "0");
        assert_eq!(step(1.0), "100");
        assert_eq!(step(1.85), "100");
        assert_eq!(step(-0.3), "0");
        assert_eq!(step(f64::NAN), "0");
    }
}
