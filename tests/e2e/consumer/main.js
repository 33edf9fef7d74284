// A front-end developer's use of the npm package: load data, render widgets, filter.
import { loadPlans, renderGauge, renderTable, renderCompare, assess } from 'planmeter';

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
  table.setFilter('q=商标');
  status.textContent = `ok ${table.visibleCount} ${a.status}`;
} catch (e) {
  status.textContent = `error ${e.message}`;
}
