// A front-end developer's use of the npm package: load data, render widgets, filter.
import { loadPlans, renderGauge, renderTable, renderCompare, assess, parsePlan } from 'planmeter';
// The package's stylesheet, bundled by esbuild into dist/main.css.
import 'planmeter/planmeter.css';

const status = document.getElementById('status');
try {
  const resp = await fetch('/tests/e2e/fixtures/plans.json');
  const plans = loadPlans(await resp.text());
  renderGauge(document.getElementById('gauge'), {
    data: plans, plan: 'zibo-ip-2021-2025', indicator: 'i1', actual: 8.2, year: 2023,
  });
  const table = renderTable(document.getElementById('table'), { data: plans, filter: 'category=creation' });
  renderCompare(document.getElementById('compare'), { data: plans, key: 'high_value_invention_patents_per_10k' });
  const a = assess(plans.plans[1].indicators[0], 8.2, 2023);
  // The data side of the API (the embed bundle leaves it out): plain objects, diagnostics.
  const bad = loadPlans({ version: 1, plans: [{ id: 'x' }] });
  let assessError = '';
  try { assess({ name: 1 }, 1, 2024); } catch (e) { assessError = e.message; }
  window.api = {
    plans: plans.plans.length, diags: plans.diagnostics.length, bad: bad.diagnostics.length,
    progress: 'progress' in a, assessError,
  };
  table.setFilter('q=商标');
  // parsePlan: every quote sits at its offset, counted in UTF-16 units as JS strings are
  // (the 𠮷 characters before it take two units each).
  const text = '𠮷𠮷市知识产权“十四五”规划\n到2025年，全市发明专利拥有量达到1200件，有效注册商标总量达到8.5万件。';
  const parsed = parsePlan(text);
  const misplaced = parsed.plan.indicators.filter((i) => i.source
    && text.slice(i.source.offset, i.source.offset + i.source.quote.length) !== i.source.quote);
  window.parsed = { n: parsed.plan.indicators.length, misplaced: misplaced.length, diags: parsed.diagnostics.length };
  status.textContent = `ok ${table.visibleCount} ${a.status}`;
} catch (e) {
  status.textContent = `error ${e.message}`;
}
